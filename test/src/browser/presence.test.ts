// Presence (issue 18): two clerks in two browser contexts — one sees the other's name above the ledger, a marker on
// the row the other is editing, and both clear when the other stops editing and when its page closes.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { cell, login, newContext, openLedger, useBrowserSuite, waitForRows } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(240, (s) => {
  ({ srv, browser } = s);
});

async function clerk(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}

/** The presence marker of a row as painted: the width of the coloured bar on its left edge ('' = no such row). */
const marker = (page: Page, rowId: string) => page.evaluate((id) => {
  const row = document.querySelector(`.ag-row[row-id="${id}"]`);
  return row ? getComputedStyle(row, '::before').width : '';
}, rowId);

const chips = (page: Page) => page.locator('[data-testid="presence-user"]');

describe('presence in the ledger', () => {
  it('shows who else has the ledger open and the row each edits; both clear when they stop and when the page closes', async () => {
    // A: the 杨和镇 clerk on its ledger; B: the county office on the same ledger narrowed to 杨和镇.
    const a = await clerk('yanghe');
    await openLedger(a, srv.url, 'UNLIFTED');
    const b = await clerk('county');
    await b.goto(`${srv.url}/ledger/UNLIFTED?township=640121100`);
    await waitForRows(b);

    await expect.poll(() => b.locator('[data-testid="presence-bar"]').textContent(), { timeout: 20_000 }).toContain('也在查看');
    await expect.poll(() => chips(b).allTextContents(), { timeout: 20_000 }).toEqual(['杨和镇民生服务中心（杨和镇）']);
    await expect.poll(() => chips(a).allTextContents(), { timeout: 20_000 }).toEqual(['县民政局社会救助办公室（永宁县）']);

    const rowId = (await a.locator('.ag-row[row-index="0"]').first().getAttribute('row-id'))!;
    expect(rowId).toMatch(/^\d+$/);
    await expect.poll(() => marker(b, rowId)).toBe('auto');

    // A opens a cell's editor: B sees the marker on that row and the row on A's chip.
    await cell(a, 0, 'helperName').click();
    await a.keyboard.press('F2');
    await expect.poll(() => chips(b).first().getAttribute('data-row'), { timeout: 20_000 }).toBe(rowId);
    await expect.poll(() => marker(b, rowId)).toBe('4px');
    // Hovering the row shows who edits it.
    await b.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="code"]`).hover();
    await expect.poll(() => b.evaluate((id) => getComputedStyle(document.querySelector(`.ag-row[row-id="${id}"]`)!, '::after').content, rowId))
      .toBe('"杨和镇民生服务中心 正在编辑此行"');

    // A leaves the cell (Escape): the marker clears, A is still there.
    await a.keyboard.press('Escape');
    await expect.poll(() => marker(b, rowId), { timeout: 20_000 }).toBe('auto');
    expect(await chips(b).first().getAttribute('data-row')).toBe('');
    expect(await chips(b).count()).toBe(1);

    // A edits again and closes its page: marker and name clear.
    await cell(a, 0, 'helperName').click();
    await a.keyboard.press('F2');
    await expect.poll(() => marker(b, rowId), { timeout: 20_000 }).toBe('4px');
    await a.context().close();
    await expect.poll(() => chips(b).count(), { timeout: 20_000 }).toBe(0);
    expect(await marker(b, rowId)).toBe('auto');
    await b.context().close();
  });

  it('does the same on the monthly check grid (本月走访)', async () => {
    const painted = (page: Page) => page.waitForFunction(() => {
      const c = document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="householdCode"]');
      return !!c && !!c.textContent?.trim();
    }, null, { timeout: 30_000 });
    const a = await clerk('yanghe');
    await a.goto(`${srv.url}/monitoring`);
    await painted(a);
    const b = await clerk('county');
    await b.goto(`${srv.url}/monitoring?township=640121100`);
    await painted(b);
    await expect.poll(() => chips(b).allTextContents(), { timeout: 20_000 }).toEqual(['杨和镇民生服务中心（杨和镇）']);

    const rowId = (await a.locator('.ag-row[row-index="0"]').first().getAttribute('row-id'))!;
    await cell(a, 0, 'visitor').click();
    await a.keyboard.press('F2');
    await expect.poll(() => marker(b, rowId), { timeout: 20_000 }).toBe('4px');
    await a.keyboard.press('Escape');
    await expect.poll(() => marker(b, rowId), { timeout: 20_000 }).toBe('auto');
    await a.context().close();
    await expect.poll(() => chips(b).count(), { timeout: 20_000 }).toBe(0);
    await b.context().close();
  });
});
