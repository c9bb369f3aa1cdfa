import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { evidenceDirOf, type AppConfig } from '../config.js';
import {
  BACKUP_FORMAT, EVIDENCE_ENTRY, MANIFEST_ENTRY, PG_ENTRY, SQLITE_ENTRY, type BackupManifest,
} from './backup.js';
import { lastMigration, listTables, nonEmptyTables, openSession, rowCounts } from './db-inspect.js';
import { libpqEnv, pgTool, runTool } from './pg-tools.js';
import { extractTarGz } from './tar.js';
import { postgresqlMigrations, sqliteMigrations } from '../db/migrations/index.js';

export interface RestoreOptions {
  /** Replace a database that holds data (refused otherwise). */
  force?: boolean;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  evidenceFiles: number;
}

const allowedEntry = (name: string) => name === MANIFEST_ENTRY || name === SQLITE_ENTRY || name === PG_ENTRY || EVIDENCE_ENTRY.test(name);

/** Unpacks an archive and checks it against its manifest: every file present, none extra, sizes and SHA-256 equal. */
async function unpackVerified(file: string, work: string): Promise<BackupManifest> {
  const entries = await extractTarGz(resolve(file), work, allowedEntry);
  if (!entries.some((e) => e.name === MANIFEST_ENTRY)) throw new Error('not a Doudi backup: the archive has no manifest.json');
  const manifest = JSON.parse(readFileSync(join(work, MANIFEST_ENTRY), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error('not a Doudi backup: unknown manifest format');
  const found = new Map(entries.filter((e) => e.name !== MANIFEST_ENTRY).map((e) => [e.name, e]));
  for (const f of manifest.files) {
    const e = found.get(f.path);
    if (!e) throw new Error(`the archive is incomplete: ${f.path} is missing`);
    if (e.size !== f.size || e.sha256 !== f.sha256) throw new Error(`checksum mismatch for ${f.path}: the archive is damaged`);
    found.delete(f.path);
  }
  if (found.size) throw new Error(`the archive holds files its manifest does not list: ${[...found.keys()].join(', ')}`);
  return manifest;
}

async function restoreSqlite(config: AppConfig, dump: string): Promise<void> {
  const target = config.db.url;
  mkdirSync(dirname(target), { recursive: true });
  // Copy beside the target, then swap it in; a stale WAL of the old database must not be replayed onto the new one.
  const tmp = `${target}.restoring`;
  copyFileSync(dump, tmp);
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(tmp, target);
}

async function restorePg(config: AppConfig, dump: string): Promise<void> {
  const restoreBin = pgTool('pg_restore');
  const client = new pg.Client({ connectionString: config.db.url });
  await client.connect();
  try {
    // A clean schema: pg_restore then recreates every table, sequence and index of the dump.
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  const env = libpqEnv(config.db.url);
  await runTool(restoreBin, ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${env.PGDATABASE}`, dump], env);
}

/** Puts evidence files back into the store (content-addressed: a file already there is the same file). */
function restoreEvidence(config: AppConfig, work: string, manifest: BackupManifest): number {
  const dir = evidenceDirOf(config);
  let n = 0;
  for (const f of manifest.files) {
    const m = EVIDENCE_ENTRY.exec(f.path);
    if (!m) continue;
    const target = join(dir, m[1]!, m[2]!);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(work, f.path), `${target}.restoring`);
      renameSync(`${target}.restoring`, target);
    }
    n++;
  }
  return n;
}

/** After the restore: the same tables, the same row counts and the same last migration as the manifest says. */
async function verifyAgainstManifest(config: AppConfig, manifest: BackupManifest): Promise<{ tables: number; rows: number }> {
  const s = await openSession(config.db);
  try {
    const counts = await rowCounts(s, config.db.kind);
    const migration = await lastMigration(s, await listTables(s, config.db.kind));
    const problems: string[] = [];
    const names = new Set([...Object.keys(counts), ...Object.keys(manifest.tables)]);
    for (const t of names) {
      if (counts[t] !== manifest.tables[t]) problems.push(`${t}: ${counts[t] ?? 'missing'} rows, manifest ${manifest.tables[t] ?? 'missing'}`);
    }
    if (migration !== manifest.migration) problems.push(`migration ${migration}, manifest ${manifest.migration}`);
    if (problems.length) throw new Error(`the restored database differs from the manifest: ${problems.join('; ')}`);
    return { tables: names.size, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
  } finally {
    await s.close();
  }
}

/**
 * Restores an archive made by `createBackup` into the database and evidence folder of `config`. Refuses a damaged
 * archive before touching anything, a backup of the other database kind, and a database holding data unless `force`.
 * The servers on that database must be stopped first.
 */
export async function restoreBackup(config: AppConfig, file: string, opts: RestoreOptions = {}): Promise<RestoreReport> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const work = await mkdtemp(join(tmpdir(), 'doudi-restore-'));
  try {
    const manifest = await unpackVerified(file, work);
    if (manifest.database !== config.db.kind) {
      throw new Error(`this is a ${manifest.database} backup but DATABASE_URL names a ${config.db.kind} database`);
    }
    const known = (config.db.kind === 'sqlite' ? sqliteMigrations : postgresqlMigrations).map((m) => m.name);
    if (manifest.migration && !known.includes(manifest.migration)) {
      throw new Error(`this backup was made by a newer Doudi (${manifest.doudiVersion}, migration ${manifest.migration} is unknown here): ` +
        'restore it with that version or a later one');
    }
    const busy = await nonEmptyTables(config.db);
    if (busy.length && !opts.force) {
      throw new Error(`the target database is not empty (${busy.slice(0, 5).join(', ')}${busy.length > 5 ? ', …' : ''} hold rows): ` +
        'restore into an empty database, or add --force to replace its contents');
    }
    if (config.db.kind === 'sqlite') await restoreSqlite(config, join(work, SQLITE_ENTRY));
    else await restorePg(config, join(work, PG_ENTRY));
    const evidenceFiles = restoreEvidence(config, work, manifest);
    const { tables, rows } = await verifyAgainstManifest(config, manifest);
    return { manifest, tables, rows, evidenceFiles };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
