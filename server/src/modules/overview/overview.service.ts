import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import {
  COUNTY_CODE, LOCKED_CHECK_STATES, SUBMITTED_CHECK_STATES, TOWNSHIPS, addPeriods, chinaDate, isPeriod, lastDayOfPeriod, regionByCode,
  sqlStateList,
} from '@doudi/shared';
import type { Access } from '../../common/access.js';
import { forbidden } from '../../common/access.js';
import { type Sql, joinSql, queryRows, sql } from '../../common/sql.js';
import type {
  OverviewAssistanceFigure, OverviewCheckFigure, OverviewGradualExit, OverviewHouseholdFigure, OverviewNode,
  OverviewOverdueGrant, OverviewReserveFund, OverviewTownship,
} from './overview.types.js';

/** Items of the two lists (gradual exits ending soon, overdue paperwork) unless `top` says otherwise. */
export const DEFAULT_TOP = 20;
export const MAX_TOP = 200;
/** "Ending soon": a gradual exit whose last day falls within this many months of asOf. */
export const EXIT_WINDOW_MONTHS = 3;

const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** A date column as YYYY-MM-DD, whatever the driver gives back (text, Date, epoch milliseconds). */
function day(v: unknown): string | null {
  if (v == null || v === '') return null;
  if (v instanceof Date) return chinaDate(v);
  if (typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'string' && /^\d{9,}$/.test(v))) return chinaDate(new Date(Number(v)));
  return String(v).slice(0, 10);
}
const num = (v: unknown) => (v == null ? 0 : Number(v));
const money = (v: unknown) => Math.round(num(v) * 100) / 100;

/**
 * The region the figures cover. No regionCode: the caller's whole scope. A code inside the caller's scope narrows
 * it; a code around it (the county, for a township user) is confined to the caller's own; anything else is refused.
 * Returns the effective prefix ('' = the whole county).
 */
export function overviewRegion(access: Access, regionCode: string | null | undefined): string {
  const mine = access.principal?.regionCode ?? '';
  const asked = (regionCode ?? '').trim();
  if (!asked) return mine;
  if (!/^\d{6}(\d{3}){0,2}$/.test(asked) || !(asked === COUNTY_CODE || regionByCode(asked))) {
    throw badInput('regionCode', `区划代码“${asked}”不存在（应为本县、乡镇或村的代码）`);
  }
  const want = asked === COUNTY_CODE ? '' : asked;
  if (!mine || want.startsWith(mine)) return want;
  if (mine.startsWith(want)) return mine;
  throw forbidden(`只能查看${regionByCode(mine)?.name ?? mine}的统计，不能查看${regionByCode(asked)?.name ?? asked}`, { field: 'regionCode' });
}

/** Scope conditions on a table with a township_code column (alias t) and, for a village, its household_id. */
function tableScope(prefix: string, alias: string, householdCol: string | null = 'household_id'): Sql[] {
  if (!prefix) return [];
  const out = [sql(`${alias}.township_code = ?`, prefix.slice(0, 9))];
  if (prefix.length > 9) {
    out.push(householdCol
      ? sql(`${alias}.${householdCol} IN (SELECT id FROM household WHERE region_code = ?)`, prefix)
      : sql('1 = 0'));
  }
  return out;
}
function householdScope(prefix: string): Sql[] {
  if (!prefix) return [];
  if (prefix.length === 9) return [sql('h.township_code = ?', prefix)];
  return [sql('h.township_code = ?', prefix.slice(0, 9)), sql('h.region_code = ?', prefix)];
}
const where = (conds: Sql[]): Sql => (conds.length ? joinSql([sql('WHERE'), joinSql(conds, ' AND ')], ' ') : sql(''));
const and = (conds: Sql[]): Sql => (conds.length ? joinSql([sql('AND'), joinSql(conds, ' AND ')], ' ') : sql(''));
const q = (...parts: Sql[]): Sql => joinSql(parts, ' ');

