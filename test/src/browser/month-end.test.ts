// A township's month end in 本月走访, in a real Chromium against the production build (issue 11): a half-typed check
// opens no referral, the completed one does; 提交本月 shows that it is running and leaves a result that lists every
// refused household; the county locks the month; 统计 shows the same figures as 本月走访.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, cell, liveGridStarted, login, newContext, settled, typeInto, useBrowserSuite } from './chromium.js';

const YANGHE = '640121100';
let srv: RunningServer;
let browser: Browser;
let yanghe: Awaited<ReturnType<typeof apiAs>>;
let month: string;

useBrowserSuite(240, async (s) => {
  ({ srv, browser } = s);
  yanghe = await apiAs(srv.url, 'yanghe');
});

async function checks(where: Record<string, unknown>, first = 500) {
  const r = await yanghe(`query($w: MonthlyCheckWhere!, $n: Int) { monthlyChecks(where: $w, first: $n) { totalCount edges { node { householdId householdCode checkId atRisk state } } } }`, {
    w: { month, regionCode: YANGHE, ...where }, n: first,
  });
  expect(r.errors).toBeUndefined();
  return { total: r.data.monthlyChecks.totalCount as number, rows: r.data.monthlyChecks.edges.map((e: any) => e.node) };
}
async function openReferral(householdId: string): Promise<any | undefined> {
  const r = await yanghe(`{ riskReferrals(where: { state: OPEN }, first: 500) { edges { node { householdId month reasons } } } }`);
  expect(r.errors).toBeUndefined();
  return r.data.riskReferrals.edges.map((e: any) => e.node).find((n: any) => n.householdId === householdId);
}
async function completionOf(gql: typeof yanghe) {
  const r = await gql(`query($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) { submitted locked } }`, { m: month, r: YANGHE });
  expect(r.errors).toBeUndefined();
  return r.data.monthlyCheckCompletion[0] as { submitted: number; locked: number };
}

/** Shows one household in the grid (the search box) and waits until it is row 0. */
async function findRow(page: Page, code: string) {
  await page.fill('[data-testid="search"]', code);
  await expect.poll(() => cell(page, 0, 'householdCode').textContent(), { timeout: 30_000 }).toBe(code);
  await expect.poll(() => page.textContent('[data-testid="row-count"]')).toMatch(/共 1 户/);
}
async function typeCell(page: Page, col: string, text: string) {
  await typeInto(page, 0, col, text);
  await settled(page);
  // the save may start a task after the key that ended the edit: wait for it to be answered as saved
  await expect.poll(() => page.getAttribute('[data-testid="save-status"]', 'data-state'), { timeout: 15_000 }).toBe('saved');
}
/** The 风险待帮扶 tab lists the household (true) or not (false). */
async function referralListed(page: Page, householdId: string): Promise<boolean> {
  await page.click('[data-testid="mc-tab-referrals"]');
  await expect.poll(() => page.textContent('[data-testid="mc-referrals-count"]'), { timeout: 15_000 }).toMatch(/共 \d+ 户/);
  const listed = (await page.locator(`[data-testid="mc-referrals"] tr[data-household="${householdId}"]`).count()) > 0;
  await page.click('[data-tab="grid"]');
  return listed;
}
const visitDate = () => `${month}-01`;
const ZERO_INCOMES = ['incomeBusiness', 'incomeProperty', 'incomeTransfer'];

