// API 令牌 (admin) in a real Chromium against the production build: create a token (the secret shown once), use it
// from a tool until it is rate limited, read its use on the screen, change its limits, revoke it; other users have no
// such screen.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(50, (s) => {
  ({ srv, browser } = s);
});

const PING = JSON.stringify({ query: '{ households(first: 1) { totalCount } }' });
const call = (token: string) => fetch(`${srv.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: PING });

async function openTokens(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}

describe('API 令牌', () => {
  it('creates a token with its secret shown once, shows its use and limits, and revokes it', async () => {
    const page = await openTokens('admin');
    await page.click('[data-nav="tokens"]');
    await page.waitForURL((u) => u.pathname === '/admin/tokens');
    await page.waitForSelector('[data-testid="token-list"]');

    await page.click('[data-testid="token-create"]');
    await page.fill('[data-testid="token-form"] input[name="name"]', '民政局数据比对');
    await page.check('[data-testid="token-form"] input[data-scope="pii:read"]');
    await page.selectOption('[data-testid="token-form"] select[name="region"]', '640121100');
    await page.fill('[data-testid="token-form"] input[name="rate"]', '2');
    await page.click('[data-testid="token-form-submit"]');
    const secret = (await page.locator('[data-testid="token-secret"]').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^ddt_[A-Za-z0-9_-]{20,}$/);
    await page.click('[data-testid="token-secret-close"]');
    await expect.poll(() => page.locator('[data-testid="token-secret"]').count()).toBe(0);

    const row = page.locator('tr[data-token="民政局数据比对"]');
    expect(await row.textContent()).toContain('杨和镇');
    expect(await row.textContent()).toContain('查看个人敏感信息');
    expect((await row.locator('[data-col="limits"]').textContent())?.replace(/\s+/g, '')).toContain('2次/分钟·20000次/日');

    // The tool uses it: two requests a minute, the third refused.
    expect((await call(secret)).status).toBe(200);
    expect((await call(secret)).status).toBe(200);
    const refused = await call(secret);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);

    await page.reload();
    await page.waitForSelector('tr[data-token="民政局数据比对"]');
    expect((await row.locator('[data-col="today"]').textContent())?.trim()).toBe('3');
    await row.locator('[data-act="usage"]').click();
    await page.waitForSelector('[data-testid="token-usage-total"]');
    const total = page.locator('[data-testid="token-usage-total"] td');
    expect(await total.allTextContents()).toEqual(['合计', '3', '1', '1']);
    await page.click('[data-testid="token-usage-close"]');

    // A higher limit takes effect at once.
    await row.locator('[data-act="limits"]').click();
    await page.fill('[data-testid="token-limits-form"] input[name="rate"]', '100');
    await page.click('[data-testid="token-limits-save"]');
    await expect.poll(async () => (await row.locator('[data-col="limits"]').textContent())?.replace(/\s+/g, '')).toContain('100次/分钟');
    expect((await call(secret)).status).toBe(200);

    await row.locator('[data-act="revoke"]').click();
    await page.click('.el-message-box__btns .el-button--primary');
    await expect.poll(async () => (await row.locator('[data-col="status"]').textContent())?.trim()).toBe('已吊销');
    expect((await call(secret)).status).toBe(401);
  });

  it('is the administrator\'s only: no menu entry and no page for county staff', async () => {
    const page = await openTokens('county');
    expect(await page.locator('[data-nav="tokens"]').count()).toBe(0);
    await page.goto(`${srv.url}/admin/tokens`);
    await page.waitForURL((u) => u.pathname !== '/admin/tokens');
    expect(await page.locator('[data-testid="tokens-page"]').count()).toBe(0);
  });
});
