import type { EntityManager } from '@mikro-orm/core';
import type { Orm } from '../db/orm.js';
import type { AppConfig, DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import { generateDemoHouseholds, type DemoHousehold } from './demo-generator.js';

const HOUSEHOLD_COLS = ['id', 'code', 'category', 'region_code', 'township_code', 'address', 'head_name', 'head_id_number',
  'phone', 'member_count', 'income_per_capita', 'risk_types', 'risk_status', 'helper_name', 'remarks', 'version',
  'created_at', 'updated_at'];
const MEMBER_COLS = ['household_id', 'name', 'id_number', 'active_id_number', 'gender', 'birth_date', 'relation', 'phone',
  'health', 'disability_type', 'disability_grade', 'labor_ability', 'schooling', 'version', 'created_at', 'updated_at'];

export interface SeedOptions {
  households: number;
  seed?: number;
  /** Called now and then with the number of households written so far. */
  progress?: (done: number, total: number) => void;
}

type Exec = (text: string, params: unknown[]) => Promise<unknown>;

function placeholders(cols: number, rows: number): string {
  const one = `(${new Array(cols).fill('?').join(',')})`;
  return new Array(rows).fill(one).join(',');
}

/**
 * Bulk-inserts generated demo households and their members: multi-row INSERTs of plain rows in one transaction per
 * chunk (no entity hydration), with explicit ids so members can point at their household without a round trip.
 */
export async function seedDemoHouseholds(em: EntityManager, kind: DbKind, opts: SeedOptions): Promise<{ households: number; members: number; ms: number }> {
  const t0 = performance.now();
  const conn = em.getConnection();
  const [maxRow] = await queryRows<{ n: number | string | null }>(em, { text: 'SELECT MAX(id) AS n FROM household', params: [] });
  let nextId = Number(maxRow?.n ?? 0) + 1;
  const [countRow] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
  const start = Number(countRow?.n ?? 0);
  const now = kind === 'sqlite' ? Date.now() : new Date();

  // Rows per INSERT statement, within each driver's bound-parameter limit.
  const hBatch = kind === 'sqlite' ? 1000 : 2000;
  const chunk = 20_000;
  let members = 0;
  let done = 0;
  const gen = generateDemoHouseholds({ count: opts.households, seed: opts.seed ?? 20201216, start });
  while (done < opts.households) {
    const size = Math.min(chunk, opts.households - done);
    const batch: DemoHousehold[] = [];
    for (let i = 0; i < size; i++) {
      const n = gen.next();
      if (n.done) break;
      batch.push(n.value);
    }
    if (!batch.length) break;
    const firstId = nextId;
    nextId += batch.length;
    await em.transactional(async (tem) => {
      const tconn = tem.getConnection();
      const exec: Exec = (text, params) => tconn.execute(text, params, 'run', tem.getTransactionContext());
      for (let b = 0; b < batch.length; b += hBatch) {
        const part = batch.slice(b, b + hBatch);
        const params: unknown[] = [];
        part.forEach((h, j) => {
          const head = h.members[0];
          params.push(firstId + b + j, h.code, h.category, h.regionCode, h.townshipCode, h.address, head.name, head.idNumber,
            h.phone ?? '', h.members.length, h.incomePerCapita, h.riskTypes.join(','), h.riskStatus, h.helperName,
            h.remarks ?? '', 1, now, now);
        });
        await exec(`INSERT INTO household (${HOUSEHOLD_COLS.join(',')}) VALUES ${placeholders(HOUSEHOLD_COLS.length, part.length)}`, params);
      }
      const mBatch = kind === 'sqlite' ? 1500 : 3000;
      let rows: unknown[][] = [];
      const flush = async () => {
        if (!rows.length) return;
        await exec(`INSERT INTO member (${MEMBER_COLS.join(',')}) VALUES ${placeholders(MEMBER_COLS.length, rows.length)}`, rows.flat());
        members += rows.length;
        rows = [];
      };
      for (let j = 0; j < batch.length; j++) {
        for (const m of batch[j].members) {
          rows.push([firstId + j, m.name, m.idNumber, m.idNumber, m.gender, m.birthDate, m.relation, m.phone ?? '', m.health,
            m.disabilityType, m.disabilityGrade, m.laborAbility, m.schooling, 1, now, now]);
          if (rows.length >= mBatch) await flush();
        }
      }
      await flush();
    });
    done += batch.length;
    opts.progress?.(done, opts.households);
  }
  if (kind === 'postgresql') {
    // Explicit ids: move the sequences past them.
    await conn.execute(`SELECT setval(pg_get_serial_sequence('household', 'id'), (SELECT COALESCE(MAX(id), 1) FROM household))`);
    await conn.execute(`SELECT setval(pg_get_serial_sequence('member', 'id'), (SELECT COALESCE(MAX(id), 1) FROM member))`);
    await conn.execute('ANALYZE household');
    await conn.execute('ANALYZE member');
  } else {
    await conn.execute('ANALYZE');
  }
  return { households: done, members, ms: performance.now() - t0 };
}

export async function seedDemoIfEmpty(orm: Orm, config: AppConfig, log: (l: string) => void): Promise<void> {
  const em = orm.em.fork();
  const [row] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
  if (Number(row?.n ?? 0) > 0 || config.demoHouseholds === 0) return;
  log(`[doudi] empty database: seeding ${config.demoHouseholds} demo households of 永宁县 …`);
  const res = await seedDemoHouseholds(em, config.db.kind, { households: config.demoHouseholds });
  log(`[doudi] seeded ${res.households} households, ${res.members} members in ${(res.ms / 1000).toFixed(1)} s`);
}
