// 本月走访 in a real Chromium against the production build: a township clerk's monthly round in the check grid.
import { describe, expect, it } from 'vitest';
import { chinaMonth } from '@doudi/shared';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, cell, login, newContext, recordMutations, settled, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let yanghe: Awaited<ReturnType<typeof apiAs>>;
let month: string;

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  yanghe = await apiAs(srv.url, 'yanghe');
  // The month the page opens on by default: China's current month, whatever the browser's zone.
  month = chinaMonth();
});

const NODE = 'householdId householdCode headName checkId visitDate visitor state incomeWages incomeTotal version';
async function checks(where: Record<string, unknown>, first = 500) {
  const r = await yanghe(`query($w: MonthlyCheckWhere!, $n: Int) { monthlyChecks(where: $w, first: $n) { totalCount edges { node { ${NODE} } } } }`, {
    w: { month, ...where },
    n: first,
  });
  expect(r.errors).toBeUndefined();
  return { total: r.data.monthlyChecks.totalCount as number, rows: r.data.monthlyChecks.edges.map((e: any) => e.node) };
}

async function clerk(): Promise<Page> {
  const context = await newContext(browser, srv.url);
  const page = await context.newPage();
  await login(page, srv.url, 'yanghe');
  return page;
}

/** Waits until row `i` of the check grid shows a household. */
async function waitForRow(page: Page, i = 0) {
  await page.waitForFunction((i) => {
    const c = document.querySelector(`.ag-row[row-index="${i}"] .ag-cell[col-id="householdCode"]`);
    return !!c && !!c.textContent?.trim();
  }, i, { timeout: 30_000 });
}
const text = async (page: Page, row: number, col: string) => ((await cell(page, row, col).textContent()) ?? '').trim();
const completion = async (page: Page) => {
  const s = ((await page.locator('[data-testid="mc-completion-num"]').first().textContent()) ?? '').trim();
  const [v, n] = s.split('/').map(Number);
  return { visited: v!, households: n! };
};

/** Records every data-state the save status passes through. */
async function watchStatus(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __states: string[] };
    w.__states = [];
    const el = document.querySelector('[data-testid="save-status"]')!;
    new MutationObserver(() => w.__states.push(el.getAttribute('data-state') ?? '')).observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

