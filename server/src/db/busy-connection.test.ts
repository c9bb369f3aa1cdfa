import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../test-support/harness.js';

const PAGE = `query { households(first: 1) { edges { node { id } } } }`;

// While every pooled connection is held (on SQLite, the only one — e.g. by a large import's commit), a request that
// cannot get one within DOUDI_QUERY_TIMEOUT_MS is answered with the coded QUERY_TIMEOUT — also when the wait happens
// before the GraphQL operation runs (the session look-up) — never an INTERNAL_SERVER_ERROR.
describe(`requests while the database connections are busy on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  let county: Gql;

  beforeAll(async () => {
    s = await startTestServer({ limits: { queryTimeoutMs: 400 } });
    county = await s.as('county');
  });
  afterAll(async () => {
    await s?.stop();
  });

  async function whileBusy<T>(run: () => Promise<T>): Promise<T> {
    const size = TEST_DB_KIND === 'postgresql' ? 10 : 1;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started = 0;
    const holders = Array.from({ length: size }, () => s.app.orm.em.fork().transactional(async (em) => {
      await em.getConnection().execute('SELECT 1', [], 'all', em.getTransactionContext());
      started++;
      await held;
    }));
    while (started < size) await new Promise((r) => setTimeout(r, 10));
    try {
      return await run();
    } finally {
      release();
      await Promise.all(holders);
    }
  }

  it('answers QUERY_TIMEOUT, not 500, when the session look-up has to wait past the bound', async () => {
    // a fresh token: its principal is not in the 5 s cache, so the look-up needs a connection
    const fresh = await s.as('yanghe');
    const res = await whileBusy(() => fresh(PAGE));
    expect(res.status).not.toBe(500);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    // and the server answers normally afterwards
    expect((await county(PAGE)).errors).toBeUndefined();
  });

  it('answers 503 QUERY_TIMEOUT to an API token whose look-up has to wait (the token gate)', async () => {
    const admin = await s.as('admin');
    const created = await admin(`mutation { createApiToken(name: "busy", scopes: ["ledger:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`);
    const token = created.data.createApiToken.token as string;
    const res = await whileBusy(() => s.withToken(token)(PAGE));
    expect(res.status).toBe(503);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect((await s.withToken(token)(PAGE)).errors).toBeUndefined();
  });

  it('answers 503 QUERY_TIMEOUT on /api/* when the session look-up has to wait (the password-change gate)', async () => {
    const login = await s.anon(`mutation { login(username: "minning", password: "${TEST_PASSWORD}") { token } }`);
    const token = login.data.login.token as string;
    await new Promise((r) => setTimeout(r, 5500)); // past the 5 s principal cache the sign-in filled
    const res = await whileBusy(() => fetch(`${s.url}/api/no-such-route`, { headers: { authorization: `Bearer ${token}` } }));
    expect(res.status).toBe(503);
    const body = await res.json() as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
  });
});
