// The loops of issue 16 in a real Chromium against the production build: a township clerk takes a risk referral from
// OPEN through 指派 (a refused owner shown beside the field), 开始救助 and 办结; and records a 探访 of a dispersed
// 特困 person whose visit was overdue (a problem without the help arranged refused beside the field).
import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { addDays, idCheckChar } from '@doudi/shared';
import type { RunningServer } from '../server-process.js';
import { apiAs, login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let yanghe: Awaited<ReturnType<typeof apiAs>>;
let county: Awaited<ReturnType<typeof apiAs>>;

/** Today and this month in 永宁县 (China Standard Time). */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const month = today.slice(0, 7);

let serial = 0;
function idNumber(birth: string): string {
  serial += 1;
  const first17 = `640121${birth}${String(800 + serial).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
async function household(members: Record<string, unknown>[]): Promise<{ id: string; code: string; members: { id: string; name: string }[] }> {
  const r = await yanghe(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { errors { message } household { id code members { id name } } } }`, {
    input: [{ category: 'MONITORED', regionCode: '640121100200', address: '杨和镇王太村二队5号', phone: '13800138000', incomePerCapita: 3000,
      riskTypes: ['ILLNESS'], helperName: '王建军', members }],
  });
  expect(r.data.createHouseholds[0].errors).toEqual([]);
  return r.data.createHouseholds[0].household;
}

let atRisk: { id: string; code: string };
let visited: string;

useBrowserSuite(80, async (s) => {
  ({ srv, browser } = s);
  [yanghe, county] = await Promise.all([apiAs(srv.url, 'yanghe'), apiAs(srv.url, 'county')]);
  // a household found at risk this month: its referral is the newest
  atRisk = await household([{ name: '马转介', idNumber: idNumber('19750312'), relation: 'HEAD', laborAbility: 'NORMAL' }]);
  const saved = await yanghe(`mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field message } } }`, {
    rows: [{ householdId: atRisk.id, month, visitDate: today, visitor: '王建军', incomeWages: 800, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0 }],
  });
  expect(saved.data.saveMonthlyChecks[0]).toMatchObject({ ok: true });
  // a dispersed 特困 person supported for two months and never visited: overdue
  const tk = await household([{ name: '李探访', idNumber: idNumber('19560101'), relation: 'HEAD' }]);
  const e = await county(`mutation($i: EnrolTekunInput!) { enrolTekun(input: $i) { errors { message } person { id } } }`,
    { i: { memberId: tk.members[0]!.id, supportMode: 'DISPERSED', careProviderOrg: '王太村委托照料服务队', startDate: addDays(today, -60) } });
  expect(e.data.enrolTekun.errors).toEqual([]);
  visited = e.data.enrolTekun.person.id;
});

