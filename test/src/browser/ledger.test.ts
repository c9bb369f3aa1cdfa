// The ledger client in a real Chromium against the production build: what a township clerk does all day.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HOUSEHOLD_FIELDS, idCheckChar, validateField } from '@doudi/shared';
import type { RunningServer } from '../server-process.js';
import {
  apiAs, cell, cellText, login, newContext, openLedger, paste, readClipboard, recordMutations, settled,
  typeInto, useBrowserSuite, waitForRows,
} from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let api: Awaited<ReturnType<typeof apiAs>>;

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  api = await apiAs(srv.url, 'admin');
});

async function clerk(username = 'county'): Promise<Page> {
  const context = await newContext(browser, srv.url);
  const page = await context.newPage();
  await login(page, srv.url, username);
  return page;
}

/** The first rows of a ledger in the grid's default order (by id), straight from the API. */
async function firstRows(category: string, n: number, fields = 'id code headName helperName address remarks regionCode version') {
  const res = await api(`query($c: HouseholdCategory!, $n: Int) { households(where: { category: { eq: $c } }, first: $n) { totalCount edges { node { ${fields} } } } }`, { c: category, n });
  return { total: res.data.households.totalCount as number, rows: res.data.households.edges.map((e: any) => e.node) };
}

const byCodes = async (codes: string[], fields: string) =>
  (await api(`query($c: [String!]) { households(where: { code: { in: $c } }, first: 100) { edges { node { code ${fields} } } } }`, { c: codes })).data
    .households.edges.map((e: any) => e.node);

