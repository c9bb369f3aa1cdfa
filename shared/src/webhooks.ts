// Webhooks for integrators (issue 18, point 4): the endpoint record's field table, the event types an endpoint may
// subscribe to, the delivery states, the limits, and the pure rules (URL check, region scope, retry schedule).
import { defineEnum, type EnumDef } from './labels.js';
import { COUNTY_CODE, regionByCode } from './regions.js';
import { fieldBuilder, type FieldMeta } from './field-meta.js';

/** The change events an endpoint may receive: audit_event.entity_type of the records integrators care about. */
export const WebhookEventTypeDef = defineEnum('WebhookEventType', {
  household: { zh: '家庭户', en: 'Household' },
  member: { zh: '家庭成员', en: 'Member' },
  monthly_check: { zh: '月度走访', en: 'Monthly check' },
  assignment: { zh: '责任台账任务', en: 'Assignment' },
  risk_referral: { zh: '风险转介', en: 'Referral' },
  dibao_case: { zh: '低保', en: 'Dibao case' },
  relief_grant: { zh: '临时救助', en: 'Relief grant' },
  tekun_person: { zh: '特困供养', en: 'Tekun person' },
  assistance_application: { zh: '救助申请', en: 'Application' },
  care_agreement: { zh: '委托照料协议', en: 'Care agreement' },
  care_visit: { zh: '探访记录', en: 'Care visit' },
});
export type WebhookEventType = (typeof WebhookEventTypeDef.values)[number];
export const isWebhookEventType = (s: unknown): s is WebhookEventType =>
  typeof s === 'string' && (WebhookEventTypeDef.values as readonly string[]).includes(s);

/** A delivery (one event for one endpoint): waiting or retrying, delivered (2xx), or given up after the retry window. */
export const WebhookDeliveryStatusDef = defineEnum('WebhookDeliveryStatus', {
  PENDING: { zh: '待发送', en: 'Pending' },
  DELIVERED: { zh: '已送达', en: 'Delivered' },
  DEAD: { zh: '已放弃', en: 'Dead' },
});
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatusDef.values)[number];

export const ActiveDef: EnumDef<'true' | 'false'> = defineEnum('WebhookActive', { true: { zh: '启用', en: 'Active' }, false: { zh: '停用', en: 'Inactive' } });

/** Bounds of the endpoint record and its lists; each is refused with a coded error. */
export const WEBHOOK_LIMITS = Object.freeze({
  urlLength: 500,
  secretMin: 16,
  secretMax: 200,
  descriptionLength: 100,
  /** At most this many endpoints (active or not). */
  endpoints: 20,
  /** replayWebhookEvents re-queues at most this many deliveries at once. */
  replay: 10_000,
  /** A response body is kept up to this many characters in the delivery log. */
  responseSnippet: 300,
  /** An error message is kept up to this many characters. */
  errorLength: 300,
});

const f = fieldBuilder({});

/** 接口推送地址 (webhook endpoint): the admin page's columns and form, and the server's limits. */
export const WEBHOOK_ENDPOINT_FIELDS: readonly FieldMeta[] = Object.freeze([
  f('url', '推送地址', 'URL', 'string', { required: true, maxLength: WEBHOOK_LIMITS.urlLength, width: 300 }),
  f('description', '说明', 'Description', 'string', { maxLength: WEBHOOK_LIMITS.descriptionLength, width: 160 }),
  f('eventTypes', '事件类型', 'Event types', 'enumList', { required: true, enumDef: WebhookEventTypeDef, width: 240 }),
  f('regionCode', '区域范围', 'Region scope', 'regionCode', { width: 140, formLabel: { zh: '区域范围（空为全县）', en: 'Region scope (empty: the whole county)' } }),
  f('active', '状态', 'Active', 'enum', { enumDef: ActiveDef, width: 80 }),
  // Write-only: stored to sign the deliveries, never returned (the API shows it masked, e.g. ****c3d4).
  f('secret', '签名密钥', 'Signing secret', 'string', { required: true, maxLength: WEBHOOK_LIMITS.secretMax, width: 120 }),
]);

// URL (WHATWG) exists in Node and in browsers; shared/ compiles without either's typings.
interface ParsedUrl { protocol: string; hostname: string; username: string; password: string; hash: string }
const UrlParser = (globalThis as unknown as { URL: new (s: string) => ParsedUrl }).URL;

/** Why a URL is refused (zh-CN), or null: absolute http(s), a host, no user:password, at most urlLength characters. */
export function webhookUrlProblem(url: string): string | null {
  if (!url.trim()) return '推送地址不能为空';
  if (url.length > WEBHOOK_LIMITS.urlLength) return `推送地址最多 ${WEBHOOK_LIMITS.urlLength} 个字符`;
  let u: ParsedUrl;
  try {
    u = new UrlParser(url);
  } catch {
    return '推送地址不是有效的网址';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return '推送地址应以 http:// 或 https:// 开头';
  if (!u.hostname) return '推送地址缺少主机名';
  if (u.username || u.password) return '推送地址不能包含用户名或密码';
  if (u.hash) return '推送地址不能包含 #片段';
  return null;
}

/** A region scope: null/'' (the whole county), the county code, or a known township or village code. */
export function isWebhookRegionScope(code: string | null | undefined): boolean {
  if (!code) return true;
  return code === COUNTY_CODE || regionByCode(code) !== undefined;
}

/** The prefix events must start with: null for the whole county (events without a region included). */
export function webhookScopePrefix(code: string | null | undefined): string | null {
  if (!code || code === COUNTY_CODE) return null;
  const level = regionByCode(code)?.level;
  return level === 'TOWNSHIP' ? code.slice(0, 9) : code;
}

/** Whether an event of a region reaches an endpoint of a scope: a scoped endpoint never hears events without a region. */
export function inWebhookScope(scope: string | null | undefined, regionCode: string | null | undefined): boolean {
  const prefix = webhookScopePrefix(scope);
  if (prefix === null) return true;
  return Boolean(regionCode && regionCode.startsWith(prefix));
}

/** The masked form of a secret: its last four characters only. */
export const maskSecret = (secret: string): string => `****${secret.slice(-4)}`;

/**
 * The wait before retry n (n = 1 after the first failure): base·2^(n−1), capped, then "equal jitter" (half fixed, half
 * random) so that a receiver coming back is not hit by every instance at once. `random` is in [0, 1).
 */
export function webhookRetryDelay(n: number, baseMs: number, maxMs: number, random: number): number {
  const d = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(n - 1, 0), 40));
  return Math.round(d / 2 + (d / 2) * random);
}
