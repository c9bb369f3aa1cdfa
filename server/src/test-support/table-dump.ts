import type { DbConfig } from '../config.js';
import { listTables, openSession, quoteIdent } from '../ops/db-inspect.js';

function normalize(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
  if (v instanceof ArrayBuffer) return Buffer.from(v).toString('hex');
  return v;
}

/** Every row of every table, all columns, as sorted JSON lines per table: two databases with equal dumps hold the same data. */
export async function dumpTables(db: DbConfig): Promise<Record<string, string[]>> {
  const s = await openSession(db);
  try {
    const out: Record<string, string[]> = {};
    for (const t of await listTables(s, db.kind)) {
      const rows = await s.query<Record<string, unknown>>(`SELECT * FROM ${quoteIdent(t)}`);
      out[t] = rows.map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, normalize(v)]))).sort();
    }
    return out;
  } finally {
    await s.close();
  }
}

/** Runs one statement on a database outside the server's pool (test set-up: changes the server does not know of). */
export async function execSql(db: DbConfig, text: string): Promise<void> {
  const s = await openSession(db);
  try {
    await s.query(text);
  } finally {
    await s.close();
  }
}
