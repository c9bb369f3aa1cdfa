import 'reflect-metadata';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { idCheckChar, VILLAGES, regionByCode, RiskTypeDef } from '@doudi/shared';
import { loadConfig, type AppConfig } from '../config.js';
import { createScratchDb } from '../db/scratch-db.js';

// The import benchmark: a 100,000-row sheet (written with exceljs' streaming writer) imported through
// POST /api/imports (mode=commit, all-or-nothing) into an empty scratch database, SQLite and PostgreSQL. Prints the
// wall time of the request and the server's phases: parse (with each row's cell checks, done as rows stream in),
// matching (in-file duplicates, existing households and people), commit; and the CPU seconds of the server process
// and of PostgreSQL (on a busy machine, wall time mostly measures waiting for a CPU). Called by excel-bench.ts, or alone:
//   npx tsx src/bench/import-bench.ts [--import-rows N] [--no-pg] [--no-sqlite] [--no-import-update] [--pg-db NAME]
// (--pg-db: a fixed name for the scratch PostgreSQL database, e.g. a helper's own; dropped and made again.)
// Each run prints the server's phases too (report.timings.phasesMs): parse, match, reserveIds, allocateCodes,
// insertHouseholds (on PostgreSQL with the building of member and audit rows, which overlaps the COPY), insertMembers,
// insertAudit, updates, outbox, commit, analyze; "upload" is the rest of the wall time (the multipart upload).

const PASSWORD = 'bench-password';

