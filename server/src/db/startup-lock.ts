import pg from 'pg';
import type { DbConfig } from '../config.js';

/** Advisory-lock key of start-up work (migrations and first-start seeding): 'doud' + 0. */
const STARTUP_LOCK_KEY = 0x646f7564_00;

/**
 * Takes the start-up lock: on PostgreSQL a session-level `pg_advisory_lock` on a connection of its own, so of several
 * instances started together one migrates and seeds while the others wait, then find the work done (the seeders only
 * write into empty tables). SQLite needs none: one file, one writer. Answers the release function.
 */
export async function acquireStartupLock(db: DbConfig): Promise<() => Promise<void>> {
  if (db.kind !== 'postgresql') return async () => undefined;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return async () => {
    // Ending the session releases the lock even if the unlock itself fails.
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}
