// Typing into a selected cell in a real Chromium: an input method's composition (keydown 'Process', then
// compositionstart/update/end, through the DevTools protocol as an IME delivers it) and plain keys both start the edit
// and keep every character, in the ledger grid and in the monthly check grid.
import { describe, expect, it } from 'vitest';
import { chinaMonth } from '@doudi/shared';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, cell, cellText, login, newContext, openLedger, settled, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(60, (s) => ({ srv, browser } = s));

async function clerk(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}

/**
 * Types `text` through a pinyin input method into whatever has the focus: the IME's keydown (key 'Process', keyCode
 * 229) for each letter, the growing composition, then the chosen characters committed.
 */
async function typeWithIme(page: Page, pinyin: string, text: string, commit: 'Space' | 'Enter' = 'Space'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    const letter = pinyin[i - 1]!;
    const code = `Key${letter.toUpperCase()}`;
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter, code, windowsVirtualKeyCode: letter.toUpperCase().charCodeAt(0) });
  }
  // The key that picks the candidate is the IME's too: Space as on Windows and Linux ('Process'), or Enter as macOS
  // reports it (key 'Enter', keyCode 229, during the composition).
  const key = commit === 'Space' ? 'Process' : 'Enter';
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code: commit, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: commit === 'Space' ? ' ' : 'Enter', code: commit, windowsVirtualKeyCode: commit === 'Space' ? 32 : 13 });
  await cdp.detach();
}

describe('typing into a selected cell', () => {
  it('the ledger keeps Chinese typed through an input method and plain keys typed straight in', async () => {
    const admin = await apiAs(srv.url, 'admin');
    const page = await clerk('county');
    await openLedger(page, srv.url, 'UNLIFTED');
    const code = await cellText(page, 1, 'code');
    const saved = async () =>
      (await admin(`query($c: [String!]) { households(where: { code: { in: $c } }) { edges { node { helperName remarks } } } }`, { c: [code] }))
        .data.households.edges[0].node;
    expect((await saved()).helperName).not.toBe('李建国');

    // selected, not editing: the composition starts the edit and every character arrives
    await cell(page, 1, 'helperName').click();
    await typeWithIme(page, 'lijianguo', '李建国');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('saved');
    await expect.poll(async () => (await saved()).helperName).toBe('李建国');
    expect(await cellText(page, 1, 'helperName')).toBe('李建国');
    // Enter moved the cursor down, out of the editor
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0);

    // an Enter that commits the composition (macOS) belongs to the input method: the edit goes on until the next one
    await cell(page, 1, 'helperName').click();
    await typeWithIme(page, 'wangfang', '王芳', 'Enter');
    expect(await page.locator('.ag-cell-inline-editing input').inputValue()).toBe('王芳');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('saved');
    await expect.poll(async () => (await saved()).helperName).toBe('王芳');

    // plain keys: the first key opens the editor and is kept, the rest follow
    await cell(page, 1, 'remarks').click();
    await page.keyboard.type('Room 12b');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('saved');
    await expect.poll(async () => (await saved()).remarks).toBe('Room 12b');
    await page.context().close();
  });

  it('the monthly check grid keeps 走访人 typed through an input method', async () => {
    const yanghe = await apiAs(srv.url, 'yanghe');
    const month = chinaMonth(); // the month the page opens on: China's current month
    const visitorOf = async (householdCode: string) =>
      (await yanghe(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 5) { edges { node { householdCode visitor } } } }`, {
        w: { month, search: householdCode },
      })).data.monthlyChecks.edges.find((e: any) => e.node.householdCode === householdCode)?.node.visitor ?? null;

    const page = await clerk('yanghe');
    await page.goto(`${srv.url}/monitoring`);
    await page.waitForFunction(() => !!document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="householdCode"]')?.textContent?.trim(), null, { timeout: 30_000 });
    const householdCode = ((await cell(page, 0, 'householdCode').textContent()) ?? '').trim();
    expect(await visitorOf(householdCode)).not.toBe('李建国');

    await cell(page, 0, 'visitor').click();
    await typeWithIme(page, 'lijianguo', '李建国');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('saved');
    await expect.poll(() => visitorOf(householdCode)).toBe('李建国');
    expect(((await cell(page, 0, 'visitor').textContent()) ?? '').trim()).toBe('李建国');
    await page.context().close();
  });

  it('a chooser cell (its editor a popup) takes the composed text as what to look for', async () => {
    const page = await clerk('county');
    await openLedger(page, srv.url, 'UNLIFTED');
    await cell(page, 0, 'riskStatus').click();
    await typeWithIme(page, 'jiancezhong', '监测中');
    const input = page.locator('.ag-popup-editor input');
    expect(await input.inputValue()).toBe('监测中');
    await page.keyboard.press('Escape');
    expect(await page.locator('.ag-popup-editor').count()).toBe(0);
    await page.context().close();
  });

  it('a cell the user may not edit opens no editor and keeps its value', async () => {
    const page = await clerk('county');
    await openLedger(page, srv.url, 'UNLIFTED');
    const before = await cellText(page, 2, 'memberCount');
    await cell(page, 2, 'memberCount').click();
    await typeWithIme(page, 'li', '李');
    expect(await page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);
    expect(await cellText(page, 2, 'memberCount')).toBe(before);
    await page.context().close();
  });
});
