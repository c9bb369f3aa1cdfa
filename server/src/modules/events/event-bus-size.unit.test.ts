import { describe, expect, it } from 'vitest';
import type { TransactionEventArgs } from '@mikro-orm/core';
import { AuditEventRelay, EventBus, noteAuditedIn, preparedEvents, type ChangeEvent } from './event-bus.js';

// Unit tier: a transaction with as many changes as a 100,000-household import (a household and its head each:
// 200,000 audit rows) is turned into events before its commit (the webhook outbox) and published after it, without
// a RangeError (`push(...list)` of that many events threw one, and the import answered 500).

describe('events of a very large transaction', () => {
  it('prepares and publishes 200,000 events, each once, in order', () => {
    const key = {};
    const args = { transaction: key, em: {} } as unknown as TransactionEventArgs;
    const n = 200_000;
    const changes = Array.from({ length: n }, (_, i) => ({
      action: 'CREATE', entityType: 'household', entityId: String(i + 1), field: null, householdId: i + 1, regionCode: '640121100001',
    }));
    noteAuditedIn(key, { actor: 'county', requestId: 'r', changeSet: 'cs' }, new Date(), changes);
    const prepared = preparedEvents(args);
    expect(prepared).toHaveLength(n);
    const bus = new EventBus();
    const heard: ChangeEvent[] = [];
    bus.listen((e) => heard.push(e));
    new AuditEventRelay(bus).afterTransactionCommit(args);
    expect(heard).toHaveLength(n);
    expect(heard[0]!.eventId).toBe(prepared[0]!.eventId);
    expect(heard[n - 1]!.entityId).toBe(String(n));
  });
});
