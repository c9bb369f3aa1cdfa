// Every date a person sees is China time (UTC+8), whatever the browser's zone: 风险待帮扶's 转介时间 in browsers set
// far from China (Kiritimati, UTC+14: its calendar runs ahead of China's from 18:00 China time; UTC: behind it until
// 08:00 China time). The server runs in whatever zone the machine has.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, type RunningServer } from '../server-process.js';
import { apiAs, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;

useBrowserSuite(120, (s) => ({ srv, browser } = s));

const YANGHE = '640121100';
/** China time written out by hand (fixed +08:00, no daylight saving), independent of the code under test. */
const china = (at: string | number | Date) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString();
const chinaDay = (at: string | number | Date) => china(at).slice(0, 10);

async function pageIn(timezoneId: string, username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN', timezoneId });
  const page = await context.newPage();
  await page.goto(`${srv.url}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
  return page;
}

describe('China time in a browser far from China', () => {
  it('shows each referral\'s 转介时间 as its China date', async () => {
    // a referral made now, besides the demo's (made at 18:00 China time, already the next day in Kiritimati)
    const yanghe = await apiAs(srv.url, 'yanghe');
    const month = china(Date.now()).slice(0, 7);
    const free = await yanghe(`query($w: MonthlyCheckWhere!) { monthlyChecks(where: $w, first: 1) { edges { node { householdId } } } }`,
      { w: { month, regionCode: YANGHE, visited: false, openReferral: false } });
    expect(free.errors).toBeUndefined();
    const householdId = free.data.monthlyChecks.edges[0]?.node.householdId;
    expect(householdId, 'the demo data has a household of 杨和镇 not visited yet this month').toBeTruthy();
    const saved = await yanghe(`mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ok errors { field message } } }`, { rows: [{
      householdId, month, visitDate: chinaDay(Date.now()), visitor: '张帮扶', incomeWages: 100, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0,
      foodOk: true, clothingOk: true, schoolingOk: true, medicalInsuranceOk: true, housingGrade: 'A', waterOk: true,
    }] });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveMonthlyChecks[0].errors).toEqual([]);

    const refs = await yanghe(`query($w: RiskReferralWhere) { riskReferrals(where: $w, first: 200) { edges { node { householdId createdAt } } } }`,
      { w: { active: true, regionCode: YANGHE } });
    expect(refs.errors).toBeUndefined();
    const expected = new Map<string, string>(refs.data.riskReferrals.edges.map((e: any) => [String(e.node.householdId), chinaDay(e.node.createdAt)]));
    expect(expected.has(String(householdId))).toBe(true);

    for (const zone of ['Pacific/Kiritimati', 'UTC']) {
      const page = await pageIn(zone, 'yanghe');
      await page.goto(`${srv.url}/monitoring?tab=referrals`);
      await page.locator('[data-testid="mc-referrals"] tbody tr').first().waitFor();
      const shown = await page.locator('[data-testid="mc-referrals"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-household'), tr.querySelectorAll('td')[6]!.textContent!.trim()]));
      expect(shown.length).toBe(expected.size);
      for (const [id, day] of shown) expect(day, `${zone}: household ${id}`).toBe(expected.get(id!));
      await page.context().close();
    }
  });
});
