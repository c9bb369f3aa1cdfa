import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { startReceiver, type Receiver } from '../../test-support/webhook-receiver.js';
import { queryRows, sql } from '../../common/sql.js';
import { startApp, type App } from '../../app.js';
import { redisAnswers, TEST_REDIS as REDIS } from '../../test-support/redis.js';

const BATCH = 4;

// As deployed: with Redis when one answers (the outbox itself needs none: the claims are the database's).

// Several instances share one database only on PostgreSQL (SQLite is one instance's file).
describe.skipIf(TEST_DB_KIND !== 'postgresql')('two instances on one PostgreSQL database delivering webhooks', () => {
  let a: TestServer;
  let b: App;
  let rx: Receiver;
  beforeAll(async () => {
    rx = await startReceiver();
    const events = TEST_DB_KIND === 'postgresql' && (await redisAnswers()) ? { redisUrl: REDIS, redisChannel: `doudi:test:${randomUUID()}` } : {};
    a = await startTestServer({ events, webhooks: { pollMs: 20, batch: BATCH, retryBaseMs: 50, retryMaxMs: 100, timeoutMs: 5000 } });
    b = await startApp({ ...a.config, port: 0 }, { log: () => undefined, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await b?.close();
    await a?.stop();
    await rx?.close();
  });

  it('delivers every outbox event exactly once, the claims split between the instances (FOR UPDATE SKIP LOCKED)', async () => {
    const admin = await a.as('admin');
    const made = await admin(`mutation($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { id } }`,
      { input: { url: `${rx.url}/hook`, secret: 'two-instances-secret-123456', eventTypes: ['HOUSEHOLD', 'MEMBER'] } });
    expect(made.errors).toBeUndefined();
    // 15 households with 2 members each, written on A: 45 events.
    for (let i = 0; i < 3; i++) {
      const res = await a.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`,
        { input: Array.from({ length: 5 }, () => householdInput()) });
      expect(res.data.createHouseholds.every((r: any) => r.ok)).toBe(true);
    }
    const rows = await queryRows<{ event_id: string }>(a.app.orm.em.fork(), sql('SELECT event_id FROM webhook_delivery'));
    expect(rows).toHaveLength(45);
    await vi.waitFor(async () => {
      const [{ n }] = await queryRows<{ n: unknown }>(a.app.orm.em.fork(), sql("SELECT COUNT(*) AS n FROM webhook_delivery WHERE status = 'DELIVERED'"));
      expect(Number(n)).toBe(45);
    }, { timeout: 30_000, interval: 50 });
    // Each event reached the receiver once: no event twice, none missing.
    const ids = rx.received.map((r) => r.json.id as string);
    expect(ids).toHaveLength(45);
    expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.event_id)));
    // One attempt each: no delivery was claimed twice.
    const count = async (q: string) => Number((await queryRows<{ n: unknown }>(a.app.orm.em.fork(), sql(q)))[0]!.n);
    expect(await count('SELECT COUNT(*) AS n FROM webhook_attempt')).toBe(45);

    // All 45 due at once (a replay), a slow receiver and small batches: while one instance waits on its 4 requests the
    // other claims the next ones, so more requests are in flight than one instance's batch — and still none twice.
    rx.delayMs = 400;
    rx.maxInFlight = 0;
    const replay = await admin('mutation($id: ID!) { replayWebhookEvents(endpointId: $id, since: "2000-01-01T00:00:00Z") }', { id: made.data.createWebhookEndpoint.id });
    expect(replay.data.replayWebhookEvents).toBe(45);
    await vi.waitFor(async () => expect(await count("SELECT COUNT(*) AS n FROM webhook_attempt")).toBe(90), { timeout: 60_000, interval: 100 });
    await vi.waitFor(async () => expect(await count("SELECT COUNT(*) AS n FROM webhook_delivery WHERE status = 'DELIVERED'")).toBe(45), { timeout: 10_000, interval: 50 });
    expect(rx.received).toHaveLength(90);
    const times = new Map<string, number>();
    for (const r of rx.received) times.set(r.json.id, (times.get(r.json.id) ?? 0) + 1);
    expect([...times.values()].every((n) => n === 2)).toBe(true);
    expect(rx.maxInFlight).toBeGreaterThan(BATCH);
  });
});
