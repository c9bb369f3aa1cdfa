// Monthly monitoring (台账月度记录) and the risk rules of measure 12: the vocabulary and the pure rules shared by the
// server (which enforces them) and the client (which checks cells before sending). "Now" is always passed in.
import { defineEnum, enumFromLabel } from './labels.js';
import { RiskTypeDef } from './enums.js';
import { HousingGradeDef, UNSAFE_HOUSING } from './monitoring-enums.js';
import { MONTHLY_CHECK_FIELDS } from './fields-monitoring.js';
import { metaOf } from './field-meta.js';
import type { FieldError } from './errors.js';
import { chinaMonth } from './china-time.js';
import { chinaDate, isIsoDate, isPeriod, lastDayOfPeriod, addPeriods } from './deadlines.js';

export { MonthlyCheckState, MonthlyCheckStateDef, HousingGrade, HousingGradeDef, UNSAFE_HOUSING } from './monitoring-enums.js';

export const ReferralState = { OPEN: 'OPEN', ASSIGNED: 'ASSIGNED', ASSISTING: 'ASSISTING', CLOSED: 'CLOSED', WITHDRAWN: 'WITHDRAWN' } as const;
export type ReferralState = (typeof ReferralState)[keyof typeof ReferralState];
export const ReferralStateDef = defineEnum<ReferralState>('ReferralState', {
  OPEN: { zh: '待救助', en: 'Open: assistance to start' },
  // The 动态救助 loop (issue 16): an owner is named, then assistance starts, then it is closed with a reason.
  ASSIGNED: { zh: '已指派', en: 'Assigned to an owner' },
  ASSISTING: { zh: '救助中', en: 'Assistance under way' },
  CLOSED: { zh: '已办结', en: 'Closed' },
  // A draft check edited before submission no longer shows the risk that opened the referral: kept, never deleted.
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn before submission' },
});

/** closeReason of a referral withdrawn because its draft check no longer supports it. */
export const REFERRAL_WITHDRAWN_REASON = '本月走访记录上报前已修改，不再显示风险，转介撤回';

/** The conditions of 风险消除; the key is also the `field` of an ELIMINATION_NOT_ALLOWED error. */
export const EliminationCondition = {
  monitoredMonths: 'monitoredMonths',
  assistanceMeasures: 'assistanceMeasures',
  incomeAboveLine: 'incomeAboveLine',
  latestCheck: 'latestCheck',
  workingAgeMembers: 'workingAgeMembers',
} as const;
export type EliminationCondition = (typeof EliminationCondition)[keyof typeof EliminationCondition];
export const EliminationConditionDef = defineEnum<EliminationCondition>('EliminationCondition', {
  monitoredMonths: { zh: '监测满6个月', en: 'Monitored for at least 6 months' },
  assistanceMeasures: { zh: '至少落实一项帮扶措施', en: 'At least one assistance measure' },
  incomeAboveLine: { zh: '近6个月人均纯收入均不低于监测线', en: 'Income not below the line in each of the last 6 months' },
  latestCheck: { zh: '最近一次走访两不愁三保障及饮水安全均达标', en: 'The latest check passes food, clothing, schooling, medical insurance, housing and water' },
  workingAgeMembers: { zh: '家中有劳动年龄人口（16–60周岁且有劳动能力）', en: 'At least one working-age member able to work' },
});

/** Months a household must have been monitored before its risk can be eliminated. */
export const ELIMINATION_MIN_MONTHS = 6;
export const WORKING_AGE_MIN = 16;
export const WORKING_AGE_MAX = 60;

/**
 * The monitoring line (监测线, 元 per person per year) by year. 2021: 6000 (national); the later years are demo values
 * (the province publishes the real ones; an administrator edits them with setMonitoringLine).
 */
export const DEFAULT_MONITORING_LINES: Readonly<Record<number, number>> = Object.freeze({
  2020: 6000, 2021: 6000, 2022: 6300, 2023: 6600, 2024: 6900, 2025: 7200, 2026: 7500,
});

