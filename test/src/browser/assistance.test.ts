// 救助 (低保, 特困, 临时救助) in a real Chromium against the production build: the county enrols (a township applies,
// issue 16), a township clerk starts a gradual exit and records a self-care assessment; the county draws the spot check
// with a seed, records a final result and tops up a reserve fund.
import { describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { addMonths, drawSpotCheckSample, idCheckChar } from '@doudi/shared';
import type { RunningServer } from '../server-process.js';
import { apiAs, cell, login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let yanghe: Awaited<ReturnType<typeof apiAs>>;
let county: Awaited<ReturnType<typeof apiAs>>;

const YANGHE = '640121100';
const CARER = '永宁县社会福利中心';
const ASSESSOR = '宁夏康健第三方评估公司';
/** Today in 永宁县 (the server's rules use China Standard Time). */
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let serial = 0;
/** A valid ID number (prefix of 永宁县, a birth date, a serial unique to this run). */
function idNumber(birth: string): string {
  serial += 1;
  const first17 = `640121${birth}${String(700 + serial).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

interface Made { id: string; code: string; members: { id: string; name: string }[] }
async function household(members: Record<string, unknown>[]): Promise<Made> {
  const r = await yanghe(
    `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { field message } household { id code members { id name } } } }`,
    {
      input: [{
        category: 'MONITORED', regionCode: '640121100200', address: '杨和镇王太村一队8号', phone: '13800138000', incomePerCapita: 5800,
        riskTypes: ['ILLNESS'], helperName: '李建国', members,
      }],
    },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data.createHouseholds[0].errors).toEqual([]);
  return r.data.createHouseholds[0].household;
}

let dibaoHousehold: Made;
let tekunHousehold: Made;
let batchId: string;

useBrowserSuite(120, async (s) => {
  ({ srv, browser } = s);
  [yanghe, county] = await Promise.all([apiAs(srv.url, 'yanghe'), apiAs(srv.url, 'county')]);
  // a household for 低保: nobody in it is severely disabled or seriously ill
  dibaoHousehold = await household([
    { name: '马保全', idNumber: idNumber('19680312'), relation: 'HEAD', health: 'HEALTHY' },
    { name: '杨秀珍', idNumber: idNumber('19700805'), relation: 'SPOUSE', health: 'CHRONIC_ILLNESS' },
  ]);
  // 特困: one person the clerk enrols in the browser, three already enrolled and assessed in a batch
  tekunHousehold = await household([
    { name: '李孤老', idNumber: idNumber('19420101'), relation: 'HEAD' },
    { name: '李特一', idNumber: idNumber('19430202'), relation: 'OTHER' },
    { name: '李特二', idNumber: idNumber('19440303'), relation: 'OTHER' },
    { name: '李特三', idNumber: idNumber('19450404'), relation: 'OTHER' },
  ]);
  const b = await yanghe(`mutation($i: CreateAssessmentBatchInput!) { createAssessmentBatch(input: $i) { ok batch { id } } }`,
    { i: { townshipCode: YANGHE, name: '浏览器测试批次' } });
  batchId = b.data.createAssessmentBatch.batch.id;
  for (const m of tekunHousehold.members.slice(1)) {
    const e = await county(`mutation($i: EnrolTekunInput!) { enrolTekun(input: $i) { ok errors { message } person { id } } }`,
      { i: { memberId: m.id, supportMode: 'CENTRALISED', careProviderOrg: CARER } });
    expect(e.data.enrolTekun.errors).toEqual([]);
    const a = await yanghe(`mutation($i: SelfCareAssessmentInput!) { recordSelfCareAssessment(input: $i) { ok errors { message } } }`, {
      i: { personId: e.data.enrolTekun.person.id, eating: true, dressing: true, bed: true, toilet: false, walking: true, bathing: true, assessorOrg: ASSESSOR, batchId },
    });
    expect(a.data.recordSelfCareAssessment.errors).toEqual([]);
  }
});

async function as(username: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, username);
  return page;
}
const text = async (l: Locator) => ((await l.textContent()) ?? '').trim();
const waitForCell = (page: Page, colId: string, row = 0) =>
  page.waitForFunction(([c, r]) => !!document.querySelector(`.ag-row[row-index="${r}"] .ag-cell[col-id="${c}"]`)?.textContent?.trim(), [colId, row] as const, { timeout: 20_000 });

describe('救助 in the browser', () => {
  it('低保: 单人保 refused naming the condition; enrolment; the 18-month cap of the gradual exit; the 渐退期 list', async () => {
    // Enrolment is the county's (the township's own page has no 纳入 button).
    const clerk = await as('yanghe');
    await clerk.goto(`${srv.url}/assistance/dibao`);
    await clerk.locator('[data-testid="dibao-exit"]').waitFor();
    expect(await clerk.locator('[data-testid="dibao-enrol"]').count()).toBe(0);
    await clerk.close();
    let page = await as('county');
    await page.goto(`${srv.url}/assistance/dibao?township=${YANGHE}`);
    await page.click('[data-testid="dibao-enrol"]');
    const form = page.locator('[data-testid="dibao-enrol-form"]');
    await form.locator('input[name="householdCode"]').fill(dibaoHousehold.code);
    await form.locator('[data-testid="lookup"]').click();
    await expect.poll(() => text(form.locator('[data-testid="found"]'))).toContain(dibaoHousehold.code);
    await form.locator('select[name="kind"]').selectOption('SINGLE_PERSON');
    await form.locator('select[name="memberId"]').selectOption(dibaoHousehold.members[0]!.id);
    await form.locator('select[name="dependsOnFamily"]').selectOption('YES');
    await form.locator('[data-testid="form-submit"]').click();
    // the refusal sits next to the member and names the condition
    await expect.poll(() => text(form.locator('[data-testid="err-memberId"]'))).toContain('单人保仅适用于重度残疾（一级或二级）或患有重特大疾病、靠家庭供养的成员');
    expect(await text(form.locator('[data-testid="err-memberId"]'))).toContain('马保全无残疾等级、健康状况为“健康”，不符合条件');

    // the whole household instead
    await form.locator('select[name="kind"]').selectOption('HOUSEHOLD');
    await form.locator('input[name="monthlyAmount"]').fill('620');
    await form.locator('[data-testid="form-submit"]').click();
    await form.waitFor({ state: 'detached' });
    const cases = await yanghe(`query($w: DibaoCaseWhere) { dibaoCases(where: $w) { edges { node { id kind state monthlyAmount } } } }`, { w: { householdId: dibaoHousehold.id } });
    const [c] = cases.data.dibaoCases.edges.map((e: any) => e.node);
    expect(c).toMatchObject({ kind: 'HOUSEHOLD', state: 'ACTIVE', monthlyAmount: 620 });

    // the case by its id (as the 统计 page links it): the one row — the township clerk's from here on
    await page.close();
    page = await as('yanghe');
    await page.goto(`${srv.url}/assistance/dibao?case=${c.id}`);
    await waitForCell(page, 'householdCode');
    expect(await text(page.locator('[data-testid="only-case"]'))).toContain(c.id);
    expect(await page.locator('.ag-row[row-index]').count()).toBe(1);
    await cell(page, 0, 'householdCode').click();
    await page.click('[data-testid="dibao-exit"]');
    const exit = page.locator('[data-testid="dibao-exit-form"]');
    expect(await exit.locator('input[name="startDate"]').inputValue()).toBe(today);
    await exit.locator('input[name="noticeRef"]').fill('杨民告〔2026〕12号');
    await exit.locator('input[name="endDate"]').fill(addMonths(today, 19));
    await exit.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(exit.locator('[data-testid="err-endDate"]'))).toBe(
      `渐退期最长 18 个月：自 ${today} 起最晚至 ${addMonths(today, 18)}，${addMonths(today, 19)} 超出期限`);
    await exit.locator('input[name="endDate"]').fill(addMonths(today, 12));
    await exit.locator('[data-testid="form-submit"]').click();
    await exit.waitFor({ state: 'detached' });

    // the 渐退期 list: months left and the notice status
    await page.click('[data-testid="tab-exit"]');
    await page.waitForURL(/state=GRADUAL_EXIT/);
    await expect.poll(() => text(cell(page, 0, 'monthsLeft')), { timeout: 15_000 }).toBe('12 个月');
    expect(await text(cell(page, 0, 'householdCode'))).toBe(dibaoHousehold.code);
    expect(await text(cell(page, 0, 'noticeRef'))).toBe('杨民告〔2026〕12号');
    expect(await text(cell(page, 0, 'noticeStatus'))).toBe('已于纳入之日书面告知');
    await page.close();
  });

  it('特困: enrolment, the derived self-care result, and the assessor ≠ carer refusal', async () => {
    let page = await as('county');
    await page.goto(`${srv.url}/assistance/tekun?township=${YANGHE}&batch=${batchId}`);
    await waitForCell(page, 'name');
    await page.click('[data-testid="tekun-enrol"]');
    const form = page.locator('[data-testid="tekun-enrol-form"]');
    await form.locator('input[name="householdCode"]').fill(tekunHousehold.code);
    await form.locator('[data-testid="lookup"]').click();
    await form.locator('[data-testid="found"]').waitFor();
    await form.locator('select[name="memberId"]').selectOption(tekunHousehold.members[0]!.id);
    await form.locator('select[name="supportMode"]').selectOption('CENTRALISED');
    await form.locator('input[name="careProviderOrg"]').fill(CARER);
    await form.locator('select[name="minorClause"]').selectOption('YES'); // an adult: refused next to the field
    await form.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(form.locator('[data-testid="err-minorClause"]'))).toContain('李孤老于供养开始日期');
    await form.locator('select[name="minorClause"]').selectOption('NO');
    await form.locator('[data-testid="form-submit"]').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => text(page.locator('[data-testid="tekun-selected"]'))).toBe(`当前选中：李孤老 · 集中供养 · ${CARER}`);

    // the township clerk assesses (a preliminary result)
    await page.close();
    page = await as('yanghe');
    await page.goto(`${srv.url}/assistance/tekun?batch=${batchId}`);
    await waitForCell(page, 'name');
    await page.locator('.ag-cell[col-id="name"]', { hasText: '李孤老' }).click();
    await expect.poll(() => text(page.locator('[data-testid="tekun-selected"]'))).toBe(`当前选中：李孤老 · 集中供养 · ${CARER}`);
    expect(await page.locator('[data-testid="tekun-enrol"]').count()).toBe(0);
    await page.click('[data-testid="tekun-assess"]');
    const assess = page.locator('[data-testid="assess-form"]');
    expect(await text(assess.locator('[data-testid="assess-stage"]'))).toContain('乡镇初评');
    for (const [k, v] of Object.entries({ eating: 'YES', dressing: 'YES', bed: 'YES', toilet: 'YES', walking: 'NO', bathing: 'NO' })) {
      await assess.locator(`select[name="${k}"]`).selectOption(v);
    }
    expect(await text(assess.locator('[data-testid="derived-result"]'))).toBe('评估结论（自动得出）：部分丧失生活自理能力');
    await assess.locator('input[name="assessorOrg"]').fill(CARER);
    await assess.locator('[data-testid="form-submit"]').click();
    await expect.poll(() => text(assess.locator('[data-testid="err-assessorOrg"]'))).toBe(
      `评估机构“${CARER}”同时是该特困人员的照料服务机构，不得由同一机构同时承接评估与照料护理服务`);
    expect(await text(assess.locator('[data-testid="conflict"]'))).toContain('评估机构与照料服务机构相同，已拒绝');
    await assess.locator('input[name="assessorOrg"]').fill(ASSESSOR);
    await assess.locator('[data-testid="form-submit"]').click();
    await assess.waitFor({ state: 'detached' });
    expect(await text(page.locator('[data-testid="last-result"]'))).toBe('最近一次评估结论：部分丧失生活自理能力');
    await page.close();
  });

  it('the county draws the spot check with a seed (≥ 30%, seed recorded) and records a final result', async () => {
    const page = await as('county');
    await page.goto(`${srv.url}/assistance/tekun?township=${YANGHE}&tab=batches&batch=${batchId}`);
    await expect.poll(() => text(page.locator('[data-testid="batch-info"]')), { timeout: 15_000 }).toContain('本批 4 人，应抽查不少于 2 人，已抽 0 人');
    await page.fill('[data-testid="draw-seed"]', 'e2e-种子-1');
    await page.click('[data-testid="draw"]');
    await expect.poll(() => text(page.locator('[data-testid="sample-info"]'))).toBe('抽查样本 2 / 4 人（50%，不少于30%：应抽 2 人） ✓ 已达30%');
    expect(await text(page.locator('[data-testid="batch-seed"]'))).toBe('e2e-种子-1');
    // the sample is the seeded draw
    const b = (await county(`query { assessmentBatches(regionCode: "${YANGHE}") { id items { sampled preliminary { id personName } } } }`))
      .data.assessmentBatches.find((x: any) => x.id === batchId);
    const ids = b.items.map((i: any) => i.preliminary.id);
    const drawn = b.items.filter((i: any) => i.sampled).map((i: any) => i.preliminary.id);
    expect(drawn).toEqual(drawSpotCheckSample(ids.map(Number), 'e2e-种子-1').map(String));
    const names = b.items.filter((i: any) => i.sampled).map((i: any) => i.preliminary.personName);
    expect(await text(page.locator('[data-testid="sampled-names"]'))).toBe(`抽中：${names.join('、')}`);

    // a sampled row → the county's final result
    const sampledRow = async () =>
      (await page.locator('.ag-row[row-index] .ag-cell[col-id="sampled"]').allTextContents()).findIndex((s) => s.trim() === '✓ 抽中');
    await expect.poll(sampledRow).toBeGreaterThanOrEqual(0);
    // row-index is the grid's row number; the DOM order may differ, so find the row by its index attribute
    const row = Number(await page.locator('.ag-row[row-index]').filter({ has: page.locator('.ag-cell[col-id="sampled"]', { hasText: '抽中' }) }).first().getAttribute('row-index'));
    const person = await text(cell(page, row, 'personName'));
    await cell(page, row, 'personName').click();
    await page.click('[data-testid="final-assess"]');
    const fin = page.locator('[data-testid="final-form"]');
    expect(await text(fin.locator('[data-testid="final-stage"]'))).toBe('评估阶段：县级最终结论');
    for (const [k, v] of Object.entries({ eating: 'NO', dressing: 'NO', bed: 'NO', toilet: 'NO', walking: 'YES', bathing: 'NO' })) {
      await fin.locator(`select[name="${k}"]`).selectOption(v);
    }
    expect(await text(fin.locator('[data-testid="derived-result"]'))).toBe('评估结论（自动得出）：完全丧失生活自理能力');
    await fin.locator('input[name="assessorOrg"]').fill('县民政局评估组');
    await fin.locator('[data-testid="form-submit"]').click();
    await fin.waitFor({ state: 'detached' });
    const finalCell = page.locator('.ag-row[row-index] .ag-cell[col-id="finalResult"]');
    await expect.poll(async () => (await finalCell.allTextContents()).map((s) => s.trim())).toContain('完全丧失生活自理能力');
    await expect.poll(() => text(page.locator('[data-testid="batch-info"]'))).toContain('县级已复核 1 人');
    const rows = await page.locator('.ag-row[row-index] .ag-cell[col-id="personName"]').allTextContents();
    expect(rows.map((s) => s.trim())).toContain(person);
    await page.close();
  });

  it('临时救助: the county tops up a reserve fund, a grant draws it down; the month and tab params are honoured', async () => {
    const page = await as('county');
    await page.goto(`${srv.url}/assistance/relief?township=${YANGHE}&tab=funds`);
    await waitForCell(page, 'balance');
    const balance = async () => Number((await text(page.locator('[data-testid="fund-balance"]'))).replace(/[^\d.]/g, ''));
    const before = await balance();
    await page.click('[data-testid="fund-topup"]');
    const form = page.locator('[data-testid="topup-form"]');
    expect(await form.locator('select[name="townshipCode"]').inputValue()).toBe(YANGHE);
    await form.locator('input[name="amount"]').fill('10000');
    await form.locator('input[name="note"]').fill('2026年第四季度拨付');
    await form.locator('[data-testid="form-submit"]').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(balance).toBe(before + 10000);
    // a grant from the fund: the balance drops at once
    await page.click('[data-testid="relief-grant"]');
    const grant = page.locator('[data-testid="relief-form"]');
    await grant.locator('input[name="householdCode"]').fill(dibaoHousehold.code);
    await grant.locator('input[name="amount"]').fill('300');
    await grant.locator('input[name="cause"]').fill('住房失火，临时生活困难');
    await grant.locator('[data-testid="form-submit"]').click();
    await grant.waitFor({ state: 'detached' });
    await expect.poll(balance).toBe(before + 10000 - 300);

    const month = today.slice(0, 7);
    await page.goto(`${srv.url}/assistance/relief?township=${YANGHE}&month=${month}`);
    await expect.poll(() => text(page.locator('[data-testid="period"]'))).toContain(`发放期间：${month}`);
    const dates = await page.locator('.ag-row[row-index] .ag-cell[col-id="grantDate"]').allTextContents();
    for (const d of dates) expect(d.trim().slice(0, 7)).toBe(month);
    await page.close();
  });
});
