import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { queryRows } from '../../common/sql.js';
import { TokenUsageCounter } from './token-usage.js';

// API tokens' rate limit, daily quota and usage, in process on both databases (the built server: test/src/tokens.test.ts).
const clock = new MutableClock(new Date('2026-06-15T15:00:00Z')); // 23:00 in China
let s: TestServer;

const CREATE = `mutation($n: String!, $r: Int, $q: Int, $reg: String) { createApiToken(name: $n, scopes: ["ledger:read"], expiresAt: "2030-01-01T00:00:00Z", regionCode: $reg, rateLimitPerMinute: $r, dailyQuota: $q) {
  token apiToken { id name scopes regionCode expiresAt rateLimitPerMinute dailyQuota effectiveRateLimitPerMinute effectiveDailyQuota requestsToday } } }`;
const USAGE = `query($id: ID!, $f: String!, $t: String!) { apiTokenUsage(tokenId: $id, from: $f, to: $t) { day requests errors limited } }`;
const PING = '{ households(first: 1) { totalCount } }';

async function raw(token: string, query: string): Promise<Response> {
  return fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
}

async function create(name: string, r: number | null, q: number | null, reg: string | null = null) {
  const admin = await s.as('admin');
  const res = await admin(CREATE, { n: name, r, q, reg });
  expect(res.errors).toBeUndefined();
  return res.data.createApiToken as { token: string; apiToken: any };
}

beforeAll(async () => {
  s = await startTestServer({ seed: 20, clock, auth: { sessionHours: 24 * 365 } });
});
afterAll(async () => s?.stop());

