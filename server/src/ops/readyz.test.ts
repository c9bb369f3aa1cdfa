import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../test-support/harness.js';

describe(`/healthz and /readyz (${TEST_DB_KIND})`, () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(async () => {
    await srv?.stop();
  });

  it('/readyz answers 200 with JSON once the database answers and no migration is pending', async () => {
    const r = await fetch(`${srv.url}/readyz`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(await r.json()).toEqual({ status: 'ok', db: TEST_DB_KIND, database: true, pendingMigrations: 0, draining: false });
  });

  it('/readyz says 503 when a migration is pending', async () => {
    const conn = srv.app.orm.em.getConnection();
    const [last] = (await conn.execute('SELECT id, name FROM mikro_orm_migrations ORDER BY id DESC LIMIT 1')) as { id: number; name: string }[];
    await conn.execute(`DELETE FROM mikro_orm_migrations WHERE id = ${Number(last!.id)}`);
    try {
      const r = await fetch(`${srv.url}/readyz`);
      expect(r.status).toBe(503);
      expect(await r.json()).toMatchObject({ status: 'unavailable', database: true, pendingMigrations: 1 });
    } finally {
      await conn.execute(`INSERT INTO mikro_orm_migrations (id, name, executed_at) VALUES (${Number(last!.id)}, '${last!.name}', ${TEST_DB_KIND === 'sqlite' ? Date.now() : 'now()'})`);
    }
    expect((await fetch(`${srv.url}/readyz`)).status).toBe(200);
  });

  it('/healthz says the process is alive', async () => {
    const r = await fetch(`${srv.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', db: TEST_DB_KIND });
  });
});
