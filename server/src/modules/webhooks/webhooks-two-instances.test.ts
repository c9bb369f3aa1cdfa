import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { householdInput, ROW_RESULT } from '../../test-support/fixtures.js';
import { startReceiver, type Receiver } from '../../test-support/webhook-receiver.js';
import { queryRows, sql } from '../../common/sql.js';
import { startApp, type App } from '../../app.js';

const BATCH = 4;

// Several instances share one database only on PostgreSQL (SQLite is one instance's file).
describe.skipIf(TEST_DB_KIND !== 'postgresql')('two instances on one PostgreSQL database delivering webhooks', () => {
  let a: TestServer;
  let b: App;
  let rx: Receiver;
  beforeAll(async () => {
    rx = await startReceiver();
    // A slow receiver and small batches: both instances are claiming at the same time.
    rx.delayMs = 60;
    a = await startTestServer({ webhooks: { pollMs: 20, batch: BATCH, retryBaseMs: 50, retryMaxMs: 100, timeoutMs: 5000 } });
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
    // One attempt each (none was claimed twice), and more requests in flight than one instance's batch: both delivered.
    const [{ n: attempts }] = await queryRows<{ n: unknown }>(a.app.orm.em.fork(), sql('SELECT COUNT(*) AS n FROM webhook_attempt'));
    expect(Number(attempts)).toBe(45);
    expect(rx.maxInFlight).toBeGreaterThan(BATCH);
  });
});