describe('a township\'s month end', () => {
  it('goes from half-typed checks to the county\'s lock, with 统计 agreeing', async () => {
    // ---- the township clerk ----------------------------------------------------------------------------------------
    const clerkCtx = await newContext(browser, srv.url);
    const page = await clerkCtx.newPage();
    await login(page, srv.url, 'yanghe');
    // the grid reads its rows once more when its live updates start: the typing below comes after that
    const live = liveGridStarted(page, 'monthlyChecks');
    await page.goto(`${srv.url}/monitoring`);
    await live;
    // the month the page opens on by default (本月)
    await expect.poll(() => page.inputValue('[data-testid="mc-month"]'), { timeout: 30_000 }).toMatch(/^\d{4}-\d{2}$/);
    month = await page.inputValue('[data-testid="mc-month"]');
    const todo = (await checks({ visited: false, openReferral: false })).rows.filter((r: any) => !r.checkId);
    expect(todo.length, 'unvisited households without a record in the demo month').toBeGreaterThanOrEqual(3);
    const [target, ...others] = todo as { householdId: string; householdCode: string }[];

    // a half-typed row: visited, wages only — below the line if it were complete, but it is not: no referral
    await findRow(page, target!.householdCode);
    await typeCell(page, 'visitDate', visitDate());
    await typeCell(page, 'incomeWages', '1000');
    await expect.poll(async () => (await checks({ search: target!.householdCode })).rows[0].checkId, { timeout: 15_000 }).toBeTruthy();
    expect((await checks({ search: target!.householdCode })).rows[0].atRisk).toBe(false);
    expect(await openReferral(target!.householdId)).toBeUndefined();
    expect(await referralListed(page, target!.householdId)).toBe(false);
    // the grid says why no risk is shown yet
    await expect.poll(() => cell(page, 0, 'incomeTotal').textContent(), { timeout: 15_000 }).toMatch(/^1,000(\.00)?（未填全，暂不判定风险）$/);

    // completed: every income source answered → below the line → a referral in 风险待帮扶
    for (const col of ZERO_INCOMES) await typeCell(page, col, '0');
    await expect.poll(async () => (await openReferral(target!.householdId))?.reasons, { timeout: 15_000 }).toEqual([expect.stringMatching(/^人均纯收入 1000 元低于 \d{4} 年监测线/)]);
    await expect.poll(() => cell(page, 0, 'headName').textContent(), { timeout: 15_000 }).toMatch(/^⚠/);
    expect(await cell(page, 0, 'incomeTotal').textContent()).toMatch(/^1,000(\.00)?$/);
    expect(await referralListed(page, target!.householdId)).toBe(true);

    // visits for two more households
    for (const o of others.slice(0, 2)) {
      await findRow(page, o.householdCode);
      await typeCell(page, 'visitDate', visitDate());
      await typeCell(page, 'visitor', '李建国');
    }
    await page.fill('[data-testid="search"]', '');
    const visitedDrafts = (await checks({ state: 'DRAFT', visited: true })).total;
    const emptyDrafts = (await checks({ state: 'DRAFT', visited: false })).total;
    expect(visitedDrafts).toBeGreaterThanOrEqual(3);
    expect(emptyDrafts, 'drafts without a visit date, which 提交本月 refuses').toBeGreaterThan(0);

    // 提交本月: the answer is held until the busy state has been seen (the real server has already answered)
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/graphql', async (route) => {
      if (!(route.request().postData() ?? '').includes('submitMonthlyChecks')) return route.fallback();
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    const submit = page.locator('[data-testid="mc-submit"]');
    await submit.click();
    await page.click('.el-message-box__btns .el-button--primary');
    await expect.poll(() => submit.getAttribute('aria-busy')).toBe('true');
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.textContent()).toContain('正在提交');
    release();
    const result = page.locator('[data-testid="mc-result"]');
    await expect.poll(() => result.locator('[data-testid="mc-result-title"]').textContent(), { timeout: 30_000 }).toContain(`已提交 ${visitedDrafts} 户`);
    await page.unroute('**/graphql');
    expect(await submit.isDisabled()).toBe(false);
    // every refused household, with its reason — all of them, not the first few
    const items = result.locator('[data-testid="mc-result-list"] li');
    expect(await items.count()).toBe(emptyDrafts);
    for (const x of await items.allTextContents()) expect(x).toMatch(/^户 \S+（.*）\d{4}-\d{2} 的走访日期为空，不能上报$/);
    expect(await result.locator('[data-testid="mc-result-note"]').textContent()).toContain(`${emptyDrafts} 户未能提交`);
    // it sits in the page's flow: the search box stays free and usable, and the result stays after other work
    const [rb, sb] = [await result.boundingBox(), await page.locator('[data-testid="search"]').boundingBox()];
    expect(rb!.y >= sb!.y + sb!.height || rb!.y + rb!.height <= sb!.y).toBe(true);
    await findRow(page, target!.householdCode);
    await expect.poll(() => cell(page, 0, 'state').textContent()).toBe('已上报');
    expect(await result.isVisible()).toBe(true);
    // its link shows the rest in the grid; then it is dismissed
    await page.fill('[data-testid="search"]', '');
    await result.locator('[data-testid="mc-result-show"]').click();
    const unvisited = (await checks({ visited: false })).total;
    await expect.poll(() => page.textContent('[data-testid="row-count"]'), { timeout: 15_000 }).toContain(String(unvisited));
    await result.locator('[data-testid="mc-result-close"]').click();
    await expect.poll(() => page.locator('[data-testid="mc-result"]').count()).toBe(0);
    await clerkCtx.close();

    // ---- the county locks the township's month --------------------------------------------------------------------
    const handedIn = await completionOf(yanghe);
    expect(handedIn.submitted).toBeGreaterThanOrEqual(visitedDrafts);
    const countyCtx = await newContext(browser, srv.url);
    const cp = await countyCtx.newPage();
    await login(cp, srv.url, 'county');
    await cp.goto(`${srv.url}/monitoring?month=${month}`);
    const lock = cp.locator('[data-testid="mc-lock"]');
    // 全县 selected: disabled, grey, and says why
    await expect.poll(() => lock.isDisabled()).toBe(true);
    expect(await cp.textContent('[data-testid="mc-lock-why"]')).toBe('请先选择一个乡镇');
    const greyBg = await lock.evaluate((b) => getComputedStyle(b).backgroundColor);
    await cp.selectOption('[data-testid="mc-township"]', YANGHE);
    await expect.poll(() => lock.isDisabled()).toBe(false);
    expect(await cp.locator('[data-testid="mc-lock-why"]').count()).toBe(0);
    expect(await lock.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(greyBg);
    await lock.click();
    await cp.click('.el-message-box__btns .el-button--primary');
    const lockResult = cp.locator('[data-testid="mc-result"][data-kind="lock"]');
    await expect.poll(() => lockResult.locator('[data-testid="mc-result-title"]').textContent(), { timeout: 30_000 })
      .toContain(`锁定 ${handedIn.submitted - handedIn.locked} 户`);
    const after = await completionOf(await apiAs(srv.url, 'county'));
    expect(after.locked).toBe(handedIn.submitted);

    // 本月走访's figures for the township …
    const bar = cp.locator(`[data-testid="mc-completion"] [data-township="${YANGHE}"]`);
    await expect.poll(() => bar.textContent()).toMatch(new RegExp(`已锁定\\s*${after.locked}`));
    await cp.selectOption('[data-testid="mc-state"]', 'SUBMITTED');
    await expect.poll(() => cp.textContent('[data-testid="row-count"]'), { timeout: 15_000 }).toMatch(/共 \d+/);
    const gridSubmitted = Number(((await cp.textContent('[data-testid="row-count"]')) ?? '').match(/共 ([\d,]+)/)![1]!.replace(/,/g, ''));
    await cp.selectOption('[data-testid="mc-state"]', 'LOCKED');
    await expect.poll(() => cp.textContent('[data-testid="row-count"]'), { timeout: 15_000 }).toMatch(new RegExp(`共 ${after.locked.toLocaleString('en-US')}`));

    // 已提交 counts the submitted and the locked checks (shared figures.ts), on both pages
    const submittedFigure = gridSubmitted + after.locked;
    await cp.selectOption('[data-testid="mc-state"]', '');
    await expect.poll(() => bar.textContent()).toMatch(new RegExp(`已提交\\s*${submittedFigure}`));

    // … and 统计's: the same 已提交 and 已锁定
    await cp.goto(`${srv.url}/stats?month=${month}`);
    const row = cp.locator(`[data-testid="stats-checks"] tr[data-township="${YANGHE}"]`);
    await row.waitFor({ timeout: 30_000 });
    const cells = await row.locator('td').allTextContents();
    expect(Number(cells[4]!.trim().replace(/,/g, ''))).toBe(after.locked);
    expect(Number(cells[3]!.trim().replace(/,/g, ''))).toBe(submittedFigure);
    await countyCtx.close();
  });
});
