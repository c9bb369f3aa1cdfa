import { randomUUID } from 'node:crypto';
import { EventType, type EntityManager, type EventSubscriber, type TransactionEventArgs } from '@mikro-orm/core';
import type { AuditStamp } from '../../common/service-context.js';
import { appendAll } from '../../common/append.js';

/**
 * Change events (issue 18): raised from the audit rows a change writes, after its transaction commits. Every write
 * records audit rows in its own transaction (audit/audit.service.ts), so hooking there covers every service that
 * audits through the ORM without instrumenting each mutation. A rolled-back change raises nothing.
 */

/** What an audit row says about one change, as far as events need it. */
export interface AuditedChange {
  action: string;
  entityType: string;
  entityId: string;
  field: string | null;
  householdId: number | null;
  regionCode: string | null;
  /** The audit row written for it: its id (set when the transaction flushes) is the event's cursor. */
  row?: { id?: number };
}

/** One committed change of one record: the audit rows of that record in one transaction, grouped. */
export interface ChangeEvent {
  /** Unique per event (integrators use it for idempotency): `audit-<cursor>`, as on catch-up; a UUID without a cursor. */
  eventId: string;
  at: string;
  /** audit_event.entity_type: household, member, monthly_check, assignment, referral … */
  entityType: string;
  entityId: string;
  householdId: number | null;
  regionCode: string | null;
  actor: string;
  requestId: string;
  changeSet: string | null;
  /** CREATE, UPDATE, DELETE, RESTORE, REMOVE, in the order they were recorded. */
  actions: string[];
  /** Deleted (or removed) by this change. */
  deleted: boolean;
  /** The fields the change wrote (names only: values are read per subscriber, masked as a query masks them). */
  fields: string[];
  /**
   * The largest audit_event id of the change (decimal text): increases with every change, so a subscriber that
   * reconnects passes the last one it saw as `since` and is sent what it missed (catch-up.ts). Null when unknown.
   */
  cursor: string | null;
  /**
   * The cursor handed to clients (PostgreSQL): `cursor`, or lower while an earlier audit id is still uncommitted
   * (in-flight.ts). Unset: `cursor`.
   */
  settled?: string | null;
}

export type ChangeListener = (event: ChangeEvent) => void;

/** Carries this instance's events to the other instances (and theirs here): the Redis bridge, or none. */
export interface EventFanOut {
  /** The events of one turn of the event loop, in commit order (Redis: one message per slice of FAN_OUT_BATCH). */
  send(events: ChangeEvent[]): void;
  close(): Promise<void>;
}

/**
 * The bus: every listener of this instance hears every event of this instance at once, in commit order, and with a
 * fan-out (Redis) the events of the other instances as they arrive.
 */
export class EventBus {
  private readonly listeners = new Set<ChangeListener>();
  private fanOut: EventFanOut | null = null;
  private outgoing: ChangeEvent[] = [];

  /**
   * A change committed on this instance: its listeners hear it at once; the other instances get the events of this
   * turn of the event loop together (an import of 100,000 rows is a few hundred Redis messages, not 200,000).
   */
  publish(event: ChangeEvent): void {
    this.deliver(event);
    if (!this.fanOut) return;
    if (!this.outgoing.length) setImmediate(() => this.sendOutgoing());
    this.outgoing.push(event);
  }

  private sendOutgoing(): void {
    const events = this.outgoing;
    this.outgoing = [];
    if (events.length) this.fanOut?.send(events);
  }

