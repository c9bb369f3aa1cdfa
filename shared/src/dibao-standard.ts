// 低保标准 (minimum-living-allowance standard): 元 per person per month, urban and rural, by year. The numbers are data
// (the table `dibao_standard`, edited by the administrator); what lives here is the vocabulary and the pure rules.
import { defineEnum } from './labels.js';

export const DibaoArea = { URBAN: 'URBAN', RURAL: 'RURAL' } as const;
export type DibaoArea = (typeof DibaoArea)[keyof typeof DibaoArea];
export const DibaoAreaDef = defineEnum<DibaoArea>('DibaoArea', {
  URBAN: { zh: '城市', en: 'Urban' },
  RURAL: { zh: '农村', en: 'Rural' },
}, { 城镇: 'URBAN', 城市低保: 'URBAN', 农村低保: 'RURAL' });

/**
 * DEMO VALUES (示例值), seeded on first start when the table is empty: NOT the published 永宁县 standards (the plan
 * text gives none). The administrator replaces them with `setDibaoStandard`; a replaced row is no longer marked demo.
 */
export const DEMO_DIBAO_STANDARDS: Readonly<Record<number, Readonly<Record<DibaoArea, number>>>> = Object.freeze({
  2020: { URBAN: 640, RURAL: 400 },
  2021: { URBAN: 670, RURAL: 430 },
  2022: { URBAN: 700, RURAL: 460 },
  2023: { URBAN: 730, RURAL: 490 },
  2024: { URBAN: 760, RURAL: 520 },
  2025: { URBAN: 790, RURAL: 550 },
  2026: { URBAN: 820, RURAL: 580 },
});

export const DIBAO_STANDARD_MAX = 100_000;

/**
 * The area whose standard applies to a household, from its region code: a community (社区/居委会, 生活区; the
 * village-level unit's last three digits 0xx–1xx) is URBAN, a village (村, 分场; 2xx and above) is RURAL. A code
 * without a village part (township or county) answers null.
 */
export function dibaoAreaOf(regionCode: string): DibaoArea | null {
  if (!/^\d{12}$/.test(regionCode)) return null;
  return Number(regionCode.slice(9)) < 200 ? 'URBAN' : 'RURAL';
}

/**
 * The standard of a year from a table (year → area → amount): that year's row, else the nearest earlier year's; a year
 * before the table starts answers null (no standard known), as does an empty table.
 */
export function standardFromTable(rows: readonly { year: number; area: string; amount: number }[], year: number, area: DibaoArea): number | null {
  let best: { year: number; amount: number } | null = null;
  for (const r of rows) {
    if (r.area !== area || r.year > year) continue;
    if (!best || r.year > best.year) best = { year: r.year, amount: r.amount };
  }
  return best ? best.amount : null;
}

/** The annual per-capita income (元 per person per year, as the ledgers keep it) as a monthly amount. */
export const monthlyFromAnnual = (annual: number): number => Math.round((annual / 12) * 100) / 100;

/** Whether an annual per-capita income is above a monthly standard (the 渐退 and 审批 test): annual > 12 × monthly. */
export function incomeAboveStandard(annualPerCapita: number, monthlyStandard: number): boolean {
  return annualPerCapita > Math.round(monthlyStandard * 12 * 100) / 100;
}
