import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig, parseDatabaseUrl, type AppConfig, type DbConfig } from '../config.js';
import { openOrm, migrate } from '../db/orm.js';
import { syncRegions } from '../db/regions-sync.js';
import { queryRows } from '../common/sql.js';
import { seedDemoHouseholds } from '../seed/demo-seed.js';

// The Excel benchmark: a 1,000,000-row export streamed over HTTP (to nowhere) from a server process whose
// memory is sampled every 250 ms, on SQLite and on PostgreSQL; ~100,000 rows (one township) against 1,000,000 shows
// whether memory stays flat. Then the import benchmark (import-bench.ts, benchImport) if it is there.
//
//   pnpm bench -- --excel [--households N] [--reseed] [--no-pg] [--no-sqlite] [--no-import]
//
// Scratch databases: .bench/excel-bench.sqlite and the PostgreSQL database doudi_excel_bench on DOUDI_BENCH_PG
// (default postgresql://postgres@127.0.0.1:5432/postgres); both reused while they hold the right number of rows.

const CHILD_FLAG = '--excel-bench-child';
const SAMPLE_MS = 250;

interface Sample { t: number; rss: number; heap: number }
interface RunResult {
  label: string;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSec: number;
  firstByteMs: number;
  rssPeakMB: number;
  rssMedianMB: number;
  rssBeforeMB: number;
  heapPeakMB: number;
  heapMedianMB: number;
  samples: number;
  /** 1-minute load average at the end: the machine is shared, so rows/s depends on what else runs. */
  loadAverage: number;
}

const MB = 1024 * 1024;
const mb = (n: number) => +(n / MB).toFixed(1);
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

// ---- the server process -----------------------------------------------------------------------------------------

async function child(): Promise<void> {
  const { startApp } = await import('../app.js');
  const db = JSON.parse(process.env.DOUDI_EXCEL_BENCH_DB!) as DbConfig;
  const config: AppConfig = { ...loadConfig({}), port: 0, db, seedDemo: false, demoPassword: 'bench-password' };
  const app = await startApp(config, { log: () => undefined, host: '127.0.0.1' });
  setInterval(() => {
    const m = process.memoryUsage();
    process.send?.({ type: 'mem', rss: m.rss, heap: m.heapUsed });
  }, SAMPLE_MS).unref();
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ type: 'gc-done' });
    }
    if (msg.type === 'stop') {
      await app.close();
      process.exit(0);
    }
  });
  process.send?.({ type: 'ready', url: app.url.replace('localhost', '127.0.0.1') });
}

