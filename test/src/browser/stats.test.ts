// 统计 (the county overview) in a real Chromium against the production build: the tables and charts, and a number
// that opens the grid behind it, filtered.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { addPeriods } from '@doudi/shared';
import { apiAs, login, newContext, useBrowserSuite, waitForRows } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let county: Awaited<ReturnType<typeof apiAs>>;

useBrowserSuite(300, async (s) => {
  ({ srv, browser } = s);
  county = await apiAs(srv.url, 'county');
});

async function openStats(username: string, query = ''): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  await page.goto(`${srv.url}/stats${query}`);
  await page.waitForSelector('[data-testid="stats-households"] table tbody tr');
  return page;
}

const YANGHE = '640121100';
/** what 已提交 counts, as its tooltip says on every page */
const SUBMITTED_TIP = '本月走访记录已提交的户数，含已被县级锁定的（锁定前均已提交）';

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

  it('one word, one count: after a lock 统计 and 本月走访 both show 已提交 (locked ones included), with what it counts as a tooltip', async () => {
    let page = await openStats('county');
    const month = addPeriods(await page.locator('[data-testid="stats-month"]').inputValue(), -1);
    // last month was submitted, not locked, in the demo data: the county locks 杨和镇
    const locked = await county(`mutation($m: String!) { lockMonth(regionCode: "${YANGHE}", month: $m) { locked } }`, { m: month });
    expect(locked.errors).toBeUndefined();
    expect(locked.data.lockMonth.locked).toBeGreaterThan(0);
    const completion = (await county(`query($m: String!) { monthlyCheckCompletion(month: $m, regionCode: "${YANGHE}") { submitted locked atRisk } }`, { m: month })).data.monthlyCheckCompletion[0];
    expect(completion.submitted).toBeGreaterThan(0);
    expect(completion.locked).toBe(completion.submitted);

    await page.goto(`${srv.url}/stats?month=${month}`);
    const row = page.locator(`[data-testid="stats-checks"] tr[data-township="${YANGHE}"]`);
    await expect.poll(async () => (await row.locator('td[data-cell="submitted"]').textContent())?.trim()).toBe(String(completion.submitted));
    const head = page.locator('[data-testid="stats-checks"] th[data-figure="submitted"]');
    expect((await head.textContent())?.trim()).toBe('已提交');
    expect(await head.getAttribute('title')).toBe(SUBMITTED_TIP);
    expect(await page.locator('[data-testid="stats-checks"] th[data-figure="checkAtRisk"]').textContent()).toBe('本月发现风险');
    // all of it is locked: the figure opens the locked checks
    await row.locator('td[data-cell="submitted"] a').click();
    await page.waitForURL((u) => u.pathname === '/monitoring');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toMatchObject({ township: YANGHE, month, state: 'LOCKED' });
    await expect.poll(async () => (await page.locator('[data-testid="row-count"]').textContent())?.trim(), { timeout: 15_000 }).toBe(`共 ${completion.submitted.toLocaleString()} 户`);

    // 本月走访's completion bar: the same words, the same counts, the same tooltips
    const bar = page.locator(`[data-testid="mc-completion"] [data-township="${YANGHE}"]`);
    const sub = bar.locator('[data-figure="submitted"]');
    await expect.poll(async () => (await sub.textContent())?.trim()).toBe(`已提交 ${completion.submitted}`);
    expect(await sub.getAttribute('title')).toBe(SUBMITTED_TIP);
    expect((await bar.locator('[data-figure="locked"]').textContent())?.trim()).toBe(`已锁定 ${completion.locked}`);
    if (completion.atRisk) expect((await bar.locator('[data-figure="checkAtRisk"]').textContent())?.trim()).toBe(`本月发现风险 ${completion.atRisk}`);
    await page.context().close();
  });

  it('fits every table at 1440 px, in Chinese and in English', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, srv.url, 'county');
    await page.goto(`${srv.url}/stats`);
    await page.waitForSelector('[data-testid="stats-households"] table tbody tr');
    const cutOff = () => page.evaluate(() => [...document.querySelectorAll('.stats .table-wrap')]
      .map((w) => ({ section: w.closest('section')!.getAttribute('data-testid'), hidden: w.scrollWidth - w.clientWidth }))
      .filter((x) => x.hidden > 0));
    expect(await cutOff()).toEqual([]);
    // the households table's last column is on screen
    const last = await page.locator('[data-testid="stats-households"] thead tr').first().locator('th').last().boundingBox();
    expect(last!.x + last!.width).toBeLessThanOrEqual(1440);
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => page.locator('[data-testid="stats-checks"] th[data-figure="notVisited"]').textContent()).toBe('Not visited');
    expect(await cutOff()).toEqual([]);
    await context.close();
  });

  it('says 未走访 in English too, in the monthly check grid', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    await login(page, srv.url, 'county');
    await page.click('[data-testid="lang-en"]');
    await page.goto(`${srv.url}/monitoring?township=${YANGHE}&visited=false`);
    const state = page.locator('.ag-row[row-index="0"] .ag-cell[col-id="state"]');
    await expect.poll(async () => (await state.textContent())?.trim(), { timeout: 15_000 }).toBe('Not visited');
    await page.context().close();
  });
});
