import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOWNSHIPS, childrenOf } from '@doudi/shared';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { householdInput, makeId, ROW_RESULT } from '../../test-support/fixtures.js';
import { startReceiver, type Receiver } from '../../test-support/webhook-receiver.js';
import { queryRows, sql } from '../../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import { Household } from '../household/household.entity.js';

const SECRET = 'test-secret-0123456789abcdef';
const ENDPOINT = 'id url description eventTypes regionCode active secretMasked version';
const CREATE = `mutation($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { ${ENDPOINT} } }`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $id, status: $status, first: 100) {
  edges { node { id eventId eventType entityType entityId regionCode status attempts lastStatusCode lastError deliveredAt
    attemptLog { attempt statusCode durationMs error responseSnippet } } } pageInfo { hasNextPage } } }`;
const CREATE_HH = `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`;

/** What a receiver does (docs/webhooks.md): recompute the HMAC of "<timestamp>.<body>" and compare in constant time. */
function verify(secret: string, headers: Record<string, unknown>, body: string): boolean {
  const ts = String(headers['x-doudi-timestamp']);
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}`);
  const got = Buffer.from(String(headers['x-doudi-signature']));
  return got.length === expected.length && timingSafeEqual(got, expected);
}

const other = TOWNSHIPS.find((t) => t.code !== '640121100')!;
const otherVillage = childrenOf(other.code)[0].code;

