import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

// `pnpm doudi backup` / `restore` (the built CLI) against a running built server, and the built server's scheduled
// backups. The built server takes scheduled backups when DOUDI_BACKUP_DIR and DOUDI_BACKUP_EVERY_HOURS are set (here a tiny
// interval), keeping DOUDI_BACKUP_KEEP archives; any tar reads them.
const work = mkdtempSync(join(tmpdir(), 'doudi-e2e-ops-'));
const dir = join(work, 'backups');
const liveDb = join(work, 'live.sqlite');
let srv: RunningServer;
beforeAll(async () => {
  srv = await startBuiltServer({
    DATABASE_URL: liveDb, DOUDI_EVIDENCE_DIR: join(work, 'evidence'),
    DOUDI_DEMO_HOUSEHOLDS: '100', DOUDI_BACKUP_DIR: dir, DOUDI_BACKUP_EVERY_HOURS: '0.0005', DOUDI_BACKUP_KEEP: '2',
  });
});
afterAll(async () => {
  await srv?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The built CLI, as `pnpm doudi …` runs it, on a database of our choice. */
function cli(args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, [join(repoRoot, 'server', 'dist', 'cli.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl, DOUDI_EVIDENCE_DIR: join(work, 'evidence-restored') },
  });
}

describe('the backup and restore commands', () => {
  it('back up the running server and restore into an empty database; a non-empty one only with --force', () => {
    const archive = join(work, 'manual.tar.gz');
    const b = cli(['backup', '--out', archive], liveDb);
    expect(b.stderr).toBe('');
    expect(b.status).toBe(0);
    expect(b.stdout).toMatch(/backup written: .*manual\.tar\.gz \(sqlite, migration Migration\d+_\w+, \d+ tables, \d+ rows/);
    expect(cli(['backup', '--out', archive], liveDb).stderr).toMatch(/already exists/);

    const target = join(work, 'restored.sqlite');
    const r = cli(['restore', archive], target);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/restored sqlite backup of .*: \d+ tables and \d+ rows match the manifest/);
    const again = cli(['restore', archive], target);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty.*--force/);
    expect(cli(['restore', archive, '--force'], target).status).toBe(0);
  });
});

const archives = () => readdirSync(dir).filter((f) => /^doudi-\d{8}-\d{6}\.tar\.gz$/.test(f)).sort();

describe('scheduled backups of the built server', () => {
  it('writes archives into DOUDI_BACKUP_DIR and keeps the newest DOUDI_BACKUP_KEEP', async () => {
    expect(srv.output()).toMatch(/backups every 0\.0005 h into .*, keeping 2/);
    // Wait for the third archive: by then the first has been pruned.
    const seen = new Set<string>();
    while (seen.size < 3) {
      for (const f of archives()) seen.add(f);
      await new Promise((r) => setTimeout(r, 250));
    }
    const now = archives();
    expect(now.length).toBeLessThanOrEqual(2);
    expect(now).not.toContain([...seen].sort()[0]);
    const newest = join(dir, now[now.length - 1]!);
    const manifest = spawnSync('tar', ['-xzOf', newest, 'manifest.json'], { encoding: 'utf8' });
    expect(manifest.status).toBe(0);
    const m = JSON.parse(manifest.stdout);
    expect(m).toMatchObject({ format: 'doudi-backup', database: 'sqlite' });
    expect(m.tables.household).toBe(100);
    expect(srv.output()).toMatch(/scheduled backup written/);
    expect(srv.output()).not.toMatch(/scheduled backup failed/);
  });
});
