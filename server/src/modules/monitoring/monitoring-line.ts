import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_MONITORING_LINES } from '@doudi/shared';
import { queryRows, sql } from '../../common/sql.js';
import { MonitoringLine } from './monitoring.entity.js';

/**
 * The monitoring line (元 per person per year) of a year: that year's row, else the nearest earlier year's, else the
 * earliest row (a year before the table starts), else the built-in 2021 value.
 */
export async function monitoringLineFor(em: EntityManager, year: number): Promise<number> {
  const [row] = await queryRows<{ amount: number | string }>(em, sql(
    'SELECT amount FROM monitoring_line WHERE year <= ? ORDER BY year DESC LIMIT 1', year));
  if (row) return Number(row.amount);
  const [first] = await queryRows<{ amount: number | string }>(em, sql('SELECT amount FROM monitoring_line ORDER BY year LIMIT 1'));
  return first ? Number(first.amount) : DEFAULT_MONITORING_LINES[2021]!;
}

/** All lines, by year, for rules that evaluate many months at once. */
export async function monitoringLines(em: EntityManager): Promise<Map<number, number>> {
  const rows = await queryRows<{ year: number | string; amount: number | string }>(em, sql('SELECT year, amount FROM monitoring_line ORDER BY year'));
  return new Map(rows.map((r) => [Number(r.year), Number(r.amount)]));
}

/** The line of a year from a preloaded table (same fallback as monitoringLineFor). */
export function lineFromTable(lines: Map<number, number>, year: number): number {
  let best: number | null = null;
  let bestYear = -Infinity;
  let earliest: number | null = null;
  let earliestYear = Infinity;
  for (const [y, a] of lines) {
    if (y <= year && y > bestYear) (best = a), (bestYear = y);
    if (y < earliestYear) (earliest = a), (earliestYear = y);
  }
  return best ?? earliest ?? DEFAULT_MONITORING_LINES[2021]!;
}

/** On start-up: an empty table gets the default lines (2021: 6000; later years demo values, editable by the admin). */
export async function seedMonitoringLines(em: EntityManager, now: Date): Promise<void> {
  const [row] = await queryRows(em, sql('SELECT 1 AS x FROM monitoring_line LIMIT 1'));
  if (row) return;
  for (const [year, amount] of Object.entries(DEFAULT_MONITORING_LINES)) {
    em.create(MonitoringLine, { year: Number(year), amount, updatedAt: now, updatedBy: 'system' });
  }
  await em.flush();
}
