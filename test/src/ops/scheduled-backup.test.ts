import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBuiltServer, type RunningServer } from '../server-process.js';

// The built server takes scheduled backups when DOUDI_BACKUP_DIR and DOUDI_BACKUP_EVERY_HOURS are set (here a tiny
// interval), keeping DOUDI_BACKUP_KEEP archives; any tar reads them.
const dir = mkdtempSync(join(tmpdir(), 'doudi-e2e-backups-'));
let srv: RunningServer;
beforeAll(async () => {
  srv = await startBuiltServer({
    DOUDI_DEMO_HOUSEHOLDS: '100', DOUDI_BACKUP_DIR: dir, DOUDI_BACKUP_EVERY_HOURS: '0.0005', DOUDI_BACKUP_KEEP: '2',
  });
});
afterAll(async () => {
  await srv?.stop();
  rmSync(dir, { recursive: true, force: true });
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
