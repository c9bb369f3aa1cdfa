import type { EntityManager } from '@mikro-orm/core';
import type { DbKind } from '../config.js';

/** A fragment of SQL with `?` placeholders and its bindings, composed without string-pasting values. */
export interface Sql {
  text: string;
  params: unknown[];
}

export const sql = (text: string, ...params: unknown[]): Sql => ({ text, params });

export function joinSql(parts: Sql[], sep: string): Sql {
  return { text: parts.map((p) => p.text).join(sep), params: parts.flatMap((p) => p.params) };
}

/** Escapes LIKE wildcards; used with `ESCAPE '\'`. */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Runs a read query and returns plain rows (no entity hydration: 2.5–3× faster for pages). */
export async function queryRows<T = Record<string, unknown>>(em: EntityManager, q: Sql): Promise<T[]> {
  // Inside a transaction the query must run on the transaction's connection (SQLite has only one).
  return (await em.getConnection().execute(q.text, q.params, 'all', em.getTransactionContext())) as T[];
}

/**
 * Dates as the database stores them. MikroORM keeps SQLite datetimes as epoch milliseconds;
 * PostgreSQL takes a Date for timestamptz.
 */
export function dbDate(kind: DbKind, d: Date): unknown {
  return kind === 'sqlite' ? d.getTime() : d;
}

export function fromDbDate(v: unknown): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(v);
  if (typeof v === 'bigint') return new Date(Number(v));
  if (typeof v === 'string' && /^\d+$/.test(v)) return new Date(Number(v));
  return new Date(String(v));
}