async function as(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const rowOf = (page: Page, grid: string, col: string, value: string) =>
  page.locator(`[data-testid="${grid}"] .ag-row`).filter({ has: page.locator(`.ag-cell[col-id="${col}"]`, { hasText: value }) }).first();
const cellOf = (row: Locator, col: string) => row.locator(`.ag-cell[col-id="${col}"]`);

describe('动态救助 in the browser', () => {
  it('the referral list: owner, due date, state; 指派 (a foreign owner refused beside the field), 开始救助, 办结', async () => {
    const page = await as('yanghe');
    await page.goto(`${srv.url}/loops/referrals`);
    const row = rowOf(page, 'referral-grid', 'householdCode', atRisk.code);
    await row.waitFor({ timeout: 20_000 });
    expect(await text(cellOf(row, 'state'))).toBe('待救助');
    expect(await text(cellOf(row, 'dueDate'))).toBe(addDays(today, 7));
    expect(await text(cellOf(row, 'owner'))).toBe('');
    // the board counts the township's active referrals, overdue ones among them (the demo's last month)
    await expect.poll(async () => Number(await text(page.locator('[data-testid="referral-board"] .ag-row .ag-cell[col-id="active"]').first()))).toBeGreaterThan(0);

    await cellOf(row, 'householdCode').click();
    await page.click('[data-testid="referral-assign"]');
    const form = page.locator('[data-testid="referral-assign-form"]');
    await form.locator('input[name="owner"]').fill('lijun');
    await form.locator('input[name="helper"]').fill('王建军');
    await form.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(form.locator('[data-testid="err-owner"]'))).toBe('经办人须为杨和镇的乡镇用户，“lijun”不是');
    await form.locator('input[name="owner"]').fill('yanghe');
    await form.locator('[data-testid="form-submit"]').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => text(cellOf(row, 'state'))).toBe('已指派');
    expect(await text(cellOf(row, 'owner'))).toBe('yanghe');
    expect(await text(cellOf(row, 'helper'))).toBe('王建军');

    await cellOf(row, 'householdCode').click();
    await page.click('[data-testid="referral-start"]');
    const start = page.locator('[data-testid="referral-start-form"]');
    await start.locator('select[name="assistanceKind"]').selectOption('OTHER_MEASURE');
    await start.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(start.locator('[data-testid="err-assistanceNote"]'))).toBe('措施说明不能为空');
    await start.locator('input[name="assistanceNote"]').fill('落实公益性岗位');
    await start.locator('[data-testid="form-submit"]').click();
    await start.waitFor({ state: 'detached' });
    await expect.poll(() => text(cellOf(row, 'state'))).toBe('救助中');

    await cellOf(row, 'householdCode').click();
    await page.click('[data-testid="referral-close"]');
    const close = page.locator('[data-testid="referral-close-form"]');
    await close.locator('input[name="closeReason"]').fill('公益性岗位已上岗');
    await close.locator('[data-testid="form-submit"]').click();
    await close.waitFor({ state: 'detached' });
    // closed: off the 在办 list, on the 已办结 one
    await expect.poll(() => rowOf(page, 'referral-grid', 'householdCode', atRisk.code).count()).toBe(0);
    await page.locator('[data-testid="referral-state"]').selectOption('CLOSED');
    const closed = rowOf(page, 'referral-grid', 'householdCode', atRisk.code);
    await closed.waitFor();
    expect(await text(cellOf(closed, 'closeKind'))).toBe('救助已落实');
    const api = await yanghe(`query { riskReferrals(where: { state: CLOSED }, first: 500) { edges { node { householdId owner assistanceNote closeReason } } } }`);
    expect(api.data.riskReferrals.edges.map((e: any) => e.node).find((n: any) => n.householdId === atRisk.id))
      .toEqual({ householdId: atRisk.id, owner: 'yanghe', assistanceNote: '落实公益性岗位', closeReason: '公益性岗位已上岗' });
    await page.close();
  });

  it('one 探访 record: the overdue person, the help arranged required with a problem, then no longer overdue', async () => {
    const page = await as('yanghe');
    await page.goto(`${srv.url}/loops/visits`);
    await page.locator('[data-testid="visits-overdue"]').check();
    const row = rowOf(page, 'visits-grid', 'name', '李探访');
    await row.waitFor({ timeout: 20_000 });
    expect(await text(cellOf(row, 'nextDue'))).toBe(addDays(today, -30));
    expect(await text(cellOf(row, 'daysOverdue'))).toBe('⚠ 30 天');
    await cellOf(row, 'name').click();
    await page.click('[data-testid="visit-record"]');
    const form = page.locator('[data-testid="visit-form"]');
    expect(await form.locator('input[name="visitDate"]').inputValue()).toBe(today);
    await form.locator('input[name="visitor"]').fill('王太村 王建军');
    await form.locator('select[name="condition"]').selectOption('FAIR');
    await form.locator('input[name="problems"]').fill('冬季取暖煤不足');
    await form.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(form.locator('[data-testid="err-helpArranged"]'))).toBe('发现问题时须填写协调解决的措施');
    await form.locator('input[name="helpArranged"]').fill('协调乡镇发放取暖煤500公斤');
    await form.locator('[data-testid="form-submit"]').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => rowOf(page, 'visits-grid', 'name', '李探访').count()).toBe(0);
    const v = await yanghe(`query($p: ID!) { careVisits(personId: $p) { visitDate visitor condition problems helpArranged createdBy } }`, { p: visited });
    expect(v.data.careVisits).toEqual([{ visitDate: today, visitor: '王太村 王建军', condition: 'FAIR', problems: '冬季取暖煤不足', helpArranged: '协调乡镇发放取暖煤500公斤', createdBy: 'yanghe' }]);
    await page.close();
  });
});
