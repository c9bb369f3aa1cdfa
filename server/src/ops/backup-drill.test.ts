import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { evidenceDirOf, type AppConfig } from '../config.js';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../test-support/harness.js';
import { dumpTables, execSql } from '../test-support/table-dump.js';
import { createScratchDb, type ScratchDb } from '../db/scratch-db.js';
import { EvidenceStore } from '../modules/tasks/evidence.store.js';
import { createBackup, type BackupManifest } from './backup.js';
import { restoreBackup } from './restore.js';
import { nonEmptyTables, openSession } from './db-inspect.js';
import { extractTarGz, TarGzWriter } from './tar.js';

// The restore drill of issue 14 on the database under test (SQLite, or PostgreSQL with DOUDI_TEST_PG): seed, back up
// while the server runs, change and delete, restore into a new empty database, compare every table's rows.
describe(`backup and restore drill (${TEST_DB_KIND})`, () => {
  let srv: TestServer;
  const work = mkdtempSync(join(tmpdir(), 'doudi-drill-'));
  const archive = join(work, 'backup.tar.gz');
  const scratches: ScratchDb[] = [];
  const evidenceBytes = Buffer.from('%PDF-1.4 走访记录 evidence of the drill');
  let evidenceSha = '';
  let atBackup: Record<string, string[]>;
  let manifest: BackupManifest;

  /** A new empty database with its own evidence folder. */
  async function emptyTarget(): Promise<AppConfig> {
    const scratch = await createScratchDb(TEST_DB_KIND, process.env.DOUDI_TEST_PG);
    scratches.push(scratch);
    return { ...srv.config, db: scratch.db, tasks: { ...srv.config.tasks, evidenceDir: mkdtempSync(join(work, 'evidence-')) } };
  }

  /** PostgreSQL's sequence positions (SQLite keeps them in sqlite_sequence, a table the VACUUM INTO copy carries). */
  async function sequences(config: AppConfig): Promise<unknown[]> {
    if (config.db.kind !== 'postgresql') return [];
    const s = await openSession(config.db);
    try {
      return await s.query('SELECT sequencename, last_value FROM pg_sequences ORDER BY sequencename');
    } finally {
      await s.close();
    }
  }

  beforeAll(async () => {
    srv = await startTestServer({ seed: 50 });
    evidenceSha = (await new EvidenceStore(evidenceDirOf(srv.config)).put(evidenceBytes)).sha256;
    // Traffic during the backup: the server keeps answering and writing audit rows.
    const res = await srv.gql('{ households(first: 5) { edges { node { id } } } }');
    expect(res.errors).toBeUndefined();
    atBackup = await dumpTables(srv.config.db);
    manifest = await createBackup(srv.config, archive);
  });

  afterAll(async () => {
    await srv?.stop();
    for (const s of scratches) await s.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it('writes a manifest with version, time, migration, row counts and checksums', () => {
    expect(manifest.database).toBe(TEST_DB_KIND);
    expect(manifest.doudiVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.migration).toMatch(/^Migration\d+_/);
    expect(manifest.tables.household).toBe(50);
    expect(Object.keys(manifest.tables).sort()).toEqual(Object.keys(atBackup).sort());
    for (const [t, rows] of Object.entries(atBackup)) expect(manifest.tables[t], t).toBe(rows.length);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toContain(TEST_DB_KIND === 'sqlite' ? 'database.sqlite' : 'database.pgdump');
    expect(paths).toContain(`evidence/${evidenceSha.slice(0, 2)}/${evidenceSha}`);
    for (const f of manifest.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('restores into a new empty database exactly the rows of the backup time, after the live one changed', async () => {
    await execSql(srv.config.db, 'DELETE FROM audit_event');
    await execSql(srv.config.db, "UPDATE region SET name = name || '（改）'");
    await execSql(srv.config.db, 'DELETE FROM pii_access');
    const changed = await dumpTables(srv.config.db);
    expect(changed.audit_event).toHaveLength(0);
    expect(changed.region).not.toEqual(atBackup.region);

    const target = await emptyTarget();
    const report = await restoreBackup(target, archive);
    expect(report.rows).toBe(Object.values(atBackup).reduce((n, rows) => n + rows.length, 0));
    // every stored file of the backup: this test's evidence file, and the demo data's own (数据比对 source files)
    expect(report.evidenceFiles).toBe(manifest.files.filter((f) => f.path.startsWith('evidence/')).length);
    expect(report.evidenceFiles).toBeGreaterThanOrEqual(1);
    const restored = await dumpTables(target.db);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(atBackup).sort());
    for (const t of Object.keys(atBackup)) expect(restored[t], t).toEqual(atBackup[t]);
    expect(readFileSync(new EvidenceStore(evidenceDirOf(target)).pathOf(evidenceSha))).toEqual(evidenceBytes);
    // Id sequences come back where they were: the next insert does not collide with a restored row.
    expect(await sequences(target)).toEqual(await sequences(srv.config));

    // A database holding rows is refused without --force, and replaced with it.
    await expect(restoreBackup(target, archive)).rejects.toThrow(/not empty/);
    await execSql(target.db, "UPDATE region SET name = 'x'");
    await execSql(target.db, 'DELETE FROM audit_event');
    await restoreBackup(target, archive, { force: true });
    const again = await dumpTables(target.db);
    for (const t of Object.keys(atBackup)) expect(again[t], t).toEqual(atBackup[t]);
  });

  it('refuses to restore over the running database without --force', async () => {
    await expect(restoreBackup(srv.config, archive)).rejects.toThrow(/not empty.*--force/);
  });

  it('refuses a damaged archive (checksum mismatch) before touching the target', async () => {
    const tar = gunzipSync(readFileSync(archive));
    const dbName = TEST_DB_KIND === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
    let at = -1;
    for (let off = 0; off < tar.length; off += 512) {
      if (tar.subarray(off, off + dbName.length).toString() === dbName) {
        at = off;
        break;
      }
    }
    expect(at).toBeGreaterThanOrEqual(0);
    const pos = at + 512 + 200; // inside the database file's content
    tar[pos] = tar[pos]! ^ 0xff;
    const damaged = join(work, 'damaged.tar.gz');
    writeFileSync(damaged, gzipSync(tar));

    const target = await emptyTarget();
    await expect(restoreBackup(target, damaged)).rejects.toThrow(/checksum mismatch for database\./);
    expect(await nonEmptyTables(target.db)).toEqual([]);
    if (TEST_DB_KIND === 'sqlite') expect(existsSync(target.db.url)).toBe(false);
  });

  it('refuses a backup made by a newer Doudi (a migration this version does not know)', async () => {
    const unpacked = mkdtempSync(join(work, 'unpacked-'));
    const entries = await extractTarGz(archive, unpacked, () => true);
    const m = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as BackupManifest;
    m.migration = 'Migration29990101000000_future';
    const newer = join(work, 'newer.tar.gz');
    const w = new TarGzWriter(newer);
    await w.addBuffer('manifest.json', Buffer.from(JSON.stringify(m)));
    for (const e of entries.filter((x) => x.name !== 'manifest.json')) await w.addFile(e.name, join(unpacked, e.name), e.size);
    await w.finish();

    const target = await emptyTarget();
    await expect(restoreBackup(target, newer)).rejects.toThrow(/newer Doudi/);
    expect(await nonEmptyTables(target.db)).toEqual([]);
  });
});
