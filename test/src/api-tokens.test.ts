import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chinaDate, chinaDayStart } from '@doudi/shared';
import { E2E_DATABASES, gql, loginHeaders, scratchPgDatabase, startBuiltServer, type E2eDb, type RunningServer } from './server-process.js';

// Issue 15, points 4 and 6, as a third-party tool sees them on the production build: API tokens with a rate limit and
// a daily quota (429, Retry-After, the code), their usage read by the administrator and kept across a restart (the
// counts flushed at the stop), and aggregates under a token's region. On SQLite, and on PostgreSQL when available.
const CREATE = `mutation($n: String!, $s: [String!]!, $reg: String, $r: Int, $q: Int) { createApiToken(name: $n, scopes: $s, expiresAt: "2099-01-01T00:00:00Z", regionCode: $reg, rateLimitPerMinute: $r, dailyQuota: $q) {
  token apiToken { id effectiveRateLimitPerMinute effectiveDailyQuota } } }`;
const USAGE = `query($id: ID!, $d: String!) { apiTokenUsage(tokenId: $id, from: $d, to: $d) { day requests errors limited } }`;
const PING = '{ households(first: 1) { totalCount } }';

async function post(url: string, token: string, query: string): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
}

describe.each(E2E_DATABASES)('API tokens on the built server (%s)', (db: E2eDb) => {
  const started: RunningServer[] = [];
  const pg = db === 'postgresql' ? scratchPgDatabase() : null;
  const dir = mkdtempSync(join(tmpdir(), 'doudi-tokens-'));
  // A flush interval longer than the test: usage reaches the table only at the graceful stop.
  const env = {
    DATABASE_URL: pg?.url ?? join(dir, 'doudi.sqlite'), DOUDI_DEMO_HOUSEHOLDS: '200',
    DOUDI_TOKEN_RATE_PER_MINUTE: '5', DOUDI_TOKEN_DAILY_QUOTA: '8', DOUDI_TOKEN_USAGE_FLUSH_SECONDS: '3600',
  };
  const state: { quotaToken?: string; quotaId?: string; day?: string } = {};

  afterAll(async () => {
    for (const s of started) await s.stop();
    pg?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('limits a token to its rate per minute: 429, Retry-After, RATE_LIMITED, nothing else answered', async () => {
    const srv = await startBuiltServer(env);
    started.push(srv);
    const admin = await loginHeaders(srv.url, 'admin');
    const res = await gql(srv.url, CREATE, { n: '默认限额', s: ['ledger:read'] }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.createApiToken.apiToken).toMatchObject({ effectiveRateLimitPerMinute: 5, effectiveDailyQuota: 8 });
    const token = res.data.createApiToken.token as string;
    for (let i = 0; i < 5; i++) {
      const r = await post(srv.url, token, PING);
      expect(r.status).toBe(200);
      expect(r.headers.get('x-ratelimit-limit')).toBe('5');
    }
    const r = await post(srv.url, token, PING);
    expect(r.status).toBe(429);
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(await r.json()).toEqual({ errors: [{ message: expect.stringContaining('请求过于频繁'), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retry, requestId: expect.any(String) } }] });
    // A login session is not a machine: not limited by the tokens' rate.
    const county = await loginHeaders(srv.url, 'county');
    for (let i = 0; i < 8; i++) expect((await gql(srv.url, PING, {}, county)).errors).toBeUndefined();
  });

  it('limits a token to its daily quota until the next China day, and the administrator reads its usage', async () => {
    const srv = started[0]!;
    const admin = await loginHeaders(srv.url, 'admin');
    const res = await gql(srv.url, CREATE, { n: '每日配额', s: ['ledger:read'], r: 1000 }, admin);
    const token = res.data.createApiToken.token as string;
    const id = res.data.createApiToken.apiToken.id as string;
    for (let i = 0; i < 7; i++) expect((await post(srv.url, token, PING)).status).toBe(200);
    expect((await post(srv.url, token, '{ apiTokens { id } }')).status).toBe(200); // FORBIDDEN: the 8th request, an error
    const r = await post(srv.url, token, PING);
    expect(r.status).toBe(429);
    expect(((await r.json()) as any).errors[0].extensions.code).toBe('QUOTA_EXCEEDED');
    const now = new Date();
    const day = chinaDate(now);
    const untilMidnight = (chinaDayStart(chinaDate(new Date(now.getTime() + 86_400_000))).getTime() - now.getTime()) / 1000;
    expect(Math.abs(Number(r.headers.get('retry-after')) - untilMidnight)).toBeLessThan(30);
    const usage = await gql(srv.url, USAGE, { id, d: day }, admin);
    expect(usage.data.apiTokenUsage).toEqual([{ day, requests: 9, errors: 2, limited: 1 }]);
    const list = await gql(srv.url, '{ apiTokens { id name scopes regionCode expiresAt requestsToday } }', {}, admin);
    expect(list.data.apiTokens.find((t: any) => t.id === id)).toMatchObject({ name: '每日配额', scopes: ['ledger:read'], regionCode: null, requestsToday: 9 });
    Object.assign(state, { quotaToken: token, quotaId: id, day });
  });

  it('keeps the usage across a graceful restart: the quota still holds, the counts are the same', async () => {
    await started[0]!.stop();
    const srv = await startBuiltServer(env);
    started.push(srv);
    const admin = await loginHeaders(srv.url, 'admin');
    const day = chinaDate(new Date());
    // (A test run across China midnight would see a new day and an empty quota.)
    if (day !== state.day) return;
    expect((await post(srv.url, state.quotaToken!, PING)).status).toBe(429);
    const usage = await gql(srv.url, USAGE, { id: state.quotaId, d: day }, admin);
    expect(usage.data.apiTokenUsage).toEqual([{ day, requests: 10, errors: 3, limited: 2 }]);
  });

  it('answers aggregates under a token\'s region, equal to the households it may list', async () => {
    const srv = started[1]!;
    const admin = await loginHeaders(srv.url, 'admin');
    const res = await gql(srv.url, CREATE, { n: '杨和镇统计', s: ['ledger:read'], reg: '640121100', r: 1000, q: 1000 }, admin);
    const headers = { authorization: `Bearer ${res.data.createApiToken.token}` };
    const agg = await gql(srv.url, '{ householdsAggregate(groupBy: [township, category]) { truncated groups { keys { township category } count incomePerCapita { sum } } } }', {}, headers);
    expect(agg.errors).toBeUndefined();
    const groups = agg.data.householdsAggregate.groups as any[];
    expect(new Set(groups.map((g) => g.keys.township))).toEqual(new Set(['640121100']));
    for (const g of groups) {
      const list = await gql(srv.url, `query($c: HouseholdCategory!) { households(where: { category: { eq: $c } }, first: 1) { totalCount } }`, { c: g.keys.category }, headers);
      expect(list.data.households.totalCount).toBe(g.count);
    }
    const tooMany = await gql(srv.url, '{ householdsAggregate(groupBy: [township, regionCode, category, riskStatus, memberCount]) { truncated } }', {}, headers);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
  });
});
