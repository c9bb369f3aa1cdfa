// Finding rows and arranging the grid (search, region tree, column state that follows the user), the household
// panel (members sheet, masked data and its recorded reveal, history), and the English switch.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, cell, cellText, login, newContext, openLedger, useBrowserSuite, waitForRows } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let api: Awaited<ReturnType<typeof apiAs>>;

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  api = await apiAs(srv.url, 'admin');
});

async function clerk(username = 'county'): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}

const count = (page: Page) => page.textContent('[data-testid="row-count"]');

describe('finding rows', () => {
  it('narrows the ledger with the quick search and the township → village tree', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'UNLIFTED');
    const code = await cellText(page, 3, 'code');
    await page.fill('[data-testid="search"]', code);
    // the search waits for typing to pause, then the rows are read again (over a second on a busy machine)
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe('共 1 户');
    // the count can come before the row is painted again
    await expect.poll(() => cellText(page, 0, 'code'), { timeout: 15_000 }).toBe(code);
    await page.fill('[data-testid="search"]', '');
    await page.click('[data-testid="region-filter"]');
    await page.click('[data-testid="region-tree"] .el-tree-node__content:has-text("闽宁镇")');
    const minning = await api(`{ households(where: { category: { eq: UNLIFTED }, regionCode: { startsWith: "640121104" } }) { totalCount } }`);
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(`共 ${minning.data.households.totalCount} 户`);
    // every painted row is in 闽宁镇 (polled: the rows repaint after the filter)
    const places = () => page.locator('.ag-row[row-index] .ag-cell[col-id="regionCode"]').allTextContents();
    await expect.poll(async () => (await places()).every((p) => p.startsWith('闽宁镇 '))).toBe(true);
    expect((await places()).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('filters columns through their header filters: text conditions joined by OR, a number range', async () => {
    // the administrator: the filters are saved in the user's layout, and no other test here signs in as admin
    const page = await clerk('admin');
    await openLedger(page, srv.url, 'MONITORED');
    const [a, b] = [await cellText(page, 1, 'code'), await cellText(page, 4, 'code')];
    const openFilter = async (col: string) => {
      await page.click(`.ag-header-cell[col-id="${col}"] .ag-header-cell-filter-button`);
      await page.waitForSelector('.dg-cond-filter');
    };
    await openFilter('code');
    await page.selectOption('.dg-cond-filter [data-testid="filter-option-0"]', 'equals');
    await page.fill('.dg-cond-filter [data-testid="filter-value-0"]', a);
    // the filter waits 500 ms after the last key, then the rows are read again
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe('共 1 户');
    await expect.poll(() => cellText(page, 0, 'code'), { timeout: 15_000 }).toBe(a);
    // a second condition appears once the first filters; OR adds its rows
    await page.click('.dg-cond-filter .join label:nth-child(2) input');
    await page.selectOption('.dg-cond-filter [data-testid="filter-option-1"]', 'equals');
    await page.fill('.dg-cond-filter [data-testid="filter-value-1"]', b);
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe('共 2 户');
    await expect.poll(async () => [await cellText(page, 0, 'code'), await cellText(page, 1, 'code')].sort(), { timeout: 15_000 }).toEqual([a, b].sort());
    await page.keyboard.press('Escape');
    await openFilter('code');
    await page.fill('.dg-cond-filter [data-testid="filter-value-0"]', '');
    await page.keyboard.press('Escape');
    // a number range includes both ends
    const inRange = await api(`{ households(where: { category: { eq: MONITORED }, incomePerCapita: { gte: 5000, lte: 8000 } }) { totalCount } }`);
    await openFilter('incomePerCapita');
    await page.selectOption('.dg-cond-filter [data-testid="filter-option-0"]', 'inRange');
    await page.fill('.dg-cond-filter [data-testid="filter-value-0"]', '8000');
    await page.fill('.dg-cond-filter [data-testid="filter-value-to-0"]', '5000');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(`共 ${inRange.data.households.totalCount} 户`);
    await waitForRows(page);
    const incomes = (await page.locator('.ag-row[row-index] .ag-cell[col-id="incomePerCapita"]').allTextContents()).map((x) => Number(x.replace(/,/g, '')));
    expect(incomes.length).toBeGreaterThan(0);
    expect(incomes.every((x) => x >= 5000 && x <= 8000)).toBe(true);
    // the filtering column's button is marked (our header filters, not AG Grid's), the cleared one is not
    const marked = (col: string) => page.locator(`.ag-header-cell[col-id="${col}"].dg-filtered .ag-header-cell-filter-button`).count();
    expect([await marked('incomePerCapita'), await marked('code')]).toEqual([1, 0]);
    // the filters are part of the user's saved layout: the ledger opens again filtered, the column marked
    const saved = async () => JSON.parse((await api(`{ viewState(key: "ledger.households") }`)).data.viewState ?? '{}').byCategory?.MONITORED?.filter;
    await expect.poll(saved, { timeout: 15_000 }).toEqual({ incomePerCapita: { filterType: 'number', type: 'inRange', filter: 8000, filterTo: 5000 } });
    await page.reload();
    await waitForRows(page);
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(`共 ${inRange.data.households.totalCount} 户`);
    expect(await marked('incomePerCapita')).toBe(1);
    // clearing it reads every row again
    await openFilter('incomePerCapita');
    await page.fill('.dg-cond-filter [data-testid="filter-value-0"]', '');
    await page.fill('.dg-cond-filter [data-testid="filter-value-to-0"]', '');
    await page.keyboard.press('Escape');
    await expect.poll(() => marked('incomePerCapita'), { timeout: 15_000 }).toBe(0);
    await page.context().close();
  });
});

describe('column state', () => {
  it('keeps hidden columns and the sort for the user, on another machine too', async () => {
    const page = await clerk('office');
    await openLedger(page, srv.url, 'MARGINAL');
    await page.click('[data-testid="column-chooser"]');
    await page.click('[data-col="address"] input[type="checkbox"]');
    await expect.poll(() => page.locator('.ag-header-cell[col-id="address"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.click('.ag-header-cell[col-id="incomePerCapita"] .ag-header-cell-label');
    await page.click('.ag-header-cell[col-id="incomePerCapita"] .ag-header-cell-label');
    await waitForRows(page);
    await page.waitForTimeout(1500); // the layout is saved shortly after the last change
    await page.context().close();

    const other = await clerk('office');
    await openLedger(other, srv.url, 'MARGINAL');
    expect(await other.locator('.ag-header-cell[col-id="address"]').count()).toBe(0);
    const incomes: number[] = [];
    for (let i = 0; i < 5; i++) incomes.push(Number((await cellText(other, i, 'incomePerCapita')).replace(/,/g, '')));
    expect(incomes).toEqual([...incomes].sort((a, b) => b - a));
    const top = await api(`{ households(where: { category: { eq: MARGINAL } }, orderBy: [{ field: incomePerCapita, direction: DESC }], first: 1) { edges { node { code } } } }`);
    expect(await cellText(other, 0, 'code')).toBe(top.data.households.edges[0].node.code);
    await other.context().close();
  });
});

describe('the household panel', () => {
  it('shows members masked, reveals them on request, edits a member and lists the history', async () => {
    const page = await clerk('county');
    await openLedger(page, srv.url, 'MONITORED');
    expect(await cellText(page, 2, 'headIdNumber')).toContain('*');
    const code = await cellText(page, 2, 'code');
    await cell(page, 2, 'code').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.locator('.el-drawer');
    await panel.locator('[data-testid="household-panel"]').waitFor();
    expect(await panel.locator('[data-testid="household-panel"]').textContent()).toContain(code);
    const memberId = panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="idNumber"]');
    await expect.poll(() => memberId.textContent()).toContain('*');
    // masked, the birth date is blank; revealed, it shows with the ID number it is derived from
    const birthDate = panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="birthDate"]');
    expect(((await birthDate.textContent()) ?? '').trim()).toBe('');
    await panel.locator('[data-testid="reveal"]').click();
    await expect.poll(() => memberId.textContent()).toMatch(/^\d{17}[\dX]$/);
    const idText = ((await memberId.textContent()) ?? '').trim();
    await expect.poll(async () => ((await birthDate.textContent()) ?? '').trim()).toBe(`${idText.slice(6, 10)}-${idText.slice(10, 12)}-${idText.slice(12, 14)}`);
    // (the server records the reveal in its personal-data access log; its own tests check that)
    const id = (await api(`query($c: [String!]) { households(where: { code: { in: $c } }) { edges { node { id } } } }`, { c: [code] })).data.households.edges[0].node.id;

    // the members sheet saves like the ledger
    const phone = panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="phone"]');
    await phone.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('139 5100 7788');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved');
    const members = await api(`query($h: ID!) { household(id: $h) { members { relation phone } } }`, { h: id });
    expect(members.data.household.members[0].phone).toBe('13951007788');

    await panel.locator('.el-tabs__item:has-text("修改记录")').click();
    await expect.poll(() => panel.locator('[data-testid="history"]').textContent()).toContain('13951007788');
    await page.context().close();
  });
});

describe('language', () => {
  it('switches the labels to English and back', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'UNLIFTED');
    expect(await page.textContent('.ag-header-cell[col-id="headName"]')).toContain('户主姓名');
    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => page.textContent('.ag-header-cell[col-id="headName"]')).toContain('Head of household');
    expect(await page.textContent('[data-category="MONITORED"]')).toContain('Lifted');
    // every header shows its whole label, in English too (no "Head of …", "Memb…")
    const cut = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.ag-header-cell .ag-header-cell-text')]
      .filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.textContent));
    await expect.poll(cut).toEqual([]);
    expect(await page.locator('.ag-header-cell[col-id="memberCount"] .ag-header-cell-text').textContent()).toBe('Members');
    await page.context().close();
  });
});