/**
 * zh names of the monthly check's fields in messages: the labels of its field table (fields-monitoring.ts), and the
 * record's own words where the grid header says more (人均纯收入 for 人均纯收入(合计)).
 */
export const MONTHLY_CHECK_LABELS: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(MONTHLY_CHECK_FIELDS.map((m) => [m.name, m.label.zh])),
  householdId: '户', month: '月份', incomeTotal: '人均纯收入', state: '状态', version: '版本',
});
const checkLabel = (k: string): string => MONTHLY_CHECK_LABELS[k] ?? k;

export const INCOME_FIELDS = ['incomeWages', 'incomeBusiness', 'incomeProperty', 'incomeTransfer'] as const;
export const SPENDING_FIELDS = ['spendingMedical', 'spendingSchooling'] as const;
export const CHECK_FLAGS = ['foodOk', 'clothingOk', 'schoolingOk', 'medicalInsuranceOk', 'waterOk'] as const;
// Limits come from the monthly check's field table (fields-monitoring.ts).
const maxLengthOf = (k: string): number => metaOf(MONTHLY_CHECK_FIELDS, k).maxLength!;
const maxAmountOf = (k: string): number => metaOf(MONTHLY_CHECK_FIELDS, k).max!;

/** The fields of a monthly check that the risk rules read. */
export interface CheckFacts {
  incomeTotal: number | null;
  foodOk: boolean | null;
  clothingOk: boolean | null;
  schoolingOk: boolean | null;
  medicalInsuranceOk: boolean | null;
  housingGrade: string | null;
  waterOk: boolean | null;
}

/** Sum of the income sources entered; null when none is entered (an unfilled draft is not "zero income"). */
export function incomeTotalOf(v: Partial<Record<(typeof INCOME_FIELDS)[number], number | null>>): number | null {
  let total: number | null = null;
  for (const f of INCOME_FIELDS) {
    const x = v[f];
    if (x != null) total = Math.round(((total ?? 0) + x) * 100) / 100;
  }
  return total;
}

/**
 * Whether a check is complete enough to judge its risk: visited (a visit date) and every income source entered
 * (0 is an answer; blank is not). Each cell saves alone, so a half-typed row (wages only) must not count as "income
 * under the line". `missing` names what is still to fill, in zh-CN labels.
 */
export function checkJudgeable(v: { visitDate?: string | null } & Partial<Record<(typeof INCOME_FIELDS)[number], number | null>>): { ok: boolean; missing: string[] } {
  const missing: string[] = [];
  if (!v.visitDate) missing.push(checkLabel('visitDate'));
  for (const f of INCOME_FIELDS) if (v[f] == null) missing.push(checkLabel(f));
  return { ok: missing.length === 0, missing };
}

const FLAG_FAIL: Record<(typeof CHECK_FLAGS)[number], string> = {
  foodOk: '不愁吃未达标', clothingOk: '不愁穿未达标', schoolingOk: '义务教育未保障',
  medicalInsuranceOk: '基本医疗保险未保障', waterOk: '饮水安全未保障',
};

/**
 * Why a check puts its household at risk (zh-CN, one reason each): income under the line of the month's year, or
 * any failed 两不愁三保障 / drinking-water check (false; not yet checked = null is not a failure), or housing C/D.
 * Empty: not at risk.
 */
export function riskReasons(c: CheckFacts, line: number, year: number): string[] {
  const out: string[] = [];
  if (c.incomeTotal != null && c.incomeTotal < line) out.push(`人均纯收入 ${fmt(c.incomeTotal)} 元低于 ${year} 年监测线 ${fmt(line)} 元`);
  for (const f of CHECK_FLAGS) if (f !== 'waterOk' && c[f] === false) out.push(FLAG_FAIL[f]);
  if (c.housingGrade && (UNSAFE_HOUSING as readonly string[]).includes(c.housingGrade)) out.push(`住房安全等级为 ${c.housingGrade} 级（不安全）`);
  if (c.waterOk === false) out.push(FLAG_FAIL.waterOk);
  return out;
}

