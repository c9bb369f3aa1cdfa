import type { EntityManager } from '@mikro-orm/core';
import { queryRows } from '../../common/sql.js';

/**
 * How many assistance measures each household has had (低保 cases, 临时救助 grants and 特困 support, in any state).
 * Households without any are absent from the map (read as 0). Used by the monitoring module (风险消除 requires at
 * least one measure) and the overview.
 */
export async function countAssistanceMeasures(em: EntityManager, householdIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const ids = [...new Set(householdIds.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const marks = chunk.map(() => '?').join(', ');
    const rows = await queryRows<{ household_id: number | string; n: number | string }>(em, {
      text:
        `SELECT household_id, COUNT(*) AS n FROM (` +
        `SELECT household_id FROM dibao_case WHERE household_id IN (${marks}) ` +
        // a grant awaiting the county, or refused by it, is not a measure in place
        `UNION ALL SELECT household_id FROM relief_grant WHERE household_id IN (${marks}) AND approval IN ('NONE', 'APPROVED') ` +
        `UNION ALL SELECT household_id FROM tekun_person WHERE household_id IN (${marks})` +
        `) x GROUP BY household_id`,
      params: [...chunk, ...chunk, ...chunk],
    });
    for (const r of rows) out.set(Number(r.household_id), Number(r.n));
  }
  return out;
}
