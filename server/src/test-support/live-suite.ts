import { afterAll, beforeAll, expect, vi } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from './harness.js';
import { householdInput, ROW_RESULT } from './fixtures.js';
import { liveClient, type LiveClient, type LiveSubscription } from './live.js';

/** The set-up of a live-update test file: one test server for the file, users' WebSocket clients, all closed after it. */
export interface LiveSuite {
  /** the file's server (set before the first test) */
  readonly s: TestServer;
  /** a session token of a demo user */
  login(username: string): Promise<string>;
  /** a WebSocket client with this token (none: anonymous) */
  connect(token: string | null): LiveClient;
  /** signs `username` in and subscribes with `query` on a client of its own */
  subscribe(username: string, query: string, variables?: Record<string, unknown>): Promise<LiveSubscription>;
  /** waits until the server listens for this many subscriptions (they start asynchronously after `subscribe`) */
  listening(n: number): Promise<void>;
  /** creates a household in `regionCode` (as the county), expecting it to be saved */
  createHousehold(regionCode: string, phone?: string): Promise<{ id: string; version: number }>;
}

const CREATE = `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`;

export function liveSuite(opts: Parameters<typeof startTestServer>[0] = {}): LiveSuite {
  let server: TestServer | undefined;
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    server = await startTestServer(opts);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose().catch(() => undefined);
    await server?.stop();
  });
  const suite: LiveSuite = {
    get s() {
      if (!server) throw new Error('liveSuite: the server starts in beforeAll');
      return server;
    },
    async login(username) {
      const res = await suite.s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
      return res.data.login.token as string;
    },
    connect(token) {
      const c = liveClient(suite.s.url, token ? { authorization: `Bearer ${token}` } : {});
      clients.push(c);
      return c;
    },
    async subscribe(username, query, variables) {
      return suite.connect(await suite.login(username)).subscribe(query, variables);
    },
    async listening(n) {
      await vi.waitFor(() => expect(suite.s.app.bus.listenerCount).toBe(n), { timeout: 10_000, interval: 10 });
    },
    async createHousehold(regionCode, phone = '13800138000') {
      const res = await suite.s.gql(CREATE, { input: [householdInput({ regionCode, phone })] });
      expect(res.data.createHouseholds[0].ok).toBe(true);
      return res.data.createHouseholds[0].household as { id: string; version: number };
    },
  };
  return suite;
}
