// The API explorer (/graphql/explorer, GraphiQL bundled by Doudi) in a real Chromium against the production build:
// under its strict CSP (script-src 'self', no inline script), with the signed-in user's own token, or signing in on
// the page; a query runs and its data shows. The ledger pages never load it.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, login, newContext, useBrowserSuite } from './chromium.js';
import { DEMO_PASSWORD } from '../server-process.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(60, (s) => {
  ({ srv, browser } = s);
}, { DOUDI_EXPLORER: 'true' });

/** Every CSP violation and page error the page reports. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

const QUERY = '{ me { username regionCode } households(first: 3, orderBy: [{ field: code, direction: ASC }]) { totalCount edges { node { code regionCode } } } }';

/** Puts a query into GraphiQL's editor (or keeps the one shown), runs it with the run button and answers the response pane's JSON. */
async function run(page: Page, query: string | null): Promise<any> {
  await page.waitForSelector('.graphiql-query-editor .CodeMirror');
  // the previous answer is not mistaken for this one
  await page.evaluate(() => (document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror?.setValue(''));
  if (query !== null) {
    await page.evaluate((q) => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.setValue(q), query);
    // GraphiQL takes in an edit (its operation name among it) a moment later, storing the query as it does
    await page.waitForFunction((q) => sessionStorage.getItem('graphiql:query') === q, query);
  }
  await page.click('.graphiql-execute-button');
  const text = await page.waitForFunction(() => {
    const v = (document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror?.getValue() as string | undefined;
    return v && v.trim().startsWith('{') ? v : null;
  }, null, { timeout: 30_000 });
  return JSON.parse(String(await text.jsonValue()));
}

describe('API explorer', () => {
  it('opens for the signed-in user with their own token, under a strict CSP, and runs a query', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    const problems = watchProblems(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // GraphiQL loads the schema by introspection (its documentation pane and completion need it)
    const introspections: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('__schema')) introspections.push(r.status());
    });
    await login(page, srv.url, 'yanghe');
    // the ledger pages load nothing of the explorer
    expect(requested.filter((p) => p.startsWith('/graphql/explorer'))).toEqual([]);

    const response = await page.goto(`${srv.url}/graphql/explorer`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await response!.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    // every asset comes from this server
    expect(requested.filter((p) => p.startsWith('/graphql/explorer/assets/')).length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.dx-user').textContent()).toContain('yanghe');

    const data = await run(page, QUERY);
    expect(data.errors).toBeUndefined();
    expect(data.data.me.username).toBe('yanghe');
    await expect.poll(() => introspections).toEqual([200]);
    // the same figures the API gives the user: scope applies (杨和镇 only)
    const api = await (await apiAs(srv.url, 'yanghe'))(QUERY);
    expect(data.data.households).toEqual(api.data.households);
    expect(data.data.households.totalCount).toBeGreaterThan(0);
    for (const e of data.data.households.edges) expect(e.node.regionCode.startsWith('640121100')).toBe(true);
    // queries are kept for this tab only (they may hold an ID number): nothing of GraphiQL in localStorage
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('graphiql')))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(sessionStorage).some((k) => k.startsWith('graphiql:')))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('asks for a login when the tab has no token, then runs queries as that user', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    const problems = watchProblems(page);
    await page.goto(`${srv.url}/graphql/explorer`);
    await page.fill('.dx-login input[name="username"]', 'county');
    await page.fill('.dx-login input[name="password"]', 'wrong-password');
    await page.click('.dx-login button[type="submit"]');
    await expect.poll(() => page.locator('.dx-error').textContent()).not.toBe('');
    await page.fill('.dx-login input[name="password"]', DEMO_PASSWORD);
    await page.click('.dx-login button[type="submit"]');
    await expect.poll(() => page.locator('.dx-user').textContent()).toContain('county');
    // the example the page opens with runs as it is
    const example = await run(page, null);
    expect(example.errors).toBeUndefined();
    expect(example.data.me.username).toBe('county');
    expect(example.data.households.edges.length).toBe(5);
    const data = await run(page, '{ me { username } regions { code } }');
    expect(data.data.me.username).toBe('county');
    expect(data.data.regions.length).toBeGreaterThan(0);
    // an error of the API shows as it is, coded
    const refused = await run(page, '{ households(first: 100000) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBeTruthy();
    expect(problems).toEqual([]);
    await page.close();
  });
});