export interface OverviewOptions {
  regionCode?: string | null;
  month: string;
  top?: number | null;
  now: Date;
}

export async function buildOverview(em: EntityManager, access: Access, opts: OverviewOptions): Promise<OverviewNode> {
  const { month } = opts;
  if (!isPeriod(month)) throw badInput('month', `月份“${month}”应写作 YYYY-MM`);
  const today = chinaDate(opts.now);
  const current = today.slice(0, 7);
  if (month > current) throw badInput('month', `月份 ${month} 尚未到来（当前 ${current}）`);
  const top = opts.top ?? DEFAULT_TOP;
  if (!Number.isInteger(top) || top < 0 || top > MAX_TOP) throw badInput('top', `列表条数 top 应在 0 到 ${MAX_TOP} 之间`);

  const prefix = overviewRegion(access, opts.regionCode);
  const monthStart = `${month}-01`;
  const monthEnd = lastDayOfPeriod(month);
  const yearStart = `${month.slice(0, 4)}-01-01`;
  const asOf = month === current ? today : monthEnd;
  const exitWindowEnd = clampDate(`${addPeriods(asOf.slice(0, 7), EXIT_WINDOW_MONTHS)}-${asOf.slice(8)}`);

  const townships: OverviewTownship[] = TOWNSHIPS
    .filter((t) => !prefix || t.code === prefix.slice(0, 9))
    .map((t) => ({ code: t.code, name: t.name }));
  const nameOf = (code: string) => regionByCode(code)?.name ?? code;

  const [households, checks, dibao, relief, overdue, tekun, exits, funds] = await Promise.all([
    householdFigures(em, prefix, nameOf),
    checkFigures(em, prefix, month),
    dibaoCounts(em, prefix, asOf, exitWindowEnd),
    reliefCounts(em, prefix, monthStart, monthEnd, yearStart),
    overduePaperwork(em, prefix, asOf, top, nameOf),
    tekunCounts(em, prefix, asOf),
    gradualExits(em, prefix, asOf, exitWindowEnd, top, nameOf),
    reserveFunds(em, prefix, nameOf),
  ]);

  const householdsOf = new Map<string, number>();
  for (const f of households) householdsOf.set(f.townshipCode, (householdsOf.get(f.townshipCode) ?? 0) + f.households);
  const checkRows: OverviewCheckFigure[] = townships.map((t) => {
    const c = checks.get(t.code);
    const n = householdsOf.get(t.code) ?? 0;
    const visited = c?.visited ?? 0;
    return {
      townshipCode: t.code, townshipName: t.name, month, households: n, visited, notVisited: n - visited,
      submitted: c?.submitted ?? 0, locked: c?.locked ?? 0, atRisk: c?.atRisk ?? 0, rate: n ? Math.round((visited / n) * 10000) / 10000 : 0,
    };
  });
  const assistance: OverviewAssistanceFigure[] = townships.map((t) => {
    const d = dibao.get(t.code);
    const r = relief.get(t.code);
    const k = tekun.get(t.code);
    return {
      townshipCode: t.code, townshipName: t.name,
      dibaoActive: d?.active ?? 0, dibaoGradualExit: d?.gradual ?? 0, dibaoSinglePerson: d?.single ?? 0, gradualExitsEndingSoon: d?.endingSoon ?? 0,
      reliefMonthGrants: r?.monthGrants ?? 0, reliefMonthAmount: r?.monthAmount ?? 0,
      reliefYearGrants: r?.yearGrants ?? 0, reliefYearAmount: r?.yearAmount ?? 0,
      overduePaperwork: overdue.byTownship.get(t.code) ?? 0,
      tekunCentralised: k?.CENTRALISED ?? 0, tekunDispersed: k?.DISPERSED ?? 0,
    };
  });

  const regionCode = prefix || COUNTY_CODE;
  return {
    month, regionCode, regionName: nameOf(regionCode), asOf, exitWindowEnd, townships,
    households, checks: checkRows, assistance,
    gradualExits: { count: assistance.reduce((s, a) => s + a.gradualExitsEndingSoon, 0), items: exits },
    overduePaperwork: { count: overdue.count, items: overdue.items },
    reserveFunds: funds,
  };
}

