import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { DEMO_DIBAO_STANDARDS, DIBAO_STANDARD_MAX, standardFromTable, type DibaoArea, type ErrorCode } from '@doudi/shared';
import { queryRows, sql } from '../../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { DibaoStandard } from './dibao-standard.entity.js';

/** One row of the 低保标准 table as the API answers it. */
export interface DibaoStandardRow {
  year: number;
  area: DibaoArea;
  amount: number;
  demo: boolean;
  updatedAt: Date;
  updatedBy: string;
}

const AREAS = new Set<string>(['URBAN', 'RURAL']);

interface Row { year: number | string; area: string; amount: number | string; demo: unknown; updated_at: unknown; updated_by: string }

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';
const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string)));

/** All rows, by year then area (URBAN first). */
async function readRows(em: EntityManager): Promise<DibaoStandardRow[]> {
  const rows = await queryRows<Row>(em, sql('SELECT year, area, amount, demo, updated_at, updated_by FROM dibao_standard ORDER BY year, area DESC'));
  return rows.map((r) => ({ year: Number(r.year), area: r.area as DibaoArea, amount: Number(r.amount), demo: bool(r.demo), updatedAt: toDate(r.updated_at), updatedBy: r.updated_by }));
}

/**
 * The 低保标准 (元 per person per month) of a year and area: that year's row, else the nearest earlier year's; null
 * when the table has no row for the area at or before that year.
 */
export async function dibaoStandardFor(em: EntityManager, year: number, area: 'URBAN' | 'RURAL'): Promise<number | null> {
  const [row] = await queryRows<{ amount: number | string }>(em, sql(
    'SELECT amount FROM dibao_standard WHERE area = ? AND year <= ? ORDER BY year DESC LIMIT 1', area, year));
  return row ? Number(row.amount) : null;
}

/** The whole table, for rules that look up many years or both areas at once (see `standardFromTable`). */
export async function dibaoStandardTable(em: EntityManager): Promise<(year: number, area: DibaoArea) => number | null> {
  const rows = await readRows(em);
  return (year, area) => standardFromTable(rows, year, area);
}

/** On start-up: an empty table gets the demo values (marked demo), for the administrator to replace. */
export async function seedDibaoStandards(em: EntityManager, now: Date): Promise<void> {
  const [row] = await queryRows(em, sql('SELECT 1 AS x FROM dibao_standard LIMIT 1'));
  if (row) return;
  for (const [year, byArea] of Object.entries(DEMO_DIBAO_STANDARDS)) {
    for (const area of ['URBAN', 'RURAL'] as const) {
      em.create(DibaoStandard, { year: Number(year), area, amount: byArea[area], demo: true, updatedAt: now, updatedBy: 'system' });
    }
  }
  await em.flush();
}

const bad = (field: string, message: string, code: ErrorCode): GraphQLError => new GraphQLError(message, { extensions: { code, field } });

/** 低保标准: read by anyone with ledger:read, set by the administrator (audited). */
export class DibaoStandardService {
  constructor(private readonly deps: ServiceDeps) {}

  list(): Promise<DibaoStandardRow[]> {
    return readRows(this.deps.em);
  }

  async set(year: number, area: string, amount: number): Promise<DibaoStandardRow> {
    this.deps.access.requireAdmin();
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw bad('year', `年份 ${year} 应在 2000 到 2100 之间`, 'OUT_OF_RANGE');
    if (!AREAS.has(area)) throw bad('area', `城乡类别“${area}”应为 URBAN（城市）或 RURAL（农村）`, 'INVALID_VALUE');
    if (!Number.isFinite(amount) || amount <= 0 || amount > DIBAO_STANDARD_MAX) {
      throw bad('amount', `低保标准应大于 0 且不超过 ${DIBAO_STANDARD_MAX} 元/人·月`, 'OUT_OF_RANGE');
    }
    const now = this.deps.clock.now();
    const value = Math.round(amount * 100) / 100;
    return this.deps.em.fork().transactional(async (em) => {
      const row = await em.findOne(DibaoStandard, { year, area });
      const before = row ? row.amount : null;
      const std = row ?? em.create(DibaoStandard, { year, area, amount: value, updatedAt: now });
      std.amount = value;
      std.demo = false;
      std.updatedAt = now;
      std.updatedBy = this.deps.access.actor;
      recordAudit(em, this.deps.stamp, now, [{
        action: row ? 'UPDATE' : 'CREATE', entityType: 'dibao_standard', entityId: `${year}-${area}`, field: 'amount', before, after: value,
      }]);
      await em.flush();
      return { year, area: area as DibaoArea, amount: value, demo: false, updatedAt: now, updatedBy: std.updatedBy };
    });
  }
}
