// What a user who may only read sees, and the app shell's manners, in a real Chromium against the production build:
// the office starts on 督办总览, its ledgers offer nothing it may not do and nothing it types lands, no request that is
// bound to fail is sent, a disabled control is grey and says why, a toast stays on its page, undo shows as 撤销.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { cell, cellText, login, newContext, openLedger, settled, typeInto, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(60, (s) => ({ srv, browser } = s));

/** Console errors and failed or refused requests of a page (a 401 logs "Failed to load resource" in the console). */
function watchFailures(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('response', async (r) => {
    if (r.status() >= 400) seen.push(`${r.status()} ${r.url()}`);
    else if (r.url().endsWith('/graphql')) {
      const body = await r.text().catch(() => '');
      if (/"code":"(FORBIDDEN|UNAUTHENTICATED)"/.test(body)) seen.push(`graphql: ${body.slice(0, 200)}`);
    }
  });
  return seen;
}

describe('the leadership office', () => {
  it('loads the login page without a failed request, lands on 督办总览, and reads ledgers without write controls', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    const failures = watchFailures(page);
    await page.goto(`${srv.url}/login`);
    await page.waitForSelector('input[name="username"]');
    await page.waitForLoadState('networkidle');
    expect(failures).toEqual([]);

    await login(page, srv.url, 'office');
    expect(new URL(page.url()).pathname).toBe('/duty/board');

    await openLedger(page, srv.url, 'MONITORED');
    await page.waitForLoadState('networkidle');
    // nothing it may not do is offered; it is told the ledger is read-only, and why
    for (const id of ['add-row', 'delete-rows', 'restore-rows', 'undo', 'redo']) expect(await page.locator(`[data-testid="${id}"]`).count()).toBe(0);
    expect(await page.getAttribute('[data-testid="read-only"]', 'title')).toContain('不能修改');
    expect(await page.textContent('[data-testid="cell-hint"]')).toContain('只读');
    await page.click('[data-testid="deleted-view"]');
    expect(await page.locator('[data-testid="restore-rows"]').count()).toBe(0);
    await page.click('[data-testid="deleted-view"] >> xpath=preceding-sibling::button');
    await page.waitForFunction(() => !!document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="code"]')?.textContent?.trim());

    // its keys change nothing: no editor opens for a key, F2, Enter, a paste or Delete
    const before = await cellText(page, 0, 'helperName');
    await cell(page, 0, 'helperName').click();
    for (const k of ['F2', 'Enter']) {
      await page.keyboard.press(k);
      expect(await page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);
    }
    await cell(page, 0, 'helperName').click();
    await page.keyboard.type('x');
    expect(await page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);
    await page.keyboard.press('Delete');
    expect(await cellText(page, 0, 'helperName')).toBe(before);
    expect(failures).toEqual([]);
    await page.context().close();
  });
});

describe('controls and messages', () => {
  it('a disabled button is grey and says why; a toast does not follow the user to the next page', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    await login(page, srv.url, 'county');
    await openLedger(page, srv.url, 'UNLIFTED');
    // nothing selected: delete is off and says what to do first; undo has nothing to undo and says so
    const del = page.locator('[data-testid="delete-rows"]');
    expect(await del.isDisabled()).toBe(true);
    expect(await del.getAttribute('title')).toBe('请先选择行（点击左侧行号）');
    const undo = page.locator('[data-testid="undo"]');
    expect(await undo.isDisabled()).toBe(true);
    expect(await undo.getAttribute('title')).toBe('没有可撤销的操作');
    // rows selected, delete comes on
    await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="__row"]').click({ position: { x: 10, y: 10 } });
    await expect.poll(() => del.isDisabled()).toBe(false);
    expect(await del.getAttribute('title')).toBeNull();
    // a primary button, disabled, is grey: not its live red, not a paler red
    await page.click('[data-testid="deleted-view"]');
    const restore = page.locator('[data-testid="restore-rows"]');
    await expect.poll(() => restore.isDisabled()).toBe(true);
    expect(await restore.getAttribute('title')).toBe('请先选择行（点击左侧行号）');
    const css = await restore.evaluate((b) => ({ color: getComputedStyle(b).color, background: getComputedStyle(b).backgroundColor }));
    expect(css).toEqual({ color: 'rgb(168, 171, 178)', background: 'rgb(245, 247, 250)' });

    // a message on one page is gone on the next
    await page.click('[data-testid="deleted-view"] >> xpath=preceding-sibling::button');
    await cell(page, 0, 'code').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('[data-testid="toast"]').count()).toBe(1);
    await page.click('[data-nav="stats"]');
    await page.waitForURL((u) => u.pathname === '/stats');
    expect(await page.locator('[data-testid="toast"]').count()).toBe(0);
    await page.context().close();
  });

  it('the history names an undone step 撤销', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    await login(page, srv.url, 'county');
    await openLedger(page, srv.url, 'UNLIFTED');
    const before = await cellText(page, 3, 'helperName');
    await typeInto(page, 3, 'helperName', '撤销测试人');
    await expect.poll(() => settled(page)).toBe('saved');
    await page.click('[data-testid="undo"]');
    await expect.poll(() => cellText(page, 3, 'helperName')).toBe(before);
    await cell(page, 3, 'code').click();
    await page.keyboard.press('Control+Enter');
    const panel = page.locator('.el-drawer');
    await panel.locator('[data-testid="household-panel"]').waitFor();
    await panel.locator('.el-tabs__item:has-text("修改记录")').click();
    const actions = panel.locator('[data-testid="history-action"]');
    await expect.poll(() => actions.count()).toBeGreaterThan(1);
    // newest first: the undo, then the edit it undid
    expect((await actions.allTextContents()).slice(0, 2).map((s) => s.trim())).toEqual(['撤销', '修改']);
    await page.context().close();
  });
});