/** VmRSS of a process from /proc (independent of that process's event loop); null where /proc is missing. */
function procRss(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

class ServerProcess {
  private proc!: ChildProcess;
  url = '';
  heap = 0;
  rss = 0;

  async start(db: DbConfig): Promise<void> {
    const self = fileURLToPath(import.meta.url);
    this.proc = fork(self, [CHILD_FLAG], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      env: { ...process.env, DOUDI_EXCEL_BENCH_DB: JSON.stringify(db), NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.proc.on('message', (m: { type: string; rss?: number; heap?: number }) => {
      if (m.type === 'mem') {
        this.heap = m.heap!;
        this.rss = m.rss!;
      }
    });
    this.url = await new Promise<string>((res, rej) => {
      this.proc.on('message', (m: { type: string; url?: string }) => m.type === 'ready' && res(m.url!));
      this.proc.once('exit', (code) => rej(new Error(`bench server exited with ${code}`)));
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  async gc(): Promise<void> {
    await new Promise<void>((res) => {
      const on = (m: { type: string }) => {
        if (m.type === 'gc-done') {
          this.proc.off('message', on);
          res();
        }
      };
      this.proc.on('message', on);
      this.proc.send({ type: 'gc' });
    });
  }

  async stop(): Promise<void> {
    const exited = new Promise((res) => this.proc.once('exit', res));
    this.proc.send({ type: 'stop' });
    await exited;
  }
}

// ---- seeding ------------------------------------------------------------------------------------------------------

async function ensureSeeded(db: DbConfig, n: number, reseed: boolean, log: (s: string) => void): Promise<{ seeded: boolean; seconds?: number }> {
  const orm = await openOrm(db);
  try {
    await migrate(orm);
    const em = orm.em.fork();
    await syncRegions(em);
    const [row] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
    if (Number(row!.n) === n && !reseed) {
      log(`  reusing ${n.toLocaleString('en')} seeded households (${db.kind})`);
      return { seeded: false };
    }
    log(`  seeding ${n.toLocaleString('en')} households into ${db.kind} …`);
    await em.getConnection().execute('DELETE FROM member');
    await em.getConnection().execute('DELETE FROM household');
    if (db.kind === 'sqlite') await em.getConnection().execute('VACUUM');
    const res = await seedDemoHouseholds(em, db.kind, {
      households: n,
      progress: (d, t) => process.stderr.write(`\r  ${d.toLocaleString('en')} / ${t.toLocaleString('en')}`),
    });
    process.stderr.write('\n');
    return { seeded: true, seconds: +(res.ms / 1000).toFixed(1) };
  } finally {
    await orm.close(true);
  }
}

async function pgBenchDb(): Promise<DbConfig | null> {
  const server = process.env.DOUDI_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = 'doudi_excel_bench';
  const c = new pg.Client({ connectionString: server });
  try {
    await c.connect();
  } catch {
    return null;
  }
  try {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await c.query(`CREATE DATABASE ${name}`);
  } finally {
    await c.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { kind: 'postgresql', url: url.toString() };
}

// ---- one export ---------------------------------------------------------------------------------------------------

async function login(url: string, db: DbConfig): Promise<string> {
  const orm = await openOrm(db);
  try {
    const em = orm.em.fork();
    await em.getConnection().execute(`DELETE FROM app_user WHERE username = 'bench'`);
    const { AuthService } = await import('../modules/auth/auth.service.js');
    await new AuthService(em, { now: () => new Date() }, loadConfig({}).auth).createUser({ username: 'bench', password: 'bench-password', role: 'COUNTY_STAFF' });
  } finally {
    await orm.close(true);
  }
  const r = await fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(username: "bench", password: "bench-password") { token } }' }),
  });
  return ((await r.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function exportOnce(server: ServerProcess, token: string, label: string, query: string): Promise<RunResult> {
  await server.gc();
  await new Promise((r) => setTimeout(r, 300));
  const rssBefore = procRss(server.pid) ?? server.rss;
  const samples: Sample[] = [];
  const t0 = performance.now();
  const timer = setInterval(() => {
    samples.push({ t: performance.now() - t0, rss: procRss(server.pid) ?? server.rss, heap: server.heap });
  }, SAMPLE_MS);
  let bytes = 0;
  let firstByteMs = 0;
  let rows = 0;
  try {
    const res = await fetch(`${server.url}/api/exports/households.xlsx?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status} ${await res.text()}`);
    rows = Number(res.headers.get('x-doudi-row-count'));
    // To /dev/null: read and drop every chunk.
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (!firstByteMs) firstByteMs = performance.now() - t0;
      bytes += chunk.byteLength;
    }
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - t0) / 1000;
  const rss = samples.map((s) => s.rss);
  const heap = samples.map((s) => s.heap);
  return {
    label, rows, bytes, seconds: +seconds.toFixed(2), rowsPerSec: Math.round(rows / seconds), firstByteMs: Math.round(firstByteMs),
    rssPeakMB: mb(Math.max(rssBefore, ...rss)), rssMedianMB: mb(median(rss)), rssBeforeMB: mb(rssBefore),
    heapPeakMB: mb(Math.max(0, ...heap)), heapMedianMB: mb(median(heap)), samples: samples.length,
    loadAverage: +loadavg()[0]!.toFixed(1),
  };
}

async function benchDb(db: DbConfig, n: number, reseed: boolean, log: (s: string) => void): Promise<Record<string, unknown>> {
  const seed = await ensureSeeded(db, n, reseed, log);
  // ~100,000 rows: the township whose ledger is closest to a tenth of the county.
  const orm = await openOrm(db);
  let township = '';
  let townshipRows = 0;
  try {
    const counts = await queryRows<{ t: string; n: number | string }>(orm.em.fork(), {
      text: 'SELECT township_code AS t, COUNT(*) AS n FROM household WHERE deleted_at IS NULL GROUP BY township_code', params: [],
    });
    const best = counts.sort((a, b) => Math.abs(Number(a.n) - n / 10) - Math.abs(Number(b.n) - n / 10))[0]!;
    township = best.t;
    townshipRows = Number(best.n);
  } finally {
    await orm.close(true);
  }
  const server = new ServerProcess();
  await server.start(db);
  try {
    const token = await login(server.url, db);
    const runs: RunResult[] = [];
    const where = encodeURIComponent(JSON.stringify({ regionCode: { startsWith: township } }));
    const small = await exportOnce(server, token, `${townshipRows.toLocaleString('en')} rows (township ${township})`, `where=${where}`);
    runs.push(small);
    log(`  ${db.kind}: ${fmt(small)}`);
    const big = await exportOnce(server, token, `${n.toLocaleString('en')} rows (whole county)`, '');
    runs.push(big);
    log(`  ${db.kind}: ${fmt(big)}`);
    return {
      seed, runs,
      flatMemory: {
        'rows ratio (big/small)': +(big.rows / Math.max(1, small.rows)).toFixed(1),
        'peak RSS ratio (big/small), flat ≈ 1': +(big.rssPeakMB / small.rssPeakMB).toFixed(2),
        'peak heap ratio (big/small), flat ≈ 1': +(big.heapPeakMB / Math.max(0.1, small.heapPeakMB)).toFixed(2),
      },
    };
  } finally {
    await server.stop();
  }
}

const fmt = (r: RunResult) =>
  `${r.label.padEnd(34)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.rowsPerSec.toLocaleString('en').padStart(8)} rows/s  ` +
  `${(r.bytes / MB).toFixed(0).padStart(4)} MB  RSS peak ${r.rssPeakMB} MB / median ${r.rssMedianMB} MB (before ${r.rssBeforeMB})  heap peak ${r.heapPeakMB} MB  load ${r.loadAverage}`;

/** Runs the Excel benchmark; `argv` as given to `pnpm bench`. Writes .bench/results-excel.json. */
export async function runExcelBench(argv: string[]): Promise<Record<string, unknown>> {
  const opt = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const n = opt('households', 1_000_000);
  const reseed = argv.includes('--reseed');
  const log = (s: string) => console.log(s);
  const benchDir = resolve(process.cwd(), '..', '.bench');
  mkdirSync(benchDir, { recursive: true });
  const results: Record<string, unknown> = { households: n, at: new Date().toISOString(), sampleMs: SAMPLE_MS };
  log(`Excel export: ${n.toLocaleString('en')} households, streamed over HTTP, server memory sampled every ${SAMPLE_MS} ms`);
  if (!argv.includes('--no-sqlite')) {
    results.sqlite = await benchDb(parseDatabaseUrl(join(benchDir, 'excel-bench.sqlite')), n, reseed, log);
  }
  if (!argv.includes('--no-pg')) {
    const db = await pgBenchDb();
    if (db) results.postgresql = await benchDb(db, n, reseed, log);
    else log('  PostgreSQL: no server answers (DOUDI_BENCH_PG); skipped');
  }
  if (!argv.includes('--no-import')) {
    const path = pathToFileURL(resolve(fileURLToPath(import.meta.url), '..', 'import-bench.ts')).href;
    let mod: { benchImport?: (argv: string[]) => Promise<unknown> } | null = null;
    try {
      mod = await import(path);
    } catch (err) {
      const missing = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('import-bench');
      if (!missing) throw err;
    }
    if (mod?.benchImport) results.import = await mod.benchImport(argv);
    else log('Excel import: server/src/bench/import-bench.ts (benchImport) is not there yet; skipped');
  }
  const file = join(benchDir, 'results-excel.json');
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`results written to ${file}`);
  return results;
}

if (process.argv.includes(CHILD_FLAG)) {
  await child();
} else if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runExcelBench(process.argv.slice(2));
  process.exit(0);
}
