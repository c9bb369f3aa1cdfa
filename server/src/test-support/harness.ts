import 'reflect-metadata';
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

export interface TestServer {
  app: App;
  url: string;
  config: AppConfig;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
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

export async function startTestServer(opts: { seed?: number; clock?: Clock; countCap?: number } = {}): Promise<TestServer> {
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
  };
  const app = await startApp(config, { clock: opts.clock, log: () => undefined, host: '127.0.0.1' });
  const url = app.url.replace('localhost', '127.0.0.1');
  return {
    app,
    url,
    config,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GqlResponse;
      return { ...body, status: res.status };
    },
    async stop() {
      await app.close();
      await scratch.drop();
    },
  };
}
