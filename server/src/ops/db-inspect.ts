import { existsSync } from 'node:fs';
import pg from 'pg';
import type { DbConfig } from '../config.js';
import { openOrm } from '../db/orm.js';

/** A plain SQL session on one database, independent of the running server's pool. */
export interface SqlSession {
  query<T = Record<string, unknown>>(text: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function openSession(db: DbConfig): Promise<SqlSession> {
  if (db.kind === 'postgresql') {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    return {
      query: async <T>(text: string) => (await client.query(text)).rows as T[],
      close: () => client.end(),
    };
  }
  const orm = await openOrm(db);
  const conn = orm.em.getConnection();
  return {
    query: async <T>(text: string) => (await conn.execute(text, [], 'all')) as T[],
    close: () => orm.close(true),
  };
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The application's tables (SQLite's own bookkeeping tables left out), sorted. */
export async function listTables(s: SqlSession, kind: DbConfig['kind']): Promise<string[]> {
  const rows = kind === 'postgresql'
    ? await s.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    : await s.query<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return rows.map((r) => r.name);
}

export async function rowCounts(s: SqlSession, kind: DbConfig['kind']): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of await listTables(s, kind)) {
    const [row] = await s.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${quoteIdent(t)}`);
    counts[t] = Number(row?.n ?? 0);
  }
  return counts;
}

/** The newest applied migration, or null on a database that was never migrated. */
export async function lastMigration(s: SqlSession, tables: string[]): Promise<string | null> {
  if (!tables.includes('mikro_orm_migrations')) return null;
  const [row] = await s.query<{ name: string }>('SELECT name FROM mikro_orm_migrations ORDER BY id DESC LIMIT 1');
  return row?.name ?? null;
}

/** Tables holding rows (the migration log does not count: a migrated but unused database is still empty). */
export async function nonEmptyTables(db: DbConfig): Promise<string[]> {
  if (db.kind === 'sqlite' && !existsSync(db.url)) return [];
  const s = await openSession(db);
  try {
    const counts = await rowCounts(s, db.kind);
    return Object.entries(counts).filter(([t, n]) => n > 0 && t !== 'mikro_orm_migrations').map(([t]) => t);
  } finally {
    await s.close();
  }
}