/** Whether the check passes every 两不愁三保障 and water check (all answered yes, housing A or B). */
export function checkPasses(c: CheckFacts): { ok: boolean; failed: string[] } {
  const failed: string[] = [];
  for (const f of CHECK_FLAGS) {
    if (c[f] !== true) failed.push(c[f] === false ? FLAG_FAIL[f] : `${checkLabel(f)}未核实`);
  }
  if (!c.housingGrade) failed.push('住房安全等级未评定');
  else if ((UNSAFE_HOUSING as readonly string[]).includes(c.housingGrade)) failed.push(`住房安全等级为 ${c.housingGrade} 级（不安全）`);
  return { ok: failed.length === 0, failed };
}

export function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** Age in whole years on a date (both YYYY-MM-DD). */
export function ageOnDate(birthDate: string, date: string): number {
  const by = Number(birthDate.slice(0, 4));
  const y = Number(date.slice(0, 4));
  return y - by - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** A member of working age (16–60 on the date) who is able to work (labour ability not 无劳动力 / 丧失劳动力). */
export function isWorkingAgeMember(m: { birthDate: string | null; laborAbility: string | null }, date: string): boolean {
  if (!m.birthDate) return false;
  const age = ageOnDate(m.birthDate, date);
  if (age < WORKING_AGE_MIN || age > WORKING_AGE_MAX) return false;
  return m.laborAbility !== 'NONE' && m.laborAbility !== 'LOST';
}

/** The n months ending with `month`, oldest first. */
export function monthsEnding(month: string, n: number): string[] {
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) out.push(addPeriods(month, -i));
  return out;
}

/** The current month (YYYY-MM) in China time. */
export function currentMonth(now: Date): string {
  return chinaMonth(now);
}

export function isMonth(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}$/.test(s) && isPeriod(s);
}

// ---- validation of one monthly check (the server's saveMonthlyChecks and the grid's cell checks) --------------

export interface MonthlyCheckValues {
  month?: unknown;
  visitDate?: unknown;
  visitor?: unknown;
  incomeWages?: unknown;
  incomeBusiness?: unknown;
  incomeProperty?: unknown;
  incomeTransfer?: unknown;
  spendingMedical?: unknown;
  spendingSchooling?: unknown;
  foodOk?: unknown;
  clothingOk?: unknown;
  schoolingOk?: unknown;
  medicalInsuranceOk?: unknown;
  housingGrade?: unknown;
  waterOk?: unknown;
  riskFound?: unknown;
  riskTypes?: unknown;
  measures?: unknown;
  remarks?: unknown;
}

const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? v.trim() : String(v);
  return [...s].length > 30 ? `${[...s].slice(0, 30).join('')}…` : s;
};

/** The month field: YYYY-MM, not after the current month. */
export function validateMonth(v: unknown, now: Date): FieldError | null {
  if (v == null || v === '') return { field: 'month', code: 'REQUIRED', message: '月份不能为空' };
  if (!isMonth(v)) return { field: 'month', code: 'INVALID_VALUE', message: `月份“${shown(v)}”格式应为 YYYY-MM（如 2026-06）` };
  if (v > currentMonth(now)) return { field: 'month', code: 'OUT_OF_RANGE', message: `月份 ${v} 晚于本月（${currentMonth(now)}），不能填写` };
  return null;
}

/**
 * Normalises and checks the fields present in `values` (absent = unchanged; null or '' = cleared). `month` is the
 * check's month (already valid). Returns the normalised values and one error per bad field.
 */
