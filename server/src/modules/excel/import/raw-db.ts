// One raw connection for an import's match-and-commit: SQLite through libsql's prepared statements on the ORM's own
// (single) connection, PostgreSQL through the pg client with COPY for inserts. Bypasses the ORM on purpose: a
// 100,000-row sheet must commit in seconds (see server/src/seed/bulk-writer.ts for the same fast paths).
import { copyRows } from '../../../common/pg-copy.js';
import type { EntityManager } from '@mikro-orm/core';
import type { DbKind } from '../../../config.js';
import type { KnexLike, PgQueryClient } from '../../../common/knex-like.js';
import { rawTransactionCommitting, rawTransactionEnded } from '../../events/event-bus.js';
import { timed, type Phases } from './phase-timer.js';

export interface RawDb {
  kind: DbKind;
  /** `?` placeholders on both databases. */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
  /**
   * Inserts many rows with explicit values (ids included where the caller reserved them). PostgreSQL streams an
   * iterable into COPY as it is made (a generator's work overlaps the database's); SQLite takes it whole.
   */
  insert(table: string, cols: readonly string[], rows: Iterable<unknown[]>): Promise<void>;
  /** `count` new ids for a table's serial id, reserved (PostgreSQL) or above every id ever used (SQLite). */
  reserveIds(table: string, count: number): Promise<number[]>;
  /** A date as the ORM stores it. */
  date(d: Date): unknown;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  release(): Promise<void>;
}

interface RawSqlite {
  prepare(sql: string): { run(params: unknown[]): { changes: number }; all(params?: unknown[]): unknown[] };
  exec(sql: string): void;
}

const toPg = (sql: string): string => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/**
 * The raw connection, which raises the change events of the audit rows written on it (bulkAuditRows) when its
 * transaction commits, and forgets them when it rolls back — through the ORM's transaction events, as an ORM
 * transaction would (modules/events/event-bus.ts).
 */
export async function openRawDb(em: EntityManager, kind: DbKind, phases?: Phases): Promise<RawDb> {
  const db = await openConnection(em, kind);
  const out: RawDb = {
    ...db,
    commit: async () => {
      // The webhook outbox of the import's events is written in its transaction, before it commits.
      await timed(phases, 'outbox', () => rawTransactionCommitting(em, out, db));
      await timed(phases, 'commit', () => db.commit());
      await timed(phases, 'publish', () => rawTransactionEnded(em, out, true));
    },
    rollback: async () => {
      await db.rollback();
      await rawTransactionEnded(em, out, false);
    },
    release: async () => {
      await db.release();
      await rawTransactionEnded(em, out, false);
    },
  };
  return out;
}

async function openConnection(em: EntityManager, kind: DbKind): Promise<RawDb> {
  const knex = (em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  if (kind === 'sqlite') {
    const conn = (await knex.client.acquireConnection()) as RawSqlite;
    const stmts = new Map<string, ReturnType<RawSqlite['prepare']>>();
    const st = (sql: string) => {
      let s = stmts.get(sql);
      if (!s) stmts.set(sql, (s = conn.prepare(sql)));
      return s;
    };
    let open = false;
    return {
      kind,
      all: async <T>(sql: string, params: unknown[] = []) => st(sql).all(params) as T[],
      run: async (sql, params = []) => Number(st(sql).run(params).changes ?? 0),
      insert: async (table, cols, input) => {
        const rows = Array.isArray(input) ? (input as unknown[][]) : [...input];
        // Multi-row statements: one call into the driver per 64 rows instead of per row.
        const one = `(${cols.map(() => '?').join(',')})`;
        const head = `INSERT INTO ${table} (${cols.join(',')}) VALUES `;
        const PER = 64;
        let i = 0;
        if (rows.length >= PER) {
          const s = st(head + Array(PER).fill(one).join(','));
          const params: unknown[] = new Array(PER * cols.length);
          for (; i + PER <= rows.length; i += PER) {
            let k = 0;
            for (let j = i; j < i + PER; j++) for (const v of rows[j]!) params[k++] = v;
            s.run(params);
          }
        }
        if (i < rows.length) {
          const s = st(`${head}${one}`);
          for (; i < rows.length; i++) s.run(rows[i]!);
        }
      },
      reserveIds: async (table, count) => {
        // Inside BEGIN IMMEDIATE: nobody else can insert until commit. sqlite_sequence remembers ids of deleted rows.
        const [m] = st(`SELECT MAX(id) AS n FROM ${table}`).all() as { n: number | null }[];
        let seq = 0;
        try {
          const [q] = st('SELECT seq FROM sqlite_sequence WHERE name = ?').all([table]) as { seq: number }[];
          seq = Number(q?.seq ?? 0);
        } catch {
          seq = 0;
        }
        const first = Math.max(Number(m?.n ?? 0), seq) + 1;
        return Array.from({ length: count }, (_, i) => first + i);
      },
      date: (d) => d.getTime(),
      begin: async () => {
        conn.exec('BEGIN IMMEDIATE');
        open = true;
      },
      commit: async () => {
        conn.exec('COMMIT');
        open = false;
      },
      rollback: async () => {
        if (open) conn.exec('ROLLBACK');
        open = false;
      },
      release: async () => {
        if (open) {
          try {
            conn.exec('ROLLBACK');
          } catch {
            /* already closed */
          }
        }
        await knex.client.releaseConnection(conn);
      },
    };
  }
  const client = (await knex.client.acquireConnection()) as PgQueryClient;
  const q = async (text: string, params: unknown[] = []) => client.query(text, params);
  let open = false;
  return {
    kind,
    all: async <T>(sql: string, params: unknown[] = []) => (await q(toPg(sql), params)).rows as T[],
    run: async (sql, params = []) => Number((await q(toPg(sql), params)).rowCount ?? 0),
    insert: async (table, cols, rows) => {
      if (Array.isArray(rows) && !rows.length) return;
      await copyRows(client, table, cols, rows);
    },
    reserveIds: async (table, count) => {
      if (count === 0) return [];
      // One row of text, not `count` rows: the driver makes one object instead of 100,000.
      const res = await q(`SELECT string_agg(nextval(pg_get_serial_sequence($1, 'id'))::text, ',') AS ids FROM generate_series(1, $2)`, [table, count]);
      return String((res.rows as { ids: string }[])[0]!.ids).split(',').map(Number);
    },
    date: (d) => d,
    begin: async () => {
      await q('BEGIN');
      open = true;
    },
    commit: async () => {
      await q('COMMIT');
      open = false;
    },
    rollback: async () => {
      if (open) await q('ROLLBACK');
      open = false;
    },
    release: async () => {
      if (open) {
        try {
          await q('ROLLBACK');
        } catch {
          /* connection broken */
        }
      }
      await knex.client.releaseConnection(client);
    },
  };
}


/** `items` in slices of `size` (IN lists and multi-row statements stay under the parameter limits). */
export function* chunks<T>(items: readonly T[], size = 1000): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
