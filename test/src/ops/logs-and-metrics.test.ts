import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, E2E_DATABASES, gql, loginHeaders, startBuiltServer, type RunningServer } from '../server-process.js';

// Issue 14, points 5 and 6 against the built server on each database: JSON access lines with request ids and no
// secrets or personal data in the log; GET /metrics for admins and the metrics token only.
const SECRET_PASSWORD = 'Wr0ng-Pa55word-7c1e9';
const PHONE = '13987654321';
const ID_NUMBER = '640121198803154417';
const FAKE_TOKEN = 'dds_ThisIsAFakeBearerTokenValue0123456789';
const METRICS_TOKEN = 'metrics-token-5b2f7e0a9c';

for (const db of E2E_DATABASES) {
  describe(`logs and metrics of the built server on ${db}`, () => {
    let srv: RunningServer;
    let county: Record<string, string>;
    let admin: Record<string, string>;
    const lines = () => srv.output().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);

    beforeAll(async () => {
      srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '30', DOUDI_LOG_LEVEL: 'debug', DOUDI_METRICS_TOKEN: METRICS_TOKEN, NODE_ENV: 'production' }, { db });
      county = await loginHeaders(srv.url, 'county');
      admin = await loginHeaders(srv.url, 'admin');
    });
    afterAll(async () => {
      await srv?.stop();
    });

    it('writes JSON lines: one access line per request with id, user, operation, status, duration and error code', async () => {
      const r = await fetch(`${srv.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-0001', ...county },
        body: JSON.stringify({ query: 'query Households { households(first: 1) { totalCount } }', operationName: 'Households' }),
      });
      expect(r.headers.get('x-request-id')).toBe('trace-0001');
      const refused = await fetch(`${srv.url}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Me { me { username } }', operationName: 'Me' }),
      });
      const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
      const id = refused.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });
      // Plain routes too: an export without a token.
      const file = await fetch(`${srv.url}/api/exports/households.xlsx`);
      expect(file.status).toBe(401);
      expect(((await file.json()) as any).errors[0].extensions.requestId).toBe(file.headers.get('x-request-id'));
      await expect.poll(() => lines().filter((l) => l.msg === 'request' && (l.reqId === id || l.reqId === 'trace-0001')).length).toBe(2);
      const all = lines();
      expect(all.every((l) => typeof l.level === 'number' && typeof l.time === 'number')).toBe(true);
      const ok = all.find((l) => l.reqId === 'trace-0001');
      expect(ok).toMatchObject({ method: 'POST', route: '/graphql', status: 200, user: 'county', op: 'query:Households', code: null });
      expect(typeof ok!.ms).toBe('number');
      expect(all.find((l) => l.reqId === id)).toMatchObject({ status: 401, user: null, op: 'query:Me', code: 'UNAUTHENTICATED' });
    });

    it('logs none of the passwords, tokens, ID numbers and phones that requests carried', async () => {
      // Passwords: a wrong one and the right one; the token of a session, and a made-up bearer token.
      await gql(srv.url, 'mutation { login(username: "yanghe", password: "' + SECRET_PASSWORD + '") { token } }');
      const session = await loginHeaders(srv.url, 'yanghe', DEMO_PASSWORD);
      const token = session.authorization!.replace('Bearer ', '');
      await gql(srv.url, '{ me { username } }', {}, session);
      await gql(srv.url, '{ me { username } }', {}, { authorization: `Bearer ${FAKE_TOKEN}`, cookie: `sid=${FAKE_TOKEN}` });
      // An ID number and a phone: in filters, in a write, in an export's query string, in a malformed body, as a
      // request id.
      await gql(srv.url, 'query($id: String!, $p: String!) { households(where: { headIdNumber: { eq: $id }, phone: { eq: $p } }) { totalCount } }', { id: ID_NUMBER, p: PHONE }, session);
      const h = (await gql(srv.url, '{ households(first: 1) { edges { node { id version } } } }', {}, session)).data.households.edges[0].node;
      const write = await gql(srv.url, 'mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }', { i: [{ id: h.id, version: h.version, phone: PHONE, remarks: `户主身份证 ${ID_NUMBER}` }] }, session);
      expect(write.data.updateHouseholds[0].ok).toBe(true);
      await fetch(`${srv.url}/api/exports/households.xlsx?where=${encodeURIComponent(JSON.stringify({ headIdNumber: { eq: ID_NUMBER } }))}`, { headers: session }).then((r) => r.arrayBuffer());
      await fetch(`${srv.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"query": "${ID_NUMBER} ${PHONE} ${SECRET_PASSWORD}` });
      await fetch(`${srv.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': PHONE }, body: '{"query":"{ __typename }"}' });
      await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      await expect.poll(() => lines().filter((l) => l.path === '/metrics').length).toBeGreaterThan(0);
      const out = srv.output();
      expect(out.length).toBeGreaterThan(1000);
      for (const secret of [SECRET_PASSWORD, DEMO_PASSWORD, token, FAKE_TOKEN, ID_NUMBER, PHONE, METRICS_TOKEN]) expect(out).not.toContain(secret);
      // What was logged instead: the requests, by id and user.
      expect(lines().some((l) => l.msg === 'request' && l.user === 'yanghe' && l.op === 'mutation:(anonymous)')).toBe(true);
    });

    it('serves /metrics to an admin and to the metrics token; 401 to anonymous callers, 403 to other users', async () => {
      expect((await fetch(`${srv.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${srv.url}/metrics`, { headers: { authorization: 'Bearer not-the-token' } })).status).toBe(401);
      expect((await fetch(`${srv.url}/metrics`, { headers: county })).status).toBe(403);
      // An export, so that job rows are counted.
      const xlsx = await fetch(`${srv.url}/api/exports/households.xlsx`, { headers: county });
      expect(xlsx.status).toBe(200);
      const rows = Number(xlsx.headers.get('x-doudi-row-count'));
      await xlsx.arrayBuffer();
      const byToken = await fetch(`${srv.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(byToken.status).toBe(200);
      expect(byToken.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const res = await fetch(`${srv.url}/metrics`, { headers: admin });
      expect(res.status).toBe(200);
      const text = await res.text();
      const value = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
      expect(value(/^doudi_http_requests_total\{route="\/graphql",operation="query:Households",status="200"\} (\d+)/m)).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^doudi_http_request_duration_seconds_bucket\{le="[^"]+",route="\/graphql",operation="query:Households"\} \d+/m);
      expect(value(/^doudi_errors_total\{code="UNAUTHENTICATED"\} (\d+)/m)).toBeGreaterThanOrEqual(2);
      expect(value(/^doudi_db_pool_in_use (\d+)/m)).toBeGreaterThanOrEqual(0);
      expect(value(/^doudi_process_nodejs_eventloop_lag_seconds ([\d.e-]+)/m)).toBeGreaterThanOrEqual(0);
      expect(value(/^doudi_jobs_running (\d+)/m)).toBe(0);
      expect(value(/^doudi_job_rows_total\{kind="export"\} (\d+)/m)).toBeGreaterThanOrEqual(rows);
      expect(rows).toBeGreaterThan(0);
    });
  });
}
