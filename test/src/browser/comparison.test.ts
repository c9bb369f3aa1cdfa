// 数据比对 in a real Chromium against the production build: the county loads a 死亡人员 list through the import
// wizard (dry run, then commit, which runs the comparison), the finding reaches 杨和镇's queue, the township clerk opens
// it side by side with the ledger and records it as 属实 with the ledger edit it led to; the 通报 counts it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { idCheckChar } from '@doudi/shared';
import type { RunningServer } from '../server-process.js';
import { apiAs, login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let household: { id: string; code: string };
const first17 = '64012119470303061';
const ID = first17 + idCheckChar(first17);

useBrowserSuite(60, async (s) => {
  ({ srv, browser } = s);
  const yanghe = await apiAs(srv.url, 'yanghe');
  const r = await yanghe(
    `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { field message } household { id code } } }`,
    { input: [{ category: 'MONITORED', regionCode: '640121100200', address: '杨和镇王太村三队2号', incomePerCapita: 5200, riskTypes: ['ILLNESS'],
      members: [{ name: '马比对', idNumber: ID, relation: 'HEAD' }] }] },
  );
  expect(r.data.createHouseholds[0].errors).toEqual([]);
  household = r.data.createHouseholds[0].household;
});

describe('数据比对 in the browser', () => {
  it('loads a source through the wizard, and the township verifies the finding side by side', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-cmp-'));
    const file = join(dir, '死亡人员.csv');
    writeFileSync(file, `永宁县公安局死亡人员名单\n公民身份号码,姓名,死亡日期\n${ID.slice(0, 6)}${ID.slice(8, 17)},马比对,2026-01-05\n`);
    try {
      const countyCtx = await newContext(browser, srv.url);
      const page = await countyCtx.newPage();
      await login(page, srv.url, 'county');
      await page.goto(`${srv.url}/comparison`);
      await page.locator('[data-testid="cmp-load"]').waitFor();
      await page.selectOption('[data-testid="cmp-kind"]', 'DEATH');
      await page.fill('[data-testid="cmp-asof"]', '2026-01-31');
      await page.click('[data-testid="cmp-load"]');
      await page.locator('[data-testid="import-dialog"]').waitFor();
      await page.setInputFiles('[data-testid="import-file"]', file);
      await page.click('[data-testid="import-analyse"]');
      const mapping = page.locator('[data-testid="import-mapping"]');
      await mapping.waitFor({ timeout: 30_000 });
      expect(await mapping.locator('tr[data-column="A"]').getAttribute('data-field')).toBe('idNumber');
      await page.click('[data-testid="import-dry-run"]');
      const report = page.locator('[data-testid="import-report"]');
      await report.waitFor({ timeout: 30_000 });
      expect(await report.locator('[data-stat="valid"]').textContent()).toBe('1');
      await page.click('[data-testid="import-commit"]');
      await page.locator('[data-testid="import-result"]').waitFor({ timeout: 60_000 });
      expect(await page.getAttribute('[data-testid="import-result"]', 'data-committed')).toBe('true');
      await page.click('[data-testid="import-close"]');
      await page.click('[data-testid="cmp-tab-sources"]');
      await expect.poll(() => page.locator('[data-testid="cmp-sources"] .ag-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await countyCtx.close();

      // 杨和镇's clerk: the finding is in the township's queue
      const ctx = await newContext(browser, srv.url);
      const p = await ctx.newPage();
      await login(p, srv.url, 'yanghe');
      await p.goto(`${srv.url}/comparison?rule=DECEASED_IN_LEDGER`);
      const row = p.locator('[data-testid="cmp-grid"] .ag-row').filter({ hasText: '马比对' });
      await row.first().waitFor({ timeout: 30_000 });
      expect(await p.locator('[data-testid="cmp-load"]').count()).toBe(0);
      await row.first().click();
      const detail = p.locator('[data-testid="cmp-detail"]');
      await detail.waitFor();
      expect(await p.textContent('[data-testid="cmp-ledger"]')).toContain(household.code);
      expect(await p.textContent('[data-testid="cmp-source-row"]')).toContain('2026-01-05');
      await p.check('[data-testid="cmp-confirmed"]');
      await p.selectOption('[data-testid="cmp-action"]', 'LEDGER_EDIT');
      await p.fill('[data-testid="cmp-action-ref"]', household.id);
      await p.fill('[data-testid="cmp-note"]', '入户核实，本人已于2026年1月去世，已办理减员');
      await p.click('[data-testid="cmp-submit"]');
      await expect.poll(() => p.textContent('[data-testid="cmp-detail"]'), { timeout: 15_000 }).toContain('核查结果：属实');
      const api = await apiAs(srv.url, 'county');
      const f = await api('{ comparisonFindings(where: { rule: DECEASED_IN_LEDGER }) { edges { node { state action actionRef verifiedBy personName } } } }');
      expect(f.data.comparisonFindings.edges.map((e: any) => e.node)).toContainEqual({ state: 'CONFIRMED', action: 'LEDGER_EDIT', actionRef: household.id, verifiedBy: 'yanghe', personName: '马比对' });
      await ctx.close();

      // the county's monthly 通报 has the 数据比对 section: the verification is counted
      const officeCtx = await newContext(browser, srv.url);
      const o = await officeCtx.newPage();
      await login(o, srv.url, 'county');
      await o.goto(`${srv.url}/duty/bulletin`);
      const section = o.locator('[data-testid="bulletin-comparison"]');
      await section.waitFor({ timeout: 30_000 });
      expect(await section.textContent()).toContain('完成核查 1 条（属实 1 条）');
      await officeCtx.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
