import type { EntityManager } from '@mikro-orm/core';
import type { Orm } from '../db/orm.js';
import type { AppConfig, DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import { seedDemoLoops } from './demo-loops.js';
import { seedDemoAssistance } from './demo-assistance.js';
import { seedDemoApplications } from './demo-applications.js';
import { DEMO_MAX_HOUSEHOLDS, generateDemoHouseholds } from './demo-generator.js';
import { HOUSEHOLD_COLS, MEMBER_COLS, openBulkWriter, tableIsEmpty } from './bulk-writer.js';
import { seedDemoMonthlyChecks } from './demo-monthly-checks.js';
import { seedDemoComparison } from './demo-comparison.js';

export interface SeedOptions {
  households: number;
  seed?: number;
  /** Called after each chunk with the number of households written so far. */
  progress?: (done: number, total: number) => void;
}

const CHUNK = 20_000;

/** Checks a seed's arguments before anything is touched (households already there count towards the run's limit). */
export function checkSeedArguments(households: number, start: number, seed?: number): void {
  if (!Number.isInteger(households) || households <= 0) throw new RangeError('--households N: a positive whole number');
  if (start + households > DEMO_MAX_HOUSEHOLDS) {
    throw new RangeError(`a demo run is limited to ${DEMO_MAX_HOUSEHOLDS} households (${start} already there + ${households} asked); nothing was changed`);
  }
  if (seed !== undefined && !Number.isInteger(seed)) throw new RangeError('--seed S: a whole number');
}

/**
 * Bulk-inserts generated demo households and their members as plain rows, with explicit ids so members point at
 * their household without a round trip. Into empty tables the secondary indexes are dropped first and built once at
 * the end (several times faster than maintaining ~20 indexes row by row).
 */
export async function seedDemoHouseholds(em: EntityManager, kind: DbKind, opts: SeedOptions): Promise<{ households: number; members: number; ms: number; phases: Record<string, number> }> {
  const t0 = performance.now();
  const [maxRow] = await queryRows<{ n: number | string | null }>(em, { text: 'SELECT MAX(id) AS n FROM household', params: [] });
  const firstId = Number(maxRow?.n ?? 0) + 1;
  const [countRow] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
  const start = Number(countRow?.n ?? 0);
  checkSeedArguments(opts.households, start, opts.seed);
  const empty = (await tableIsEmpty(em, 'household')) && (await tableIsEmpty(em, 'member'));
  const now = kind === 'sqlite' ? Date.now() : new Date();

  const phases: Record<string, number> = {};
  const w = await openBulkWriter(em, kind);
  let members = 0;
  let done = 0;
  // One transaction for the whole load, index drops and rebuilds included (DDL is transactional on both databases):
  // a load that fails, or a process that dies, leaves the tables as they were, indexes and constraints too.
  let open = false;
  try {
    await w.begin();
    open = true;
    const indexes = empty && opts.households >= 50_000 ? await w.dropIndexes(['household', 'member']) : [];
    let hRows: unknown[][] = [];
    let mRows: unknown[][] = [];
    let id = firstId;
    for (const h of generateDemoHouseholds({ count: opts.households, seed: opts.seed ?? 20201216, start })) {
      const head = h.members[0];
      hRows.push([id, h.code, h.category, h.regionCode, h.townshipCode, h.address, head.name, head.idNumber, h.phone ?? '',
        h.members.length, h.incomePerCapita, h.riskTypes.join(','), h.riskStatus, h.helperName, h.remarks ?? '', 1, now, now]);
      for (const m of h.members) {
        mRows.push([id, m.name, m.idNumber, m.idNumber, m.gender, m.birthDate, m.relation, m.phone ?? '', m.health,
          m.disabilityType, m.disabilityGrade, m.laborAbility, m.schooling, 1, now, now]);
      }
      id += 1;
      if (hRows.length >= CHUNK) {
        await w.insert('household', HOUSEHOLD_COLS, hRows);
        await w.insert('member', MEMBER_COLS, mRows);
        members += mRows.length;
        done += hRows.length;
        hRows = [];
        mRows = [];
        opts.progress?.(done, opts.households);
      }
    }
    if (hRows.length) {
      await w.insert('household', HOUSEHOLD_COLS, hRows);
      await w.insert('member', MEMBER_COLS, mRows);
      members += mRows.length;
      done += hRows.length;
    }
    opts.progress?.(done, opts.households);
    phases.insertMs = Math.round(performance.now() - t0);
    await w.createIndexes(indexes);
    await w.commit();
    open = false;
    phases.indexMs = Math.round(performance.now() - t0) - phases.insertMs;
  } finally {
    if (open) await w.rollback().catch(() => undefined);
    await w.release();
  }
  const conn = em.getConnection();
  if (kind === 'postgresql') {
    // Explicit ids: move the sequences past them.
    await conn.execute(`SELECT setval(pg_get_serial_sequence('household', 'id'), (SELECT COALESCE(MAX(id), 1) FROM household))`);
    await conn.execute(`SELECT setval(pg_get_serial_sequence('member', 'id'), (SELECT COALESCE(MAX(id), 1) FROM member))`);
    // VACUUM sets the visibility map, so that offsets can be counted by index-only scans.
    await conn.execute('VACUUM ANALYZE household');
    await conn.execute('VACUUM ANALYZE member');
  } else {
    await conn.execute('ANALYZE');
  }
  phases.analyzeMs = Math.round(performance.now() - t0) - phases.insertMs - phases.indexMs;
  return { households: done, members, ms: performance.now() - t0, phases };
}

export async function seedDemoIfEmpty(orm: Orm, config: AppConfig, log: (l: string) => void, now: Date = new Date()): Promise<void> {
  const em = orm.em.fork();
  if (!(await tableIsEmpty(em, 'household')) || config.demoHouseholds === 0) return;
  log(`[doudi] empty database: seeding ${config.demoHouseholds} demo households of 永宁县 …`);
  const res = await seedDemoHouseholds(em, config.db.kind, { households: config.demoHouseholds });
  log(`[doudi] seeded ${res.households} households, ${res.members} members in ${(res.ms / 1000).toFixed(1)} s`);
  const checks = await seedDemoMonthlyChecks(orm.em.fork(), config.db.kind, now);
  log(`[doudi] seeded ${checks.checks} monthly checks, ${checks.referrals} risk referrals in ${(checks.ms / 1000).toFixed(1)} s`);
  const aid = await seedDemoAssistance(orm.em.fork(), now);
  log(`[doudi] seeded ${aid.dibao} 低保 cases, ${aid.grants} relief grants, ${aid.tekun} 特困 persons in ${(aid.ms / 1000).toFixed(1)} s`);
  const cmp = await seedDemoComparison(orm.em.fork(), config, now);
  log(`[doudi] seeded ${cmp.sources} 数据比对 sources with ${cmp.findings} findings`);
  const loops = await seedDemoLoops(orm.em.fork(), now);
  log(`[doudi] seeded the loops: ${loops.referrals} referrals moved along, ${loops.payments} 价格临时补贴 payees, ${loops.visits} 探访`);
  const apps = await seedDemoApplications(orm.em.fork(), now);
  log(`[doudi] seeded ${apps.applications} applications (申请→审批) in ${(apps.ms / 1000).toFixed(1)} s`);
}
