// Addresses and moving between pages (the client's own router, client/src/router-core.ts): a deep link survives the
// sign-in, links open pages in place, back and forward, redirects that keep the query, unknown addresses.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, type RunningServer } from '../server-process.js';
import { newContext, useBrowserSuite, waitForRows } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(120, (s) => {
  ({ srv, browser } = s);
});

describe('addresses', () => {
  it('keeps a deep link through the sign-in, opens pages in place, goes back and forward, redirects with the query', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    const path = (u = page.url()) => new URL(u).pathname + new URL(u).search;
    // signed out: the login page, with the address to return to written as before (/, ? and = readable, & escaped)
    await page.goto(`${srv.url}/ledger/MONITORED?search=YN&x=1`);
    await page.waitForSelector('input[name="username"]');
    expect(path()).toBe('/login?redirect=/ledger/MONITORED?search=YN%26x=1');
    await page.fill('input[name="username"]', 'county');
    await page.fill('input[name="password"]', DEMO_PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL((u) => u.pathname === '/ledger/MONITORED');
    expect(path()).toBe('/ledger/MONITORED?search=YN&x=1');
    expect(await page.inputValue('[data-testid="search"]')).toBe('YN');

    // a link opens its page in place (no page load: what this page set stays)
    await page.evaluate(() => ((window as unknown as { __same: number }).__same = 1));
    const same = () => page.evaluate(() => (window as unknown as { __same?: number }).__same);
    await page.click('a[data-nav="stats"]');
    await page.waitForURL((u) => u.pathname === '/stats');
    await page.click('a[data-nav="ledger"]');
    await page.waitForURL((u) => u.pathname === '/ledger/UNLIFTED');
    await page.click('a[data-category="MARGINAL"]');
    await page.waitForURL((u) => u.pathname === '/ledger/MARGINAL');
    await waitForRows(page);
    expect(await same()).toBe(1);

    // back and forward through what was visited, the deep link's query with it
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/ledger/UNLIFTED');
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/stats');
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/ledger/MONITORED');
    expect(path()).toBe('/ledger/MONITORED?search=YN&x=1');
    expect(await page.inputValue('[data-testid="search"]')).toBe('YN');
    await page.goForward();
    await page.waitForURL((u) => u.pathname === '/stats');
    expect(await same()).toBe(1);

    // a redirect keeps the query; an unknown address lands on the user's start page
    await page.goto(`${srv.url}/assistance?township=640121100`);
    await page.waitForURL((u) => u.pathname === '/assistance/dibao');
    expect(path()).toBe('/assistance/dibao?township=640121100');
    await page.goto(`${srv.url}/no/such/page?y=1`);
    await page.waitForURL((u) => u.pathname === '/ledger/UNLIFTED');
    await page.context().close();
  });
});
