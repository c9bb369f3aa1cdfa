import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { LOCKED_CHECK_STATES, MONTHLY_CHECK_FIELDS, SUBMITTED_CHECK_STATES, TOWNSHIPS, isMonth, sqlStateList, type ErrorCode } from '@doudi/shared';
import { storedFields, truthy } from '../../common/table-rows.js';
import type { DbKind } from '../../config.js';
import { type Sql, sql, joinSql, likeEscape, queryRows, fromDbDate } from '../../common/sql.js';
import { encodeCursor, decodeCursor } from '../../common/cursor.js';
import { prefixUpperBound } from '../household/household.query.js';
import { MonthlyCheckWhere, type CheckCompletion, type MonthlyCheckRow } from './monitoring.types.js';
import { tableWhere } from '../../common/table-where.js';

export function badInput(field: string, message: string, code: ErrorCode = 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, field } });
}

export function requireMonth(month: unknown, field = 'month'): string {
  if (!isMonth(month)) throw badInput(field, `月份“${String(month ?? '')}”格式应为 YYYY-MM（如 2026-06）`, 'INVALID_VALUE');
  return month;
}

/** A region-code prefix (6, 9 or 12 digits) as conditions on households (alias h). */
export function regionConditions(regionCode: string | null | undefined, field = 'regionCode'): Sql[] {
  if (regionCode == null || regionCode === '') return [];
  const p = regionCode.trim();
  if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(p)) throw badInput(field, `区划代码“${p}”应为 6 位(县)、9 位(乡镇)或 12 位(村)数字`, 'INVALID_VALUE');
  if (p.length === 9) return [sql('h.township_code = ?', p)];
  if (p.length === 12) return [sql('h.region_code = ?', p)];
  return [sql('h.region_code >= ? AND h.region_code < ?', p, prefixUpperBound(p))];
}

// The check's stored fields come from its field table (common/table-rows.ts); the household's fields of the table
// are read from the household row, and the check's bookkeeping columns are listed here.
const OF_HOUSEHOLD = ['householdCode', 'headName', 'regionName', 'category'];
const CHECK = storedFields('c', MONTHLY_CHECK_FIELDS, { notStored: OF_HOUSEHOLD, prefix: 'c_', emptyAsNull: true, nullBooleans: true });
const CHECK_BOOKKEEPING = ['id', 'month', 'at_risk', 'version', 'submitted_at', 'submitted_by', 'locked_at', 'locked_by', 'updated_at', 'updated_by'];

export const GRID_SELECT =
  'SELECT h.id AS h_id, h.code AS h_code, h.head_name AS h_head_name, h.category AS h_category, h.risk_status AS h_risk_status, ' +
  'h.region_code AS h_region_code, h.township_code AS h_township_code, h.helper_name AS h_helper_name, ' +
  'r.name AS region_name, t.name AS township_name, ' +
  `${CHECK.columns}, ${CHECK_BOOKKEEPING.map((c) => `c.${c} AS c_${c}`).join(', ')}` +
  ' FROM household h LEFT JOIN monthly_check c ON c.household_id = h.id AND c.month = ? ' +
  'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code';

type Raw = Record<string, unknown>;
const stamp = (v: unknown): Date | null => (v != null ? fromDbDate(v) : null);

export function toGridRow(r: Raw, month: string, line: number): MonthlyCheckRow {
  const has = r.c_id != null;
  const check = CHECK.read(r);
  return {
    ...check,
    householdId: String(r.h_id),
    householdCode: String(r.h_code),
    headName: String(r.h_head_name ?? ''),
    category: String(r.h_category),
    riskStatus: String(r.h_risk_status),
    regionCode: String(r.h_region_code),
    regionName: String(r.region_name ?? ''),
    townshipCode: String(r.h_township_code),
    townshipName: String(r.township_name ?? ''),
    helperName: (r.h_helper_name as string) || null,
    checkId: has ? String(r.c_id) : null,
    month,
    riskFound: (check.riskFound as boolean | null) ?? false,
    atRisk: r.c_at_risk != null && truthy(r.c_at_risk),
    version: has ? Number(r.c_version) : null,
    monitoringLine: line,
    submittedAt: stamp(r.c_submitted_at),
    submittedBy: (r.c_submitted_by as string) ?? null,
    lockedAt: stamp(r.c_locked_at),
    lockedBy: (r.c_locked_by as string) ?? null,
    updatedAt: stamp(r.c_updated_at),
    updatedBy: has ? ((r.c_updated_by as string) || null) : null,
  } as MonthlyCheckRow;
}

export interface GridPage {
  rows: MonthlyCheckRow[];
  cursors: string[];
  hasNextPage: boolean;
  count: () => Promise<number>;
}

/** The filter's table fields (common/table-where.ts). */
const WHERE = tableWhere<MonthlyCheckWhere>(MonthlyCheckWhere, { state: 'c.state', category: 'h.category' });

/** The filters of `MonthlyCheckWhere` other than the month, as conditions on households (h) and checks (c); also the
 *  monthly aggregate's. */
