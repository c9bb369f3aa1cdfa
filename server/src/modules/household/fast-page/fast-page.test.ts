import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUSEHOLD_ORDER_FIELDS } from '@doudi/shared';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../../test-support/harness.js';
import { queryRows } from '../../../common/sql.js';
import { fastPageStats } from './serve.js';

// The fast page path (fast-page/) against the Apollo path on the same server and data: every answer — status, body
// byte for byte, the headers that matter — and every pii_access row must be the same with the switch on and off.
let s: TestServer;
const tokens = new Map<string, string>();

beforeAll(async () => {
  s = await startTestServer({ seed: 300, countCap: 50, limits: { queryTimeoutMs: 1500 } });
  for (const u of ['county', 'minning', 'auditor', 'fupin']) {
    const r = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD });
    tokens.set(u, r.data.login.token);
  }
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

interface Answer { status: number; body: string; headers: Record<string, string>; pii: unknown[] }
// The CSP nonce is new on every answer; a token's remaining rate and quota count down between the two requests.
const IGNORED = new Set(['date', 'content-security-policy', 'keep-alive', 'connection', 'x-ratelimit-remaining', 'x-quota-remaining']);
let n = 0;

async function post(fast: boolean, body: unknown, auth: string | null, extra: Record<string, string> = {}, readPii = true): Promise<Answer> {
  s.config.fastPage = fast;
  const before = readPii ? await piiIds() : 0;
  const res = await fetch(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `fp-${n}`, ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...extra },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => { if (!IGNORED.has(k)) headers[k] = v; });
  if (!readPii) return { status: res.status, body: text, headers, pii: [] };
  const pii = (await queryRows<Record<string, unknown>>(s.app.orm.em.fork(), {
    text: 'SELECT actor, request_id, purpose, entity_type, entity_ids FROM pii_access WHERE id > ? ORDER BY id', params: [before],
  }));
  return { status: res.status, body: text, headers, pii };
}

async function piiIds(): Promise<number> {
  const [r] = await queryRows<{ m: number | string | null }>(s.app.orm.em.fork(), { text: 'SELECT MAX(id) AS m FROM pii_access', params: [] });
  return Number(r?.m ?? 0);
}

/** The same request down both paths; the fast path must have answered (`fast`) or left it to Apollo. */
async function same(body: unknown, user: string | null = 'county', expectFast = true, extra: Record<string, string> = {}): Promise<Answer> {
  n += 1;
  const auth = user ? tokens.get(user) ?? user : null;
  const slow = await post(false, body, auth, extra);
  const served = fastPageStats.served;
  const fast = await post(true, body, auth, extra);
  expect(fast).toEqual(slow);
  expect(fastPageStats.served - served).toBe(expectFast ? 1 : 0);
  return fast;
}

const NODE = 'id code category regionCode regionName townshipCode townshipName address headName headIdNumber phone memberCount incomePerCapita riskTypes riskStatus helperName remarks version createdAt updatedAt deletedAt';
const page = (args: string, sel = `totalCount totalCountKind pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${NODE} } }`) =>
  ({ query: `{ households${args ? `(${args})` : ''} { ${sel} } }` });

