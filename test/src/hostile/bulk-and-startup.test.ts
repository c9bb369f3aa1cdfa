import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_DATABASES, E2E_PG_URL, repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

// Issue 13, point 9: a bulk load that is refused touches nothing, and the server refuses to start on a database that
// lacks an index or constraint its migrations define, naming it.

/** Runs SQL on the database directly (psql for PostgreSQL, the server's own libsql for SQLite). */
function exec(db: string, databaseUrl: string, sqlText: string): void {
  if (db === 'postgresql') {
    const r = spawnSync('psql', [databaseUrl, '-qAtc', sqlText], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return;
  }
  const fromServer = createRequire(join(repoRoot, 'server', 'package.json'));
  const Database = createRequire(fromServer.resolve('@mikro-orm/libsql'))('libsql') as new (p: string) => { exec(s: string): void; close(): void };
  const conn = new Database(databaseUrl);
  conn.exec(sqlText);
  conn.close();
}

function cli(args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, [join(repoRoot, 'server', 'dist', 'cli.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 120_000,
  });
}

describe.each(E2E_DATABASES)('bulk loads and the start-up check on %s', (db) => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers.reverse()) await s.stop();
  });

  it('a refused seed changes nothing; a dropped index stops the next start, named', async () => {
    const first = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '50' }, { db });
    servers.push(first);
    await first.kill9();
    const dbUrl = first.databaseUrl;
    // 12,500,000 is over the 10,000,000 a run may hold: refused before anything is dropped or deleted
    for (const args of [['seed', '--households', '12500000'], ['seed', '--households', '12500000', '--reset'], ['seed', '--households', '9999990', '--append']]) {
      const r = cli(args, dbUrl);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/limited to 10000000 households.*nothing was changed/);
    }
    // the start-up check passes: every index and constraint is still there (and the 50 households too)
    const second = await startBuiltServer({ DATABASE_URL: dbUrl, DOUDI_DEMO_HOUSEHOLDS: '50' });
    servers.push(second);
    await second.kill9();
    // a hand-made DROP of the one-person-one-household index (and a household index): the server refuses, naming both
    exec(db, dbUrl, db === 'postgresql'
      ? 'ALTER TABLE member DROP CONSTRAINT member_active_id_number_unique; DROP INDEX household_region_idx;'
      : 'DROP INDEX member_active_id_number_unique; DROP INDEX household_region_idx;');
    const refused = await startBuiltServer({ DATABASE_URL: dbUrl }).then((s) => { servers.push(s); return null; }, (e: Error) => e.message);
    expect(refused).toMatch(/failed to start: the database lacks 2 index\(es\)\/constraint\(s\)/);
    expect(refused).toMatch(db === 'postgresql' ? /constraint member_active_id_number_unique/ : /index member_active_id_number_unique/);
    expect(refused).toMatch(/index household_region_idx/);
    // and a seed refuses too, before touching anything
    const seed = cli(['seed', '--households', '10', '--append'], dbUrl);
    expect(seed.status).toBe(1);
    expect(seed.stderr).toMatch(/lacks 2 index/);
  }, 300_000);
});

// E2E_PG_URL is read so that the suite names the server it used in its output.
if (E2E_PG_URL) console.log(`[bulk-and-startup] PostgreSQL: ${new URL(E2E_PG_URL).host}`);
