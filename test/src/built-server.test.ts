import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, gql, loginHeaders, type RunningServer } from './server-process.js';

// The production build, started as a user starts it: catches crashes that only the tsc output has
// (decorator metadata, ESM import cycles), and checks first-start migration and demo seeding.
let srv: RunningServer;
let county: Record<string, string>;
beforeAll(async () => {
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '600' });
  county = await loginHeaders(srv.url, 'county');
});
afterAll(async () => {
  await srv?.stop();
});

describe('the built server', () => {
  it('migrates and seeds an empty database on first start and reports ready', async () => {
    const health = await fetch(`${srv.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'sqlite' });
    expect(srv.output()).toMatch(/seeded 600 households/);
  });

  it('answers a households query with demo data of every category and township', async () => {
    const res = await gql(srv.url, `{ households(first: 500) { totalCount totalCountKind edges { node { category townshipName regionCode headIdNumber members { relation } } } } }`, {}, county);
    expect(res.errors).toBeUndefined();
    const c = res.data.households;
    expect(c.totalCount).toBe(600);
    expect(c.totalCountKind).toBe('EXACT');
    const nodes = c.edges.map((e: any) => e.node);
    expect(new Set(nodes.map((n: any) => n.category))).toEqual(new Set(['UNLIFTED', 'MONITORED', 'MARGINAL', 'SUDDEN']));
    for (const n of nodes) expect(n.members.filter((m: any) => m.relation === 'HEAD')).toHaveLength(1);
  });

  it('serves the client at / and the regions of 永宁县', async () => {
    const page = await fetch(`${srv.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('兜底台账');
    const res = await gql(srv.url, `{ regions(parentCode: "640121") { code name } }`, {}, county);
    expect(res.data.regions.map((r: any) => r.name)).toEqual(expect.arrayContaining(['杨和镇', '闽宁镇', '团结西路街道']));
  });

  it('answers anonymous calls with UNAUTHENTICATED', async () => {
    const res = await gql(srv.url, `{ households(first: 1) { totalCount } }`);
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('logs no personal data', async () => {
    const res = await gql(srv.url, `{ households(first: 5) { edges { node { headIdNumber phone } } } }`, {}, county);
    for (const e of res.data.households.edges) {
      expect(srv.output()).not.toContain(e.node.headIdNumber);
    }
  });
});
