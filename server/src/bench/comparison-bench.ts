import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROLE_SCOPES, idCheckChar } from '@doudi/shared';
import { loadConfig, parseDatabaseUrl } from '../config.js';
import { openOrm, migrate } from '../db/orm.js';
import { syncRegions } from '../db/regions-sync.js';
import { Access } from '../common/access.js';
import { queryRows, sql } from '../common/sql.js';
import { seedDemoHouseholds } from '../seed/demo-seed.js';
import { ComparisonService } from '../modules/comparison/comparison.service.js';
import type { SourceRowIn } from '../modules/comparison/comparison.rows.js';

// `pnpm bench -- --comparison [--households N] [--rows R]`: a R-row 死亡 source (60 % of its rows people of the
// ledger, some under another name; 40 % nobody's) loaded and compared against N demo households (≈3.4 members each).
// Target (issue 17): 100,000 rows against 1,000,000 households under 60 s on PostgreSQL, under 120 s on SQLite.
// SQLite in .bench/comparison.sqlite by default, PostgreSQL with DATABASE_URL=postgresql://…

export async function runComparisonBench(argv: string[]): Promise<void> {
  const opt = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const N = opt('households', 1_000_000);
  const R = opt('rows', 100_000);
  const benchDir = resolve(process.cwd(), '..', '.bench');
  mkdirSync(benchDir, { recursive: true });
  const db = process.env.DATABASE_URL ? parseDatabaseUrl(process.env.DATABASE_URL) : parseDatabaseUrl(join(benchDir, 'comparison.sqlite'));
  const orm = await openOrm(db);
  await migrate(orm);
  const em = orm.em.fork();
  await syncRegions(em);
  const [row] = await queryRows<{ n: number | string }>(em, sql('SELECT COUNT(*) AS n FROM household'));
  if (Number(row?.n) !== N) {
    console.log(`seeding ${N.toLocaleString('en')} households into ${db.kind} …`);
    for (const t of ['comparison_finding', 'comparison_row', 'comparison_source', 'member', 'household']) await em.getConnection().execute(`DELETE FROM ${t}`);
    await seedDemoHouseholds(em, db.kind, { households: N, progress: (d, t) => process.stderr.write(`\r  ${d.toLocaleString('en')} / ${t.toLocaleString('en')}`) });
    process.stderr.write('\n');
  }
  const [mc] = await queryRows<{ n: number | string }>(em, sql('SELECT COUNT(*) AS n FROM member'));
  const members = Number(mc?.n ?? 0);
  // Earlier runs' sources and findings would make this run's "not again" checks cheaper or dearer: start clean.
  for (const t of ['comparison_finding', 'comparison_row', 'comparison_source']) await em.getConnection().execute(`DELETE FROM ${t}`);

  const known = Math.round(R * 0.6);
  const step = Math.max(1, Math.floor(members / known));
  const people = await queryRows<{ id_number: string; name: string }>(em, sql(
    'SELECT id_number, name FROM member WHERE (id % ?) = 0 ORDER BY id LIMIT ?', step, known));
  const rows: SourceRowIn[] = [];
  people.forEach((p, i) => rows.push({ row: i + 2, cells: { idNumber: p.id_number, name: i % 50 === 0 ? `${p.name}某` : p.name, deathDate: '2026-03-01' } }));
  for (let i = rows.length; i < R; i++) {
    const p2 = (n: number) => String(n).padStart(2, '0');
    const f = `640422${1950 + (i % 50)}${p2(1 + (Math.floor(i / 50) % 12))}${p2(1 + (Math.floor(i / 600) % 28))}${String(Math.floor(i / 16800) % 1000).padStart(3, '0')}`;
    rows.push({ row: i + 2, cells: { idNumber: f + idCheckChar(f), name: '外县人', deathDate: '2026-03-01' } });
  }
  const config = loadConfig({});
  const access = new Access({ kind: 'session', actor: 'bench', userId: null, tokenId: 0, role: 'ADMIN', regionCode: null, unitCode: null, scopes: new Set(ROLE_SCOPES.ADMIN) });
  const store = mkdtempSync(join(tmpdir(), 'doudi-bench-files-'));
  const svc = new ComparisonService(
    { em, kind: db.kind, clock: { now: () => new Date() }, access, stamp: { actor: 'bench', requestId: 'bench', changeSet: null }, pii: { households: new Set() } },
    { storeDir: store, dueDays: 15, evidenceMaxBytes: config.tasks.evidenceMaxBytes },
  );
  console.log(`comparison: ${R.toLocaleString('en')} source rows against ${N.toLocaleString('en')} households (${members.toLocaleString('en')} members) on ${db.kind}`);
  const t0 = performance.now();
  const loaded = await svc.load({ kind: 'DEATH', asOf: '2026-03-31', via: 'API', fileName: 'bench.json', bytes: Buffer.from(JSON.stringify(rows.length)), rows, commit: true, atomic: true });
  const loadS = (performance.now() - t0) / 1000;
  if (!loaded.source) throw new Error(`load failed: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
  const t1 = performance.now();
  const ran = await svc.run(loaded.source.id, (pct) => process.stderr.write(`\r  matching ${pct}%`));
  process.stderr.write('\n');
  const matchS = (performance.now() - t1) / 1000;
  const t2 = performance.now();
  const again = await svc.run(loaded.source.id);
  const rerunS = (performance.now() - t2) / 1000;
  const result = {
    db: db.kind, households: N, members, rows: R, loadSeconds: +loadS.toFixed(2), loadRowsPerSec: Math.round(R / loadS),
    matchSeconds: +matchS.toFixed(2), matchRowsPerSec: Math.round(R / matchS), matchedRows: ran.outcome.matchedRows, findings: ran.outcome.findings,
    byRule: ran.outcome.byRule, rerunSeconds: +rerunS.toFixed(2), rerunFindings: again.outcome.findings,
    totalSeconds: +(loadS + matchS).toFixed(2), target: db.kind === 'postgresql' ? '< 60 s for 100k rows × 1M households' : '< 120 s for 100k rows × 1M households',
  };
  console.log(JSON.stringify(result, null, 2));
  rmSync(store, { recursive: true, force: true });
  await orm.close(true);
}