describe(`webhooks on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  let admin: Gql;
  let rx: Receiver;
  const outbox = async (where = sql('1 = 1')) => queryRows<Record<string, unknown>>(s.app.orm.em.fork(), {
    text: `SELECT * FROM webhook_delivery WHERE ${where.text} ORDER BY id`, params: where.params,
  });
  const endpoint = async (input: Record<string, unknown>) => {
    const res = await admin(CREATE, { input: { secret: SECRET, ...input } });
    expect(res.errors).toBeUndefined();
    return res.data.createWebhookEndpoint;
  };
  const deliveries = async (id: string, status?: string) => (await admin(DELIVERIES, { id, status })).data.webhookDeliveries.edges.map((e: any) => e.node);

  beforeAll(async () => {
    rx = await startReceiver();
    s = await startTestServer({ webhooks: { pollMs: 50, retryBaseMs: 40, retryMaxMs: 200, retryWindowMs: 3_600_000, timeoutMs: 5000 } });
    admin = await s.as('admin');
  });
  afterAll(async () => {
    await s?.stop();
    await rx?.close();
  });

  it('is the administrator\'s only: a township clerk and the county bureau are refused (FORBIDDEN)', async () => {
    for (const who of ['yanghe', 'county']) {
      const gql = await s.as(who);
      const list = await gql('{ webhookEndpoints { id } }');
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const made = await gql(CREATE, { input: { url: `${rx.url}/x`, secret: SECRET, eventTypes: ['HOUSEHOLD'] } });
      expect(made.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const replay = await gql('mutation { replayWebhookEvents(endpointId: "1", since: "2020-01-01T00:00:00Z") }');
      expect(replay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await s.anon('{ webhookEndpoints { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad URL, a short secret, an unknown region with coded errors; never returns the secret', async () => {
    const bad = async (input: Record<string, unknown>) => (await admin(CREATE, { input: { url: `${rx.url}/a`, secret: SECRET, eventTypes: ['HOUSEHOLD'], ...input } })).errors?.[0]?.extensions;
    expect(await bad({ url: 'ftp://example.org/x' })).toMatchObject({ code: 'INVALID_VALUE', field: 'url' });
    expect(await bad({ url: 'http://user:pw@example.org/x' })).toMatchObject({ code: 'INVALID_VALUE', field: 'url' });
    expect(await bad({ url: `http://example.org/${'a'.repeat(600)}` })).toMatchObject({ code: 'TOO_LONG', field: 'url' });
    expect(await bad({ secret: 'short' })).toMatchObject({ code: 'OUT_OF_RANGE', field: 'secret' });
    expect(await bad({ regionCode: '999999999' })).toMatchObject({ code: 'INVALID_VALUE', field: 'regionCode' });
    expect(await bad({ eventTypes: [] })).toMatchObject({ code: 'REQUIRED', field: 'eventTypes' });

    const res = await admin(CREATE, { input: { url: `${rx.url}/masked`, secret: SECRET, eventTypes: ['ASSIGNMENT'], active: false } });
    expect(res.data.createWebhookEndpoint.secretMasked).toBe(`****${SECRET.slice(-4)}`);
    expect(JSON.stringify(res)).not.toContain(SECRET);
    expect(JSON.stringify(await admin(`{ webhookEndpoints { ${ENDPOINT} } }`))).not.toContain(SECRET);
    // No field of the schema returns it.
    expect((await admin('{ webhookEndpoints { secret } }')).errors?.[0]?.message).toMatch(/secret/);
    // The audit trail records the change with the secret masked.
    const audit = await queryRows<Record<string, unknown>>(s.app.orm.em.fork(), sql("SELECT * FROM audit_event WHERE entity_type = 'webhook_endpoint'"));
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    // A stale version is a conflict; a new secret is taken (and still not returned).
    const e = res.data.createWebhookEndpoint;
    const upd = await admin(`mutation($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { ${ENDPOINT} } }`,
      { input: { id: e.id, version: e.version, secret: 'another-secret-abcdefgh-9876' } });
    expect(upd.data.updateWebhookEndpoint).toMatchObject({ secretMasked: '****9876', version: e.version + 1 });
    const stale = await admin(`mutation($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { id } }`,
      { input: { id: e.id, version: e.version, active: true } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect((await admin('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: e.id })).data.deleteWebhookEndpoint).toBe(true);
  });

  it('delivers a change signed, with its event id, without personal data; filters by type and region scope', async () => {
    const all = await endpoint({ url: `${rx.url}/all`, eventTypes: ['HOUSEHOLD', 'MEMBER'] });
    const membersOnly = await endpoint({ url: `${rx.url}/members`, eventTypes: ['MEMBER'] });
    const yanghe = await endpoint({ url: `${rx.url}/yanghe`, eventTypes: ['HOUSEHOLD'], regionCode: '640121100' });
    const inactive = await endpoint({ url: `${rx.url}/off`, eventTypes: ['HOUSEHOLD'], active: false });

    const input = householdInput({ phone: '13912345678' });
    const made = await s.gql(CREATE_HH, { input: [input, householdInput({ regionCode: otherVillage, address: `${other.name}某村` })] });
    const [h, elsewhere] = made.data.createHouseholds.map((r: any) => r.household);
    expect(h.regionCode).toBe('640121100200');

    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/all').length).toBe(6), { timeout: 15_000, interval: 50 });
    const post = rx.received.find((r) => r.path === '/all' && r.json.data.entityId === String(h.id) && r.json.data.entityType === 'household')!;
    expect(post.json).toMatchObject({ type: 'household.created', data: { entityType: 'household', entityId: String(h.id), regionCode: '640121100200', actor: 'county', deleted: false } });
    expect(post.headers['x-doudi-event-id']).toBe(post.json.id);
    expect(post.json.id).toMatch(/^audit-\d+$/); // the change's newest audit row, as live and catch-up name it
    expect(String(post.json.timestamp)).toBe(post.headers['x-doudi-timestamp']);
    expect(Date.parse(post.json.occurredAt)).not.toBeNaN();
    expect(verify(SECRET, post.headers, post.body)).toBe(true);
    expect(verify('not-the-secret-0123456789', post.headers, post.body)).toBe(false);
    expect(verify(SECRET, post.headers, post.body.replace('county', 'count2'))).toBe(false);
    // Field names, never values: no phone, ID number, name or address travels.
    expect(post.json.data).toMatchObject({ actions: ['CREATE'], fields: [] });
    for (const pii of ['13912345678', input.members[0].idNumber, input.members[0].name, input.address]) {
      expect(rx.received.map((r) => r.body).join('\n')).not.toContain(pii);
    }

    // members only: the two households' members (4), no household event
    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/members').length).toBe(4), { timeout: 15_000, interval: 50 });
    expect(rx.received.filter((r) => r.path === '/members').every((r) => r.json.type === 'member.created')).toBe(true);
    // 杨和镇 only: the household there, not the other township's
    await vi.waitFor(async () => expect((await deliveries(yanghe.id, 'DELIVERED')).length).toBe(1), { timeout: 15_000, interval: 50 });
    expect((await deliveries(yanghe.id))[0]).toMatchObject({ entityId: String(h.id), eventType: 'household.created' });
    expect((await outbox(sql('endpoint_id = ? AND entity_id = ?', Number(yanghe.id), String(elsewhere.id))))).toHaveLength(0);
    // an inactive endpoint queues nothing
    expect(await outbox(sql('endpoint_id = ?', Number(inactive.id)))).toHaveLength(0);
    // the log: one attempt, 200, with a duration
    const log = await deliveries(all.id);
    expect(log).toHaveLength(6);
    expect(log.every((d: any) => d.status === 'DELIVERED' && d.attempts === 1 && d.attemptLog[0].statusCode === 200)).toBe(true);
    // The same event id for every endpoint that received it.
    const sameEvent = rx.received.filter((r) => r.json.data.entityId === String(h.id) && r.json.data.entityType === 'household');
    expect(new Set(sameEvent.map((r) => r.json.id)).size).toBe(1);
    for (const e of [all, membersOnly, yanghe, inactive]) await admin('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: e.id });
  });

  it('never queues nor delivers the event of a change whose transaction rolled back', async () => {
    const ep = await endpoint({ url: `${rx.url}/atomic`, eventTypes: ['HOUSEHOLD'] });
    const made = await s.gql(CREATE_HH, { input: [householdInput(), householdInput()] });
    const [a, b] = made.data.createHouseholds.map((r: any) => r.household);
    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/atomic').length).toBe(2), { timeout: 15_000, interval: 50 });

    // A service-style write: the change and its audit rows are flushed inside the transaction, then it throws.
    const stamp = { actor: 'test', requestId: 'rolled-back', changeSet: null };
    await expect(s.app.orm.em.fork().transactional(async (t) => {
      const h = await t.findOneOrFail(Household, { id: Number(a.id) });
      h.remarks = '不会保存';
      recordAudit(t, stamp, new Date(), [{ action: 'UPDATE', entityType: 'household', entityId: String(a.id), field: 'remarks', before: null, after: '不会保存', householdId: Number(a.id), regionCode: a.regionCode }]);
      await t.flush();
      throw new Error('the change fails after its audit rows were written');
    })).rejects.toThrow(/fails after/);
    // A committed change after it (on the other household) is delivered …
    const upd = await s.gql(`mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok } }`, { input: [{ id: b.id, version: b.version, remarks: '保存了' }] });
    expect(upd.data.updateHouseholds[0].ok).toBe(true);
    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/atomic').length).toBe(3), { timeout: 15_000, interval: 50 });
    const last = rx.received.filter((r) => r.path === '/atomic').at(-1)!;
    expect(last.json).toMatchObject({ type: 'household.updated', data: { entityId: String(b.id), fields: ['remarks'] } });
    // … the rolled-back one left no outbox row, no audit row, no change, and nothing reached the receiver.
    expect(await outbox(sql('endpoint_id = ? AND entity_id = ?', Number(ep.id), String(a.id)))).toHaveLength(1);
    expect(await queryRows(s.app.orm.em.fork(), sql("SELECT id FROM audit_event WHERE request_id = 'rolled-back'"))).toHaveLength(0);
    expect((await s.app.orm.em.fork().findOneOrFail(Household, { id: Number(a.id) })).remarks ?? '').not.toBe('不会保存');
    expect(rx.received.filter((r) => r.path === '/atomic' && r.json.data.entityId === String(a.id))).toHaveLength(1);
    await admin('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: ep.id });
  });

  it('queues the events of an Excel import in the import\'s own transaction (its raw connection): none for a dry run', async () => {
    const ep = await endpoint({ url: `${rx.url}/import`, eventTypes: ['HOUSEHOLD'] });
    const upload = async (mode: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({ target: 'households', category: 'MONITORED', mode })) form.append(k, v);
      form.append('file', new Blob(['户主姓名,身份证号,所在村,人均纯收入,联系电话\n'
        + `推送甲,${makeId('19720101')},杨和镇王太村,4100,13811112222\n推送乙,${makeId('19730101')},杨和镇王太村,4200,\n`]), 'import.csv');
      const token = (await s.anon(`mutation { login(username: "county", password: "${TEST_PASSWORD}") { token } }`)).data.login.token;
      const r = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      expect(r.status).toBe(200);
      return r.json();
    };
    expect(await upload('dry-run')).toMatchObject({ created: 2, committed: false });
    expect(await outbox(sql('endpoint_id = ?', Number(ep.id)))).toHaveLength(0);
    expect(await upload('commit')).toMatchObject({ created: 2, committed: true });
    const made = (await s.gql('{ households(where: { headName: { in: ["推送甲", "推送乙"] } }, first: 5) { edges { node { id } } } }'))
      .data.households.edges.map((e: any) => String(e.node.id)).sort();
    expect(made).toHaveLength(2);
    await vi.waitFor(async () => expect((await deliveries(ep.id, 'DELIVERED')).length).toBe(2), { timeout: 15_000, interval: 50 });
    const got = rx.received.filter((r) => r.path === '/import');
    expect(got.map((r) => r.json.data.entityId).sort()).toEqual(made);
    expect(got.every((r) => r.json.type === 'household.created' && verify(SECRET, r.headers, r.body))).toBe(true);
    await admin('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: ep.id });
  });

  it('retries with backoff: 500, 500, then 200 is delivered once with three attempts logged; replays send the same event id again', async () => {
    rx.answer = (path, nth) => (path === '/flaky' && nth <= 2 ? 500 : 200);
    const ep = await endpoint({ url: `${rx.url}/flaky`, eventTypes: ['HOUSEHOLD'] });
    const since = new Date(Date.now() - 1000).toISOString();
    await s.gql(CREATE_HH, { input: [householdInput()] });
    await vi.waitFor(async () => expect((await deliveries(ep.id, 'DELIVERED')).length).toBe(1), { timeout: 20_000, interval: 50 });
    const [d] = await deliveries(ep.id);
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200 });
    expect(d.attemptLog.map((x: any) => [x.attempt, x.statusCode])).toEqual([[1, 500], [2, 500], [3, 200]]);
    expect(d.attemptLog[0]).toMatchObject({ error: 'HTTP 500' });
    // the answer's body is kept only as a bounded snippet
    expect(d.attemptLog[0].responseSnippet.length).toBeLessThanOrEqual(300);
    const posts = rx.received.filter((r) => r.path === '/flaky');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.json.id))).toEqual(new Set([d.eventId]));
    expect(posts.every((p) => verify(SECRET, p.headers, p.body))).toBe(true);

    const replay = await admin(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status } }`, { id: d.id });
    expect(replay.data.replayWebhookDelivery.status).toBe('PENDING');
    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/flaky')).toHaveLength(4), { timeout: 15_000, interval: 50 });
    expect(rx.received.filter((r) => r.path === '/flaky').at(-1)!.json.id).toBe(d.eventId);
    await vi.waitFor(async () => expect((await deliveries(ep.id))[0]).toMatchObject({ status: 'DELIVERED', attempts: 4 }), { timeout: 15_000, interval: 50 });

    const n = await admin(`mutation($id: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $id, since: $since) }`, { id: ep.id, since });
    expect(n.errors).toBeUndefined();
    expect(n.data.replayWebhookEvents).toBe(1);
    await vi.waitFor(() => expect(rx.received.filter((r) => r.path === '/flaky')).toHaveLength(5), { timeout: 15_000, interval: 50 });
    const future = await admin(`mutation($id: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $id, since: $since) }`, { id: ep.id, since: new Date(Date.now() + 60_000).toISOString() });
    expect(future.data.replayWebhookEvents).toBe(0);
    await admin('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: ep.id });
  });
});

describe(`webhooks past the retry window on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  let rx: Receiver;
  beforeAll(async () => {
    rx = await startReceiver();
    rx.answer = () => 503;
    s = await startTestServer({ webhooks: { pollMs: 50, retryBaseMs: 50, retryMaxMs: 100, retryWindowMs: 400, timeoutMs: 5000 } });
  });
  afterAll(async () => {
    await s?.stop();
    await rx?.close();
  });

  it('gives up (DEAD) when no attempt succeeded within the window, with every attempt logged', async () => {
    const admin = await s.as('admin');
    const ep = (await admin(CREATE, { input: { url: `${rx.url}/down`, secret: SECRET, eventTypes: ['HOUSEHOLD'] } })).data.createWebhookEndpoint;
    await s.gql(CREATE_HH, { input: [householdInput()] });
    const dead = async () => (await admin(DELIVERIES, { id: ep.id, status: 'DEAD' })).data.webhookDeliveries.edges.map((e: any) => e.node);
    await vi.waitFor(async () => expect(await dead()).toHaveLength(1), { timeout: 20_000, interval: 50 });
    const [d] = await dead();
    expect(d.attempts).toBeGreaterThanOrEqual(1);
    expect(d.attemptLog).toHaveLength(d.attempts);
    expect(d.attemptLog.every((a: any) => a.statusCode === 503)).toBe(true);
    expect(rx.received).toHaveLength(d.attempts);
    // Dead stays dead: no more attempts.
    await new Promise((r) => setTimeout(r, 300));
    expect(rx.received).toHaveLength(d.attempts);
  });
});
