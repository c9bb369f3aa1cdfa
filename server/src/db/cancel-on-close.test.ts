import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { householdInput } from '../test-support/fixtures.js';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../test-support/harness.js';

const COUNT = `query { households(first: 1) { totalCount edges { node { id } } } }`;

/** Polls `probe` until it answers true or `ms` passes; answers the last result. */
async function until(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A read whose HTTP client goes away has its PostgreSQL statement cancelled at once, not at the statement timeout
// (15 s by default): a held lock keeps the households query waiting until the client aborts.
describe(`a query whose client disconnects on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  let token: string;

  beforeAll(async () => {
    s = await startTestServer();
    token = (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD }))
      .data.login.token;
  });
  afterAll(async () => {
    await s?.stop();
  });

  const send = (signal: AbortSignal, query: string, variables: Record<string, unknown> = {}) => fetch(`${s.url}/graphql`, {
    method: 'POST', signal,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.text(), () => 'aborted');

  /**
   * Runs `body` while a connection of its own holds an ACCESS EXCLUSIVE lock on household (`body` may roll it back
   * early); `waiting()` answers the backends that wait for a lock, from a second connection. Both are closed after.
   */
  async function withHouseholdLocked(body: (l: { locker: pg.Client; watcher: pg.Client; waiting: () => Promise<number[]> }) => Promise<void>) {
    const locker = new pg.Client({ connectionString: s.config.db.url });
    const watcher = new pg.Client({ connectionString: s.config.db.url });
    await locker.connect();
    await watcher.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE household IN ACCESS EXCLUSIVE MODE');
      const lockerPid = (await locker.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
      const waiting = async (): Promise<number[]> => (await watcher.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> $1 AND state = 'active' AND wait_event_type = 'Lock'`,
        [lockerPid])).rows.map((r) => Number(r.pid));
      await body({ locker, watcher, waiting });
    } finally {
      await locker.end().catch(() => undefined);
      await watcher.end().catch(() => undefined);
    }
  }

  it('cancels the running statement of an aborted households query and frees its connection', async () => {
    if (TEST_DB_KIND !== 'postgresql') {
      // SQLite: one in-process connection, nothing to cancel; an aborted request leaves the server answering.
      const ac = new AbortController();
      const pending = send(ac.signal, COUNT);
      ac.abort();
      await pending;
      expect((await s.gql(COUNT)).errors).toBeUndefined();
      return;
    }
    await withHouseholdLocked(async ({ locker, watcher, waiting }) => {
      const ac = new AbortController();
      const pending = send(ac.signal, COUNT);
      expect(await until(async () => (await waiting()).length === 1, 5000)).toBe(true);
      const [pid] = await waiting();
      ac.abort();
      expect(await pending).toBe('aborted');
      // Gone within ~2 s (the lock is still held: without the cancel it would wait for the 15 s statement timeout).
      const stillThere = async () => (await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active'`, [pid])).rowCount === 1;
      expect(await until(async () => !(await stillThere()), 2000)).toBe(true);
      expect(await waiting()).toEqual([]);
      await locker.query('ROLLBACK');
      // The server answers as before, on a pool that lost nothing.
      const after = await s.gql(COUNT);
      expect(after.errors).toBeUndefined();
      expect(after.data.households.totalCount).toBe(0);
    });
  });

  it('cancels the page query of an export whose client has gone', async () => {
    if (TEST_DB_KIND !== 'postgresql') return;
    const exportOnce = (signal: AbortSignal) => fetch(`${s.url}/api/exports/households.xlsx`, { signal, headers: { authorization: `Bearer ${token}` } })
      .then(async (r) => ({ status: r.status, size: (await r.arrayBuffer()).byteLength }), () => null);
    await withHouseholdLocked(async ({ locker, waiting }) => {
      const ac = new AbortController();
      const pending = exportOnce(ac.signal);
      expect(await until(async () => (await waiting()).length === 1, 5000)).toBe(true);
      ac.abort();
      await pending;
      expect(await until(async () => (await waiting()).length === 0, 2000)).toBe(true);
      await locker.query('ROLLBACK');
      // Its job slot and connection are free again: the next export is served.
      const next = await exportOnce(new AbortController().signal);
      expect(next?.status).toBe(200);
      expect(next?.size).toBeGreaterThan(0);
    });
  });

  it('lets a mutation whose client has gone run to its end (it is not cut off near its commit)', async () => {
    if (TEST_DB_KIND !== 'postgresql') return;
    await withHouseholdLocked(async ({ locker }) => {
      const ac = new AbortController();
      const pending = send(ac.signal, `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok } }`, { input: [householdInput()] });
      await new Promise((r) => setTimeout(r, 300));
      ac.abort();
      expect(await pending).toBe('aborted');
      await new Promise((r) => setTimeout(r, 300));
      await locker.query('ROLLBACK');
      expect(await until(async () => (await s.gql(COUNT)).data?.households.totalCount === 1, 5000)).toBe(true);
    });
  });

  it('lets a query whose client stays run to its end', async () => {
    if (TEST_DB_KIND !== 'postgresql') return;
    await withHouseholdLocked(async ({ locker }) => {
      const pending = send(new AbortController().signal, COUNT);
      await new Promise((r) => setTimeout(r, 300));
      await locker.query('ROLLBACK');
      const res = JSON.parse(await pending);
      expect(res.errors).toBeUndefined();
      expect(typeof res.data.households.totalCount).toBe('number');
    });
  });
});