describe(`fast page path on ${TEST_DB_KIND}`, () => {
  it('answers every sortable field in both directions exactly as Apollo does, and pages forward by cursor', async () => {
    for (const field of HOUSEHOLD_ORDER_FIELDS) {
      for (const direction of ['ASC', 'DESC']) {
        const first = await same(page(`first: 40, orderBy: [{ field: ${field}, direction: ${direction} }]`));
        const end = JSON.parse(first.body).data.households.pageInfo.endCursor as string;
        await same({ query: `query($a: String) { households(first: 40, after: $a, orderBy: [{ field: ${field}, direction: ${direction} }]) { pageInfo { hasNextPage endCursor } edges { node { id headName } } } }`, variables: { a: end } });
      }
    }
    // Two keys in mixed directions.
    await same(page('first: 25, orderBy: [{ field: category, direction: DESC }, { field: incomePerCapita, direction: ASC }]'));
  });

  it('answers filters of each kind, empty pages and counts (exact by the count table, capped, exact under the cap)', async () => {
    const wheres = [
      '{ regionCode: { startsWith: "640121104" }, category: { eq: MONITORED } }',
      '{ regionCode: { startsWith: "6401211" } }',
      '{ category: { in: [UNLIFTED, MARGINAL] } }',
      '{ riskStatus: { eq: ELIMINATED } }',
      '{ riskTypes: { containsAll: [ILLNESS] } }',
      '{ headName: { contains: "王" } }',
      '{ incomePerCapita: { gte: 5000, lte: 9000 } }',
      '{ memberCount: { in: [1, 2] } }',
      '{ phone: { isNull: false } }',
      '{ updatedAt: { gte: "2000-01-01T00:00:00Z" } }',
      '{ or: [{ category: { eq: SUDDEN } }, { memberCount: { gte: 5 } }] }',
      '{ id: { in: ["1", "2", "3"] } }',
      '{ regionCode: { eq: "000000000000" } }',
      '{ deleted: true }',
    ];
    for (const w of wheres) await same(page(`first: 30, where: ${w}`));
    await same(page('first: 0'));
    await same(page('', 'totalCount totalCountKind'));
    // Variables, an operation name, aliases and __typename.
    await same({
      query: 'query Grid($w: HouseholdWhere, $o: [HouseholdOrder!], $f: Int) { rows: households(where: $w, orderBy: $o, first: $f) { __typename n: totalCount pageInfo { __typename more: hasNextPage } edges { __typename c: cursor node { __typename key: id headName riskTypes } } } }',
      variables: { w: { regionCode: { startsWith: '640121' } }, o: [{ field: 'memberCount', direction: 'DESC' }], f: 12 }, operationName: 'Grid',
    });
  });

  it('masks and records personal data as Apollo does: county (unmasked), maskPii, auditor (masked), township (own region)', async () => {
    const withPii = await same(page('first: 20', 'edges { node { id headIdNumber phone } }'));
    expect(withPii.pii).toHaveLength(1);
    const noPii = await same(page('first: 20', 'edges { node { id headName incomePerCapita } }'));
    expect(noPii.pii).toHaveLength(0);
    expect((await same(page('first: 20, maskPii: true', 'edges { node { id headIdNumber phone } }'))).pii).toHaveLength(0);
    expect((await same(page('first: 20', 'edges { node { id headIdNumber phone } }'), 'auditor')).pii).toHaveLength(0);
    const township = await same(page('first: 50', 'totalCount edges { node { id regionCode headIdNumber } }'), 'minning');
    expect(JSON.parse(township.body).data.households.edges.every((e: { node: { regionCode: string } }) => e.node.regionCode.startsWith('640121104'))).toBe(true);
    expect(township.pii).toHaveLength(1);
  });

  it('leaves errors and everything else to Apollo, with the same answers', async () => {
    await same(page('first: 10, after: "not-a-cursor"'), 'county', false);
    await same(page('first: 501'), 'county', false);
    await same(page('first: 10, orderBy: [{ field: headIdNumber, direction: ASC }]'), 'auditor', false);
    await same(page('first: 10'), 'fupin', false); // a scope the user does not hold
    await same(page('first: 10'), null, false); // anonymous
    await same(page('first: 10'), 'ddt_revoked-or-unknown-token', false);
    await same(page('first: 10', 'edges { node { id nope } }'), 'county', false); // invalid
    await same(page('first: 10', 'edges { node { id members { id } } }'), 'county', false); // not a plain field
    await same({ query: '{ households(first: 10) { edges { node { ...F } } } } fragment F on Household { id }' }, 'county', false);
    await same({ query: '{ households(first: 3) { totalCount } households2: households(first: 2) { totalCount } }' }, 'county', false);
    await same({ query: 'query($f: Int) { households(first: $f) { totalCount } }', variables: { f: 'x' } }, 'county', false);
    await same({ query: '{ households(first: 3) { totalCount } }', operationName: 'Other' }, 'county', false);
    // A simple (CSRF-able) request is refused by Apollo either way; a body that is not JSON too.
    await same('{"query":"{ households(first: 3) { totalCount } }"}', 'county', false, { 'content-type': 'text/plain' });
    await same('{"query":', 'county', false);
  });

  it('refuses a revoked API token and confines a township token, as Apollo does', async () => {
    const admin = (await s.as('admin'));
    const created = await admin(`mutation { createApiToken(name: "fp", scopes: ["ledger:read"], regionCode: "640121104", expiresAt: "2099-01-01T00:00:00Z") { token apiToken { id } } }`);
    const { token, apiToken } = created.data.createApiToken;
    const answer = await same(page('first: 30', 'totalCount edges { node { id regionCode headIdNumber } }'), token);
    expect(JSON.parse(answer.body).data.households.totalCount).toBeGreaterThan(0);
    expect(answer.headers['x-ratelimit-limit']).toBeDefined();
    await admin(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const refused = await same(page('first: 30'), token, false);
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a page whose statement cannot run in time (QUERY_TIMEOUT) as Apollo does, without running it twice', async () => {
    const body = page('first: 10', 'edges { node { id } }');
    const county = tokens.get('county')!;
    // The caller's principal is cached (a request just before); then every pooled connection is held: the page's
    // statement waits for one until the request's time bound.
    const underHeldPool = async (fast: boolean): Promise<Answer> => {
      expect((await post(true, page('first: 1', 'totalCount'), county)).status).toBe(200);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const holders = Array.from({ length: TEST_DB_KIND === 'postgresql' ? 10 : 1 }, () => s.app.orm.em.fork().transactional(async (em) => {
        await em.getConnection().execute('SELECT 1', [], 'all', em.getTransactionContext());
        await held;
      }));
      await new Promise((r) => setTimeout(r, 100));
      try {
        return await post(fast, body, county, { 'x-request-id': 'fp-timeout' }, false);
      } finally {
        release();
        await Promise.all(holders);
      }
    };
    const slow = await underHeldPool(false);
    const served = fastPageStats.served;
    const fast = await underHeldPool(true);
    expect(fast).toEqual(slow);
    expect(JSON.parse(fast.body).errors[0].extensions.code).toBe('QUERY_TIMEOUT');
    // Answered by the fast path itself (the warm-up request and the timed-out one): Apollo did not run it again.
    expect(fastPageStats.served - served).toBe(2);
  });
});

describe(`fast page raw route on ${TEST_DB_KIND}`, () => {
  const county = () => tokens.get('county')!;
  /** `same`, and which route answered: the raw route (before Express), Express's fast page middleware, or Apollo. */
  async function route(body: unknown, user: string | null, extra: Record<string, string> = {}): Promise<{ answer: Answer; raw: number; served: number }> {
    const raw = fastPageStats.raw;
    const served = fastPageStats.served;
    n += 1;
    const auth = user ? tokens.get(user) ?? user : null;
    const slow = await post(false, body, auth, extra);
    const rawBefore = fastPageStats.raw;
    const servedBefore = fastPageStats.served;
    const fast = await post(true, body, auth, extra);
    expect(fast).toEqual(slow);
    expect(rawBefore - raw + servedBefore - served).toBe(0); // the switch off: neither answered
    return { answer: fast, raw: fastPageStats.raw - rawBefore, served: fastPageStats.served - servedBefore };
  }

  it('answers a plain page before Express, with the same security headers (CSP but its nonce), request id and ETag', async () => {
    const r = await route(page('first: 15'), 'county');
    expect(r).toMatchObject({ raw: 1, served: 1 });
    expect(r.answer.headers['x-request-id']).toBe(`fp-${n}`);
    expect(r.answer.headers.etag).toMatch(/^W\/"/);
    expect(r.answer.headers['x-frame-options']).toBe('DENY');
    // The CSP of both answers, the nonce aside.
    s.config.fastPage = false;
    const csp = async () => {
      const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${county()}` }, body: JSON.stringify(page('first: 1', 'totalCount')) });
      await res.text();
      return { csp: res.headers.get('content-security-policy')!.replace(/nonce-[A-Za-z0-9+/=]+/, 'nonce-N'), id: res.headers.get('x-request-id')! };
    };
    const slow = await csp();
    s.config.fastPage = true;
    const raw = fastPageStats.raw;
    const fast = await csp();
    expect(fastPageStats.raw - raw).toBe(1);
    expect(fast.csp).toBe(slow.csp);
    // No X-Request-Id given (or an unusable one): a new id on both paths.
    expect(fast.id).toMatch(/^[0-9a-f-]{36}$/);
    const rawBefore = fastPageStats.raw;
    const bad = await post(true, page('first: 1', 'totalCount'), county(), { 'x-request-id': 'bad id with spaces' }, false);
    expect(fastPageStats.raw - rawBefore).toBe(1);
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('hands everything else to Express whole: bad JSON, a BOM, a nesting bomb, a deep query, a large body, other URLs', async () => {
    // Not JSON, not strict JSON, an empty object: Express's 400 BAD_REQUEST / Apollo's answer.
    for (const body of ['{"query":', '"x"', '[1]', '{}', '{"query": 5}']) {
      const r = await route(body, 'county');
      expect(r).toMatchObject({ raw: 0, served: 0 });
      expect(r.answer.status).toBe(400);
    }
    // A BOM is skipped as body-parser skips it: served.
    expect((await route(`\uFEFF${JSON.stringify(page('first: 2', 'totalCount'))}`, 'county')).raw).toBe(1);
    // JSON nested past the bound: 400 TOO_DEEP from Express's error handler.
    const bomb = await route(`{"query":"{ households { totalCount } }","variables":{"w":${'['.repeat(70)}${']'.repeat(70)}}}`, 'county');
    expect(bomb).toMatchObject({ raw: 0, served: 0 });
    expect(JSON.parse(bomb.answer.body).errors[0].extensions.code).toBe('TOO_DEEP');
    // A query text nested past its bound: the query text guard's 400.
    const deep = await route({ query: `{ households(first: 1, where: ${'{ or: ['.repeat(40)}{}${']}'.repeat(40)}) { totalCount } }` }, 'county');
    expect(deep).toMatchObject({ raw: 0, served: 0 });
    expect(JSON.parse(deep.answer.body).errors[0].extensions.code).toBe('TOO_DEEP');
    // A page document in a body over the raw route's read limit: Express's fast page middleware answers it.
    const big = await route({ query: `${page('first: 3', 'totalCount').query}${' '.repeat(70_000)}` }, 'county');
    expect(big).toMatchObject({ raw: 0, served: 1 });
    // A body over the JSON limit: 413 TOO_LARGE.
    const huge = await route({ query: `#${'x'.repeat(17 * 1024 * 1024)}\n{ households { totalCount } }` }, 'county');
    expect(huge.answer.status).toBe(413);
    expect(JSON.parse(huge.answer.body).errors[0].extensions.code).toBe('TOO_LARGE');
    // Another content type, a query string on the URL: Express.
    expect(await route('{"query":"{ households(first: 3) { totalCount } }"}', 'county', { 'content-type': 'application/graphql+json' })).toMatchObject({ raw: 0 });
    const res = await fetch(`${s.url}/graphql?x=1`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${county()}` }, body: JSON.stringify(page('first: 1', 'totalCount')) });
    expect(res.status).toBe(200);
    await res.text();
  });

  it('gates API tokens as Express does: rate and quota headers, the 429 with Retry-After, usage counted once', async () => {
    const admin = await s.as('admin');
    const make = async (name: string, limits: string) => {
      const created = await admin(`mutation { createApiToken(name: "${name}", scopes: ["ledger:read"], ${limits}, expiresAt: "2099-01-01T00:00:00Z") { token apiToken { id } } }`);
      return { token: created.data.createApiToken.token as string, id: Number(created.data.createApiToken.apiToken.id) };
    };
    // The seconds to wait count down between the two answers: compared without them.
    const seconds = (a: Answer) => ({ ...a, body: a.body.replace(/\d+/g, 'N'), headers: { ...a.headers, 'retry-after': 'N' } });
    const usage = async (id: number) => {
      await s.app.flushTokenUsage();
      return queryRows<{ requests: number; errors: number; limited: number }>(s.app.orm.em.fork(), {
        text: 'SELECT requests, errors, limited FROM api_token_usage WHERE token_id = ?', params: [id],
      });
    };
    for (const [name, limits, code] of [['fp-rate', 'rateLimitPerMinute: 2', 'RATE_LIMITED'], ['fp-quota', 'dailyQuota: 2', 'QUOTA_EXCEEDED']] as const) {
      const { token, id } = await make(name, limits);
      const first = await route(page('first: 5', 'totalCount'), token);
      expect(first).toMatchObject({ raw: 1, served: 1 });
      expect(first.answer.headers['x-ratelimit-limit']).toBeDefined();
      expect(first.answer.headers['x-quota-limit']).toBeDefined();
      const slow = await post(false, page('first: 5', 'totalCount'), token, {}, false);
      const raw = fastPageStats.raw;
      const fast = await post(true, page('first: 5', 'totalCount'), token, {}, false);
      expect(fastPageStats.raw - raw).toBe(1);
      expect(seconds(fast)).toEqual(seconds(slow));
      expect(fast.status).toBe(429);
      expect(fast.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.parse(fast.body).errors[0].extensions).toMatchObject({ code, requestId: `fp-${n}` });
      // Two admitted (one per path), two refused: each request counted once.
      expect((await usage(id)).map((u) => [Number(u.requests), Number(u.errors), Number(u.limited)])).toEqual([[4, 2, 2]]);
    }
  });
});
