// Demo monthly checks (台账月度记录) for the demo households: the last 8 months up to the current month (server clock,
// China time). Earlier months LOCKED by the county, last month SUBMITTED, this month partly visited (DRAFT), partly a
// draft without a visit date, partly missing — so "not yet visited" means something. At-risk checks get one OPEN
// referral per household; a few households meet every 风险消除 condition. Deterministic for a given database and month;
// written in bulk (prepared statements on SQLite, COPY on PostgreSQL).
import type { EntityManager } from '@mikro-orm/core';
import {
  riskReasons, isWorkingAgeMember, monthsEnding, currentMonth, chinaDate, chinaDayStart, lastDayOfPeriod, addPeriods, addDays, DEFAULT_LOOP_SETTINGS,
} from '@doudi/shared';
import type { DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import { openBulkWriter, tableIsEmpty, type BulkWriter } from './bulk-writer.js';
import { hash32 } from './demo-random.js';
import { monitoringLines, lineFromTable } from '../modules/monitoring/monitoring-line.js';

export const DEMO_CHECK_MONTHS = 8;

const CHECK_COLS = ['id', 'household_id', 'month', 'township_code', 'visit_date', 'visitor', 'income_wages', 'income_business',
  'income_property', 'income_transfer', 'income_total', 'spending_medical', 'spending_schooling', 'food_ok', 'clothing_ok',
  'schooling_ok', 'medical_insurance_ok', 'housing_grade', 'water_ok', 'risk_found', 'risk_types', 'measures', 'remarks',
  'at_risk', 'state', 'version', 'submitted_at', 'submitted_by', 'locked_at', 'locked_by', 'created_by', 'updated_by',
  'created_at', 'updated_at'] as const;
const REFERRAL_COLS = ['household_id', 'month', 'township_code', 'check_id', 'reasons', 'state', 'due_date', 'created_at', 'updated_at'] as const;
const LOCK_COLS = ['township_code', 'month', 'locked_at', 'locked_by', 'locked_count'] as const;

const MEASURES_AT_RISK = ['纳入低保', '发放临时救助金', '落实公益性岗位', '健康帮扶：大病救助', '教育资助：雨露计划', '危房改造', '饮水工程改造',
  '产业奖补', '小额信贷', '转移就业培训'];
const MEASURES_OTHER = ['产业奖补', '务工就业补贴', '技能培训', '庭院经济扶持', '小额信贷'];

/** A deterministic fraction in [0, 1) from a household and a salt. */
const frac = (id: number, salt: number): number => hash32((id * 2654435761) ^ (salt * 40503)) / 4294967296;

interface Hh {
  id: number;
  township: string;
  income: number;
  riskStatus: string;
  riskTypes: string;
  helper: string;
}

export async function seedDemoMonthlyChecks(em: EntityManager, kind: DbKind, now: Date): Promise<{ checks: number; referrals: number; eligible: number; ms: number }> {
  const t0 = performance.now();
  if (!(await tableIsEmpty(em, 'monthly_check'))) return { checks: 0, referrals: 0, eligible: 0, ms: 0 };
  const households = (await queryRows<Record<string, unknown>>(em, {
    text: 'SELECT id, township_code, income_per_capita, risk_status, risk_types, helper_name FROM household WHERE deleted_at IS NULL ORDER BY id',
    params: [],
  })).map((r): Hh => ({
    id: Number(r.id), township: String(r.township_code), income: Number(r.income_per_capita), riskStatus: String(r.risk_status),
    riskTypes: String(r.risk_types ?? ''), helper: String(r.helper_name ?? ''),
  }));
  if (!households.length) return { checks: 0, referrals: 0, eligible: 0, ms: 0 };
  const today = chinaDate(now);
  const working = new Set<number>();
  for (const m of await queryRows<{ household_id: number | string; birth_date: string | null; labor_ability: string | null }>(em, {
    text: 'SELECT household_id, birth_date, labor_ability FROM member', params: [],
  })) {
    if (isWorkingAgeMember({ birthDate: m.birth_date, laborAbility: m.labor_ability }, today)) working.add(Number(m.household_id));
  }
  const lines = await monitoringLines(em);
  const cur = currentMonth(now);
  const months = monthsEnding(cur, DEMO_CHECK_MONTHS);
  const todayDay = Number(today.slice(8, 10));
  const [maxRow] = await queryRows<{ n: number | string | null }>(em, { text: 'SELECT MAX(id) AS n FROM monthly_check', params: [] });
  let nextId = Number(maxRow?.n ?? 0) + 1;

  const B = (v: boolean | null) => (v == null ? null : kind === 'sqlite' ? (v ? 1 : 0) : v);
  const D = (d: Date) => (kind === 'sqlite' ? d.getTime() : d);
  const at = (date: string, hour: number) => new Date(chinaDayStart(date).getTime() + hour * 3_600_000);

  const checks: unknown[][] = [];
  const referrals: unknown[][] = [];
  const lockCounts = new Map<string, number>();
  let eligible = 0;
  for (const h of households) {
    // A few households under monitoring with a working-age member are kept clear of risk: eligible for 风险消除.
    const isEligible = h.riskStatus === 'MONITORING' && working.has(h.id) && frac(h.id, 7) < 0.04;
    const clean = isEligible || h.riskStatus === 'ELIMINATED';
    if (isEligible) eligible += 1;
    const types = h.riskTypes ? h.riskTypes.split(',') : [];
    const unsafeHousing = !clean && types.includes('HOUSING') && frac(h.id, 11) < 0.6;
    const unsafeWater = !clean && types.includes('DRINKING_WATER') && frac(h.id, 13) < 0.6;
    let lastRisk: { month: string; checkId: number; reasons: string[] } | null = null;
    for (const [i, month] of months.entries()) {
      const isCurrent = month === cur;
      const r = frac(h.id, 100 + i);
      let state = i < DEMO_CHECK_MONTHS - 2 ? 'LOCKED' : i === DEMO_CHECK_MONTHS - 2 ? 'SUBMITTED' : 'DRAFT';
      let visited = true;
      if (isCurrent) {
        if (isEligible) visited = true;
        else if (r >= 0.65) continue; // not visited, no record yet
        else if (r >= 0.55) visited = false; // a draft without a visit date
      }
      if (state === 'LOCKED' && !isCurrent) lockCounts.set(`${h.township}|${month}`, (lockCounts.get(`${h.township}|${month}`) ?? 0) + 1);
      const lastDay = Number(lastDayOfPeriod(month).slice(8, 10));
      const maxDay = isCurrent ? Math.max(1, todayDay) : Math.min(lastDay, 25);
      const day = 1 + Math.floor(frac(h.id, 200 + i) * maxDay);
      const visitDate = visited ? `${month}-${String(day).padStart(2, '0')}` : '';
      const year = Number(month.slice(0, 4));
      const line = lineFromTable(lines, year);
      // Incomes keep the household's place relative to the line as the line rises year by year.
      let total = Math.round(h.income * (line / 6000) * (1 + (frac(h.id, 300 + i) - 0.5) * 0.08));
      if (clean) total = Math.max(total, Math.round(line * (1.08 + frac(h.id, 17) * 0.3)));
      const wages = Math.round(total * (0.45 + frac(h.id, 19) * 0.2));
      const business = Math.round(total * 0.15);
      const property = Math.round(total * 0.03);
      const transfer = total - wages - business - property;
      const flags = {
        incomeTotal: visited ? total : null, foodOk: visited ? true : null, clothingOk: visited ? true : null,
        schoolingOk: visited ? true : null, medicalInsuranceOk: visited ? !(!clean && frac(h.id, 400 + i) < 0.01) : null,
        housingGrade: visited ? (unsafeHousing ? 'C' : frac(h.id, 23) < 0.7 ? 'A' : 'B') : null,
        waterOk: visited ? !unsafeWater : null,
      };
      const reasons = riskReasons(flags, line, year);
      const atRisk = reasons.length > 0;
      const measures = atRisk || (visited && frac(h.id, 500 + i) < (isEligible ? 1 : 0.3))
        ? (atRisk ? MEASURES_AT_RISK : MEASURES_OTHER)[Math.floor(frac(h.id, 600 + i) * (atRisk ? MEASURES_AT_RISK.length : MEASURES_OTHER.length))]!
        : '';
      if (!visited) state = 'DRAFT';
      const id = nextId++;
      const visitAt = visited ? at(visitDate, 10) : at(`${month}-01`, 9);
      const submittedAt = state !== 'DRAFT' ? at(lastDayOfPeriod(month), 17) : null;
      const lockedAt = state === 'LOCKED' ? at(`${addPeriods(month, 1)}-05`, 10) : null;
      checks.push([
        id, h.id, month, h.township, visitDate, visited ? h.helper : '', visited ? wages : null, visited ? business : null,
        visited ? property : null, visited ? transfer : null, flags.incomeTotal,
        visited && types.includes('ILLNESS') ? Math.round(3000 + frac(h.id, 29) * 12000) : null,
        visited && types.includes('SCHOOLING') ? Math.round(2000 + frac(h.id, 31) * 6000) : null,
        B(flags.foodOk), B(flags.clothingOk), B(flags.schoolingOk), B(flags.medicalInsuranceOk), flags.housingGrade ?? '',
        B(flags.waterOk), B(atRisk), atRisk ? (types.length ? types.join(',') : 'OTHER') : '', measures, '', B(atRisk), state,
        state === 'LOCKED' ? 3 : state === 'SUBMITTED' ? 2 : 1,
        submittedAt ? D(submittedAt) : null, submittedAt ? 'demo' : null, lockedAt ? D(lockedAt) : null, lockedAt ? 'county' : null,
        'demo', 'demo', D(visitAt), D(lockedAt ?? submittedAt ?? visitAt),
      ]);
      if (atRisk) lastRisk = { month, checkId: id, reasons };
    }
    if (lastRisk) {
      const opened = lastRisk.month.slice(0, 7) === cur ? today : lastDayOfPeriod(lastRisk.month);
      const created = D(at(opened, 18));
      // help due 7 days after the opening (the default of DOUDI_REFERRAL_DUE_DAYS): last month's are overdue now
      referrals.push([h.id, lastRisk.month, h.township, lastRisk.checkId, lastRisk.reasons.join('\n'), 'OPEN', addDays(opened, DEFAULT_LOOP_SETTINGS.referralDueDays), created, created]);
    }
  }
  const locks = [...lockCounts.entries()].map(([k, n]) => {
    const [township, month] = k.split('|') as [string, string];
    return [township, month, D(at(`${addPeriods(month, 1)}-05`, 10)), 'county', n];
  });

  const w: BulkWriter = await openBulkWriter(em, kind);
  // The bulk writer is typed for the ledger tables; the monitoring tables take the same plain-row path.
  const insert = (table: string, cols: readonly string[], rows: unknown[][]) => w.insert(table as 'household', cols, rows);
  try {
    await w.begin();
    for (let i = 0; i < checks.length; i += 20_000) await insert('monthly_check', CHECK_COLS, checks.slice(i, i + 20_000));
    await insert('risk_referral', REFERRAL_COLS, referrals);
    await insert('month_lock', LOCK_COLS, locks);
    await w.commit();
  } finally {
    await w.release();
  }
  if (kind === 'postgresql') {
    const conn = em.getConnection();
    await conn.execute(`SELECT setval(pg_get_serial_sequence('monthly_check', 'id'), (SELECT COALESCE(MAX(id), 1) FROM monthly_check))`);
    await conn.execute('ANALYZE monthly_check');
    await conn.execute('ANALYZE risk_referral');
  }
  return { checks: checks.length, referrals: referrals.length, eligible, ms: performance.now() - t0 };
}
