import { copyRows } from '../common/pg-copy.js';
import type { EntityManager } from '@mikro-orm/core';
import type { DbKind } from '../config.js';
import { queryRows } from '../common/sql.js';
import type { KnexLike, PgQueryClient } from '../common/knex-like.js';

export const HOUSEHOLD_COLS = ['id', 'code', 'category', 'region_code', 'township_code', 'address', 'head_name',
  'head_id_number', 'phone', 'member_count', 'income_per_capita', 'risk_types', 'risk_status', 'helper_name', 'remarks',
  'version', 'created_at', 'updated_at'] as const;
export const MEMBER_COLS = ['household_id', 'name', 'id_number', 'active_id_number', 'gender', 'birth_date', 'relation',
  'phone', 'health', 'disability_type', 'disability_grade', 'labor_ability', 'schooling', 'version', 'created_at',
  'updated_at'] as const;

/**
 * Writes plain rows in bulk, bypassing the ORM (the seed and, later, imports of large sheets).
 * SQLite: prepared statements on the raw connection (~100k rows/s). PostgreSQL: COPY FROM STDIN.
 */
export interface BulkWriter {
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** Undoes the open transaction (inserts and, both databases having transactional DDL, dropped indexes). */
  rollback(): Promise<void>;
  insert(table: 'household' | 'member', cols: readonly string[], rows: unknown[][]): Promise<void>;
  /** Secondary indexes of the tables, so that a load into empty tables can build them once at the end. */
  dropIndexes(tables: string[]): Promise<string[]>;
  createIndexes(defs: string[]): Promise<void>;
  release(): Promise<void>;
}

interface RawSqlite {
  prepare(sql: string): { run(params: unknown[]): unknown; all(params?: unknown[]): unknown[] };
  exec(sql: string): void;
}

export async function openBulkWriter(em: EntityManager, kind: DbKind): Promise<BulkWriter> {
  const knex = (em.getConnection() as unknown as { getKnex(): KnexLike }).getKnex();
  if (kind === 'sqlite') {
    const conn = (await knex.client.acquireConnection()) as RawSqlite;
    const stmts = new Map<string, ReturnType<RawSqlite['prepare']>>();
    return {
      begin: async () => conn.exec('BEGIN'),
      commit: async () => conn.exec('COMMIT'),
      rollback: async () => conn.exec('ROLLBACK'),
      insert: async (table, cols, rows) => {
        const sql = `INSERT INTO ${table} (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`;
        let st = stmts.get(sql);
        if (!st) stmts.set(sql, (st = conn.prepare(sql)));
        for (const r of rows) st.run(r);
      },
      dropIndexes: async (tables) => {
        const rows = conn.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(',')})`)
          .all(tables) as { name: string; sql: string }[];
        for (const r of rows) conn.exec(`DROP INDEX ${r.name}`);
        return rows.map((r) => r.sql);
      },
      createIndexes: async (defs) => {
        for (const d of defs) conn.exec(d);
      },
      release: async () => knex.client.releaseConnection(conn),
    };
  }
  const client = (await knex.client.acquireConnection()) as PgQueryClient;
  const q = (text: string, params: unknown[] = []) => client.query(text, params);
  // A bulk load's own session: memory for index builds; its commits need not wait for the WAL flush
  // (a crash mid-seed loses only seed rows, never user edits, which run on other sessions).
  await q(`SET maintenance_work_mem = '256MB'`);
  await q('SET synchronous_commit = off');
  return {
    begin: async () => void (await q('BEGIN')),
    commit: async () => void (await q('COMMIT')),
    rollback: async () => void (await q('ROLLBACK')),
    insert: async (table, cols, rows) => {
      // COPY … FROM STDIN in text format: several times faster than parameterised INSERTs.
      await copyRows(client, table, cols, rows);
    },
    dropIndexes: async (tables) => {
      // Unique and foreign-key constraints too: PostgreSQL checks them row by row (a trigger per member row for the
      // foreign key); added back at the end they are validated in one pass each.
      const cons = (await q(
        `SELECT c.conname AS name, t.relname AS tbl, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = ANY($1) AND c.contype IN ('f', 'u')
         ORDER BY CASE c.contype WHEN 'f' THEN 0 ELSE 1 END`, [tables])).rows as { name: string; tbl: string; def: string }[];
      for (const c of cons) await q(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
      const res = await q(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`, [tables]);
      const rows = res.rows as { name: string; def: string }[];
      for (const r of rows) await q(`DROP INDEX ${r.name}`);
      // Unique constraints before foreign keys when re-created (a foreign key needs its target's unique index).
      return [...rows.map((r) => r.def), ...cons.reverse().map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`)];
    },
    createIndexes: async (defs) => {
      for (const d of defs) await q(d);
    },
    release: async () => {
      await q('RESET maintenance_work_mem');
      await q('RESET synchronous_commit');
      await knex.client.releaseConnection(client);
    },
  };
}


export async function tableIsEmpty(em: EntityManager, table: string): Promise<boolean> {
  return (await queryRows(em, { text: `SELECT 1 AS x FROM ${table} LIMIT 1`, params: [] })).length === 0;
}