/** 2026-02-31 → 2026-02-28: the same day n months on, or the month's last day. */
function clampDate(d: string): string {
  const last = lastDayOfPeriod(d.slice(0, 7));
  return d > last ? last : d;
}

// ---- the queries: one GROUP BY each --------------------------------------------------------------------------------

async function householdFigures(em: EntityManager, prefix: string, nameOf: (c: string) => string): Promise<OverviewHouseholdFigure[]> {
  const rows = await queryRows<{ township_code: string; category: string; risk_status: string; n: unknown; at_risk: unknown }>(em, q(
    sql(`SELECT h.township_code, h.category, h.risk_status, COUNT(*) AS n, COUNT(r.household_id) AS at_risk
      FROM household h
      LEFT JOIN (SELECT DISTINCT household_id FROM risk_referral WHERE state IN ('OPEN', 'ASSIGNED', 'ASSISTING')) r ON r.household_id = h.id
      WHERE h.deleted_at IS NULL`),
    and(householdScope(prefix)),
    sql('GROUP BY h.township_code, h.category, h.risk_status ORDER BY h.township_code, h.category, h.risk_status'),
  ));
  return rows.map((r) => ({
    townshipCode: r.township_code, townshipName: nameOf(r.township_code), category: r.category, riskStatus: r.risk_status,
    households: num(r.n), atRisk: num(r.at_risk),
  }));
}

interface CheckCounts { visited: number; submitted: number; locked: number; atRisk: number }
/**
 * The month's checks per township (of the household, as the check grid counts them), by the figures' definitions
 * in @doudi/shared (已提交 = submitted or locked), the same as monthlyCheckCompletion. It reads only that month's
 * checks (index on month) and their households by primary key; the households to visit per township come from the
 * household counts, so no per-household probe of monthly_check is needed.
 */
async function checkFigures(em: EntityManager, prefix: string, month: string): Promise<Map<string, CheckCounts>> {
  const rows = await queryRows<Record<string, unknown>>(em, q(
    sql(`SELECT h.township_code,
        SUM(CASE WHEN mc.visit_date <> '' THEN 1 ELSE 0 END) AS visited,
        SUM(CASE WHEN mc.state IN (${sqlStateList(SUBMITTED_CHECK_STATES)}) THEN 1 ELSE 0 END) AS submitted,
        SUM(CASE WHEN mc.state IN (${sqlStateList(LOCKED_CHECK_STATES)}) THEN 1 ELSE 0 END) AS locked,
        SUM(CASE WHEN mc.at_risk = TRUE THEN 1 ELSE 0 END) AS at_risk
      FROM monthly_check mc JOIN household h ON h.id = mc.household_id
      WHERE mc.month = ? AND h.deleted_at IS NULL`, month),
    and(householdScope(prefix)),
    sql('GROUP BY h.township_code'),
  ));
  return new Map(rows.map((r) => [String(r.township_code), {
    visited: num(r.visited), submitted: num(r.submitted), locked: num(r.locked), atRisk: num(r.at_risk),
  }]));
}

interface DibaoCounts { active: number; gradual: number; single: number; endingSoon: number }
/**
 * 低保 cases by their effective state on asOf (the assistance module's rule: a gradual exit whose end date has come is
 * ENDED), so the figures match the 低保 grid.
 */