describe(`API token limits on ${TEST_DB_KIND}`, () => {
  it('shows the limits in force, the defaults from the configuration', async () => {
    const a = await create('限额默认', null, null, '640121100');
    expect(a.apiToken).toMatchObject({ rateLimitPerMinute: null, dailyQuota: null, effectiveRateLimitPerMinute: 120, effectiveDailyQuota: 20000, requestsToday: 0, regionCode: '640121100', scopes: ['ledger:read'] });
    const b = await create('限额自定', 7, 99);
    expect(b.apiToken).toMatchObject({ rateLimitPerMinute: 7, dailyQuota: 99, effectiveRateLimitPerMinute: 7, effectiveDailyQuota: 99 });
  });

  it('refuses a token over its rate with 429, Retry-After and RATE_LIMITED; the refused request changes nothing', async () => {
    const { token } = await create('每分钟3次', 3, null);
    for (let i = 0; i < 3; i++) expect((await raw(token, PING)).status).toBe(200);
    const r = await raw(token, PING);
    expect(r.status).toBe(429);
    const retry = Number(r.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    const body = await r.json() as any;
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retry, requestId: expect.any(String) });
    expect(body.data).toBeUndefined();
    // Sessions are not limited by the tokens' rate.
    for (let i = 0; i < 5; i++) expect((await s.gql(PING)).errors).toBeUndefined();
  });

  it('refuses a token over its daily quota until the next China day; counts usage per day with errors', async () => {
    const { token, apiToken } = await create('每日4次', 100, 4);
    expect((await raw(token, PING)).status).toBe(200);
    expect((await raw(token, '{ apiTokens { id } }')).status).toBe(200); // FORBIDDEN: an error, still a request
    expect((await raw(token, PING)).status).toBe(200);
    expect((await raw(token, PING)).status).toBe(200);
    const r = await raw(token, PING);
    expect(r.status).toBe(429);
    expect((await r.json() as any).errors[0].extensions.code).toBe('QUOTA_EXCEEDED');
    // 23:00 China time: one hour to the next day.
    expect(Number(r.headers.get('retry-after'))).toBe(3600);
    const admin = await s.as('admin');
    const today = chinaDate(clock.now());
    const read = async () => (await admin(USAGE, { id: apiToken.id, f: '2026-06-14', t: '2026-06-16' })).data.apiTokenUsage;
    const expected = [
      { day: '2026-06-14', requests: 0, errors: 0, limited: 0 },
      { day: today, requests: 5, errors: 2, limited: 1 },
      { day: '2026-06-16', requests: 0, errors: 0, limited: 0 },
    ];
    // Counted in memory first, then written: the read is the same before and after the flush.
    expect(await read()).toEqual(expected);
    await s.app.flushTokenUsage();
    const rows = await queryRows<any>(s.app.orm.em.fork(), { text: 'SELECT requests, errors, limited FROM api_token_usage WHERE token_id = ?', params: [Number(apiToken.id)] });
    expect(rows.map((x) => [Number(x.requests), Number(x.errors), Number(x.limited)])).toEqual([[5, 2, 1]]);
    expect(await read()).toEqual(expected);
    expect((await admin('{ apiTokens { id requestsToday } }')).data.apiTokens.find((t: any) => t.id === apiToken.id).requestsToday).toBe(5);
    // Still refused after the flush (the quota reads the table), and admitted again on the next China day.
    expect((await raw(token, PING)).status).toBe(429);
    clock.set('2026-06-15T16:00:01Z');
    expect((await raw(token, PING)).status).toBe(200);
    clock.set('2026-06-15T15:00:00Z');
  });

  it('takes a changed limit at once; null goes back to the default; audited; bounded', async () => {
    const { token, apiToken } = await create('调额', 100, 1);
    expect((await raw(token, PING)).status).toBe(200);
    expect((await raw(token, PING)).status).toBe(429);
    const admin = await s.as('admin');
    const up = await admin(`mutation($id: ID!) { updateApiTokenLimits(id: $id, rateLimitPerMinute: 50, dailyQuota: null) { rateLimitPerMinute dailyQuota effectiveDailyQuota } }`, { id: apiToken.id });
    expect(up.data.updateApiTokenLimits).toEqual({ rateLimitPerMinute: 50, dailyQuota: null, effectiveDailyQuota: 20000 });
    expect((await raw(token, PING)).status).toBe(200);
    const audit = await queryRows<any>(s.app.orm.em.fork(), { text: `SELECT field, before, after FROM audit_event WHERE entity_type = 'api_token' AND entity_id = ? ORDER BY field`, params: [apiToken.id] });
    expect(audit.map((a) => [a.field, a.before, a.after])).toEqual([['dailyQuota', '1', null], ['rateLimitPerMinute', '100', '50']]);
    for (const v of [{ r: 0 }, { r: 100_001 }, { q: -1 }, { q: 100_000_001 }]) {
      const res = await admin(`mutation($id: ID!, $r: Int, $q: Int) { updateApiTokenLimits(id: $id, rateLimitPerMinute: $r, dailyQuota: $q) { id } }`, { id: apiToken.id, ...v });
      expect(res.errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    }
    expect((await admin(CREATE, { n: 'x', r: 0, q: null, reg: null })).errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    expect((await admin(`mutation { updateApiTokenLimits(id: "999999", rateLimitPerMinute: 5) { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets only the administrator read usage and change limits; bounds the usage range', async () => {
    const { apiToken } = await create('只读', null, null);
    const county = await s.as('county');
    expect((await county(USAGE, { id: apiToken.id, f: '2026-06-01', t: '2026-06-15' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await county(`mutation($id: ID!) { updateApiTokenLimits(id: $id, rateLimitPerMinute: 5) { id } }`, { id: apiToken.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await s.as('admin');
    expect((await admin(USAGE, { id: apiToken.id, f: '2025-01-01', t: '2026-06-15' })).errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    expect((await admin(USAGE, { id: apiToken.id, f: '2026-06-15', t: '2026-06-01' })).errors?.[0]?.extensions?.code).toBe('OUT_OF_RANGE');
    expect((await admin(USAGE, { id: apiToken.id, f: '15/06/2026', t: '2026-06-15' })).errors?.[0]?.extensions?.code).toBe('INVALID_VALUE');
    expect((await admin(USAGE, { id: '424242', f: '2026-06-01', t: '2026-06-15' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await admin(USAGE, { id: apiToken.id, f: '2025-06-16', t: '2026-06-15' })).data.apiTokenUsage).toHaveLength(365);
  });

  it('shares the quota between instances through the table: each sees the others\' flushed counts', async () => {
    // Two counters on one database, as two server processes would have.
    const a = new TokenUsageCounter(s.app.orm, TEST_DB_KIND, 3600);
    const b = new TokenUsageCounter(s.app.orm, TEST_DB_KIND, 3600);
    const day = '2026-06-20';
    expect(await a.accepted(9001, day)).toBe(0);
    expect(await b.accepted(9001, day)).toBe(0);
    a.add(9001, day, { requests: 3, errors: 1, limited: 0 });
    b.add(9001, day, { requests: 2, errors: 0, limited: 1 });
    expect(await a.accepted(9001, day)).toBe(3);
    expect(await b.accepted(9001, day)).toBe(1);
    await a.flush();
    await b.flush();
    // b read the table after writing: it holds a's flush too; a sees b's after its next flush.
    expect(await b.accepted(9001, day)).toBe(4);
    a.add(9001, day, { requests: 1, errors: 0, limited: 0 });
    await a.flush();
    expect(await a.accepted(9001, day)).toBe(5);
    expect(a.unwritten(9001, day)).toEqual({ requests: 0, errors: 0, limited: 0 });
    const [row] = await queryRows<any>(s.app.orm.em.fork(), { text: 'SELECT requests, errors, limited FROM api_token_usage WHERE token_id = 9001', params: [] });
    expect([Number(row.requests), Number(row.errors), Number(row.limited)]).toEqual([6, 1, 1]);
  });
});
