import { describe, expect, it } from 'vitest';
import {
  WEBHOOK_ENDPOINT_FIELDS, WebhookEventTypeDef, inWebhookScope, isWebhookRegionScope, maskSecret, webhookRetryDelay, webhookScopePrefix,
  webhookUrlProblem,
} from './webhooks.js';

describe('webhook rules', () => {
  it('accepts absolute http(s) URLs only, without credentials or fragment, within the length', () => {
    expect(webhookUrlProblem('https://example.org/hooks/doudi?x=1')).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5:8080/in')).toBeNull();
    expect(webhookUrlProblem('')).toMatch(/不能为空/);
    expect(webhookUrlProblem('ftp://example.org/')).toMatch(/http/);
    expect(webhookUrlProblem('example.org/hook')).toMatch(/有效/);
    expect(webhookUrlProblem('https://u:p@example.org/')).toMatch(/用户名/);
    expect(webhookUrlProblem('https://example.org/#x')).toMatch(/片段/);
    expect(webhookUrlProblem(`https://example.org/${'a'.repeat(500)}`)).toMatch(/500/);
  });

  it('scopes by region: the county (or none) hears everything, a township or village only its own', () => {
    expect(isWebhookRegionScope(null)).toBe(true);
    expect(isWebhookRegionScope('640121')).toBe(true);
    expect(isWebhookRegionScope('640121100')).toBe(true);
    expect(isWebhookRegionScope('640121100200')).toBe(true);
    expect(isWebhookRegionScope('640122')).toBe(false);
    expect(isWebhookRegionScope('64012110')).toBe(false);
    expect(webhookScopePrefix('640121')).toBeNull();
    expect(inWebhookScope(null, null)).toBe(true);
    expect(inWebhookScope('640121100', '640121100200')).toBe(true);
    expect(inWebhookScope('640121100', '640121101200')).toBe(false);
    expect(inWebhookScope('640121100', null)).toBe(false);
    expect(inWebhookScope('640121100200', '640121100200')).toBe(true);
    expect(inWebhookScope('640121100200', '640121100201')).toBe(false);
  });

  it('doubles the retry wait up to the cap, with half of it random', () => {
    expect(webhookRetryDelay(1, 30_000, 3_600_000, 0)).toBe(15_000);
    expect(webhookRetryDelay(1, 30_000, 3_600_000, 0.999999)).toBe(30_000);
    expect(webhookRetryDelay(3, 30_000, 3_600_000, 0)).toBe(60_000);
    expect(webhookRetryDelay(30, 30_000, 3_600_000, 0.5)).toBe(2_700_000);
    expect(webhookRetryDelay(1000, 30_000, 3_600_000, 1)).toBe(3_600_000);
  });

  it('masks the secret and has a labelled field table', () => {
    expect(maskSecret('abcdefghijklmnop1234')).toBe('****1234');
    for (const f of WEBHOOK_ENDPOINT_FIELDS) expect(f.label.zh && f.label.en).toBeTruthy();
    expect(WebhookEventTypeDef.values).toEqual(expect.arrayContaining(['household', 'member', 'monthly_check', 'assignment', 'risk_referral']));
  });
});