// A valid fictitious ID number (GB 11643 check character) for a given birth date.
let serial = 100;
function idNumber(birth = '19800101'): string {
  const first17 = `640121${birth}${String(serial++).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

describe('logging in', () => {
  it('sends an anonymous visitor to the login page, refuses a wrong password, shows the user, and logs out', async () => {
    const page = await (await newContext(browser, srv.url)).newPage();
    await page.goto(`${srv.url}/ledger/UNLIFTED`);
    await page.waitForURL(/\/login/);
    await page.fill('input[name="username"]', 'county');
    await page.fill('input[name="password"]', 'wrong-password');
    await page.click('button[type="submit"]');
    // A failed sign-in costs a full scrypt hash (N=2^17): the answer may take a few seconds on a busy machine.
    await expect.poll(() => page.locator('[data-testid="login-error"]').count(), { timeout: 20_000 }).toBe(1);
    await login(page, srv.url, 'county');
    const user = await page.textContent('[data-testid="user"]');
    expect(user).toContain('县民政局社会救助办公室');
    expect(user).toContain('县民政局');
    await page.click('[data-testid="logout"]');
    await page.waitForURL(/\/login/);
    await page.goto(`${srv.url}/ledger/UNLIFTED`);
    await page.waitForURL(/\/login/);
    await page.context().close();
  });
});

describe('a ledger', () => {
  it('shows only its own category, with the count the API gives', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MONITORED');
    const { total } = await firstRows('MONITORED', 1);
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(total.toLocaleString());
    const codes: string[] = [];
    for (let i = 0; i < 15; i++) codes.push(await cellText(page, i, 'code'));
    const rows = await byCodes(codes, 'category');
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r: any) => r.category))).toEqual(new Set(['MONITORED']));
    await page.context().close();
  });

  it('shows a township clerk only the households of their township', async () => {
    const page = await clerk('yanghe');
    await openLedger(page, srv.url, 'UNLIFTED');
    const yanghe = await apiAs(srv.url, 'yanghe');
    const own = await yanghe(`{ households(where: { category: { eq: UNLIFTED } }) { totalCount } }`);
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(own.data.households.totalCount));
    const visible = await page.locator('.ag-row[row-index] .ag-cell[col-id="regionCode"]').allTextContents();
    expect(visible.length).toBeGreaterThan(3);
    for (const place of visible) expect(place.trim()).toMatch(/^杨和镇 /);
    // the place filter's "all" is the clerk's township, not the county
    expect(await page.textContent('[data-testid="region-filter"]')).toContain('杨和镇');
    await page.context().close();
  });
});

describe('editing', () => {
  it('saves an edited cell, which is still there after a reload', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MARGINAL');
    await typeInto(page, 0, 'helperName', '测试员甲');
    expect(await settled(page)).toBe('saved');
    await page.reload();
    await waitForRows(page);
    expect(await cellText(page, 0, 'helperName')).toBe('测试员甲');
    const { rows } = await firstRows('MARGINAL', 1);
    expect(rows[0].helperName).toBe('测试员甲');
    await page.context().close();
  });

  it('refuses an invalid ID number in the cell, with the message, and sends nothing', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MONITORED');
    const before = (await firstRows('MONITORED', 1, 'id headIdNumber version')).rows[0];
    const mutations = recordMutations(page);
    const good = idNumber('19750505');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1'); // wrong check character
    await typeInto(page, 0, 'headIdNumber', bad);
    const c = cell(page, 0, 'headIdNumber');
    await expect.poll(() => c.getAttribute('class')).toContain('dg-invalid');
    expect(await c.textContent()).toContain(bad);
    const meta = HOUSEHOLD_FIELDS.find((f) => f.name === 'headIdNumber')!;
    const r = validateField(meta, bad);
    expect(r.ok).toBe(false);
    await c.click();
    await expect.poll(() => page.textContent('[data-testid="cell-message"]')).toBe(!r.ok ? r.error.message : '');
    expect(await page.getAttribute('[data-testid="save-status"]', 'data-state')).toBe('error');
    await page.waitForTimeout(300);
    expect(mutations).toEqual([]);
    const after = (await firstRows('MONITORED', 1, 'id headIdNumber version')).rows[0];
    expect(after).toEqual(before);
    // the refused text is not lost on a reload: still there, still marked, still unsent
    await page.waitForTimeout(400);
    await page.reload();
    await waitForRows(page);
    await expect.poll(() => c.getAttribute('class')).toContain('dg-invalid');
    expect(await c.textContent()).toContain(bad);
    expect(mutations).toEqual([]);
    await page.context().close();
  });
});

describe('Excel behaviour', () => {
  it('pastes a 3×4 block from Excel (quoted line break included) in one request, all of it saved', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'UNLIFTED');
    const { rows } = await firstRows('UNLIFTED', 3);
    const mutations = recordMutations(page);
    await cell(page, 0, 'riskTypes').click();
    const tsv =
      '因病、因残\t监测中\t王帮扶\t"杨和镇王太村\n三组"\r\n' +
      '因学\t风险已消除\t李帮扶\t纳家户村5号\r\n' +
      '缺劳动力\t监测中\t马帮扶\t观桥村8号\r\n';
    await paste(page, tsv);
    expect(await settled(page)).toBe('saved');
    expect(mutations).toHaveLength(1);
    const saved = await byCodes(rows.map((r: any) => r.code), 'riskTypes riskStatus helperName address');
    const byCode = new Map(saved.map((r: any) => [r.code, r]));
    expect(byCode.get(rows[0].code)).toMatchObject({ riskTypes: ['ILLNESS', 'DISABILITY'], riskStatus: 'MONITORING', helperName: '王帮扶', address: '杨和镇王太村\n三组' });
    expect(byCode.get(rows[1].code)).toMatchObject({ riskTypes: ['SCHOOLING'], riskStatus: 'ELIMINATED', helperName: '李帮扶', address: '纳家户村5号' });
    expect(byCode.get(rows[2].code)).toMatchObject({ riskTypes: ['LABOR_SHORTAGE'], riskStatus: 'MONITORING', helperName: '马帮扶', address: '观桥村8号' });
    expect(await cellText(page, 1, 'riskStatus')).toBe('风险已消除');
    await page.context().close();
  });

  it('pastes past the last row: the extra rows become new households of this ledger', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'SUDDEN');
    const { total } = await firstRows('SUDDEN', 1);
    await cell(page, 0, 'headName').click();
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => page.locator(`.ag-row[row-index="${total - 1}"] .ag-cell-focus`).count()).toBe(1);
    const ids = [idNumber('19660606'), idNumber('19770707'), idNumber('19880808')];
    const tsv = [`改名户主\t杨和镇王太村\t${ids[0]}\t13900000001`, `新增户甲\t李俊镇西邵村\t${ids[1]}\t13900000002`, `新增户乙\t640121104205\t${ids[2]}\t`].join('\r\n');
    const mutations = recordMutations(page);
    await paste(page, tsv);
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(total + 2));
    expect(await settled(page)).toBe('saved');
    expect(mutations).toHaveLength(1);
    const found = await api(`query($i: [String!]) { households(where: { headIdNumber: { in: $i } }) { edges { node { category headName regionCode } } } }`, { i: ids });
    const nodes = found.data.households.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(3);
    expect(nodes).toEqual(expect.arrayContaining([
      { category: 'SUDDEN', headName: '改名户主', regionCode: '640121100200' },
      { category: 'SUDDEN', headName: '新增户甲', regionCode: '640121101200' },
      { category: 'SUDDEN', headName: '新增户乙', regionCode: '640121104205' },
    ]));
    await page.context().close();
  });

  it('copies a range as Excel/WPS tab-separated text, quoting a cell with a line break', async () => {
    const { rows } = await firstRows('UNLIFTED', 6);
    const r3 = rows[3];
    await api(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, {
      i: [{ id: r3.id, version: r3.version, remarks: '第一行\n第二行 "引号"' }],
    });
    const page = await clerk();
    await openLedger(page, srv.url, 'UNLIFTED');
    await cell(page, 3, 'helperName').click();
    await cell(page, 5, 'remarks').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+C');
    const expected: string[] = [];
    for (let i = 3; i <= 5; i++) {
      const cells = [await cellText(page, i, 'helperName'), await cellText(page, i, 'address'), i === 3 ? '"第一行\n第二行 ""引号"""' : await cellText(page, i, 'remarks')];
      expected.push(cells.join('\t'));
    }
    await expect.poll(() => readClipboard(page)).toBe(expected.join('\r\n'));
    await page.context().close();
  });

  it('fills down with Ctrl+D and clears with Delete, each as one request', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MARGINAL');
    const mutations = recordMutations(page);
    await typeInto(page, 5, 'helperName', '填充源');
    expect(await settled(page)).toBe('saved');
    await cell(page, 5, 'helperName').click();
    await cell(page, 8, 'helperName').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+D');
    await expect.poll(() => cellText(page, 8, 'helperName')).toBe('填充源');
    expect(await settled(page)).toBe('saved');
    expect(await cellText(page, 6, 'helperName')).toBe('填充源');
    await cell(page, 6, 'helperName').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Delete');
    await expect.poll(() => cellText(page, 7, 'helperName')).toBe('');
    expect(await settled(page)).toBe('saved');
    expect(mutations).toHaveLength(3);
    const { rows } = await firstRows('MARGINAL', 9);
    expect(rows.slice(5, 9).map((r: any) => r.helperName)).toEqual(['填充源', null, null, '填充源']);
    await page.context().close();
  });

  it('deletes rows and restores them from the deleted view', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MONITORED');
    const { total, rows } = await firstRows('MONITORED', 12);
    await page.locator('.ag-row[row-index="10"] .ag-cell[col-id="__row"]').click({ position: { x: 10, y: 10 } });
    await page.locator('.ag-row[row-index="11"] .ag-cell[col-id="__row"]').click({ position: { x: 10, y: 10 }, modifiers: ['Shift'] });
    await page.click('[data-testid="delete-rows"]');
    await page.click('.el-message-box__btns .el-button--primary');
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(total - 2));
    await page.click('[data-testid="deleted-view"]');
    await waitForRows(page);
    const deletedCodes = [await cellText(page, 0, 'code'), await cellText(page, 1, 'code')].sort();
    expect(deletedCodes).toEqual([rows[10].code, rows[11].code].sort());
    await page.locator('.ag-row[row-index="0"] .ag-cell[col-id="__row"]').click({ position: { x: 10, y: 10 } });
    await page.locator('.ag-row[row-index="1"] .ag-cell[col-id="__row"]').click({ position: { x: 10, y: 10 }, modifiers: ['Shift'] });
    await page.click('[data-testid="restore-rows"]');
    await expect.poll(async () => (await firstRows('MONITORED', 1)).total).toBe(total);
    await page.context().close();
  });
});

// Undo/redo through the server's change sets (x-doudi-change-set, undoChangeSet, redoChangeSet, myChangeSets).
describe('undo and redo', () => {
  it('undoes a paste with Ctrl+Z after a page reload, and redoes it with Ctrl+Y', async () => {
    const page = await clerk();
    await openLedger(page, srv.url, 'MARGINAL');
    const { rows } = await firstRows('MARGINAL', 14);
    const original = rows.slice(12, 14).map((r: any) => r.helperName);
    await cell(page, 12, 'helperName').click();
    await paste(page, '撤销甲\r\n撤销乙\r\n');
    expect(await settled(page)).toBe('saved');
    await page.reload();
    await waitForRows(page);
    await cell(page, 0, 'code').click();
    await expect.poll(() => page.locator('[data-testid="undo"]').isDisabled()).toBe(false);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await firstRows('MARGINAL', 14)).rows.slice(12, 14).map((r: any) => r.helperName)).toEqual(original);
    await expect.poll(() => cellText(page, 13, 'helperName')).toBe(original[1] ?? '');
    await page.keyboard.press('Control+Y');
    await expect.poll(async () => (await firstRows('MARGINAL', 14)).rows.slice(12, 14).map((r: any) => r.helperName)).toEqual(['撤销甲', '撤销乙']);
    await page.context().close();
  });
});

describe('two clerks, one cell', () => {
  it('shows the second clerk a conflict with the other value; keeping their own loses neither edit', async () => {
    const a = await clerk('county');
    const b = await clerk('admin');
    await openLedger(a, srv.url, 'MONITORED');
    await openLedger(b, srv.url, 'MONITORED');
    // b is typing in the cell when a saves it: the live grid leaves b's editor alone, and b's save meets a's value.
    await cell(b, 1, 'helperName').click();
    await b.keyboard.press('F2');
    await b.keyboard.press('Control+A');
    await b.keyboard.insertText('乙改的');
    await typeInto(a, 1, 'helperName', '甲改的');
    expect(await settled(a)).toBe('saved');
    await b.keyboard.press('Enter');
    const c = cell(b, 1, 'helperName');
    await expect.poll(() => c.getAttribute('class')).toContain('dg-conflict');
    expect(await settled(b)).toBe('conflict');
    await c.click();
    expect(await b.textContent('[data-testid="cell-message"]')).toContain('甲改的');
    expect(await c.textContent()).toContain('乙改的');
    await b.click('[data-testid="keep-mine"]');
    await expect.poll(() => c.getAttribute('class')).not.toContain('dg-conflict');
    expect(await settled(b)).toBe('saved');
    const { rows } = await firstRows('MONITORED', 2);
    expect(rows[1].helperName).toBe('乙改的');
    const history = await api(`query($h: ID!) { auditEvents(where: { householdId: $h }, first: 20) { edges { node { actor field after } } } }`, { h: rows[1].id });
    const helperEdits = history.data.auditEvents.edges.map((e: any) => e.node).filter((n: any) => n.field === 'helperName');
    expect(helperEdits.map((n: any) => [n.actor, JSON.parse(n.after)])).toEqual(expect.arrayContaining([['county', '甲改的'], ['admin', '乙改的']]));
    await a.context().close();
    await b.context().close();
  });
});