export async function writeBenchSheet(path: string, rows: number, incomeDelta = 0): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('台账');
  ws.addRow(['永宁县脱贫监测户台账（基准测试）']).commit();
  ws.addRow(['户主姓名', '身份证号', '乡镇', '村', '联系电话', '人均纯收入', '风险类型', '帮扶责任人', '住址', '备注']).commit();
  const risks = RiskTypeDef.values.map((v) => RiskTypeDef.labels[v].zh);
  const surnames = '马杨王李张刘陈纳丁海周吴';
  const given = ['文学', '秀兰', '建国', '海成', '梅', '国强', '玉兰', '志明', '小红', '永福'];
  const base = Date.UTC(1950, 0, 1);
  for (let i = 0; i < rows; i++) {
    const v = VILLAGES[i % VILLAGES.length]!;
    const t = regionByCode(v.parentCode!)!;
    const d = new Date(base + (i % 18_000) * 86_400_000);
    const birth = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
    const first17 = `640121${birth}${String(Math.floor(i / 18_000)).padStart(3, '0')}`;
    ws.addRow([
      surnames[i % surnames.length]! + given[i % given.length]!, first17 + idCheckChar(first17), t.name, v.name,
      `139${String(i).padStart(8, '0')}`, 4000 + (i % 4000) + incomeDelta, risks[i % risks.length], '李建国', `${v.name}${(i % 9) + 1}队${i % 97}号`, null,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

interface RunResult {
  /** A second import of the same households with every income changed: 100,000 updates. */
  update?: RunResult;
  db: string; rows: number; created: number; invalid: number; wallSeconds: number; parseSeconds: number; validateSeconds: number;
  commitSeconds: number; nodeCpuSeconds: number; postgresCpuSeconds: number | null; loadAverage: number;
  /** While the import ran: the longest answer of /healthz (no database) and of a one-row ledger page (database). */
  longestHealthSeconds: number; longestPageSeconds: number; failedPages: number;
  /** The server's phases (report.timings.phasesMs), in seconds, with the upload (the rest of the wall time). */
  phases: Record<string, number>;
}

/**
 * Asks `ask` again and again (one at a time, 100 ms apart) until stopped; answers the longest time one ask took:
 * how long another user waited at worst while the import ran.
 */
function longestWait(ask: () => Promise<boolean>): { stop: () => Promise<{ seconds: number; failed: number }> } {
  let running = true;
  let longest = 0;
  let failed = 0;
  // Measured from one answer to the next, less the pause: this process is the server too, so an event loop held by
  // the import holds up the asking as much as the answering.
  let last = performance.now();
  const loop = (async () => {
    while (running) {
      if (!(await ask().catch(() => false))) failed += 1;
      const now = performance.now();
      longest = Math.max(longest, now - last);
      await new Promise((r) => setTimeout(r, 100));
      last = Math.min(performance.now(), now + 100); // a timer held up by a busy loop counts as waiting
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      // An answer that is an error (a timeout waiting for the connection, say) is counted apart.
      return { seconds: +(longest / 1000).toFixed(2), failed };
    },
  };
}

/**
 * CPU seconds used so far by the postgres backends of database `db` (Linux /proc; a backend's command line names its
 * database): what the database did for the import, not what other work on the same server did.
 */
function postgresCpu(db: string): number | null {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(' ').includes(db)) continue;
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(f[11]) + Number(f[12]); // utime, stime
      } catch {
        /* gone */
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

async function runOne(kind: 'sqlite' | 'postgresql', file: string, updateFile: string | null, pgUrl: string, pgName?: string): Promise<RunResult> {
  const { startApp } = await import('../app.js');
  const scratch = await createScratchDb(kind, pgUrl, pgName);
  const config: AppConfig = { ...loadConfig({}), port: 0, db: scratch.db, seedDemo: false, demoPassword: PASSWORD };
  const app = await startApp(config, { log: () => undefined, host: '127.0.0.1' });
  try {
    const url = app.url.replace('localhost', '127.0.0.1');
    const login = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "county", password: $p) { token } }', variables: { p: PASSWORD } }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const once = async (path: string): Promise<RunResult> => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ target: 'households', mode: 'commit', atomic: 'true', category: 'MONITORED' })) form.append(k, v);
      form.append('file', new Blob([readFileSync(path)]), 'bench.xlsx');
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const pgDb = kind === 'postgresql' ? new URL(scratch.db.url).pathname.slice(1) : '';
      const pg0 = kind === 'postgresql' ? postgresCpu(pgDb) : null;
      const health = longestWait(() => fetch(`${url}/healthz`).then((r) => r.ok));
      const page = longestWait(() => fetch(`${url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ households(first: 1) { edges { node { id } } } }' }),
      }).then(async (r) => r.ok && !(await r.json() as { errors?: unknown }).errors));
      const res = await fetch(`${url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      const longestHealthSeconds = (await health.stop()).seconds;
      const { seconds: longestPageSeconds, failed: failedPages } = await page.stop();
      const body = (await res.json()) as { rows: number; created: number; updated: number; invalid: number; errors: unknown[]; timings: { parseMs: number; validateMs: number; commitMs: number; phasesMs?: Record<string, number> } };
      const wall = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const pg1 = kind === 'postgresql' ? postgresCpu(pgDb) : null;
      if (res.status !== 200 || body.invalid) throw new Error(`import failed: ${res.status} ${JSON.stringify(body.errors.slice(0, 3))}`);
      const s = (ms: number) => +(ms / 1000).toFixed(2);
      const phases = Object.fromEntries(Object.entries(body.timings.phasesMs ?? {}).map(([k, v]) => [k, s(v)]));
      phases.upload = +(wall - (body.timings.parseMs + body.timings.validateMs + body.timings.commitMs) / 1000).toFixed(2);
      return {
        phases,
        db: kind, rows: body.rows, created: body.created + body.updated, invalid: body.invalid, wallSeconds: +wall.toFixed(2),
        parseSeconds: s(body.timings.parseMs), validateSeconds: s(body.timings.validateMs), commitSeconds: s(body.timings.commitMs),
        nodeCpuSeconds: s((cpu.user + cpu.system) / 1000), postgresCpuSeconds: pg0 !== null && pg1 !== null ? +(pg1 - pg0).toFixed(2) : null,
        loadAverage: +loadavg()[0]!.toFixed(1), longestHealthSeconds, longestPageSeconds, failedPages,
      };
    };
    const first = await once(file);
    if (updateFile) first.update = await once(updateFile);
    return first;
  } finally {
    await app.close();
    await scratch.drop();
  }
}

/** Generates (once) and imports the benchmark sheet; answers one result per database. */
export async function benchImport(argv: string[] = process.argv.slice(2)): Promise<RunResult[]> {
  const opt = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : dflt;
  };
  const rows = opt('import-rows', 100_000);
  const dir = resolve(process.cwd(), '..', '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `import-${rows}.xlsx`);
  const updateFile = join(dir, `import-${rows}-update.xlsx`);
  for (const [path, delta] of [[file, 0], [updateFile, 100]] as const) {
    if (existsSync(path)) continue;
    const t = performance.now();
    await writeBenchSheet(path, rows, delta);
    console.log(`Excel import: wrote ${rows.toLocaleString('en')} rows to ${path} (${(statSync(path).size / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const withUpdate = !argv.includes('--no-import-update');
  const pgUrl = process.env.DOUDI_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const pgAt = argv.indexOf('--pg-db');
  const pgName = pgAt >= 0 ? argv[pgAt + 1] : undefined;
  const phaseText = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ');
  const out: RunResult[] = [];
  for (const kind of ['sqlite', 'postgresql'] as const) {
    if (argv.includes(kind === 'sqlite' ? '--no-sqlite' : '--no-pg')) continue;
    const r = await runOne(kind, file, withUpdate ? updateFile : null, pgUrl, pgName);
    console.log(`Excel import ${kind}: ${r.rows.toLocaleString('en')} rows, ${r.created.toLocaleString('en')} created in ${r.wallSeconds} s ` +
      `(parse and cell checks ${r.parseSeconds} s, matching ${r.validateSeconds} s, commit ${r.commitSeconds} s); CPU: server ${r.nodeCpuSeconds} s` +
      `${r.postgresCpuSeconds !== null ? `, postgres ${r.postgresCpuSeconds} s` : ''}; load average ${r.loadAverage}; ` +
      `longest wait meanwhile: /healthz ${r.longestHealthSeconds} s, a one-row ledger page ${r.longestPageSeconds} s` +
      `${r.failedPages ? ` (${r.failedPages} pages answered with an error)` : ''}`);
    console.log(`  phases, s: ${phaseText(r.phases)}`);
    if (r.update) {
      const u = r.update;
      console.log(`Excel import ${kind}, the same households again with every income changed: ${u.created.toLocaleString('en')} updated in ${u.wallSeconds} s ` +
        `(parse and cell checks ${u.parseSeconds} s, matching ${u.validateSeconds} s, commit ${u.commitSeconds} s); CPU: server ${u.nodeCpuSeconds} s` +
        `${u.postgresCpuSeconds !== null ? `, postgres ${u.postgresCpuSeconds} s` : ''}; longest wait of a one-row ledger page ${u.longestPageSeconds} s`);
      console.log(`  phases, s: ${phaseText(u.phases)}`);
    }
    out.push(r);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('bench', 'import-bench.ts'))) {
  await benchImport();
  process.exit(0);
}
