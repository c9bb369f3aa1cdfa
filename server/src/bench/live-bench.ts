import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import { CLERKS, DEMO_SUBSCRIBERS, PER_CLERK, drain, login, openClients, quantiles, runEdits, tally, targets, type Server } from './live-load.js';

/**
 * `pnpm bench -- --live [--instances 1|2] [--clients 200] [--rate 50] [--seconds 60] [--households 3000]`
 *
 * Starts the built server (`node server/dist/main.js`; run `pnpm build` first) on a scratch database with the demo
 * county (seeded at first start), opens `--clients` graphql-ws clients subscribed to householdsChanged, spread over
 * the demo users (county-wide and township users) and over the instances, then has the nine township clerks edit
 * their households through POST /graphql at `--rate` edits per second for `--seconds`. Every client must receive
 * every edit in its user's region exactly once. Prints latency (from the event's `at` — the time stamped on the
 * audit rows inside the writing transaction — and from the mutation's answer) and lost/duplicate counts.
 *
 * Database: PostgreSQL on 127.0.0.1:5432 (or BENCH_PG=postgresql://…) in a scratch database `doudi_loadbench_…`,
 * dropped at the end; with two instances they share it and Redis (127.0.0.1:6379 or BENCH_REDIS). Without
 * PostgreSQL: one instance on a scratch SQLite file (said so; `--instances 2` needs PostgreSQL and Redis).
 * The per-user WebSocket limit is raised for the run (DOUDI_WS_CONNECTIONS_PER_USER = clients per user + 2): 200
 * clients over 12 users is 17 tabs each — more than the default 10 a real clerk needs.
 */
