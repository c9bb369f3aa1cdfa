import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig, parseDatabaseUrl, type AppConfig } from '../config.js';
import { openOrm, migrate } from '../db/orm.js';
import { syncRegions } from '../db/regions-sync.js';
import { startApp } from '../app.js';
import { queryRows } from '../common/sql.js';
import { encodeCursor } from '../common/cursor.js';
import { seedDemoHouseholds } from '../seed/demo-seed.js';
import { HOUSEHOLD_COLUMNS } from '../modules/household/household.mapper.js';
import { percentiles, timeIt } from './stats.js';

// `pnpm bench [--households N] [--runs R] [--reseed]`: the paging benchmark on 1,000,000 households.
// SQLite by default (a separate file under .bench/), PostgreSQL with DATABASE_URL=postgresql://…
const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`pnpm bench [-- <mode>] — benchmarks (docs/testing.md, docs/scale.md):
  (no mode) [--households N] [--runs R] [--reseed]   the paging benchmark (SQLite, or PostgreSQL with DATABASE_URL)
  --peer [--households N]                            side by side with PostGraphile and bare pg (PostgreSQL)
  --live [--instances 1|2] [--clients N] [--rate R] [--seconds S] [--households N]   subscriptions under load
  --excel [--no-sqlite] [--no-pg] [--import-rows N]  Excel export and import
  --comparison [--households N] [--rows R]           数据比对 load and match
  --demo                                             the demo county's overview and monthly-check targets`);
  process.exit(0);
}
// `pnpm bench -- --excel`: only the Excel benchmark (export, and import when import-bench.ts is there).
if (argv.includes('--excel')) {
  await (await import('./excel-bench.js')).runExcelBench(argv);
  process.exit(0);
}
// `pnpm bench -- --comparison [--households N] [--rows R]`: only the 数据比对 benchmark (load and match, rows/s).
if (argv.includes('--comparison')) {
  await (await import('./comparison-bench.js')).runComparisonBench(argv);
  process.exit(0);
}
// `pnpm bench -- --peer [--households N]`: the side-by-side harness (Doudi, PostGraphile, bare pg) and its ratios.
if (argv.includes('--peer')) {
  await (await import('./peer-bench.js')).runPeerBench(argv, resolve(import.meta.dirname, '..', '..', '..'));
  process.exit(0);
}
// `pnpm bench -- --live [--instances 2] [--clients N] [--rate R] [--seconds S]`: subscriptions under load (live-bench.ts).
if (argv.includes('--live')) {
  await (await import('./live-bench.js')).runLiveBench(argv, resolve(import.meta.dirname, '..', '..', '..'));
  process.exit(0);
}
// `pnpm bench -- --demo`: only the demo-county targets (overview latency, demo monthly checks), formerly asserted in tests.
if (argv.includes('--demo')) {
  await (await import('./demo-bench.js')).runDemoBench();
  process.exit(0);
}
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const N = opt('households', 1_000_000);
const RUNS = opt('runs', 200);
const benchDir = resolve(process.cwd(), '..', '.bench');
mkdirSync(benchDir, { recursive: true });
const db = process.env.DATABASE_URL ? parseDatabaseUrl(process.env.DATABASE_URL) : parseDatabaseUrl(join(benchDir, 'bench.sqlite'));

const results: Record<string, unknown> = { db: db.kind, households: N, runs: RUNS, at: new Date().toISOString() };
const log = (s: string) => console.log(s);

