import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { loadConfig, type AppConfig } from '../config.js';
import { startApp, type App } from '../app.js';
import { createScratchDb, type ScratchDb } from '../db/scratch-db.js';
import type { Clock } from '../common/context.js';

/**
 * Integration tests run against a real database and the real HTTP server:
 * SQLite always; PostgreSQL when DOUDI_TEST_PG is a server URL (CI sets it).
 */
export const TEST_DB_KIND: 'sqlite' | 'postgresql' = process.env.DOUDI_TEST_PG ? 'postgresql' : 'sqlite';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export const TEST_PASSWORD = 'test-password-1';

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResponse<T>>;

export interface TestServer {
  app: App;
  url: string;
  config: AppConfig;
  /** As the county staff user (whole county, read/write, personal data). */
  gql: Gql;
  /** Anonymous. */
  anon: Gql;
  /** As another demo user (logs in once and reuses the token). */
  as(username: string): Promise<Gql>;
  /** As a bearer token. */
  withToken(token: string): Gql;
  /** Anonymous, from another loopback address (127.0.0.2, 127.0.0.3, …): the client socket is bound to it. */
  anonFrom(localAddress: string): Gql;
  stop(): Promise<void>;
}

export class MutableClock implements Clock {
  constructor(private t: Date = new Date('2026-06-15T08:00:00Z')) {}
  now(): Date {
    return new Date(this.t);
  }
  set(d: Date | string): void {
    this.t = new Date(d);
  }
}

export async function startTestServer(opts: { seed?: number; clock?: Clock; countCap?: number; auth?: Partial<AppConfig['auth']>; tasks?: Partial<AppConfig['tasks']>; excel?: Partial<AppConfig['excel']>; loops?: Partial<AppConfig['loops']>;
  /** A production first start: no demo accounts (`demoAccounts: false`), optionally DOUDI_ADMIN_PASSWORD; `log` sees the output. */
  accounts?: Partial<Pick<AppConfig, 'demoAccounts' | 'adminPassword'>>; log?: (line: string) => void;
  limits?: Partial<AppConfig['limits']>; events?: Partial<AppConfig['events']>; webhooks?: Partial<AppConfig['webhooks']> } = {}): Promise<TestServer> {
  let scratch: ScratchDb;
  if (TEST_DB_KIND === 'postgresql') scratch = await createScratchDb('postgresql', process.env.DOUDI_TEST_PG);
  else scratch = await createScratchDb('sqlite');
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    db: scratch.db,
    seedDemo: (opts.seed ?? 0) > 0,
    demoHouseholds: opts.seed ?? 0,
    countCap: opts.countCap ?? 10000,
    demoPassword: TEST_PASSWORD,
    auth: { ...loadConfig({}).auth, delayUnitMs: 1, ...opts.auth },
    // Evidence files in a throw-away folder, whatever the database.
    tasks: { ...loadConfig({}).tasks, evidenceDir: mkdtempSync(join(tmpdir(), 'doudi-evidence-')), ...opts.tasks },
    excel: { ...loadConfig({}).excel, ...opts.excel },
    loops: { ...loadConfig({}).loops, ...opts.loops },
    ...opts.accounts,
    limits: { ...loadConfig({}).limits, ...opts.limits },
    events: { ...loadConfig({}).events, ...opts.events },
    webhooks: { ...loadConfig({}).webhooks, ...opts.webhooks },
  };
  const app = await startApp(config, { clock: opts.clock, log: opts.log ?? (() => undefined), host: '127.0.0.1' })
    .catch(async (err: unknown) => { await scratch.drop(); throw err; });
  const url = app.url.replace('localhost', '127.0.0.1');
  const call = (headers: Record<string, string>): Gql => async (query, variables, extra = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...extra },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResponse;
    return { ...body, status: res.status };
  };
  const anon = call({});
  const tokens = new Map<string, string>();
  const as = async (username: string): Promise<Gql> => {
    let token = tokens.get(username);
    if (!token) {
      const res = await anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
      if (!res.data?.login?.token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
      token = res.data.login.token as string;
      tokens.set(username, token);
    }
    return call({ authorization: `Bearer ${token}` });
  };
  // Without demo accounts (a production first start) `gql` is anonymous.
  const county = config.demoAccounts ? await as('county') : anon;
  return {
    app,
    url,
    config,
    gql: county,
    anon,
    as,
    withToken: (token) => call({ authorization: `Bearer ${token}` }),
    anonFrom: (localAddress) => (query, variables, extra = {}) => postFrom(`${url}/graphql`, localAddress, { query, variables }, extra),
    async stop() {
      await app.close();
      await scratch.drop();
      if (config.tasks.evidenceDir) rmSync(config.tasks.evidenceDir, { recursive: true, force: true });
    },
  };
}

/** A GraphQL POST over a socket bound to `localAddress`; the answer with its status and headers. */
export function postFrom(url: string, localAddress: string, body: unknown, headers: Record<string, string> = {}): Promise<GqlResponse & { headers: Record<string, string | string[] | undefined> }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST', localAddress, agent: false,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        try {
          resolve({ ...(JSON.parse(text) as GqlResponse), status: res.statusCode ?? 0, headers: res.headers });
        } catch (err) {
          reject(err as Error);
        }
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}