export function checkConditions(kind: DbKind, where: Omit<MonthlyCheckWhere, 'month'>, scope: Sql[]): Sql[] {
  const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...scope, ...regionConditions(where.regionCode, 'where.regionCode')];
  conds.push(...WHERE(where as MonthlyCheckWhere));
  if (where.visited === true) conds.push(sql(`c.visit_date <> ''`));
  if (where.visited === false) conds.push(sql(`(c.id IS NULL OR c.visit_date = '')`));
  if (where.atRisk === true) conds.push(sql('c.at_risk = TRUE'));
  if (where.atRisk === false) conds.push(sql('(c.id IS NULL OR c.at_risk = FALSE)'));
  // 风险待帮扶: an active referral (OPEN, ASSIGNED, ASSISTING) — one probe of the partial unique index risk_referral_active_unique.
  const openRef = `EXISTS (SELECT 1 FROM risk_referral x WHERE x.household_id = h.id AND x.state IN ('OPEN', 'ASSIGNED', 'ASSISTING'))`;
  if (where.openReferral === true) conds.push(sql(openRef));
  if (where.openReferral === false) conds.push(sql(`NOT ${openRef}`));
  const search = where.search?.trim();
  if (search) {
    const like = kind === 'postgresql' ? 'ILIKE' : 'LIKE';
    conds.push(sql(`(h.head_name ${like} ? ESCAPE '\\' OR h.code LIKE ? ESCAPE '\\')`, `%${likeEscape(search)}%`, `${likeEscape(search)}%`));
  }
  return conds;
}

const ORDER_TAG = 'monthly:region,id';

/** The monthly grid: every active household in scope, LEFT JOINed with its check of the month; keyset by (region, id). */
export async function fetchGridPage(
  em: EntityManager, kind: DbKind, where: MonthlyCheckWhere, opts: { first: number; after?: string | null; scope: Sql[]; line: number },
): Promise<GridPage> {
  const month = requireMonth(where.month, 'where.month');
  const conds = checkConditions(kind, where, opts.scope);
  const filter = joinSql(conds, ' AND ');
  const page = [...conds];
  if (opts.after) {
    const [region, id] = decodeCursor(opts.after, ORDER_TAG) as [string, number];
    page.push(sql('(h.region_code > ? OR (h.region_code = ? AND h.id > ?))', String(region), String(region), Number(id)));
  }
  const w = joinSql(page, ' AND ');
  const rows = await queryRows<Raw>(em, {
    text: `${GRID_SELECT} WHERE ${w.text} ORDER BY h.region_code, h.id LIMIT ?`,
    params: [month, ...w.params, opts.first + 1],
  });
  const hasNextPage = rows.length > opts.first;
  const shown = rows.slice(0, opts.first);
  return {
    rows: shown.map((r) => toGridRow(r, month, opts.line)),
    cursors: shown.map((r) => encodeCursor(ORDER_TAG, [String(r.h_region_code), Number(r.h_id)])),
    hasNextPage,
    count: async () => {
      const [c] = await queryRows<{ n: number | string }>(em, {
        text: `SELECT COUNT(*) AS n FROM household h LEFT JOIN monthly_check c ON c.household_id = h.id AND c.month = ? WHERE ${filter.text}`,
        params: [month, ...filter.params],
      });
      return Number(c?.n ?? 0);
    },
  };
}

/** One household's grid row for a month (after a save), or null. */
export async function gridRow(em: EntityManager, householdId: number, month: string, line: number): Promise<MonthlyCheckRow | null> {
  const rows = await queryRows<Raw>(em, { text: `${GRID_SELECT} WHERE h.id = ?`, params: [month, householdId] });
  return rows[0] ? toGridRow(rows[0], month, line) : null;
}

/** Completion per township in scope: households, visited, submitted, locked, at risk. */
export async function completion(em: EntityManager, month: string, regionCode: string | null | undefined, scope: Sql[], scopePrefix: string | null): Promise<CheckCompletion[]> {
  const conds = joinSql([sql('h.deleted_at IS NULL'), ...scope, ...regionConditions(regionCode)], ' AND ');
  const rows = await queryRows<Raw>(em, {
    text:
      `SELECT h.township_code AS township_code, COUNT(*) AS households, ` +
      `SUM(CASE WHEN c.visit_date <> '' THEN 1 ELSE 0 END) AS visited, ` +
      `SUM(CASE WHEN c.state IN (${sqlStateList(SUBMITTED_CHECK_STATES)}) THEN 1 ELSE 0 END) AS submitted, ` +
      `SUM(CASE WHEN c.state IN (${sqlStateList(LOCKED_CHECK_STATES)}) THEN 1 ELSE 0 END) AS locked, ` +
      `SUM(CASE WHEN c.at_risk = TRUE THEN 1 ELSE 0 END) AS at_risk ` +
      `FROM household h LEFT JOIN monthly_check c ON c.household_id = h.id AND c.month = ? WHERE ${conds.text} GROUP BY h.township_code`,
    params: [month, ...conds.params],
  });
  const locks = await queryRows<Raw>(em, sql('SELECT township_code, locked_at FROM month_lock WHERE month = ?', month));
  const byCode = new Map(rows.map((r) => [String(r.township_code), r]));
  const lockBy = new Map(locks.map((r) => [String(r.township_code), fromDbDate(r.locked_at)]));
  const prefix = (regionCode ?? '').trim();
  return TOWNSHIPS
    .filter((t) => (!scopePrefix || t.code.startsWith(scopePrefix.slice(0, 9)) ) && (!prefix || t.code.startsWith(prefix.slice(0, 9))))
    .map((t) => {
      const r = byCode.get(t.code);
      const households = Number(r?.households ?? 0);
      const visited = Number(r?.visited ?? 0);
      return {
        townshipCode: t.code,
        townshipName: t.name,
        households,
        visited,
        notVisited: households - visited,
        submitted: Number(r?.submitted ?? 0),
        locked: Number(r?.locked ?? 0),
        atRisk: Number(r?.at_risk ?? 0),
        rate: households ? Math.round((visited / households) * 10000) / 10000 : 0,
        lockedAt: lockBy.get(t.code) ?? null,
      };
    });
}
