import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDb, type ScratchDb } from './scratch-db.js';
import { openOrm, migrate, type Orm } from './orm.js';
import { TEST_DB_KIND } from '../test-support/harness.js';
import { formatError, isQueryTimeout } from '../common/errors.js';

// The server's connections are opened with a statement timeout (PostgreSQL) and a bounded wait for a pooled
// connection (both databases); either answers QUERY_TIMEOUT, never a hang or an INTERNAL_SERVER_ERROR.
describe(`request time bounds on ${TEST_DB_KIND}`, () => {
  let scratch: ScratchDb;
  let orm: Orm;

  beforeAll(async () => {
    scratch = await createScratchDb(TEST_DB_KIND, process.env.DOUDI_TEST_PG);
    const setup = await openOrm(scratch.db);
    await migrate(setup);
    await setup.close(true);
    orm = await openOrm(scratch.db, {}, { queryTimeoutMs: 300 });
  });
  afterAll(async () => {
    await orm?.close(true);
    await scratch?.drop();
  });

  it('cuts off a statement that runs past the timeout and answers QUERY_TIMEOUT', async () => {
    if (TEST_DB_KIND !== 'postgresql') return; // SQLite has no statement timeout: its bound is the wait below
    const err = await orm.em.fork().getConnection().execute('SELECT pg_sleep(3)').then(() => null, (e: unknown) => e);
    expect(isQueryTimeout(err)).toBe(true);
    expect(formatError({ message: 'x' }, err).extensions?.code).toBe('QUERY_TIMEOUT');
    // the connection is usable again
    expect(await orm.em.fork().getConnection().execute('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('bounds the wait for a pooled connection', async () => {
    const size = TEST_DB_KIND === 'postgresql' ? 10 : 1;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holders = Array.from({ length: size }, () => orm.em.fork().transactional(async (em) => {
      await em.getConnection().execute('SELECT 1', [], 'all', em.getTransactionContext());
      await held;
    }));
    await new Promise((r) => setTimeout(r, 100));
    const err = await orm.em.fork().getConnection().execute('SELECT 1').then(() => null, (e: unknown) => e);
    release();
    await Promise.all(holders);
    expect(isQueryTimeout(err)).toBe(true);
    expect(formatError({ message: 'x' }, err).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });
});
