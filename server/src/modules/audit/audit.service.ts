import type { EntityManager } from '@mikro-orm/core';
import { AuditEvent } from './audit.entity.js';
import type { AuditStamp } from '../../common/service-context.js';
import { noteAudited, noteAuditedIn, type AuditedChange } from '../events/event-bus.js';

export type { AuditStamp };

export interface AuditEntry {
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'REMOVE';
  entityType: string;
  entityId: string;
  field?: string | null;
  before?: unknown;
  after?: unknown;
  householdId?: number | null;
  regionCode?: string | null;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v instanceof Date ? v.toISOString() : v));

/** An audit row's values (without its time): how a change is serialised, for the ORM path and the bulk path alike. */
export function auditValues(stamp: AuditStamp, e: AuditEntry) {
  return {
    actor: stamp.actor, requestId: stamp.requestId, changeSet: stamp.changeSet, action: e.action, entityType: e.entityType,
    entityId: e.entityId, field: e.field ?? null, before: json(e.before), after: json(e.after), householdId: e.householdId ?? null,
    regionCode: e.regionCode ?? null,
  };
}

/** audit_event's columns in the order of auditTuple, for bulk inserts on a raw connection (the Excel import). */
export const AUDIT_COLUMNS = ['at', 'actor', 'request_id', 'change_set', 'action', 'entity_type', 'entity_id', 'field', 'before',
  'after', 'household_id', 'region_code'] as const;

/** One audit row as values in AUDIT_COLUMNS order; `at` as the database stores it. */
export function auditTuple(at: unknown, stamp: AuditStamp, e: AuditEntry): unknown[] {
  const v = auditValues(stamp, e);
  return [at, v.actor, v.requestId, v.changeSet, v.action, v.entityType, v.entityId, v.field, v.before, v.after, v.householdId, v.regionCode];
}

/**
 * The bulk path's recordAudit (a raw connection's transaction, the Excel import): the rows to insert there, in
 * AUDIT_COLUMNS order (an iterable, read once); the changes are raised as events when that transaction commits (`tx`
 * is the raw connection, which calls rawTransactionEnded on commit and rollback: see excel/import/raw-db.ts).
 */
export function bulkAuditRows(tx: object, stamp: AuditStamp, at: Date, stored: unknown, entries: AuditEntry[]): Iterable<unknown[]> {
  noteAuditedIn(tx, stamp, at, entries.map(auditedChange));
  // Made as they are consumed: on PostgreSQL, as COPY streams them, so the serialising overlaps the database's work.
  return (function* () {
    for (const e of entries) yield auditTuple(stored, stamp, e);
  })();
}

const auditedChange = (e: AuditEntry): AuditedChange => ({
  action: e.action, entityType: e.entityType, entityId: e.entityId, field: e.field ?? null, householdId: e.householdId ?? null,
  regionCode: e.regionCode ?? null,
});

/**
 * Writes audit rows through the EntityManager of the change's own transaction: they commit with the change or roll
 * back with it. There is no update or delete of audit rows anywhere in the code.
 */
export function recordAudit(em: EntityManager, stamp: AuditStamp, at: Date, entries: AuditEntry[]): void {
  const rows = entries.map((e) => em.create(AuditEvent, { at, ...auditValues(stamp, e) }));
  // Raised as change events once the transaction commits (modules/events); the rows' ids (known by then) are the
  // events' cursors.
  noteAudited(em, stamp, at, entries.map((e, i) => ({ ...auditedChange(e), row: rows[i] })));
}

/** Field-by-field differences between two snapshots, as UPDATE entries. */
export function diffEntries(
  base: Omit<AuditEntry, 'action' | 'field' | 'before' | 'after'>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const k of Object.keys(after)) {
    const b = before[k] instanceof Date ? (before[k] as Date).toISOString() : before[k];
    const a = after[k] instanceof Date ? (after[k] as Date).toISOString() : after[k];
    if (JSON.stringify(b ?? null) !== JSON.stringify(a ?? null)) out.push({ ...base, action: 'UPDATE', field: k, before: b, after: a });
  }
  return out;
}
