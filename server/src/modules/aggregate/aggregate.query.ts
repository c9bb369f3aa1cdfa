import { GraphQLError } from 'graphql';
import { HOUSEHOLD_FIELDS, MONTHLY_CHECK_FIELDS, RiskTypeDef, isMonth, metaOf, regionByCode, type FieldMeta } from '@doudi/shared';
import type { DbKind } from '../../config.js';
import { type Sql, sql, joinSql } from '../../common/sql.js';
import { HouseholdQueryBuilder } from '../household/household.query.js';
import type { HouseholdWhere } from '../household/household.inputs.js';
import { checkConditions } from '../monitoring/monitoring.query.js';
import {
  HouseholdGroupField, MonthlyCheckGroupField, type MonthlyCheckAggregateWhere, type NumberStats,
} from './aggregate.types.js';

/** Bounds of an aggregate request: grouping fields and months of a check range (the groups answered are configured). */
export const AGGREGATE_LIMITS = { groupBy: 4, months: 36 } as const;

type Raw = Record<string, unknown>;

/** A group key: its SQL expression, and the field of the record's field table it reads (never personal data). */
interface GroupKey {
  expr: string;
  /** null: a key of the check itself that no field table lists (its month, its at-risk flag). */
  field: { table: readonly FieldMeta[]; name: string } | null;
}

const hf = (name: string) => ({ table: HOUSEHOLD_FIELDS, name });
const cf = (name: string) => ({ table: MONTHLY_CHECK_FIELDS, name });

export const HOUSEHOLD_GROUPS: Record<HouseholdGroupField, GroupKey> = {
  township: { expr: 'h.township_code', field: hf('regionCode') },
  regionCode: { expr: 'h.region_code', field: hf('regionCode') },
  category: { expr: 'h.category', field: hf('category') },
  riskStatus: { expr: 'h.risk_status', field: hf('riskStatus') },
  riskType: { expr: 'rt.code', field: hf('riskTypes') },
  memberCount: { expr: 'h.member_count', field: hf('memberCount') },
};

export const CHECK_GROUPS: Record<MonthlyCheckGroupField, GroupKey> = {
  month: { expr: 'c.month', field: null },
  township: { expr: 'h.township_code', field: hf('regionCode') },
  regionCode: { expr: 'h.region_code', field: hf('regionCode') },
  category: { expr: 'h.category', field: hf('category') },
  riskStatus: { expr: 'h.risk_status', field: hf('riskStatus') },
  state: { expr: 'c.state', field: cf('state') },
  visited: { expr: `CASE WHEN c.visit_date <> '' THEN 1 ELSE 0 END`, field: cf('visitDate') },
  atRisk: { expr: 'CASE WHEN c.at_risk = TRUE THEN 1 ELSE 0 END', field: null },
};

function outOfRange(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OUT_OF_RANGE', field } });
}

/** The grouping fields, de-duplicated in their order; at most AGGREGATE_LIMITS.groupBy. */
export function groupFields<F extends string>(groupBy: F[] | null | undefined, table: Record<F, GroupKey>): F[] {
  const fields = [...new Set(groupBy ?? [])];
  if (fields.length > AGGREGATE_LIMITS.groupBy) {
    throw outOfRange('groupBy', `分组字段最多 ${AGGREGATE_LIMITS.groupBy} 个，收到 ${fields.length} 个`);
  }
  for (const f of fields) {
    const key = table[f];
    if (!key) throw new GraphQLError(`不能按 ${String(f)} 分组`, { extensions: { code: 'BAD_USER_INPUT', field: 'groupBy' } });
    // Personal data is never a group key (a group of one would show it): the field tables say which fields are.
    if (key.field && metaOf(key.field.table, key.field.name).pii) {
      throw new GraphQLError(`${String(f)} 是个人敏感信息，不能分组`, { extensions: { code: 'FORBIDDEN', field: 'groupBy' } });
    }
  }
  return fields;
}

const stats = (col: string, alias: string) =>
  `SUM(${col}) AS ${alias}_sum, AVG(${col}) AS ${alias}_avg, MIN(${col}) AS ${alias}_min, MAX(${col}) AS ${alias}_max`;

