// 接口推送 (admin) in a real Chromium against the production build: register an endpoint (the secret never shown
// again), a clerk's change reaches a real receiver after a failed first attempt, the delivery log shows both
// attempts, a replay sends the same event again; deactivate, delete; other users have no such screen.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { gql, loginHeaders, type RunningServer } from '../server-process.js';
import { login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
useBrowserSuite(20, (s) => {
  ({ srv, browser } = s);
}, { DOUDI_WEBHOOK_POLL_MS: '100', DOUDI_WEBHOOK_RETRY_BASE_MS: '200', DOUDI_WEBHOOK_RETRY_MAX_MS: '400' });

// A real receiver: the first request is answered 500, the others 200.
const got: { id: string; type: string }[] = [];
let receiver: Server;
let receiverUrl = '';
beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push(JSON.parse(body));
      res.writeHead(got.length === 1 ? 500 : 200).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  receiver?.closeAllConnections();
  await new Promise((r) => receiver?.close(r));
});

async function open(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}

describe('接口推送', () => {
  it('registers an endpoint, shows the delivery log with its attempts, replays, deactivates and deletes it', async () => {
    const page = await open('admin');
    await page.click('[data-nav="webhooks"]');
    await page.waitForURL((u) => u.pathname === '/admin/webhooks');
    await page.waitForSelector('[data-testid="webhook-list"]');

    await page.click('[data-testid="webhook-create"]');
    const form = page.locator('[data-testid="webhook-form"]');
    // a bad URL is refused with the server's message
    await form.locator('input[name="url"]').fill('ftp://example.org/x');
    await page.click('[data-testid="webhook-form-submit"]');
    await expect.poll(() => page.locator('[data-testid="webhook-form-error"]').textContent()).toContain('http://');
    await form.locator('input[name="url"]').fill(receiverUrl);
    await form.locator('input[name="description"]').fill('民政数据中心');
    const secret = await form.locator('input[name="secret"]').inputValue();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    await page.click('[data-testid="webhook-form-submit"]');
    const row = page.locator(`tr[data-endpoint="${receiverUrl}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(`****${secret.slice(-4)}`);
    expect(await row.textContent()).toContain('家庭户');
    expect(await row.textContent()).toContain('全县');
    expect(await page.content()).not.toContain(secret);

    // A clerk edits a household: the receiver fails once, then gets it.
    const county = await loginHeaders(srv.url, 'county');
    const list = await gql(srv.url, '{ households(first: 1) { edges { node { id version } } } }', undefined, county);
    const h = list.data.households.edges[0].node;
    await gql(srv.url, 'mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok } }', { input: [{ id: h.id, version: h.version, remarks: '浏览器测试' }] }, county);
    await expect.poll(() => got.length, { timeout: 20_000 }).toBe(2);
    expect(got[0]!.id).toBe(got[1]!.id);

    await row.locator('[data-act="log"]').click();
    const log = page.locator('[data-testid="webhook-deliveries"]');
    const delivery = log.locator(`tr[data-delivery="${got[0]!.id}"]`);
    await delivery.waitFor();
    expect(await delivery.locator('[data-col="status"]').textContent()).toContain('已送达');
    expect(await delivery.textContent()).toContain('household.updated');
    await delivery.locator('[data-act="replay"]').click();
    await expect.poll(() => got.length, { timeout: 20_000 }).toBe(3);
    expect(got[2]!.id).toBe(got[0]!.id);
    await page.keyboard.press('Escape');
    await log.getByRole('button', { name: '关闭' }).click();

    await row.locator('[data-act="toggle"]').click();
    await expect.poll(async () => (await row.locator('[data-col="status"]').textContent())?.trim()).toBe('停用');
    await row.locator('[data-act="delete"]').click();
    await page.click('.el-message-box__btns .el-button--primary');
    await expect.poll(() => row.count()).toBe(0);
  });

  it('is the administrator\'s only: no menu entry and no page for county staff', async () => {
    const page = await open('county');
    expect(await page.locator('[data-nav="webhooks"]').count()).toBe(0);
    await page.goto(`${srv.url}/admin/webhooks`);
    await page.waitForURL((u) => u.pathname !== '/admin/webhooks');
    expect(await page.locator('[data-testid="webhooks-page"]').count()).toBe(0);
  });
});
