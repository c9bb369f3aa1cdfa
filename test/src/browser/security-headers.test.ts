// Security headers of the built server, and the client under its Content-Security-Policy in Chromium: the fixture
// (useBrowserSuite) fails a test on any violation; here it is shown to catch one, and the main pages to cause none.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { login, newContext, openLedger, useBrowserSuite, type BrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let suite: BrowserSuite;
useBrowserSuite(60, (s) => {
  ({ srv, browser } = s);
  suite = s;
});

describe('security headers', () => {
  it('sends a strict CSP with a fresh style nonce, nosniff, a referrer policy, no framing, and no HSTS over plain HTTP', async () => {
    const a = await fetch(`${srv.url}/`);
    const b = await fetch(`${srv.url}/ledger/AT_RISK`);
    const csp = a.headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    const elem = directives.get('style-src-elem') ?? [];
    expect(elem[0]).toBe("'self'");
    expect(elem[1]).toMatch(/^'nonce-[A-Za-z0-9+/=]{20,}'$/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // The page's nonce is the header's, and a new one on every answer.
    const html = await a.text();
    const nonce = /<meta name="csp-nonce" content="([^"]+)"/.exec(html)?.[1];
    expect(elem[1]).toBe(`'nonce-${nonce}'`);
    expect(b.headers.get('content-security-policy')).not.toContain(String(nonce));
    expect(a.headers.get('cache-control')).toBe('no-store');
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('x-frame-options')).toBe('DENY');
    expect(a.headers.get('referrer-policy')).toBe('same-origin');
    expect(a.headers.get('strict-transport-security')).toBeNull();
    // An untrusted client saying "https" does not get HSTS (DOUDI_TRUST_PROXY is not set).
    const spoofed = await fetch(`${srv.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    // The API answers carry them too.
    const api = await fetch(`${srv.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('catches a violation: an inline script and an inline style without the nonce are refused and reported', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    await page.goto(`${srv.url}/login`);
    await page.waitForSelector('input[name="username"]');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.appendChild(script);
      const style = document.createElement('style');
      style.textContent = 'body { background: red }';
      document.head.appendChild(style);
      await new Promise((r) => setTimeout(r, 200));
      return w.__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => suite.cspViolations.length).toBeGreaterThanOrEqual(2);
    const seen = suite.cspViolations.splice(0);
    expect(seen.some((v) => /script-src-elem blocked inline/.test(v))).toBe(true);
    expect(seen.some((v) => /style-src-elem blocked inline/.test(v))).toBe(true);
    await page.context().close();
  });

  it('runs the login, a ledger grid, monthly checks, statistics and the board without a single violation', async () => {
    const context = await newContext(browser, srv.url);
    const page = await context.newPage();
    await login(page, srv.url, 'county');
    await openLedger(page, srv.url, 'AT_RISK');
    // AG Grid's theme <style> elements carry the nonce.
    const styles = await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.nonce));
    expect(styles.length).toBeGreaterThan(0);
    expect(styles.every((n) => !!n)).toBe(true);
    for (const path of ['/monitoring', '/stats', '/assistance/dibao']) {
      await page.goto(`${srv.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    const office = await context.newPage();
    await login(office, srv.url, 'office');
    await office.waitForLoadState('networkidle');
    await context.close();
    // afterEach fails this test if any page reported a violation
  });
});