// 1. Seeding
{
  const orm = await openOrm(db);
  await migrate(orm);
  const em = orm.em.fork();
  await syncRegions(em);
  const [row] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household', params: [] });
  if (Number(row.n) !== N || argv.includes('--reseed')) {
    log(`seeding ${N.toLocaleString('en')} households into ${db.kind} …`);
    await em.getConnection().execute('DELETE FROM member');
    await em.getConnection().execute('DELETE FROM household');
    if (db.kind === 'sqlite') await em.getConnection().execute('VACUUM');
    const res = await seedDemoHouseholds(em, db.kind, {
      households: N,
      progress: (d, t) => process.stderr.write(`\r  ${d.toLocaleString('en')} / ${t.toLocaleString('en')}`),
    });
    process.stderr.write('\n');
    const secs = res.ms / 1000;
    results.seed = {
      households: res.households, members: res.members, seconds: +secs.toFixed(2),
      householdsPerSec: Math.round(res.households / secs), rowsPerSec: Math.round((res.households + res.members) / secs),
      phasesMs: res.phases,
    };
    log(`seeding: ${JSON.stringify(results.seed)}`);
  } else {
    log(`reusing ${N.toLocaleString('en')} seeded households (--reseed to measure seeding again)`);
  }
  await orm.close(true);
}

// 2. Paging over the real HTTP server
const config: AppConfig = { ...loadConfig({}), port: 0, db, seedDemo: false, demoPassword: 'bench-password' };
const app = await startApp(config, { log: () => undefined, host: '127.0.0.1' });
const url = `${app.url.replace('localhost', '127.0.0.1')}/graphql`;
const em = app.orm.em.fork();
// Demo accounts exist only if this database was created with them; the bench logs in as a county user.
await em.getConnection().execute(`DELETE FROM app_user WHERE username = 'bench'`);
const { AuthService } = await import('../modules/auth/auth.service.js');
await new AuthService(em, { now: () => new Date() }, config.auth).createUser({ username: 'bench', password: 'bench-password', role: 'COUNTY_STAFF' });
const login = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { login(username: "bench", password: "bench-password") { token } }' }) })).json() as { data: { login: { token: string } } };
const authorization = `Bearer ${login.data.login.token}`;

const FIELDS = 'id code category regionCode regionName townshipName address headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version updatedAt';
async function page(args: string): Promise<void> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: `{ households(${args}) { edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage endCursor } } }` }),
  });
  const body = (await r.json()) as { data?: { households: { edges: unknown[] } }; errors?: unknown };
  if (!body.data || body.data.households.edges.length === 0) throw new Error(`empty page for ${args}: ${JSON.stringify(body.errors)}`);
}

const [{ n: totalRaw }] = await queryRows<{ n: number | string }>(em, { text: 'SELECT COUNT(*) AS n FROM household WHERE deleted_at IS NULL', params: [] });
const total = Number(totalRaw);
const idAt = async (pos: number) =>
  Number((await queryRows<{ id: number }>(em, { text: 'SELECT id FROM household WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?', params: [pos] }))[0].id);
const mid = Math.floor(total / 2);
const end = total - 100;
const cursorAt = async (pos: number) => encodeCursor('id:A', [await idAt(pos - 1)]);
const midCursor = await cursorAt(mid);
const endCursor = await cursorAt(end);

const cases: [string, string][] = [
  ['cursor: first page', 'first: 100'],
  ['cursor: middle page', `first: 100, after: "${midCursor}"`],
  ['cursor: last page', `first: 100, after: "${endCursor}"`],
  ['offset: first page', 'first: 100, offset: 0'],
  ['offset: middle page', `first: 100, offset: ${mid}`],
  ['offset: last page', `first: 100, offset: ${end}`],
];

// Township + category sorted by income: the first page and a deep one by cursor.
const filterWhere = 'where: { regionCode: { startsWith: "640121104" }, category: { eq: MONITORED } }, orderBy: [{ field: incomePerCapita, direction: ASC }]';
const filterSql = `SELECT ${HOUSEHOLD_COLUMNS}, r.name AS region_name, t.name AS township_name FROM household h ` +
  'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
  "WHERE h.deleted_at IS NULL AND h.township_code = '640121104' AND h.category = 'MONITORED' ORDER BY h.income_per_capita ASC, h.id ASC LIMIT 101 OFFSET 0";
