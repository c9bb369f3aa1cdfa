import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import { createBackup } from './backup.js';

/** Advisory-lock key of the scheduled backup (PostgreSQL): of several instances, one takes each backup. */
const BACKUP_LOCK_KEY = 0x646f7564_01; // 'doud' + 1

const ARCHIVE = /^doudi-\d{8}-\d{6}\.tar\.gz$/;

export interface BackupSchedule {
  dir: string;
  everyHours: number;
  keep: number;
}

export function archiveName(at: Date): string {
  const iso = at.toISOString(); // 2026-12-04T21:03:07.123Z
  return `doudi-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}.tar.gz`;
}

/** When a scheduled archive was taken, from its name. */
export function archiveTime(name: string): Date {
  const m = /^doudi-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name)!;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

/** The scheduled archives in a folder, newest first (their names sort by time). */
export function scheduledArchives(dir: string): string[] {
  return readdirSync(dir).filter((f) => ARCHIVE.test(f)).sort().reverse();
}

/** Deletes all but the newest `keep` scheduled archives; answers the deleted names. */
export function pruneArchives(dir: string, keep: number): string[] {
  const old = scheduledArchives(dir).slice(keep);
  for (const f of old) rmSync(join(dir, f), { force: true });
  return old;
}

/**
 * One scheduled run: a backup when the newest archive in the folder is at least one interval old (or there is none),
 * skipped when another instance holds the backup lock — several instances share the folder and the database, and one
 * of them takes each backup. Answers the archive written, or null when skipped.
 */
export async function runScheduledBackup(config: AppConfig, schedule: BackupSchedule, now = new Date()): Promise<string | null> {
  mkdirSync(schedule.dir, { recursive: true });
  let lockClient: pg.Client | null = null;
  try {
    if (config.db.kind === 'postgresql') {
      lockClient = new pg.Client({ connectionString: config.db.url });
      await lockClient.connect();
      const { rows } = await lockClient.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [BACKUP_LOCK_KEY]);
      if (!rows[0]?.ok) return null;
    }
    const newest = scheduledArchives(schedule.dir)[0];
    if (newest && now.getTime() - archiveTime(newest).getTime() < schedule.everyHours * 3600_000) return null;
    const file = join(schedule.dir, archiveName(now));
    await createBackup(config, file, now);
    pruneArchives(schedule.dir, schedule.keep);
    return file;
  } finally {
    // Ending the session releases the advisory lock.
    await lockClient?.end().catch(() => undefined);
  }
}

/** How often the timer looks: every 10 minutes, or the interval when shorter (so restarts never starve backups). */
export function checkEveryMs(schedule: BackupSchedule): number {
  return Math.max(1000, Math.min(schedule.everyHours * 3600_000, 10 * 60_000));
}

/**
 * Starts the timer (unref'd: it never keeps the process alive); answers a function that stops it. The timer looks
 * often and backs up only when the newest archive is an interval old, so a restart neither skips nor repeats one.
 */
export function startBackupSchedule(config: AppConfig, schedule: BackupSchedule, log: (line: string) => void): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runScheduledBackup(config, schedule)
      .then((file) => file && log(`[doudi] scheduled backup written: ${file}`))
      .catch((err: unknown) => log(`[doudi] scheduled backup failed: ${(err as Error)?.message ?? String(err)}`))
      .finally(() => (running = false));
  };
  const timer = setInterval(tick, checkEveryMs(schedule));
  timer.unref();
  return () => clearInterval(timer);
}
