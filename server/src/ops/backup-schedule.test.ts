import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../test-support/harness.js';
import { archiveName, runScheduledBackup } from './backup-schedule.js';
import { loadOpsSettings } from '../config.js';

describe(`scheduled backups (${TEST_DB_KIND})`, () => {
  let srv: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'doudi-sched-'));

  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(async () => {
    await srv?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads its settings from the environment: on only with a folder and an interval', () => {
    expect(loadOpsSettings({}).backup).toBeNull();
    expect(loadOpsSettings({ DOUDI_BACKUP_DIR: '/tmp/x' }).backup).toBeNull();
    expect(loadOpsSettings({ DOUDI_BACKUP_DIR: '/tmp/x', DOUDI_BACKUP_EVERY_HOURS: '6' }).backup).toEqual({ dir: '/tmp/x', everyHours: 6, keep: 7 });
    expect(loadOpsSettings({ DOUDI_BACKUP_DIR: '/tmp/x', DOUDI_BACKUP_EVERY_HOURS: '0.5', DOUDI_BACKUP_KEEP: '3' }).backup?.keep).toBe(3);
    expect(() => loadOpsSettings({ DOUDI_BACKUP_DIR: '/tmp/x', DOUDI_BACKUP_EVERY_HOURS: 'daily' })).toThrow(/DOUDI_BACKUP_EVERY_HOURS/);
    expect(() => loadOpsSettings({ DOUDI_BACKUP_EVERY_HOURS: '6' })).toThrow(/needs DOUDI_BACKUP_DIR/);
    expect(loadOpsSettings({}).shutdownTimeoutMs).toBe(20000);
  });

  it('writes one archive per interval and keeps the newest DOUDI_BACKUP_KEEP', async () => {
    const schedule = { dir, everyHours: 1, keep: 2 };
    const t0 = new Date();
    const at = (h: number) => new Date(t0.getTime() + h * 3600_000);
    expect(await runScheduledBackup(srv.config, schedule, at(1))).toBe(join(dir, archiveName(at(1))));
    // A tick within the interval (this instance's next look, or another instance's) finds a fresh archive and skips.
    expect(await runScheduledBackup(srv.config, schedule, at(1.1))).toBeNull();
    expect(await runScheduledBackup(srv.config, schedule, at(1.9))).toBeNull();
    expect(await runScheduledBackup(srv.config, schedule, at(2))).not.toBeNull();
    expect(await runScheduledBackup(srv.config, schedule, at(3))).not.toBeNull();
    expect(readdirSync(dir).sort()).toEqual([archiveName(at(2)), archiveName(at(3))]);
  });

  it.runIf(TEST_DB_KIND === 'postgresql')('skips while another instance holds the backup lock', async () => {
    const other = new pg.Client({ connectionString: srv.config.db.url });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [0x646f7564_01]);
      const far = new Date(Date.now() + 100 * 3600_000);
      expect(await runScheduledBackup(srv.config, { dir, everyHours: 1, keep: 5 }, far)).toBeNull();
      await other.query('SELECT pg_advisory_unlock($1)', [0x646f7564_01]);
      expect(await runScheduledBackup(srv.config, { dir, everyHours: 1, keep: 5 }, far)).not.toBeNull();
    } finally {
      await other.end();
    }
  });
});