async function dibaoCounts(em: EntityManager, prefix: string, asOf: string, windowEnd: string): Promise<Map<string, DibaoCounts>> {
  const rows = await queryRows<Record<string, unknown>>(em, q(
    sql(`SELECT d.township_code,
        SUM(CASE WHEN d.state = 'ACTIVE' THEN 1 ELSE 0 END) AS active,
        SUM(CASE WHEN d.state = 'GRADUAL_EXIT' THEN 1 ELSE 0 END) AS gradual,
        SUM(CASE WHEN d.kind = 'SINGLE_PERSON' THEN 1 ELSE 0 END) AS single,
        SUM(CASE WHEN d.state = 'GRADUAL_EXIT' AND d.exit_end_date <= ? THEN 1 ELSE 0 END) AS ending_soon
      FROM dibao_case d
      WHERE d.state <> 'ENDED' AND NOT (d.state = 'GRADUAL_EXIT' AND d.exit_end_date IS NOT NULL AND d.exit_end_date <= ?)`, windowEnd, asOf),
    and(tableScope(prefix, 'd')),
    sql('GROUP BY d.township_code'),
  ));
  return new Map(rows.map((r) => [String(r.township_code), {
    active: num(r.active), gradual: num(r.gradual), single: num(r.single), endingSoon: num(r.ending_soon),
  }]));
}

interface ReliefCounts { monthGrants: number; monthAmount: number; yearGrants: number; yearAmount: number }
async function reliefCounts(em: EntityManager, prefix: string, monthStart: string, monthEnd: string, yearStart: string): Promise<Map<string, ReliefCounts>> {
  const rows = await queryRows<Record<string, unknown>>(em, q(
    sql(`SELECT g.township_code,
        SUM(CASE WHEN g.grant_date >= ? THEN 1 ELSE 0 END) AS month_grants,
        SUM(CASE WHEN g.grant_date >= ? THEN g.amount ELSE 0 END) AS month_amount,
        COUNT(*) AS year_grants, SUM(g.amount) AS year_amount
      FROM relief_grant g
      WHERE g.grant_date >= ? AND g.grant_date <= ? AND g.approval IN ('NONE', 'APPROVED')`, monthStart, monthStart, yearStart, monthEnd),
    and(tableScope(prefix, 'g')),
    sql('GROUP BY g.township_code'),
  ));
  return new Map(rows.map((r) => [String(r.township_code), {
    monthGrants: num(r.month_grants), monthAmount: money(r.month_amount), yearGrants: num(r.year_grants), yearAmount: money(r.year_amount),
  }]));
}

async function overduePaperwork(em: EntityManager, prefix: string, asOf: string, top: number, nameOf: (c: string) => string) {
  const cond = q(
    sql(`WHERE g.assist_first = TRUE AND g.paperwork_done_at IS NULL AND g.paperwork_due IS NOT NULL AND g.paperwork_due < ?`, asOf),
    and(tableScope(prefix, 'g')),
  );
  const [counts, items] = await Promise.all([
    queryRows<{ township_code: string; n: unknown }>(em, q(sql('SELECT g.township_code, COUNT(*) AS n FROM relief_grant g'), cond, sql('GROUP BY g.township_code'))),
    top > 0
      ? queryRows<Record<string, unknown>>(em, q(
        sql(`SELECT g.id, g.household_id, h.code, h.head_name, g.township_code, g.type, g.amount, g.grant_date, g.paperwork_due
          FROM relief_grant g LEFT JOIN household h ON h.id = g.household_id`),
        cond,
        sql('ORDER BY g.paperwork_due, g.id LIMIT ?', top),
      ))
      : Promise.resolve([]),
  ]);
  const byTownship = new Map(counts.map((r) => [r.township_code, num(r.n)]));
  return {
    byTownship,
    count: [...byTownship.values()].reduce((a, b) => a + b, 0),
    items: items.map((r): OverviewOverdueGrant => {
      const due = day(r.paperwork_due) ?? '';
      return {
        grantId: String(r.id), householdId: r.household_id == null ? null : String(r.household_id),
        householdCode: (r.code as string | null) ?? null, headName: (r.head_name as string | null) ?? null,
        townshipCode: String(r.township_code), townshipName: nameOf(String(r.township_code)), type: String(r.type),
        amount: money(r.amount), grantDate: day(r.grant_date) ?? '', paperworkDue: due, daysOverdue: daysBetween(due, asOf),
      };
    }),
  };
}

