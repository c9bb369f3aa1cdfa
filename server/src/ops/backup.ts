import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { evidenceDirOf, type AppConfig } from '../config.js';
import { lastMigration, listTables, openSession, quoteIdent, rowCounts } from './db-inspect.js';
import { libpqEnv, pgTool, runTool } from './pg-tools.js';
import { TarGzWriter } from './tar.js';

export const BACKUP_FORMAT = 'doudi-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const SQLITE_ENTRY = 'database.sqlite';
export const PG_ENTRY = 'database.pgdump';
export const MANIFEST_ENTRY = 'manifest.json';
/** Evidence files keep their store layout (`<first two hex digits>/<sha256>`) under evidence/. */
export const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  doudiVersion: string;
  createdAt: string;
  database: AppConfig['db']['kind'];
  /** The newest applied migration: a restore runs only code that knows it. */
  migration: string | null;
  /** Rows per table, counted in the same snapshot the dump was taken from. */
  tables: Record<string, number>;
  /** Every other entry of the archive with its SHA-256. */
  files: ManifestFile[];
}

export function doudiVersion(): string {
  // server/src/ops or server/dist/ops → server/package.json
  const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

export async function sha256File(path: string): Promise<{ sha256: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), size };
}

/** The evidence store's files (content-addressed, never changed once written); half-written temp files left out. */
function evidenceFiles(dir: string): { entry: string; path: string }[] {
  if (!existsSync(dir)) return [];
  const out: { entry: string; path: string }[] = [];
  for (const sub of readdirSync(dir).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort()) {
    for (const f of readdirSync(join(dir, sub)).filter((n) => /^[0-9a-f]{64}$/.test(n)).sort()) {
      out.push({ entry: `evidence/${sub}/${f}`, path: join(dir, sub, f) });
    }
  }
  return out;
}

/** SQLite: `VACUUM INTO` copies one consistent read snapshot while the server keeps writing (WAL mode). */
async function snapshotSqlite(config: AppConfig, target: string): Promise<Pick<BackupManifest, 'migration' | 'tables'>> {
  const live = await openSession(config.db);
  try {
    await live.query(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
  } finally {
    await live.close();
  }
  // Count in the copy itself, so counts and file agree whatever the server wrote meanwhile.
  const copy = await openSession({ kind: 'sqlite', url: target });
  try {
    const tables = await listTables(copy, 'sqlite');
    const counts = await rowCounts(copy, 'sqlite');
    const migration = await lastMigration(copy, tables);
    await copy.query('PRAGMA journal_mode = DELETE');
    return { migration, tables: counts };
  } finally {
    await copy.close();
  }
}

/**
 * PostgreSQL: one REPEATABLE READ transaction exports its snapshot; the rows are counted in it and `pg_dump -Fc`
 * dumps the same snapshot, so the manifest describes exactly the dump.
 */
async function snapshotPg(config: AppConfig, target: string): Promise<Pick<BackupManifest, 'migration' | 'tables'>> {
  const dump = pgTool('pg_dump');
  const client = new pg.Client({ connectionString: config.db.url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
    const session = { query: async <T>(text: string) => (await client.query(text)).rows as T[], close: async () => undefined };
    const tables = await listTables(session, 'postgresql');
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const r = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quoteIdent(t)}`);
      counts[t] = Number(r.rows[0]?.n ?? 0);
    }
    const migration = await lastMigration(session, tables);
    await runTool(dump, ['--format=custom', `--snapshot=${rows[0]!.id}`, '--no-owner', '--no-acl', `--file=${target}`], libpqEnv(config.db.url));
    await client.query('COMMIT');
    return { migration, tables: counts };
  } finally {
    await client.end();
  }
}

/**
 * Writes one archive (`.tar.gz`) holding the database, the evidence files and a manifest (version, time, migration,
 * row counts, SHA-256 of every file). Safe while the server runs. The archive appears only when complete.
 */
export async function createBackup(config: AppConfig, outFile: string, now = new Date()): Promise<BackupManifest> {
  const out = resolve(outFile);
  if (existsSync(out)) throw new Error(`${out} already exists`);
  if (config.db.kind === 'sqlite' && !existsSync(config.db.url)) throw new Error(`no database at ${config.db.url} (check DATABASE_URL)`);
  const work = await mkdtemp(join(tmpdir(), 'doudi-backup-'));
  const partial = `${out}.partial`;
  let writer: TarGzWriter | null = null;
  try {
    const dbEntry = config.db.kind === 'sqlite' ? SQLITE_ENTRY : PG_ENTRY;
    const dbFile = join(work, dbEntry);
    const snap = config.db.kind === 'sqlite' ? await snapshotSqlite(config, dbFile) : await snapshotPg(config, dbFile);
    const parts = [{ entry: dbEntry, path: dbFile }, ...evidenceFiles(evidenceDirOf(config))];
    const files: ManifestFile[] = [];
    for (const p of parts) files.push({ path: p.entry, ...(await sha256File(p.path)) });
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, doudiVersion: doudiVersion(), createdAt: now.toISOString(),
      database: config.db.kind, ...snap, files,
    };
    await rm(partial, { force: true });
    writer = new TarGzWriter(partial);
    await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), now);
    for (const [i, p] of parts.entries()) await writer.addFile(p.entry, p.path, files[i]!.size, statSync(p.path).mtime);
    await writer.finish();
    writer = null;
    await rename(partial, out);
    return manifest;
  } catch (err) {
    if (writer) await writer.abort();
    await rm(partial, { force: true });
    throw err;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