const [{ n: filteredRaw }] = await queryRows<{ n: number | string }>(em, { text: "SELECT COUNT(*) AS n FROM household WHERE deleted_at IS NULL AND township_code = '640121104' AND category = 'MONITORED'", params: [] });
const filtered = Number(filteredRaw);
const deep = await queryRows<{ id: number; income_per_capita: number }>(em, {
  text: "SELECT id, income_per_capita FROM household WHERE deleted_at IS NULL AND township_code = '640121104' AND category = 'MONITORED' ORDER BY income_per_capita, id LIMIT 1 OFFSET ?",
  params: [Math.max(0, filtered - 101)],
});
const deepCursor = encodeCursor('incomePerCapita:A,id:A', [Number(deep[0].income_per_capita), Number(deep[0].id)]);
cases.push(['filter township+category by income: first page', `first: 100, ${filterWhere}`]);
// The grid's own path: personal data masked (revealed row by row), so no personal-data access row is written per page.
cases.push(['grid (maskPii): first page', 'first: 100, maskPii: true']);
cases.push(['grid (maskPii): filter township+category by income', `first: 100, maskPii: true, ${filterWhere}`]);
cases.push(['filter township+category by income: last page', `first: 100, after: "${deepCursor}", ${filterWhere}`]);

const pages: Record<string, { p50: number; p99: number; n: number }> = {};
for (const [name, args] of cases) {
  pages[name] = percentiles(await timeIt(() => page(args), RUNS));
  log(`${name.padEnd(50)} p50 ${pages[name].p50.toFixed(2)} ms   p99 ${pages[name].p99.toFixed(2)} ms`);
}
const firstPageSql = `SELECT ${HOUSEHOLD_COLUMNS}, r.name AS region_name, t.name AS township_name FROM household h ` +
  'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
  'WHERE h.deleted_at IS NULL ORDER BY h.id ASC LIMIT 101 OFFSET 0';
const raw: Record<string, { p50: number; p99: number; n: number }> = {
  'raw SQL: first page': percentiles(await timeIt(() => queryRows(em, { text: firstPageSql, params: [] }), RUNS)),
  'raw SQL: filter township+category by income: first page': percentiles(await timeIt(() => queryRows(em, { text: filterSql, params: [] }), RUNS)),
};
for (const [name, v] of Object.entries(raw)) log(`${name.padEnd(50)} p50 ${v.p50.toFixed(2)} ms   p99 ${v.p99.toFixed(2)} ms`);

const ratio = (a: number, b: number) => +(a / b).toFixed(2);
results.pages = pages;
results.rawSql = raw;
results.targets = {
  'cursor: last/first p99 (target ≤ 1.5)': ratio(pages['cursor: last page'].p99, pages['cursor: first page'].p99),
  'offset: last/first p99 (target ≤ 1.5)': ratio(pages['offset: last page'].p99, pages['offset: first page'].p99),
  'GraphQL/raw SQL p50, first page (target ≤ 2)': ratio(pages['cursor: first page'].p50, raw['raw SQL: first page'].p50),
  'GraphQL/raw SQL p50, filtered page (target ≤ 2)': ratio(pages['filter township+category by income: first page'].p50, raw['raw SQL: filter township+category by income: first page'].p50),
  'GraphQL (grid, maskPii)/raw SQL p50, first page': ratio(pages['grid (maskPii): first page'].p50, raw['raw SQL: first page'].p50),
  'GraphQL (grid, maskPii)/raw SQL p50, filtered page': ratio(pages['grid (maskPii): filter township+category by income'].p50, raw['raw SQL: filter township+category by income: first page'].p50),
};
log(JSON.stringify(results.targets, null, 2));
const file = join(benchDir, `results-${db.kind}.json`);
writeFileSync(file, JSON.stringify(results, null, 2));
log(`results written to ${file}`);
await app.close();
// 3. The Excel benchmark (excel-bench.ts), unless --no-excel.
if (!argv.includes('--no-excel')) await (await import('./excel-bench.js')).runExcelBench(argv);
// 4. The demo-county targets (demo-bench.ts), unless --no-demo.
if (!argv.includes('--no-demo')) await (await import('./demo-bench.js')).runDemoBench();
process.exit(0);
