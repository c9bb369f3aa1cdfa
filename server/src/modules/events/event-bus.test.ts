import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import type { ChangeEvent } from './event-bus.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await s?.stop();
});

const stamp = { actor: 'county', requestId: 'req-events-1', changeSet: 'cs-events-0001' };
const entry = (entityId: string, field: string, action: AuditEntry['action'] = 'UPDATE'): AuditEntry =>
  ({ action, entityType: 'household', entityId, field, before: 'a', after: 'b', householdId: Number(entityId), regionCode: '640121100200' });

function collect(): { events: ChangeEvent[]; stop: () => void } {
  const events: ChangeEvent[] = [];
  const stop = s.app.bus.listen((e) => events.push(e));
  return { events, stop };
}

describe(`change events from audit rows on ${TEST_DB_KIND}`, () => {
  it('raises one event per record after the commit, none for a rolled-back transaction', async () => {
    const { events, stop } = collect();
    await expect(s.app.orm.em.fork().transactional(async (em) => {
      recordAudit(em, stamp, new Date(), [entry('9001', 'remarks')]);
      await em.flush();
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    expect(events).toEqual([]);

    await s.app.orm.em.fork().transactional(async (em) => {
      recordAudit(em, stamp, new Date(), [entry('9002', 'remarks'), entry('9002', 'phone'), entry('9003', 'address')]);
      await em.flush();
      // Not yet: the transaction is still open.
      expect(events).toEqual([]);
    });
    stop();
    expect(events.map((e) => [e.entityId, e.fields, e.actor, e.changeSet, e.deleted])).toEqual([
      ['9002', ['remarks', 'phone'], 'county', 'cs-events-0001', false],
      ['9003', ['address'], 'county', 'cs-events-0001', false],
    ]);
    expect(new Set(events.map((e) => e.eventId)).size).toBe(2);
  });

  it('waits for the outer commit when the change ran in a savepoint, and marks deletions', async () => {
    const { events, stop } = collect();
    await s.app.orm.em.fork().transactional(async (outer) => {
      await outer.fork({ keepTransactionContext: true }).transactional(async (inner) => {
        recordAudit(inner, stamp, new Date(), [entry('9004', 'deletedAt', 'DELETE')]);
        await inner.flush();
      });
      expect(events).toEqual([]);
    });
    stop();
    expect(events.map((e) => [e.entityId, e.deleted, e.actions])).toEqual([['9004', true, ['DELETE']]]);
  });
});