/** 特困 persons supported on asOf: not ENDED, and a minor's coverage not past the 18th birthday. */
async function tekunCounts(em: EntityManager, prefix: string, asOf: string): Promise<Map<string, Record<string, number>>> {
  const rows = await queryRows<{ township_code: string; support_mode: string; n: unknown }>(em, q(
    sql(`SELECT t.township_code, t.support_mode, COUNT(*) AS n FROM tekun_person t
      WHERE t.state <> 'ENDED' AND NOT (t.coverage_end_date IS NOT NULL AND t.coverage_end_date <= ?)`, asOf),
    and(tableScope(prefix, 't')),
    sql('GROUP BY t.township_code, t.support_mode'),
  ));
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const m = out.get(r.township_code) ?? {};
    m[r.support_mode] = num(r.n);
    out.set(r.township_code, m);
  }
  return out;
}

async function gradualExits(em: EntityManager, prefix: string, asOf: string, windowEnd: string, top: number, nameOf: (c: string) => string): Promise<OverviewGradualExit[]> {
  if (top === 0) return [];
  const rows = await queryRows<Record<string, unknown>>(em, q(
    sql(`SELECT d.id, d.household_id, h.code, h.head_name, d.township_code, d.kind, d.exit_start_date, d.exit_end_date, d.notice_date, d.notice_ref
      FROM dibao_case d JOIN household h ON h.id = d.household_id
      WHERE d.state = 'GRADUAL_EXIT' AND d.exit_end_date > ? AND d.exit_end_date <= ?`, asOf, windowEnd),
    and(tableScope(prefix, 'd')),
    sql('ORDER BY d.exit_end_date, d.id LIMIT ?', top),
  ));
  return rows.map((r) => {
    const end = day(r.exit_end_date) ?? '';
    return {
      caseId: String(r.id), householdId: String(r.household_id), householdCode: String(r.code ?? ''), headName: String(r.head_name ?? ''),
      townshipCode: String(r.township_code), townshipName: nameOf(String(r.township_code)), kind: String(r.kind),
      exitStartDate: day(r.exit_start_date), exitEndDate: end, noticeDate: day(r.notice_date), noticeRef: (r.notice_ref as string | null) || null,
      daysLeft: daysBetween(asOf, end),
    };
  });
}

async function reserveFunds(em: EntityManager, prefix: string, nameOf: (c: string) => string): Promise<OverviewReserveFund[]> {
  if (prefix.length > 9) return []; // a township's fund is not a village's figure
  const rows = await queryRows<Record<string, unknown>>(em, q(
    sql(`SELECT f.township_code, f.opening_balance AS opening,
        (SELECT COALESCE(SUM(u.amount), 0) FROM reserve_fund_top_up u WHERE u.township_code = f.township_code) AS top_ups,
        (SELECT COALESCE(SUM(g.amount), 0) FROM relief_grant g WHERE g.township_code = f.township_code AND g.from_reserve_fund = TRUE AND g.approval IN ('NONE', 'APPROVED')) AS granted
      FROM reserve_fund f`),
    where(prefix ? [sql('f.township_code = ?', prefix)] : []),
    sql('ORDER BY f.township_code'),
  ));
  return rows.map((r) => {
    const opening = money(r.opening);
    const topUps = money(r.top_ups);
    const granted = money(r.granted);
    return {
      townshipCode: String(r.township_code), townshipName: nameOf(String(r.township_code)), opening, topUps, granted,
      balance: Math.round((opening + topUps - granted) * 100) / 100,
    };
  });
}
