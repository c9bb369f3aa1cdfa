import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DbConfig } from '../config.js';

/** A throw-away database of the given kind: a temp SQLite file, or a new PostgreSQL database on the given server. */
export interface ScratchDb {
  db: DbConfig;
  drop(): Promise<void>;
}

/** `pgName`: a fixed PostgreSQL database name (a benchmark's own), dropped first if it is left from an earlier run. */
export async function createScratchDb(kind: 'sqlite' | 'postgresql', serverUrl?: string, pgName?: string): Promise<ScratchDb> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-'));
    return { db: { kind, url: join(dir, 'doudi.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (!serverUrl) throw new Error('a PostgreSQL server URL is needed for a scratch database');
  if (pgName !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(pgName)) throw new Error('a database name is lower-case letters, digits and _');
  const name = pgName ?? `doudi_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (pgName) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    db: { kind, url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