describe('the monthly round (本月走访)', () => {
  it('shows every household of the township with its check or its absence, filters 未走访, saves typed values, refuses bad ones, and submits', async () => {
    // One household already visited this month (through the API), the others not.
    const before = await checks({});
    expect(before.total).toBeGreaterThan(3);
    const visitedOne = before.rows.find((r: any) => !r.checkId) ?? before.rows[0];
    const saved = await yanghe(
      `mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field message } } }`,
      { rows: [{ householdId: visitedOne.householdId, month, version: visitedOne.checkId ? visitedOne.version : null, visitDate: `${month}-01`, visitor: '王帮扶', incomeWages: 9000 }] },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveMonthlyChecks[0]).toMatchObject({ ok: true });
    const unvisited = await checks({ visited: false });
    expect(unvisited.total).toBeGreaterThan(1);
    expect(unvisited.total).toBeLessThan(before.total);

    const page = await clerk();
    await page.goto(`${srv.url}/monitoring`);
    await waitForRow(page);
    // the clerk's own township, fixed; every household of it
    expect(await page.textContent('[data-testid="mc-township"]')).toContain('杨和镇');
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(before.total));
    expect(await page.inputValue('[data-testid="mc-month"]')).toBe(month);
    // with a check (its state) and without one (未走访)
    const states = await page.locator('.ag-row[row-index] .ag-cell[col-id="state"]').allTextContents();
    expect(states.map((s) => s.trim())).toContain('未走访');
    await page.fill('[data-testid="search"]', visitedOne.householdCode);
    await expect.poll(() => page.textContent('[data-testid="row-count"]'), { timeout: 15_000 }).toContain('共 1 户');
    await expect.poll(() => text(page, 0, 'householdCode'), { timeout: 15_000 }).toBe(visitedOne.householdCode);
    await expect.poll(() => text(page, 0, 'state')).toBe('草稿');
    await expect.poll(() => text(page, 0, 'visitDate')).toBe(`${month}-01`);
    await expect.poll(() => text(page, 0, 'visitor')).toBe('王帮扶');
    await page.fill('[data-testid="search"]', '');

    // 未走访: only the households not visited yet, and the address says so
    await page.click('[data-testid="mc-unvisited"]');
    await page.waitForURL(/visited=false/);
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(unvisited.total));
    await waitForRow(page);
    const target = unvisited.rows[0];
    await expect.poll(() => text(page, 0, 'householdCode')).toBe(target.householdCode);
    const start = await completion(page);
    expect(start.households).toBe(before.total);

    // a clerk's typing: select the visit date, type, Tab to the next cells, Enter at the end
    const statuses = await watchStatus(page);
    await cell(page, 0, 'visitDate').click();
    await page.keyboard.type(`${month}-01`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('F2'); // Chinese comes in through the input method: edit first, then the text
    await page.keyboard.insertText('李帮扶');
    await page.keyboard.press('Tab');
    await page.keyboard.type('7200');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1,500');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('saved');
    await expect.poll(async () => (await checks({ search: target.householdCode })).rows[0]?.incomeWages).toBe(7200);
    const [row] = (await checks({ search: target.householdCode })).rows;
    expect(row).toMatchObject({ visitDate: `${month}-01`, visitor: '李帮扶', incomeWages: 7200, incomeTotal: 8700, state: 'DRAFT' });
    expect(await statuses()).toContain('saving');
    expect(await page.textContent('[data-testid="save-status"]')).toContain('已保存');
    // the total is derived, shown read-only
    await expect.poll(() => text(page, 0, 'incomeTotal')).toContain('8,700');
    // the completion goes up
    await expect.poll(async () => (await completion(page)).visited).toBe(start.visited + 1);

    // a bad value is refused in its cell with the field's message, and nothing is sent for it
    const mutations = recordMutations(page);
    await cell(page, 1, 'incomeWages').click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 1, 'incomeWages').getAttribute('class')).toContain('dg-invalid');
    await expect.poll(() => page.textContent('[data-testid="issues"]')).toContain('工资性收入应在0到10000000之间');
    expect(mutations).toHaveLength(0);
    // a date outside the month passes the cell check but the server refuses it, naming the field
    await cell(page, 1, 'visitDate').click();
    await page.keyboard.type('2020-01-05');
    await page.keyboard.press('Enter');
    await expect.poll(() => settled(page)).toBe('error');
    await expect.poll(() => page.textContent('[data-testid="issues"]')).toContain('走访日期');

    // submit the month: the visited drafts become SUBMITTED
    await page.click('[data-testid="mc-submit"]');
    await page.click('.el-message-box__btns .el-button--primary');
    await expect.poll(async () => (await checks({ search: target.householdCode })).rows[0]?.state, { timeout: 15_000 }).toBe('SUBMITTED');
    // the outcome: how many were submitted, and the drafts that cannot be (no visit date), each named — in a result
    // panel that stays until dismissed (issue 11)
    await expect.poll(() => page.locator('[data-testid="mc-result-title"]').textContent()).toMatch(/已提交 \d+ 户/);
    expect((await checks({ search: visitedOne.householdCode })).rows[0].state).toBe('SUBMITTED');
    await page.context().close();
  });

  it('lists each condition of 风险消除 with ✓/✗ before confirming, and refuses to go on while one is unmet', async () => {
    // a household of the township that does not qualify, by the API's own check
    const { rows } = await checks({}, 60);
    let target: any = null;
    let conds: { condition: string; label: string; met: boolean; message: string }[] = [];
    for (const r of rows) {
      const c = await yanghe(`query($id: ID!) { riskEliminationCheck(householdId: $id) { condition label met message } }`, { id: r.householdId });
      expect(c.errors).toBeUndefined();
      if (c.data.riskEliminationCheck.some((x: any) => !x.met)) {
        target = r;
        conds = c.data.riskEliminationCheck;
        break;
      }
    }
    expect(target, 'a demo household that does not qualify').toBeTruthy();
    const page = await clerk();
    await page.goto(`${srv.url}/monitoring`);
    await waitForRow(page);
    await page.fill('[data-testid="search"]', target.householdCode);
    await expect.poll(() => text(page, 0, 'householdCode'), { timeout: 15_000 }).toBe(target.householdCode);
    await cell(page, 0, 'headName').click();
    const mutations = recordMutations(page);
    await page.click('[data-testid="mc-eliminate"]');
    const dialog = page.locator('[data-testid="mc-eliminate-dialog"]');
    await dialog.locator('[data-testid="mc-eliminate-conditions"] li').first().waitFor();
    // every condition, in the server's order, met or not, with its message
    const items = dialog.locator('[data-testid="mc-eliminate-conditions"] li');
    expect(await items.count()).toBe(conds.length);
    for (const [i, c] of conds.entries()) {
      const li = items.nth(i);
      expect(await li.getAttribute('data-condition')).toBe(c.condition);
      expect(await li.getAttribute('data-met')).toBe(String(c.met));
      const txt = (await li.textContent()) ?? '';
      expect(txt).toContain(c.met ? '✓' : '✗');
      expect(txt).toContain(c.label);
      expect(txt).toContain(c.message);
    }
    const unmet = conds.filter((c) => !c.met);
    expect(await dialog.locator('li[data-met="false"]').count()).toBe(unmet.length);
    expect(await dialog.locator('[data-testid="mc-eliminate-verdict"]').textContent()).toContain(`有 ${unmet.length} 项条件未满足`);
    // confirm stays off, looks off (not the live red) and says why, so nothing is sent
    const go = dialog.locator('[data-testid="mc-eliminate-go"]');
    expect(await go.isDisabled()).toBe(true);
    expect(await dialog.locator('[data-testid="mc-eliminate-why"]').textContent()).toBe(`尚有 ${unmet.length} 项条件未满足`);
    const liveRed = await dialog.evaluate(() => {
      const b = document.createElement('button');
      b.className = 'd-btn primary';
      document.body.appendChild(b);
      const c = getComputedStyle(b).backgroundColor;
      b.remove();
      return c;
    });
    expect(await go.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(liveRed);
    expect(mutations).toHaveLength(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.context().close();
  });

  it('lists the households awaiting assistance (风险待帮扶) with reasons and month, linking to the household', async () => {
    const r = await yanghe(`query { riskReferrals(where: { active: true }, first: 200) { totalCount edges { node { householdId householdCode category month reasons } } } }`);
    expect(r.errors).toBeUndefined();
    const open = r.data.riskReferrals;
    const page = await clerk();
    await page.goto(`${srv.url}/monitoring`);
    await waitForRow(page);
    await page.click('[data-testid="mc-tab-referrals"]');
    await page.waitForURL(/tab=referrals/);
    await expect.poll(() => page.textContent('[data-testid="mc-referrals-count"]')).toContain(`共 ${open.totalCount} 户`);
    expect(open.totalCount, 'the demo data has open referrals in 杨和镇').toBeGreaterThan(0);
    const first = open.edges[0].node;
    const row = page.locator(`[data-testid="mc-referrals"] tr[data-household="${first.householdId}"]`).first();
    expect(await row.textContent()).toContain(first.month);
    for (const reason of first.reasons) expect(await row.textContent()).toContain(reason);
    await row.locator('[data-testid="mc-referral-household"]').click();
    await page.waitForURL((u) => u.pathname === `/ledger/${first.category}` && u.searchParams.get('search') === first.householdCode);
    await expect.poll(() => page.inputValue('[data-testid="search"]')).toBe(first.householdCode);
    await expect.poll(async () => (await page.locator('[data-testid="row-count"]').textContent())?.trim(), { timeout: 15_000 }).toBe('共 1 户');
    await page.context().close();
  });

  it('keeps a township clerk to the own township whatever the address says', async () => {
    const page = await clerk();
    await page.goto(`${srv.url}/monitoring?township=640121104`);
    await waitForRow(page);
    expect(await page.locator('select[data-testid="mc-township"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="mc-township"]')).toContain('杨和镇');
    const own = await checks({});
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(own.total));
    expect(await page.locator('[data-testid="mc-completion"] .bar').count()).toBe(1);
    expect(await page.locator('[data-testid="mc-completion"] .bar').getAttribute('data-township')).toBe('640121100');
    await page.context().close();
  });

  it('steps months across the year boundary (2026-12 → 2027-01 and back), the grid and the completion with them', async () => {
    const page = await clerk();
    const completionOf = async (m: string) => {
      const c = await yanghe(`query($m: String!) { monthlyCheckCompletion(month: $m) { townshipCode households visited } }`, { m });
      return c.data.monthlyCheckCompletion.find((x: any) => x.townshipCode === '640121100');
    };
    // the figures the API gives for each month (the grid's own month and the demo data's differ)
    const d = await completionOf('2026-12');
    const j = await completionOf('2027-01');
    await page.goto(`${srv.url}/monitoring?month=2026-12`);
    await waitForRow(page);
    await expect.poll(() => page.textContent('[data-testid="mc-completion-num"]')).toBe(`${d.visited}/${d.households}`);
    await page.click('[data-testid="mc-next-month"]');
    await page.waitForURL((u) => u.searchParams.get('month') === '2027-01');
    expect(await page.inputValue('[data-testid="mc-month"]')).toBe('2027-01');
    await waitForRow(page);
    await expect.poll(() => page.textContent('[data-testid="mc-completion-num"]')).toBe(`${j.visited}/${j.households}`);
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(j.households));
    // the rows are 2027-01's: a check of that month or none
    const jan = await yanghe(`query { monthlyChecks(where: { month: "2027-01" }, first: 1) { edges { node { householdCode state } } } }`);
    const first = jan.data.monthlyChecks.edges[0].node;
    await expect.poll(() => text(page, 0, 'householdCode')).toBe(first.householdCode);
    if (first.state) expect(await text(page, 0, 'state')).not.toBe('未走访');
    else expect(await text(page, 0, 'state')).toBe('未走访');
    await page.click('[data-testid="mc-prev-month"]');
    await page.waitForURL((u) => u.searchParams.get('month') === '2026-12');
    await expect.poll(() => page.textContent('[data-testid="mc-completion-num"]')).toBe(`${d.visited}/${d.households}`);
    // the month picker too
    await page.locator('[data-testid="mc-month"]').fill('2027-01');
    await page.locator('[data-testid="mc-month"]').dispatchEvent('change');
    await page.waitForURL((u) => u.searchParams.get('month') === '2027-01');
    await expect.poll(() => page.textContent('[data-testid="mc-completion-num"]')).toBe(`${j.visited}/${j.households}`);
    await page.context().close();
  });

  it('offers the office and the auditor no write action on 本月走访 (they read only)', async () => {
    for (const who of ['office', 'auditor']) {
      const context = await newContext(browser, srv.url);
      const page = await context.newPage();
      await login(page, srv.url, who);
      await page.goto(`${srv.url}/monitoring?township=640121100&month=${month}`);
      await waitForRow(page);
      await cell(page, 0, 'headName').click();
      for (const id of ['mc-submit', 'mc-lock', 'mc-correct', 'mc-eliminate']) {
        expect(await page.locator(`[data-testid="${id}"]`).count(), `${who}: ${id}`).toBe(0);
      }
      await context.close();
    }
  });

  it('honours the township, month and visited query params for county staff', async () => {
    const context = await newContext(browser, srv.url);
    const page = await context.newPage();
    await login(page, srv.url, 'county');
    const yangheCode = '640121104';
    await page.goto(`${srv.url}/monitoring?township=${yangheCode}&month=${month}&visited=false`);
    await waitForRow(page);
    expect(await page.inputValue('[data-testid="mc-township"]')).toBe(yangheCode);
    const county = await apiAs(srv.url, 'county');
    const r = await county(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w) { totalCount } }`, { w: { month, regionCode: yangheCode, visited: false } });
    await expect.poll(() => page.textContent('[data-testid="row-count"]')).toContain(String(r.data.monthlyChecks.totalCount));
    expect(await page.locator('[data-testid="mc-lock"]').count()).toBe(1);
    expect(await page.locator('[data-testid="mc-submit"]').count()).toBe(0);
    await context.close();
  });
});