export function validateMonthlyCheck(values: MonthlyCheckValues, month: string, now: Date): { value: Record<string, unknown>; errors: FieldError[] } {
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const has = (k: string) => Object.prototype.hasOwnProperty.call(values, k);
  const get = (k: string) => (values as Record<string, unknown>)[k];
  const label = checkLabel;

  if (has('visitDate')) {
    const v = get('visitDate');
    if (v == null || v === '') value.visitDate = '';
    else if (typeof v !== 'string' || !isIsoDate(v.trim())) {
      errors.push({ field: 'visitDate', code: 'INVALID_VALUE', message: `走访日期“${shown(v)}”格式应为 YYYY-MM-DD` });
    } else {
      const d = v.trim();
      const today = chinaDate(now);
      if (d.slice(0, 7) !== month) {
        errors.push({ field: 'visitDate', code: 'OUT_OF_RANGE', message: `走访日期 ${d} 不在 ${month} 月内（应在 ${month}-01 至 ${lastDayOfPeriod(month)} 之间）` });
      } else if (d > today) {
        errors.push({ field: 'visitDate', code: 'OUT_OF_RANGE', message: `走访日期 ${d} 晚于今天（${today}）` });
      } else value.visitDate = d;
    }
  }
  for (const k of ['visitor', 'measures', 'remarks'] as const) {
    if (!has(k)) continue;
    const v = get(k);
    const s = v == null ? '' : String(v).trim();
    if ([...s].length > maxLengthOf(k)) errors.push({ field: k, code: 'TOO_LONG', message: `${label(k)}最多 ${maxLengthOf(k)} 个字` });
    else value[k] = s;
  }
  for (const k of [...INCOME_FIELDS, ...SPENDING_FIELDS]) {
    if (!has(k)) continue;
    const v = get(k);
    if (v == null || v === '') {
      value[k] = null;
      continue;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(/元$/, '')) : NaN;
    if (!Number.isFinite(n)) errors.push({ field: k, code: 'INVALID_VALUE', message: `${label(k)}“${shown(v)}”不是数字` });
    else if (n < 0) errors.push({ field: k, code: 'OUT_OF_RANGE', message: `${label(k)}不能为负数` });
    else if (n > maxAmountOf(k)) errors.push({ field: k, code: 'OUT_OF_RANGE', message: `${label(k)}不能超过 ${maxAmountOf(k)} 元` });
    else value[k] = Math.round(n * 100) / 100;
  }
  for (const k of [...CHECK_FLAGS, 'riskFound'] as const) {
    if (!has(k)) continue;
    const v = get(k);
    if (v == null || v === '') value[k] = k === 'riskFound' ? false : null;
    else if (typeof v === 'boolean') value[k] = v;
    else if (['是', '否', 'true', 'false'].includes(String(v).trim())) value[k] = ['是', 'true'].includes(String(v).trim());
    else errors.push({ field: k, code: 'INVALID_VALUE', message: `${label(k)}的值“${shown(v)}”无效，应为“是”或“否”` });
  }
  if (has('housingGrade')) {
    const v = get('housingGrade');
    if (v == null || v === '') value.housingGrade = '';
    else {
      const g = typeof v === 'string' ? enumFromLabel(HousingGradeDef, v) : undefined;
      if (!g) errors.push({ field: 'housingGrade', code: 'INVALID_VALUE', message: `住房安全等级“${shown(v)}”无效，应为 A、B、C 或 D` });
      else value.housingGrade = g;
    }
  }
  if (has('riskTypes')) {
    const v = get('riskTypes');
    const items = v == null ? [] : Array.isArray(v) ? v : String(v).split(/[,、;，；]+/).map((x) => x.trim()).filter(Boolean);
    const found = new Set<string>();
    let bad: unknown = undefined;
    for (const it of items) {
      const code = typeof it === 'string' ? enumFromLabel(RiskTypeDef, it) : undefined;
      if (!code) {
        bad = it;
        break;
      }
      found.add(code);
    }
    if (bad !== undefined) errors.push({ field: 'riskTypes', code: 'INVALID_VALUE', message: `风险类型“${shown(bad)}”无效` });
    else value.riskTypes = RiskTypeDef.values.filter((t) => found.has(t));
  }
  return { value, errors };
}