  /** A change committed on another instance (from the fan-out). */
  deliver(event: ChangeEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // A listener's failure is its own (it logs); the others still hear the event.
      }
    }
  }

  /** Whether events also come from other instances (a fan-out is connected): catch-up then reads a window back. */
  get fansOut(): boolean {
    return this.fanOut !== null;
  }

  connect(fanOut: EventFanOut): void {
    this.fanOut = fanOut;
  }

  async close(): Promise<void> {
    this.sendOutgoing();
    await this.fanOut?.close();
    this.fanOut = null;
  }

  listen(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

// Audit rows recorded but not yet committed, keyed by the root transaction they were written in (or, outside an
// explicit transaction, by the EntityManager whose flush will commit them).
const pending = new WeakMap<object, { stamp: AuditStamp; at: Date; changes: AuditedChange[] }[]>();

/** A savepoint's parent transaction (knex keeps it under a private symbol): events wait for the root commit. */
function rootTransaction(trx: object): object {
  let t = trx;
  for (;;) {
    const sym = Object.getOwnPropertySymbols(t).find((s) => s.description === 'parentTransaction');
    const parent = sym ? (t as Record<symbol, unknown>)[sym] : undefined;
    if (!parent || (typeof parent !== 'object' && typeof parent !== 'function')) return t;
    t = parent;
  }
}

/** Called by recordAudit: remembers the changes until their transaction commits (or forgets them on rollback). */
export function noteAudited(em: EntityManager, stamp: AuditStamp, at: Date, changes: AuditedChange[]): void {
  const trx = em.getTransactionContext() as object | undefined;
  noteAuditedIn(trx ? rootTransaction(trx) : em, stamp, at, changes);
}

/**
 * The same for a transaction the ORM does not run (the Excel import's raw connection, raw-db.ts): `key` stands for
 * it until rawTransactionEnded says how it ended.
 */
export function noteAuditedIn(key: object, stamp: AuditStamp, at: Date, changes: AuditedChange[]): void {
  if (!changes.length) return;
  const list = pending.get(key) ?? [];
  list.push({ stamp, at, changes });
  pending.set(key, list);
}

/** Groups one transaction's audit rows into one event per record. */
export function eventsOf(batches: { stamp: AuditStamp; at: Date; changes: AuditedChange[] }[]): ChangeEvent[] {
  const byRecord = new Map<string, ChangeEvent>();
  for (const b of batches) {
    for (const c of b.changes) {
      const key = `${c.entityType}:${c.entityId}`;
      let e = byRecord.get(key);
      if (!e) {
        e = {
          eventId: randomUUID(), at: b.at.toISOString(), entityType: c.entityType, entityId: c.entityId, householdId: c.householdId,
          regionCode: c.regionCode, actor: b.stamp.actor, requestId: b.stamp.requestId, changeSet: b.stamp.changeSet,
          actions: [], deleted: false, fields: [], cursor: null,
        };
        byRecord.set(key, e);
      }
      if (!e.actions.includes(c.action)) e.actions.push(c.action);
      if (c.action === 'DELETE' || c.action === 'REMOVE') e.deleted = true;
      if (c.action === 'RESTORE') e.deleted = false;
      if (c.field && !e.fields.includes(c.field)) e.fields.push(c.field);
      e.regionCode ??= c.regionCode;
      e.householdId ??= c.householdId;
      const id = c.row?.id;
      if (typeof id === 'number' && (e.cursor === null || id > Number(e.cursor))) e.cursor = String(id);
    }
  }
  // The id is the cursor's audit row (`audit-<cursor>`), as the catch-up names the same change (catch-up.ts): a client
  // that hears a change both live and on catch-up can tell. Without a cursor (the import's bulk rows), a random one.
  for (const e of byRecord.values()) if (e.cursor !== null) e.eventId = `audit-${e.cursor}`;
  return [...byRecord.values()];
}

// Events already built before their transaction's commit (preparedEvents), keyed like `pending`: the bus then publishes
// those same events (same eventId) that the webhook outbox wrote in the transaction.
const prepared = new WeakMap<object, ChangeEvent[]>();

const keysOf = (args: TransactionEventArgs): object[] =>
  [args.transaction as object | undefined, args.em as object].filter((k): k is object => Boolean(k));

/**
 * The events a transaction is about to commit, while it is still open (beforeTransactionCommit): the webhook outbox
 * writes them in the same transaction. Built once; the bus publishes the same events after the commit.
 */
export function preparedEvents(args: TransactionEventArgs): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (const key of keysOf(args)) {
    const list = pending.get(key);
    if (list) {
      pending.delete(key);
      prepared.set(key, appendAll(prepared.get(key) ?? [], eventsOf(list)));
    }
    appendAll(out, prepared.get(key) ?? []);
  }
  return out;
}

/** The events of a transaction that ended (committed: to publish; rolled back: to forget), prepared or not. */
function takeEvents(args: TransactionEventArgs): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (const key of keysOf(args)) {
    appendAll(out, prepared.get(key) ?? []);
    prepared.delete(key);
    const list = pending.get(key);
    if (list) {
      pending.delete(key);
      appendAll(out, eventsOf(list));
    }
  }
  return out;
}

/** The ORM subscriber that turns committed audit rows into events on the bus (registered by startApp). */
export class AuditEventRelay implements EventSubscriber {
  constructor(private readonly bus: EventBus) {}

  afterTransactionCommit(args: TransactionEventArgs): void {
    for (const e of takeEvents(args)) this.bus.publish(e);
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    takeEvents(args);
  }
}

/**
 * type-graphql requires a PubSub for its @Subscription fields although every subscription here has its own
 * `subscribe` (reading the app's EventBus from the connection): topic subscriptions are refused.
 */
export const subscriptionPubSub = {
  publish(): void {
    throw new Error('subscriptions publish through the EventBus');
  },
  subscribe(): AsyncIterable<never> {
    throw new Error('subscriptions read the EventBus through their own subscribe function');
  },
};

/**
 * A raw-connection transaction (see noteAuditedIn) ended: the ORM's own transaction events are dispatched for it, so
 * the subscribers that turn a committed transaction's audit rows into events (AuditEventRelay, and whatever else
 * listens there) treat it exactly like an ORM transaction — per-record events in commit order, nothing of a rollback.
 */
/** What a subscriber that writes inside a raw connection's transaction (the webhook outbox) writes with. */
export interface RawTransactionWriter {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
}

/**
 * Before a raw connection's transaction commits (the Excel import): `beforeTransactionCommit` is dispatched as for an
 * ORM transaction, with `raw`, the connection to write on, so the webhook outbox is written in that transaction.
 */
export async function rawTransactionCommitting(em: EntityManager, key: object, raw: RawTransactionWriter): Promise<void> {
  const args = { em: em.fork(), transaction: key as TransactionEventArgs['transaction'], raw };
  await em.getEventManager().dispatchEvent(EventType.beforeTransactionCommit, args as TransactionEventArgs);
}

export async function rawTransactionEnded(em: EntityManager, key: object, committed: boolean): Promise<void> {
  const event = committed ? EventType.afterTransactionCommit : EventType.afterTransactionRollback;
  await em.getEventManager().dispatchEvent(event, { em: em.fork(), transaction: key as TransactionEventArgs['transaction'] });
}