export async function runLiveBench(argv: string[], root: string): Promise<void> {
  const opt = (name: string, dflt: number) => {
    const i = argv.indexOf(`--${name}`);
    const v = i >= 0 ? Number(argv[i + 1]) : dflt;
    if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} takes a positive number`);
    return v;
  };
  let instances = opt('instances', 1);
  const clients = opt('clients', 200);
  const rate = opt('rate', 50);
  const seconds = opt('seconds', 60);
  const households = opt('households', 3000);
  const log = (s: string) => console.log(s);

  const pgUrl = process.env.BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.BENCH_REDIS ?? 'redis://127.0.0.1:6379';
  const havePg = await answers(() => pgQuery(pgUrl, 'SELECT 1'));
  const haveRedis = await answers(async () => {
    const r = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => undefined);
    try {
      await r.connect();
      await r.ping();
    } finally {
      r.disconnect();
    }
  });
  if (!havePg) log(`PostgreSQL does not answer at ${redact(pgUrl)}: one instance on SQLite instead`);
  if (instances > 1 && (!havePg || !haveRedis)) {
    log(`${instances} instances need PostgreSQL and Redis (${haveRedis ? 'Redis answers' : 'Redis does not answer'}): running one instance`);
    instances = 1;
  }

  const dir = mkdtempSync(join(tmpdir(), 'doudi-loadbench-'));
  const dbName = `doudi_loadbench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const databaseUrl = havePg ? withDb(pgUrl, dbName) : join(dir, 'doudi.sqlite');
  if (havePg) await pgQuery(pgUrl, `CREATE DATABASE ${dbName}`);
  const password = `bench-${randomUUID()}`;
  const perUser = Math.ceil(clients / DEMO_SUBSCRIBERS.length) + 2;
  const env: Record<string, string> = {
    DATABASE_URL: databaseUrl, DOUDI_DEMO_PASSWORD: password, DOUDI_DEMO_HOUSEHOLDS: String(households), NODE_ENV: 'production',
    DOUDI_WS_CONNECTIONS_PER_USER: String(perUser), DOUDI_LOGIN_IP_LIMIT: '1000',
    ...(instances > 1 ? { DOUDI_REDIS_URL: redisUrl, DOUDI_REDIS_CHANNEL: `doudi:loadbench:${randomUUID()}`, DOUDI_REDIS_PREFIX: `doudi-loadbench-${dbName}` } : {}),
  };
  const procs: Proc[] = [];
  const cleanup = async () => {
    for (const p of procs) await p.stop();
    if (havePg) await pgQuery(pgUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e: Error) => log(`could not drop ${dbName}: ${e.message}`));
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // The first instance migrates and seeds; the second starts on the seeded database.
    for (let i = 0; i < instances; i++) procs.push(await startServer(root, dir, env, i));
    const servers: Server[] = procs.map((p) => ({ url: p.url }));
    log(`${instances} instance(s) on ${havePg ? `PostgreSQL (${dbName})` : 'SQLite'}${instances > 1 ? ' with Redis' : ''}; ` +
      `${clients} clients over ${DEMO_SUBSCRIBERS.length} users (≤ ${perUser} per user), ${rate} edits/s for ${seconds} s by ${CLERKS.length} clerks`);

    const tokens = new Map<string, string>();
    for (const u of DEMO_SUBSCRIBERS) tokens.set(u.username, await login(servers[0]!.url, u.username, password));
    const work = await targets(servers[0]!.url, tokens, 200);
    const live = await openClients(servers, DEMO_SUBSCRIBERS, tokens, clients);
    // Warm-up: one edit per clerk, until every client has heard all of its own (the subscriptions are in place).
    const warm = await runEdits(servers, tokens, work, CLERKS.length, 1, () => undefined);
    await drain(live, warm.edits, 30_000);
    const cold = tally(live, warm.edits);
    if (cold.lost) throw new Error(`warm-up: ${cold.lost} events not delivered (${cold.errors.slice(0, 3).join('; ')})`);
    for (const c of live) {
      c.received.clear();
      c.latencies = [];
      c.events = 0;
    }

    const load0 = loadavg();
    const t0 = performance.now();
    const { edits, failed, skipped } = await runEdits(servers, tokens, work, rate, seconds, (sent, bad) => process.stderr.write(`\r  ${sent} edits sent, ${bad} failed`));
    const elapsed = (performance.now() - t0) / 1000;
    process.stderr.write('\n');
    await drain(live, edits, 15_000);
    const load1 = loadavg();
    const t = tally(live, edits);
    if (process.env.BENCH_DEBUG) {
      const c0 = live.find((c) => !c.user.region)!;
      for (const e of edits) if (!c0.received.has(`${e.id}:${e.version}`)) log(`missing ${e.id}:${e.version} (got ${[...c0.received.keys()].filter((k) => k.startsWith(`${e.id}:`)).join(',')}) sent ${e.sentAt - edits[0]!.sentAt}`);
    }
    await Promise.all(live.map((c) => c.client.dispose()));

    const c = quantiles(t.fromCommit);
    const a = quantiles(t.fromAnswer);
    const w = quantiles(edits.map((e) => e.answeredAt - e.sentAt));
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
    const rows = [
      `live bench: ${instances} instance(s), ${havePg ? 'PostgreSQL' : 'SQLite'}, ${clients} clients, ${edits.length} edits in ${elapsed.toFixed(1)} s ` +
        `(${(edits.length / elapsed).toFixed(1)}/s; ${failed.length} refused, ${skipped} not made: their clerk had ${PER_CLERK} edits waiting), load average ${load0.map((x) => x.toFixed(2)).join(' ')} → ${load1.map((x) => x.toFixed(2)).join(' ')}`,
      '| latency, ms | p50 | p95 | p99 | max |',
      '|---|---|---|---|---|',
      `| commit (event \`at\`) → client | ${f(c.p50)} | ${f(c.p95)} | ${f(c.p99)} | ${f(c.max)} |`,
      `| mutation answered → client | ${f(a.p50)} | ${f(a.p95)} | ${f(a.p99)} | ${f(a.max)} |`,
      `| (the edit itself: sent → answered) | ${f(w.p50)} | ${f(w.p95)} | ${f(w.p99)} | ${f(w.max)} |`,
      '',
      `| deliveries expected | received | lost | duplicates | unexpected | clients missing any | edits nobody received |`,
      '|---|---|---|---|---|---|---|',
      `| ${t.expected} | ${t.received} | ${t.lost} | ${t.duplicates} | ${t.unexpected} | ${t.clientsMissing} | ${t.editsNeverDelivered} |`,
      '',
      `target p99 < 1000 ms and 0 lost: ${c.p99 < 1000 && t.lost === 0 && t.duplicates === 0 ? 'met' : 'NOT met'}`,
    ];
    if (failed.length) rows.push(`refused edits (first 3): ${failed.slice(0, 3).join(' | ')}`);
    if (t.errors.length) rows.push(`client errors (${t.errors.length}, first 3): ${t.errors.slice(0, 3).join(' | ')}`);
    log(`\n${rows.join('\n')}`);
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

interface Proc {
  url: string;
  stop(): Promise<void>;
}

async function startServer(root: string, dir: string, env: Record<string, string>, n: number): Promise<Proc> {
  const port = await freePort();
  let out = '';
  // BENCH_CPU_PROF=<dir>: each instance writes a CPU profile there when it stops (node --cpu-prof).
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...prof, join(root, 'server', 'dist', 'main.js')], {
    cwd: dir, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out = (out + d).slice(-4000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const exited = new Promise((r) => child.once('exit', r));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance ${n + 1} exited with ${child.exitCode}:\n${out}`);
    const ok = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
    if (ok) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`instance ${n + 1} not ready in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function pgQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

const answers = (fn: () => Promise<unknown>) => fn().then(() => true, () => false);
const withDb = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};
const redact = (url: string) => url.replace(/\/\/[^@/]*@/, '//…@');
