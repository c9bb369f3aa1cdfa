// The comparison job: one source's rows against every member of every household, rule by rule, set-based. Each rule
// is one INSERT … SELECT per slice of rows (joined on the indexed, normalised ID number), so a slice is a short
// statement (other users' requests run between slices) and the progress moves slice by slice.
import type { EntityManager } from '@mikro-orm/core';
import { chinaDate, findingDueDate, type ComparisonKind } from '@doudi/shared';
import type { DbKind } from '../../config.js';
import { queryRows, sql, dbDate } from '../../common/sql.js';
import { JobSlots } from '../../common/jobs.js';
import { recordAudit, type AuditStamp } from '../audit/audit.service.js';
import { compose, type RuleParams } from './rules/rule.js';
import { rulesFor } from './rules/index.js';
import { comparisonDibaoStandard } from './dibao-standard.js';

/** Rows per statement. */
export const SLICE_ROWS = 20_000;

/** One comparison at a time in the process: a second one is refused (TOO_MANY_JOBS) rather than queued. */
export const comparisonJobs = new JobSlots(1, 1);

export interface MatchOutcome {
  matchedRows: number;
  findings: number;
  byRule: Record<string, number>;
}

const n = (v: unknown): number => Number(v ?? 0);

async function exec(em: EntityManager, q: { text: string; params: unknown[] }): Promise<number> {
  const res = (await em.getConnection().execute(q.text, q.params, 'run', em.getTransactionContext())) as { affectedRows?: number; rowCount?: number; changes?: number };
  return n(res?.affectedRows ?? res?.rowCount ?? res?.changes);
}

/**
 * Runs every rule of the source's kind over its rows and records the new findings. A finding already open, or
 * verified 不属实, for the same rule, row content (rowKey) and person is not raised again; one verified 属实 is (the
 * situation persists after the action). Progress (0–100) is written to the source as slices complete.
 */
export async function runMatching(
  em: EntityManager, kind: DbKind, stamp: AuditStamp, now: Date, sourceId: number, dueDays: number,
  onProgress?: (pct: number) => void,
): Promise<MatchOutcome> {
  const [src] = await queryRows<{ kind: string; as_of: string }>(em, sql('SELECT kind, as_of FROM comparison_source WHERE id = ?', sourceId));
  if (!src) throw new Error('source not found');
  const today = chinaDate(now);
  const [range] = await queryRows<{ lo: unknown; hi: unknown }>(em, sql('SELECT MIN(id) AS lo, MAX(id) AS hi FROM comparison_row WHERE source_id = ?', sourceId));
  const lo = n(range?.lo);
  const hi = n(range?.hi);
  const rules = rulesFor(src.kind as ComparisonKind);
  const slices: [number, number][] = [];
  if (range?.lo != null) for (let a = lo; a <= hi; a += SLICE_ROWS) slices.push([a, Math.min(hi, a + SLICE_ROWS - 1)]);
  const steps = Math.max(1, slices.length * (rules.length + 1));
  let done = 0;
  const at = dbDate(kind, now);
  // Parameters in a SELECT list have no type on PostgreSQL: each is cast to its column's type.
  const ts = kind === 'postgresql' ? 'CAST(? AS TIMESTAMPTZ)' : '?';
  const setProgress = async (pct: number) => {
    await exec(em, sql('UPDATE comparison_source SET progress = ?, updated_at = ? WHERE id = ?', pct, at, sourceId));
    onProgress?.(pct);
  };
  await exec(em, sql(`UPDATE comparison_source SET status = 'MATCHING', progress = 0, updated_at = ? WHERE id = ?`, at, sourceId));
  const standard = await comparisonDibaoStandard(em, Number(src.as_of.slice(0, 4)));
  const dueDate = findingDueDate(today, dueDays);
  const byRule: Record<string, number> = {};
  let matchedRows = 0;
  let findings = 0;
  try {
    for (const [from, to] of slices) {
      const [m] = await queryRows<{ c: unknown }>(em, sql(
        'SELECT COUNT(*) AS c FROM comparison_row r WHERE r.source_id = ? AND r.id BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM member m WHERE m.id_number = r.id_number)',
        sourceId, from, to));
      matchedRows += n(m?.c);
      done += 1;
      await setProgress(Math.floor((done * 100) / steps));
      const p: RuleParams = { sourceId, fromRowId: from, toRowId: to, today, dibaoStandard: standard };
      for (const rule of rules) {
        const inserted = await exec(em, compose(
          `INSERT INTO comparison_finding (rule, source_id, row_id, row_key, id_number, member_id, household_id, township_code, region_code,
            reason, state, raised_on, due_date, version, created_at, updated_at)
           SELECT CAST(? AS VARCHAR(40)), CAST(? AS INTEGER), c.row_id, c.row_key, c.id_number, c.member_id, c.household_id, c.township_code,
            c.region_code, c.reason, 'OPEN', CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(10)), 1, ${ts}, ${ts} FROM (`,
          { text: '', params: [rule.rule, sourceId, today, dueDate, at, at] },
          rule.select(p),
          `) c WHERE NOT EXISTS (SELECT 1 FROM comparison_finding f WHERE f.rule = ? AND f.row_key = c.row_key
            AND COALESCE(f.member_id, 0) = COALESCE(c.member_id, 0) AND f.state IN ('OPEN', 'REJECTED'))`,
          { text: '', params: [rule.rule] },
        ));
        byRule[rule.rule] = (byRule[rule.rule] ?? 0) + inserted;
        findings += inserted;
        done += 1;
        await setProgress(Math.floor((done * 100) / steps));
      }
    }
  } catch (err) {
    await exec(em, sql(`UPDATE comparison_source SET status = 'FAILED', updated_at = ? WHERE id = ?`, at, sourceId));
    throw err;
  }
  await em.transactional(async (tx) => {
    await exec(tx, sql(`UPDATE comparison_source SET status = 'MATCHED', progress = 100, matched_rows = ?, finding_count = ?, matched_at = ?,
      updated_at = ?, version = version + 1 WHERE id = ?`, matchedRows, findings, at, at, sourceId));
    recordAudit(tx, stamp, now, [{ action: 'UPDATE', entityType: 'comparison_source', entityId: String(sourceId), field: 'matched', after: { matchedRows, findings, byRule } }]);
  });
  return { matchedRows, findings, byRule };
}
