// 统计's 人口与收入 table, drawn from householdsAggregate, in Chromium against the production build: its figures equal
// the ledgers' own (households by `households`' totalCount, people by the members), for the county and a township user.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(300, (s) => {
  ({ srv, browser } = s);
});

async function openStats(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  await page.goto(`${srv.url}/stats`);
  await page.waitForSelector('[data-testid="stats-income"] tbody tr');
  return page;
}

const cellOf = (page: Page, row: string, cell: string) => page.locator(`[data-testid="stats-income"] ${row} td[data-cell="${cell}"]`).textContent();

describe('统计 · 人口与收入', () => {
  it('shows households, people and mean income per township equal to the ledgers', async () => {
    const page = await openStats('county');
    const county = await apiAs(srv.url, 'county');
    expect(Number(await cellOf(page, '[data-testid="stats-income-total"]', 'count'))).toBe(300);
    const yanghe = '640121100';
    const list = await county(`query($t: String!) { households(where: { regionCode: { startsWith: $t } }, first: 500) { totalCount edges { node { memberCount incomePerCapita } } } }`, { t: yanghe });
    const rows = list.data.households.edges.map((e: any) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    expect(Number(await cellOf(page, `tr[data-township="${yanghe}"]`, 'count'))).toBe(list.data.households.totalCount);
    expect(Number(await cellOf(page, `tr[data-township="${yanghe}"]`, 'people'))).toBe(rows.reduce((a: number, r: any) => a + r.memberCount, 0));
    const mean = rows.reduce((a: number, r: any) => a + r.incomePerCapita, 0) / rows.length;
    expect(Number((await cellOf(page, `tr[data-township="${yanghe}"]`, 'avg'))!.replace(/,/g, ''))).toBeCloseTo(mean, 1);
  });

  it('shows a township user only its township', async () => {
    const page = await openStats('yanghe');
    const townships = await page.locator('[data-testid="stats-income"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-township')));
    expect(townships).toEqual(['640121100']);
  });
});