/** SELECT keys + measures … GROUP BY keys ORDER BY keys LIMIT groups + 1: the one statement of an aggregate. */
function groupedSelect(keys: GroupKey[], measures: string, from: string, where: Sql, maxGroups: number): Sql {
  const keySel = keys.map((k, i) => `${k.expr} AS g${i}, `).join('');
  const by = keys.map((_, i) => `g${i} NULLS FIRST`).join(', ');
  const tail = keys.length ? ` GROUP BY ${keys.map((k) => k.expr).join(', ')} ORDER BY ${by}` : '';
  return {
    text: `SELECT ${keySel}${measures} FROM ${from} WHERE ${where.text}${tail} LIMIT ?`,
    params: [...where.params, maxGroups + 1],
  };
}

/** householdsAggregate: the households' WHERE (the `households` query's translation and the caller's scope), grouped. */
export function householdAggregateSql(
  kind: DbKind, where: HouseholdWhere | null | undefined, fields: HouseholdGroupField[], scope: Sql[], maxGroups: number,
): Sql {
  const w = new HouseholdQueryBuilder(kind).where(where, scope);
  let from = 'household h';
  if (fields.includes(HouseholdGroupField.riskType)) {
    // Risk types are stored as "A,B": each household joins the types it has (LEFT: none → the null group).
    const types = RiskTypeDef.values.map((v) => `SELECT '${v.replace(/'/g, '')}' AS code`).join(' UNION ALL ');
    from += ` LEFT JOIN (${types}) rt ON (',' || h.risk_types || ',') LIKE ('%,' || rt.code || ',%')`;
  }
  const measures = `COUNT(*) AS n, ${stats('h.income_per_capita', 'inc')}, ${stats('h.member_count', 'mem')}`;
  return groupedSelect(fields.map((f) => HOUSEHOLD_GROUPS[f]), measures, from, w, maxGroups);
}

/** monthlyChecksAggregate: the checks of a month range of active households in scope, filtered as the grid is. */
export function checkAggregateSql(
  kind: DbKind, where: MonthlyCheckAggregateWhere, fields: MonthlyCheckGroupField[], scope: Sql[], maxGroups: number,
): Sql {
  const { monthFrom, monthTo } = where;
  if (!isMonth(monthFrom)) throw new GraphQLError(`月份“${String(monthFrom ?? '')}”格式应为 YYYY-MM`, { extensions: { code: 'INVALID_VALUE', field: 'where.monthFrom' } });
  if (!isMonth(monthTo)) throw new GraphQLError(`月份“${String(monthTo ?? '')}”格式应为 YYYY-MM`, { extensions: { code: 'INVALID_VALUE', field: 'where.monthTo' } });
  const span = (Number(monthTo.slice(0, 4)) - Number(monthFrom.slice(0, 4))) * 12 + Number(monthTo.slice(5)) - Number(monthFrom.slice(5)) + 1;
  if (span < 1 || span > AGGREGATE_LIMITS.months) {
    throw outOfRange('where.monthTo', `月份范围应为 1 到 ${AGGREGATE_LIMITS.months} 个月（monthFrom 不晚于 monthTo）`);
  }
  const conds = [sql('c.month >= ? AND c.month <= ?', monthFrom, monthTo), ...checkConditions(kind, where, scope)];
  const measures = `COUNT(*) AS n, SUM(CASE WHEN c.visit_date <> '' THEN 1 ELSE 0 END) AS visited, ` +
    `SUM(CASE WHEN c.at_risk = TRUE THEN 1 ELSE 0 END) AS at_risk, ${stats('c.income_total', 'inc')}, ` +
    `${stats('c.spending_medical', 'med')}, ${stats('c.spending_schooling', 'sch')}`;
  return groupedSelect(fields.map((f) => CHECK_GROUPS[f]), measures, 'monthly_check c JOIN household h ON h.id = c.household_id', joinSql(conds, ' AND '), maxGroups);
}

const money = (v: unknown): number | null => (v == null ? null : Math.round(Number(v) * 100) / 100);

/** A measure's four columns as NumberStats (sums of nothing are 0). */
export function numberStats(r: Raw, alias: string): NumberStats {
  return { sum: money(r[`${alias}_sum`]) ?? 0, avg: money(r[`${alias}_avg`]), min: money(r[`${alias}_min`]), max: money(r[`${alias}_max`]) };
}

/** The key columns of a row, by field: strings as stored, numbers and 0/1 flags converted. */
export function keyValue(field: string, v: unknown): unknown {
  if (v == null) return null;
  if (field === 'memberCount') return Number(v);
  if (field === 'visited' || field === 'atRisk') return v === true || Number(v) === 1;
  return String(v);
}

export const regionName = (code: string | null): string | null => (code ? regionByCode(code)?.name ?? null : null);
