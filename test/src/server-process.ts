import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

export const DEMO_PASSWORD = 'e2e-demo-password';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

export interface RunningServer {
  url: string;
  /** The server process's id (to read its memory from /proc). */
  pid: number;
  output: () => string;
  /** The server's process (to signal it, or to read its exit code). */
  child: ChildProcess;
  stop(): Promise<void>;
  /** The database it runs on: restart a server on it with `startBuiltServer({ DATABASE_URL })`. */
  databaseUrl: string;
  /** kill -9: no shutdown, no clean-up (stop() still removes its files and database afterwards). */
  kill9(): Promise<void>;
}

export type E2eDb = 'sqlite' | 'postgresql';

/** The PostgreSQL server the e2e tier may use (DOUDI_TEST_PG, set by `pnpm test` when one answers, and by CI). */
export const E2E_PG_URL = process.env.DOUDI_TEST_PG || null;

/** The databases an end-to-end suite that must hold on both runs against: SQLite always, PostgreSQL when available. */
export const E2E_DATABASES: readonly E2eDb[] = E2E_PG_URL ? ['sqlite', 'postgresql'] : ['sqlite'];

function psql(sqlText: string): void {
  const r = spawnSync('psql', [E2E_PG_URL!, '-qAtc', sqlText], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
}

/** A new, empty PostgreSQL database on DOUDI_TEST_PG's server: its URL and how to drop it. */
export function scratchPgDatabase(): { url: string; drop(): void } {
  if (!E2E_PG_URL) throw new Error('DOUDI_TEST_PG is not set: no PostgreSQL server for this e2e test');
  const name = `doudi_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  psql(`CREATE DATABASE ${name}`);
  const url = new URL(E2E_PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Starts the production build (`node server/dist/main.js`) as users and CI do, on its own database: a fresh SQLite
 * file, or with `db: 'postgresql'` a fresh database on DOUDI_TEST_PG's server (dropped again by `stop`).
 */
export async function startBuiltServer(env: Record<string, string> = {}, opts: { db?: E2eDb } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-e2e-'));
  const port = await freePort();
  const pgDb = opts.db === 'postgresql' ? scratchPgDatabase() : null;
  let out = '';
  const databaseUrl = env.DATABASE_URL ?? pgDb?.url ?? join(dir, 'doudi.sqlite');
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, 'server', 'dist', 'main.js')], {
    cwd: dir,
    env: {
      ...process.env, PORT: String(port), DATABASE_URL: pgDb?.url ?? join(dir, 'doudi.sqlite'), DOUDI_DEMO_PASSWORD: DEMO_PASSWORD,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    databaseUrl,
    kill9: async () => {
      child.kill('SIGKILL');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    },
    output: () => out,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
      pgDb?.drop();
    },
  };
}

export async function gql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, ...((await r.json()) as object) } as { status: number; data?: any; errors?: any[] };
}

/** Logs in as a demo user and returns the Authorization header. */
export async function loginHeaders(url: string, username: string, password = DEMO_PASSWORD): Promise<Record<string, string>> {
  const res = await gql(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  if (!res.data?.login?.token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
  return { authorization: `Bearer ${res.data.login.token}` };
}

/**
 * The Redis the e2e tier may use: DOUDI_TEST_REDIS, else redis://127.0.0.1:6379 when a server answers PING there
 * (CI starts one); null otherwise.
 */
export async function e2eRedisUrl(): Promise<string | null> {
  const url = process.env.DOUDI_TEST_REDIS || 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  const answers = await new Promise<boolean>((res) => {
    const s = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => { s.destroy(); res(ok); };
    s.setTimeout(2000, () => done(false));
    s.on('error', () => done(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => done(String(d).startsWith('+PONG')));
  });
  return answers ? url : null;
}
