// Live grids (issue 18) in a real Chromium against the production build: two clerks of one township on the same
// ledger, each in a browser context of their own; one edits, the other sees it as it happens, and catches up after
// a network drop.
import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { chinaMonth, idCheckChar } from '@doudi/shared';
import { gql, type RunningServer } from '../server-process.js';
import { apiAs, cell, cellText, login, newContext, openLedger, settled, typeInto, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let yanghe: Awaited<ReturnType<typeof apiAs>>;
const PASSWORD = 'Township-Clerk-Pine-44';

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  yanghe = await apiAs(srv.url, 'yanghe');
  // A second clerk of 杨和镇, signed in once to set a password of her own.
  const admin = await apiAs(srv.url, 'admin');
  const created = await admin(`mutation { createUser(input: { username: "ma.li", displayName: "马丽", role: "TOWNSHIP_STAFF", regionCode: "640121100" }) { oneTimePassword } }`);
  const otp = created.data.createUser.oneTimePassword as string;
  const first = await gql(srv.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: 'ma.li', p: otp });
  const changed = await gql(srv.url, 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }', { o: otp, n: PASSWORD },
    { authorization: `Bearer ${first.data.login.token}` });
  expect(changed.errors).toBeUndefined();
});

async function clerk(username: string, password?: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username, password);
  await openLedger(page, srv.url, 'MONITORED');
  // Every cell that flashes (AG Grid's change flash) is noted, so a flash is seen however short it is.
  await page.evaluate(() => {
    const w = window as unknown as { __flashed: string[] };
    w.__flashed = [];
    new MutationObserver((list) => {
      for (const m of list) {
        const el = m.target as HTMLElement;
        if (el.classList?.contains('ag-cell-data-changed')) {
          w.__flashed.push(`${el.closest('.ag-row')?.getAttribute('row-index')}:${el.getAttribute('col-id')}`);
        }
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await expect.poll(() => page.getAttribute('[data-testid="live-status"]', 'data-state'), { timeout: 20_000 }).toBe('live');
  return page;
}

const flashed = (page: Page) => page.evaluate(() => (window as unknown as { __flashed: string[] }).__flashed);
const rowCount = async (page: Page) => Number(((await page.textContent('[data-testid="row-count"]')) ?? '').replace(/[^\d]/g, ''));

let serial = 500;
function idNumber(): string {
  const first17 = `64012119800101${String(serial++).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

describe('two clerks of one township on one ledger', () => {
  it('one edits, the other sees it live (flash, version), edits the same row without a conflict, and sees rows come and go', async () => {
    const a = await clerk('yanghe');
    const b = await clerk('ma.li', PASSWORD);
    expect(await cellText(b, 0, 'code')).toBe(await cellText(a, 0, 'code'));
    const code = await cellText(a, 0, 'code');

    await typeInto(a, 0, 'helperName', '甲实时改的');
    expect(await settled(a)).toBe('saved');
    await expect.poll(() => cellText(b, 0, 'helperName'), { timeout: 10_000 }).toBe('甲实时改的');
    expect(await flashed(b)).toContain('0:helperName');

    // b's next edit of that row goes on the version a's save produced: saved, no conflict.
    await typeInto(b, 0, 'address', '杨和镇王太村实时二队');
    expect(await settled(b)).toBe('saved');
    expect(await b.locator('.dg-conflict').count()).toBe(0);
    const row = (await yanghe(`query($c: [String!]) { households(where: { code: { in: $c } }, first: 1) { edges { node { id helperName address version } } } }`, { c: [code] }))
      .data.households.edges[0].node;
    expect(row).toMatchObject({ helperName: '甲实时改的', address: '杨和镇王太村实时二队' });
    // and a sees b's edit in turn
    await expect.poll(() => cellText(a, 0, 'address'), { timeout: 10_000 }).toBe('杨和镇王太村实时二队');

    // A household created elsewhere appears in b's grid (the count and the row), and goes when it is deleted.
    const before = await rowCount(b);
    const made = await yanghe(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { message } household { id code } } }`, {
      input: [{ category: 'MONITORED', regionCode: '640121100200', address: '杨和镇实时新户', phone: '13800138000', incomePerCapita: 3000,
        riskTypes: ['ILLNESS'], helperName: '李建国', members: [{ name: '实时新户主', idNumber: idNumber(), relation: 'HEAD' }] }],
    });
    expect(made.data.createHouseholds[0].errors).toEqual([]);
    const fresh = made.data.createHouseholds[0].household;
    await expect.poll(() => rowCount(b), { timeout: 10_000 }).toBe(before + 1);
    const del = await yanghe(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [fresh.id] });
    expect(del.data.deleteHouseholds[0].ok).toBe(true);
    await expect.poll(() => rowCount(b), { timeout: 10_000 }).toBe(before);
    await expect.poll(() => rowCount(a), { timeout: 10_000 }).toBe(before);
    await a.context().close();
    await b.context().close();
  });

  it('a reload that a live change brings waits while a cell is being edited: what the clerk is typing is kept and saved', async () => {
    const a = await clerk('yanghe');
    const b = await clerk('ma.li', PASSWORD);
    const before = await rowCount(b);
    const code = await cellText(b, 0, 'code');
    // b is typing in a cell, not yet ended with Enter
    await cell(b, 0, 'address').click();
    await b.keyboard.press('F2');
    await b.keyboard.press('Control+A');
    await b.keyboard.insertText('杨和镇正在输入的地址');
    expect(await b.locator('.ag-cell-inline-editing').count()).toBe(1);
    // a household created elsewhere: each grid reloads its rows to show it
    const made = await yanghe(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { errors { message } household { id } } }`, {
      input: [{ category: 'MONITORED', regionCode: '640121100200', address: '杨和镇编辑中新户', phone: '13800138001', incomePerCapita: 3000,
        riskTypes: ['ILLNESS'], helperName: '李建国', members: [{ name: '编辑中户主', idNumber: idNumber(), relation: 'HEAD' }] }],
    });
    expect(made.data.createHouseholds[0].errors).toEqual([]);
    // a, who is not editing, has reloaded; b's reload would have run by now (its timer is 250 ms) — it waits instead
    await expect.poll(() => rowCount(a), { timeout: 10_000 }).toBe(before + 1);
    await b.waitForTimeout(1_000);
    expect(await b.locator('.ag-cell-inline-editing').count()).toBe(1);
    expect(await rowCount(b)).toBe(before);
    await b.keyboard.press('Enter');
    expect(await settled(b)).toBe('saved');
    // the held reload runs once the editor has closed
    await expect.poll(() => rowCount(b), { timeout: 10_000 }).toBe(before + 1);
    const row = (await yanghe(`query($c: [String!]) { households(where: { code: { in: $c } }, first: 1) { edges { node { address } } } }`, { c: [code] }))
      .data.households.edges[0].node;
    expect(row.address).toBe('杨和镇正在输入的地址');
    await yanghe(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [made.data.createHouseholds[0].household.id] });
    await a.context().close();
    await b.context().close();
  });

  it('catches up after a network drop: 重新连接中 while offline, the edit made meanwhile shows once back', async () => {
    const a = await clerk('yanghe');
    const b = await clerk('ma.li', PASSWORD);
    await b.context().setOffline(true);
    await expect.poll(() => b.getAttribute('[data-testid="live-status"]', 'data-state'), { timeout: 10_000 }).toBe('reconnecting');
    expect(await b.textContent('[data-testid="live-status"]')).toContain('重新连接中');

    await typeInto(a, 2, 'helperName', '断线时改的');
    expect(await settled(a)).toBe('saved');
    expect(await cellText(b, 2, 'helperName')).not.toBe('断线时改的');

    await b.context().setOffline(false);
    await expect.poll(() => cellText(b, 2, 'helperName'), { timeout: 20_000 }).toBe('断线时改的');
    await expect.poll(() => b.getAttribute('[data-testid="live-status"]', 'data-state'), { timeout: 20_000 }).toBe('live');
    expect(await flashed(b)).toContain('2:helperName');
    await a.context().close();
    await b.context().close();
  });

  it('the members sheet: a member one clerk edits in the household panel shows in the other\'s open panel', async () => {
    const a = await clerk('yanghe');
    const b = await clerk('ma.li', PASSWORD);
    const panels: Locator[] = [];
    for (const p of [a, b]) {
      await cell(p, 3, 'code').click();
      await p.keyboard.press('Control+Enter');
      const panel = p.locator('.el-drawer');
      await panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').waitFor();
      panels.push(panel);
    }
    const [pa, pb] = panels as [Locator, Locator];
    const memberName = (panel: Locator) => panel.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]');
    const before = ((await memberName(pb).textContent()) ?? '').trim();
    await memberName(pa).click();
    await a.keyboard.press('F2');
    await a.keyboard.press('Control+A');
    await a.keyboard.insertText(`${before}实时`);
    await a.keyboard.press('Enter');
    await expect.poll(() => pa.locator('[data-testid="save-status"]').getAttribute('data-state')).toBe('saved');
    await expect.poll(async () => ((await memberName(pb).textContent()) ?? '').trim(), { timeout: 10_000 }).toBe(`${before}实时`);
    await a.context().close();
    await b.context().close();
  });

  it('the monthly grid: a check saved by one clerk shows in the other\'s grid, who then saves that row without a conflict', async () => {
    const month = chinaMonth();
    const b = await (await newContext(browser, srv.url)).newPage();
    await login(b, srv.url, 'ma.li', PASSWORD);
    await b.goto(`${srv.url}/monitoring`);
    await b.waitForFunction(() => !!document.querySelector('.ag-row[row-index="1"] .ag-cell[col-id="householdCode"]')?.textContent?.trim(), null, { timeout: 30_000 });
    await expect.poll(() => b.getAttribute('[data-testid="live-status"]', 'data-state'), { timeout: 20_000 }).toBe('live');
    const code = ((await cell(b, 1, 'householdCode').textContent()) ?? '').trim();
    const r = await yanghe(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 1) { edges { node { householdId checkId version } } } }`, { w: { month, search: code } });
    const row = r.data.monthlyChecks.edges[0].node;
    const saved = await yanghe(`mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field message } } }`, {
      rows: [{ householdId: row.householdId, month, version: row.checkId ? row.version : null, visitDate: `${month}-02`, visitor: '实时走访员', incomeWages: 7000 }],
    });
    expect(saved.data.saveMonthlyChecks[0]).toMatchObject({ ok: true });
    await expect.poll(async () => ((await cell(b, 1, 'visitor').textContent()) ?? '').trim(), { timeout: 10_000 }).toBe('实时走访员');

    await typeInto(b, 1, 'incomeWages', '7100');
    await expect.poll(() => b.getAttribute('[data-testid="save-status"]', 'data-state'), { timeout: 10_000 }).toBe('saved');
    expect(await b.locator('.dg-conflict').count()).toBe(0);
    const after = await yanghe(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 1) { edges { node { visitor incomeWages } } } }`, { w: { month, search: code } });
    expect(after.data.monthlyChecks.edges[0].node).toMatchObject({ visitor: '实时走访员', incomeWages: 7100 });
    await b.context().close();
  });
});
