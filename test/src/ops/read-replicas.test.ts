import { afterAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '@doudi/shared';
import { gql, loginHeaders, startBuiltServer, type RunningServer } from '../server-process.js';
import { pgBinDir, startPrimaryWithReplica } from './pg-cluster.js';

// Issue 19, point 1: DOUDI_DATABASE_REPLICA_URLS. The test makes its own primary and streaming replica (initdb +
// pg_basebackup in a scratch folder, free ports), starts the built server on them, then pauses the replica's replay:
// a list read by one session is served by the (now lagging) replica, while the author of a write sees it at once.
const bin = pgBinDir();
if (!bin) console.warn('read-replicas.test.ts: SKIPPED — no PostgreSQL server programs under /usr/lib/postgresql');

describe('read replicas', () => {
  it.runIf(!bin && process.env.DOUDI_REQUIRE_PG === '1')('needs PostgreSQL server programs (DOUDI_REQUIRE_PG=1)', () => {
    expect.fail('DOUDI_REQUIRE_PG=1 but initdb/pg_basebackup are not installed');
  });
});

describe.skipIf(!bin)('read replicas: lists from a replica, the author\'s own writes from the primary', () => {
  let cluster: Awaited<ReturnType<typeof startPrimaryWithReplica>> | null = null;
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.stop();
    cluster?.stop();
  });

  it('serves another session\'s list from the replica and the author\'s from the primary until the replica catches up', async () => {
    cluster = await startPrimaryWithReplica();
    cluster.sql('primary', 'postgres', 'CREATE DATABASE doudi');
    server = await startBuiltServer({
      DATABASE_URL: cluster.primaryUrl('doudi'), DOUDI_DATABASE_REPLICA_URLS: cluster.replicaUrl('doudi'), DOUDI_DEMO_HOUSEHOLDS: '200',
    });
    expect(server.output()).toMatch(/reading lists from 1 replica/);
    const author = await loginHeaders(server.url, 'county');
    const other = await loginHeaders(server.url, 'county');
    const COUNT = '{ households(first: 1, where: { category: { eq: SUDDEN } }) { totalCount } }';
    const count = async (h: Record<string, string>) => (await gql(server!.url, COUNT, {}, h)).data.households.totalCount as number;
    // wait until the replica has the seeded data, then freeze its replay
    const c = cluster;
    try {
      for (let i = 0; i < 100 && (await count(other)) !== (await count(author)); i++) await new Promise((r) => setTimeout(r, 100));
      const before = await count(other);
      expect(before).toBeGreaterThan(0);
      c.sql('replica', 'doudi', 'SELECT pg_wal_replay_pause()');

      // a person born 1970-03-12 with an address code no demo person uses (the seed's IDs never start 640000)
      const idNumber = `64000019700312901${idCheckChar('64000019700312901')}`;
      const created = await gql(server.url, `mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok errors { field code message } household { id code } } }`, {
        i: [{ category: 'SUDDEN', regionCode: '640121100200', incomePerCapita: 3000, members: [{ name: '测试户', idNumber, relation: 'HEAD' }] }],
      }, author);
      expect(created.errors).toBeUndefined();
      expect(created.data.createHouseholds[0], JSON.stringify(created.data)).toMatchObject({ ok: true });
      const code = created.data.createHouseholds[0].household.code as string;
      const find = `query($c: String!) { households(where: { code: { eq: $c } }) { totalCount edges { node { id } } } }`;
      // the author sees the new household at once (primary); another session reads the paused replica
      expect(await count(author)).toBe(before + 1);
      expect((await gql(server.url, find, { c: code }, author)).data.households.totalCount).toBe(1);
      expect(await count(other)).toBe(before);
      expect((await gql(server.url, find, { c: code }, other)).data.households.totalCount).toBe(0);
      // the overview reads the replica too
      const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
      const ov = async (h: Record<string, string>) => {
        const res = await gql(server!.url, 'query($m: String!) { overview(month: $m) { households { category households } } }', { m: month }, h);
        expect(res.errors).toBeUndefined();
        return (res.data.overview.households as Array<{ category: string; households: number }>)
          .filter((f) => f.category === 'SUDDEN').reduce((n, f) => n + f.households, 0);
      };
      expect(await ov(author)).toBe(before + 1);
      expect(await ov(other)).toBe(before);
      c.sql('replica', 'doudi', 'SELECT pg_wal_replay_resume()');
      for (let i = 0; i < 100 && (await count(other)) === before; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await count(other)).toBe(before + 1);
      expect((await gql(server.url, find, { c: code }, other)).data.households.totalCount).toBe(1);
      expect(await ov(other)).toBe(before + 1);
    } finally {
      try {
        c.sql('replica', 'doudi', 'SELECT pg_wal_replay_resume()');
      } catch {
        // the cluster is being stopped anyway
      }
    }
  });
});
