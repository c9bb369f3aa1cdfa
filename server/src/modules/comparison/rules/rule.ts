// One rule = one file in this folder: what it finds (for the docs and the API's comparisonRules) and the one SQL
// SELECT that finds it, set-based over a slice of a source's rows. The engine (../comparison.match.ts) wraps the
// SELECT into an INSERT of findings that skips a finding already open or verified 不属实 for the same row.
import { ComparisonRuleDef, type ComparisonKind, type ComparisonRule, type ComparisonRuleInfo } from '@doudi/shared';
import { sql, type Sql } from '../../../common/sql.js';

export interface RuleParams {
  sourceId: number;
  /** The slice of the source's rows (comparison_row.id), inclusive. */
  fromRowId: number;
  toRowId: number;
  /** China date the comparison runs on (YYYY-MM-DD). */
  today: string;
  /** 低保标准, 元 per person per month, for the year of the source: urban and rural (null: none known). */
  dibaoStandard: { urban: number | null; rural: number | null };
}

/**
 * The SELECT of a rule yields the candidate findings, one per (source row, person) at most, with the columns
 * row_id, row_key, id_number, member_id, household_id, township_code, region_code, reason.
 * `r` is comparison_row, restricted to the slice by `inSlice(p)`.
 */
export interface RuleSpec extends ComparisonRuleInfo {
  select(p: RuleParams): Sql;
}

export function defineRule(rule: ComparisonRule, kinds: readonly ComparisonKind[], measure: number | null, description: string, select: (p: RuleParams) => Sql): RuleSpec {
  return { rule, label: ComparisonRuleDef.labels[rule], kinds, measure, description, select };
}

/** The slice condition on `r`. */
export const inSlice = (p: RuleParams): Sql => sql('r.source_id = ? AND r.id BETWEEN ? AND ?', p.sourceId, p.fromRowId, p.toRowId);

/** The columns of a match of `r` to member `m` of household `h`, with a reason (a SQL text expression). */
export const memberColumns = (reason: string) =>
  `r.id AS row_id, r.row_key, r.id_number, m.id AS member_id, h.id AS household_id, h.township_code, h.region_code, ${reason} AS reason`;

/** The person `m` of household `h` is on 低保 today: a household case, or their own 单人保 case (gradual exit included until it ends). */
export const onDibao = (today: string): Sql => sql(
  `EXISTS (SELECT 1 FROM dibao_case d WHERE (d.state = 'ACTIVE' OR (d.state = 'GRADUAL_EXIT' AND (d.exit_end_date IS NULL OR d.exit_end_date > ?)))
   AND ((d.kind = 'HOUSEHOLD' AND d.household_id = h.id) OR (d.kind = 'SINGLE_PERSON' AND d.member_id = m.id)))`, today);

/** A SQL string literal of fixed text (rule texts only, never input). */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Text and fragments joined by spaces, their parameters in order. */
export function compose(...parts: (string | Sql)[]): Sql {
  const text: string[] = [];
  const params: unknown[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text.push(p);
    else {
      text.push(p.text);
      params.push(...p.params);
    }
  }
  return { text: text.join(' '), params };
}
