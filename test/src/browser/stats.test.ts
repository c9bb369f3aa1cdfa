// 统计 (the county overview) in a real Chromium against the production build: the tables and charts, and a number
// that opens the grid behind it, filtered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltServer, type RunningServer } from '../server-process.js';
import { apiAs, launchChromium, login, newContext, waitForRows } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let county: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '300' });
  browser = await launchChromium();
  county = await apiAs(srv.url, 'county');
});
afterAll(async () => {
  await browser?.close();
  await srv?.stop();
});

async function openStats(username: string, query = ''): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  await page.goto(`${srv.url}/stats${query}`);
  await page.waitForSelector('[data-testid="stats-households"] table tbody tr');
  return page;
}

const YANGHE = '640121100';

describe('统计', () => {
  it('shows the figures as tables and charts; a number opens the ledger filtered by township and risk status', async () => {
    const page = await openStats('county');
    // the tables: one row per township of the county; the charts draw on a canvas
    expect(await page.locator('[data-testid="stats-households"] tbody tr').count()).toBe(9);
    expect(await page.locator('[data-testid="stats-checks"] tbody tr').count()).toBe(9);
    expect(await page.locator('[data-testid="stats-assistance"] tbody tr').count()).toBe(9);
    await page.waitForSelector('[data-testid="chart-households"] canvas');
    await page.waitForSelector('[data-testid="chart-checks"] canvas');

    // the figure shown is the server's, and the grid behind it holds exactly that many households
    const month = (await page.locator('[data-testid="stats-month"]').inputValue());
    const res = await county(`query($m: String!) { overview(month: $m) { households { townshipCode category riskStatus households } } }`, { m: month });
    expect(res.errors).toBeUndefined();
    const fig = (res.data.overview.households as { townshipCode: string; category: string; riskStatus: string; households: number }[])
      .find((f) => f.townshipCode === YANGHE && f.riskStatus === 'MONITORING' && f.households > 0);
    expect(fig, 'the demo data has monitored households in 杨和镇').toBeTruthy();
    const link = page.locator(`[data-testid="stats-households"] tr[data-township="${YANGHE}"] td[data-cell="${fig!.category}.MONITORING"] a`);
    expect((await link.textContent())?.trim()).toBe(String(fig!.households));

    await link.click();
    await page.waitForURL((u) => u.pathname === `/ledger/${fig!.category}`);
    const url = new URL(page.url());
    expect(url.searchParams.get('township')).toBe(YANGHE);
    expect(url.searchParams.get('risk')).toBe('MONITORING');
    await waitForRows(page);
    await expect.poll(async () => (await page.locator('[data-testid="row-count"]').textContent())?.trim())
      .toBe(`共 ${fig!.households.toLocaleString()} 户`);
    // the filters show: the township in the region button, the risk status as a removable chip
    expect(await page.locator('[data-testid="risk-filter"]').textContent()).toContain('监测中');
    const regions = await page.locator('.ag-row .ag-cell[col-id="regionCode"]').allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    for (const r of regions) expect(r).toContain('杨和镇');

    // another address of the same ledger re-applies its filters: the category tab (no filters), then back
    await page.click(`[data-testid="category-tabs"] a[data-category="${fig!.category}"]`);
    await page.waitForURL((u) => u.pathname === `/ledger/${fig!.category}` && !u.search);
    await expect.poll(() => page.locator('[data-testid="risk-filter"]').count()).toBe(0);
    await expect.poll(async () => Number((await page.locator('[data-testid="row-count"]').textContent())?.replace(/\D/g, '') || 0)).toBeGreaterThan(fig!.households);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('risk') === 'MONITORING');
    await expect.poll(async () => (await page.locator('[data-testid="row-count"]').textContent())?.trim()).toBe(`共 ${fig!.households.toLocaleString()} 户`);
    expect(await page.locator('[data-testid="risk-filter"]').textContent()).toContain('监测中');
  });

  it('opens the households awaiting assistance (风险待帮扶) of a township and ledger: the grid holds as many as the figure', async () => {
    const page = await openStats('county');
    const month = await page.locator('[data-testid="stats-month"]').inputValue();
    const res = await county(`query($m: String!) { overview(month: $m) { households { townshipCode category atRisk } } }`, { m: month });
    expect(res.errors).toBeUndefined();
    const sums = new Map<string, number>();
    for (const f of res.data.overview.households as { townshipCode: string; category: string; atRisk: number }[]) {
      const k = `${f.townshipCode}|${f.category}`;
      sums.set(k, (sums.get(k) ?? 0) + f.atRisk);
    }
    const [key, n] = [...sums].sort((a, b) => Number(b[0].startsWith(YANGHE)) - Number(a[0].startsWith(YANGHE)) || b[1] - a[1])
      .find(([, v]) => v > 0) ?? [];
    expect(key, 'the demo data has households with an open risk referral').toBeTruthy();
    const [township, category] = key!.split('|') as [string, string];
    const link = page.locator(`[data-testid="stats-households"] tr[data-township="${township}"] td[data-cell="${category}.atRisk"] a`);
    expect((await link.textContent())?.trim()).toBe(String(n));
    await link.click();
    await page.waitForURL((u) => u.pathname === '/monitoring');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ township, month, referral: 'open', category });
    await expect.poll(async () => (await page.locator('[data-testid="row-count"]').textContent())?.trim(), { timeout: 15_000 }).toBe(`共 ${n!.toLocaleString()} 户`);
    // the filters show as chips; the month's at-risk checks are another figure
    expect(await page.locator('[data-testid="mc-open-referral"]').getAttribute('class')).toContain('primary');
    expect(await page.locator('[data-testid="mc-category"]').count()).toBe(1);
    // clearing the chip shows every household of the township and ledger, and the address follows
    await page.click('[data-testid="mc-open-referral"]');
    await page.waitForURL((u) => !u.searchParams.has('referral'));
    await expect.poll(async () => Number((await page.locator('[data-testid="row-count"]').textContent())?.replace(/\D/g, '') || 0)).toBeGreaterThanOrEqual(n!);
  });

  it('opens the month\'s not-yet-visited checks of a township from the completion table', async () => {
    const page = await openStats('county');
    const link = page.locator(`[data-testid="stats-checks"] tr[data-township="${YANGHE}"] td[data-cell="notVisited"] a`);
    const month = await page.locator('[data-testid="stats-month"]').inputValue();
    await link.click();
    await page.waitForURL((u) => u.pathname === '/monitoring');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ township: YANGHE, month, visited: 'false' });
  });

  it('confines a township user to its own township and follows the month picker', async () => {
    const page = await openStats('yanghe');
    expect(await page.locator('[data-testid="stats-households"] tbody tr').count()).toBe(1);
    expect(await page.locator(`[data-testid="stats-households"] tbody tr[data-township="${YANGHE}"]`).count()).toBe(1);
    expect(await page.locator('[data-testid="stats-township"]').count()).toBe(0);
    await page.locator('[data-testid="stats-month"]').fill('2026-01');
    await page.locator('[data-testid="stats-month"]').dispatchEvent('change');
    await page.waitForURL((u) => u.searchParams.get('month') === '2026-01');
    await expect.poll(async () => page.locator('[data-testid="stats-checks"] h3 small').textContent()).toBe('2026-01');
  });
});
