import { GraphQLError } from 'graphql';
import type { Access } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { unauthenticated } from '../../common/access.js';
import { PiiAccess } from '../audit/audit.entity.js';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { piiReturnedOf } from '../../common/pii-fields.js';
import { HouseholdService } from '../household/household.service.js';
import type { HouseholdWhere } from '../household/household.inputs.js';
import type { HouseholdNode } from '../household/household.types.js';
import { toIntId } from '../household/household.query.js';
import type { ChangeEvent } from './event-bus.js';
import type { LiveConnection } from './live-server.js';
import type { ChangedField, HouseholdChange, MemberChange } from './events.types.js';

/**
 * Distinct records waiting for one slow subscriber; beyond, the subscription ends with EVENTS_BEHIND (the client
 * reloads and subscribes again) rather than skip any silently. An import of more households than this into the
 * subscriber's region therefore makes its grids reload (docs/api.md, "Live changes").
 */
const MAX_QUEUED = 10_000;
/** From this many waiting events on, a new event of a record already waiting is merged into it (one message). */
const COALESCE_AT = 200;
/** Events handed to a subscription at once (one read of the database for all of them). */
const BATCH = 100;

const keyOf = (e: ChangeEvent) => `${e.entityType}:${e.entityId}`;

/** Two events of one record as one: the later one's identity, both sets of actions and fields. */
function merged(a: ChangeEvent, b: ChangeEvent): ChangeEvent {
  return {
    ...b, householdId: b.householdId ?? a.householdId, regionCode: b.regionCode ?? a.regionCode,
    actions: [...new Set([...a.actions, ...b.actions])], fields: [...new Set([...a.fields, ...b.fields])],
  };
}

/**
 * The bus's events of some entity types (and, with `accept`, only those that can concern the subscriber — a cheap
 * test on the event itself) as batches of those waiting, in commit order; ends when the subscriber stops. While a
 * subscriber is behind (COALESCE_AT), a record's new event is merged into its waiting one.
 */
export async function* busBatches(live: LiveConnection, entityTypes: ReadonlySet<string>, accept?: (e: ChangeEvent) => boolean): AsyncGenerator<ChangeEvent[]> {
  let queue: { e: ChangeEvent }[] = [];
  const waiting = new Map<string, { e: ChangeEvent }>();
  let wake: (() => void) | null = null;
  let overflow = false;
  const stop = live.bus.listen((e) => {
    if (!entityTypes.has(e.entityType) || (accept && !accept(e))) return;
    const key = keyOf(e);
    const queued = queue.length >= COALESCE_AT ? waiting.get(key) : undefined;
    if (queued) queued.e = merged(queued.e, e);
    else if (queue.length >= MAX_QUEUED) overflow = true;
    else {
      const item = { e };
      queue.push(item);
      waiting.set(key, item);
    }
    wake?.();
  });
  try {
    for (;;) {
      if (overflow) throw new GraphQLError('订阅者处理过慢，待推送的变更过多；请刷新表格后重新订阅', { extensions: { code: 'EVENTS_BEHIND' } });
      if (queue.length) {
        const batch = queue.slice(0, BATCH);
        queue = queue.length > BATCH ? queue.slice(BATCH) : [];
        for (const item of batch) if (waiting.get(keyOf(item.e)) === item) waiting.delete(keyOf(item.e));
        yield batch.map((item) => item.e);
      } else await new Promise<void>((res) => (wake = res)).finally(() => (wake = null));
    }
  } finally {
    stop();
  }
}

/** The same, one event at a time. */
export async function* busEvents(live: LiveConnection, entityTypes: ReadonlySet<string>, accept?: (e: ChangeEvent) => boolean): AsyncGenerator<ChangeEvent> {
  for await (const batch of busBatches(live, entityTypes, accept)) yield* batch;
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v instanceof Date ? v.toISOString() : v));

/** The changed fields with their values from the (masked) row; a field the node does not carry is named with null. */
export function changedFields(node: object, fields: string[]): ChangedField[] {
  // A created record names no fields in its audit rows: send every scalar field of the row.
  if (!fields.length) fields = Object.keys(node).filter((k) => typeof (node as Record<string, unknown>)[k] !== 'function' && k !== 'members');
  return fields.map((field) => ({ field, value: text((node as Record<string, unknown>)[field]) }));
}

/** Records a subscriber's unmasked reads as a query's are recorded (PIPL). */
async function recordPii(ctx: RequestContext, access: Access, ids: Set<string>): Promise<void> {
  if (!ids.size) return;
  const em = ctx.em.fork();
  em.create(PiiAccess, {
    at: ctx.clock.now(), actor: access.actor, requestId: ctx.requestId, purpose: 'subscription', entityType: 'household',
    entityIds: [...ids].join(','),
  });
  await em.flush();
}

/**
 * One read of an event's household per instance and view, shared by every subscriber with that view: the row read
 * after the commit, masked (no pii:read) or unmasked. The subscriber's own region and filter are applied to it
 * afterwards; 200 subscribers of one event cost two reads, not 200. Kept a few seconds (per eventId, so a later change
 * is read again).
 */
const SHARED_READ_MS = 10_000;
const sharedReads = new WeakMap<object, Map<string, { at: number; node: Promise<HouseholdNode | null> }>>();

/** A read retried a few times (a busy pool times out) before the subscription ends with its error. */
async function withRetry<T>(fn: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 250 * 2 ** i));
    }
  }
}

function readShared(bus: object, svc: HouseholdService, seesPii: boolean, batch: ChangeEvent[]): Promise<Map<string, HouseholdNode | null>> {
  let memo = sharedReads.get(bus);
  if (!memo) sharedReads.set(bus, (memo = new Map()));
  const now = Date.now();
  if (memo.size > 50_000) for (const [k, v] of memo) if (now - v.at > SHARED_READ_MS) memo.delete(k);
  const view = seesPii ? 'pii' : 'masked';
  const todo: ChangeEvent[] = [];
  for (const e of batch) if (!memo.has(`${view}:${e.eventId}`)) todo.push(e);
  if (todo.length) {
    const ids = [...new Set(todo.map((e) => toIntId(e.entityId)).filter((n) => n >= 0))];
    const rows = withRetry(() => svc.householdRows(ids));
    for (const e of todo) {
      const key = `${view}:${e.eventId}`;
      const node = rows.then((m) => m.get(toIntId(e.entityId)) ?? null);
      memo.set(key, { at: now, node });
      // A failed read is not kept (the next subscriber reads again).
      node.catch(() => memo.delete(key));
    }
  }
  return Promise.all(batch.map(async (e) => [e.eventId, await memo.get(`${view}:${e.eventId}`)!.node] as const)).then((l) => new Map(l));
}

/**
 * householdsChanged: every committed household change the subscriber may see (its region), read again through the
 * household service with the subscriber's access, so scope, the where filter and masking are the query's own. A
 * deleted household is sent whatever the filter (a grid must drop the row). The token is checked on every event.
 */
export async function* householdChanges(ctx: RequestContext, where: HouseholdWhere | null | undefined): AsyncGenerator<HouseholdChange> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  // Events of households outside the subscriber's region are dropped before they are queued (no read for them).
  const inRegion = (e: ChangeEvent) => e.regionCode === null || ctx.access.canTouchRegion(e.regionCode);
  for await (const batch of busBatches(live, new Set(['household']), inRegion)) {
    const access = await live.recheck();
    if (!access) return;
    const em = live.fork();
    const pii = { households: new Set<string>() };
    const svc = new HouseholdService({ ...serviceDeps({ ...ctx, em, access, pii }) });
    // The rows as this view sees them (one shared read), then (with a filter) which of them match the filter.
    const rows = await readShared(live.bus, svc, access.seesPii, batch);
    const visible = [...rows.values()].filter((n): n is HouseholdNode => n !== null && access.canTouchRegion(n.regionCode));
    let matching: Set<string> | null = null;
    const alive = visible.filter((n) => !n.deletedAt).map((n) => n.id);
    if (where && alive.length) {
      const page = await svc.page({ where: { and: [where], id: { in: alive } }, first: alive.length }, { maxPageSize: alive.length, countCap: 1 });
      matching = new Set(page.edges.map((edge) => edge.node.id));
    } else if (where) matching = new Set();
    const out: HouseholdChange[] = [];
    for (const e of batch) {
      const node = rows.get(e.eventId);
      if (!node || !access.canTouchRegion(node.regionCode)) continue;
      // A deleted household is sent whatever the filter (a grid must drop the row).
      if (matching && !node.deletedAt && !matching.has(node.id)) continue;
      const fields = changedFields(node, e.fields);
      // Recorded only when an unmasked personal field is actually sent (common/pii-fields.ts).
      const returned = piiReturnedOf(HOUSEHOLD_FIELDS, node, fields);
      if (returned) pii.households.add(returned);
      out.push({
        eventId: e.eventId, at: new Date(e.at), id: node.id, version: node.version, actor: e.actor, changeSet: e.changeSet,
        deleted: e.deleted || node.deletedAt !== null, fields,
      });
    }
    await recordPii({ ...ctx, em }, access, pii.households);
    yield* out;
  }
}

/**
 * membersChanged(householdId): committed member changes of households the subscriber may see (optionally one
 * household), each member read again through the household service, masked as the `members` field masks it.
 */
export async function* memberChanges(ctx: RequestContext, householdId: string | null | undefined): AsyncGenerator<MemberChange> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  const only = householdId == null ? null : String(toIntId(householdId));
  for await (const e of busEvents(live, new Set(['member']))) {
    if (e.householdId === null || (only !== null && String(e.householdId) !== only)) continue;
    const access = await live.recheck();
    if (!access) return;
    const em = live.fork();
    const pii = { households: new Set<string>() };
    const svc = new HouseholdService({ ...serviceDeps({ ...ctx, em, access, pii }) });
    const household = await svc.visibleHousehold(String(e.householdId));
    if (!household) continue;
    const member = (await svc.membersOf([e.householdId])).get(e.householdId)?.find((m) => m.id === e.entityId) ?? null;
    const fields = member ? changedFields(member, e.fields) : [];
    const returned = member ? piiReturnedOf(MEMBER_FIELDS, member, fields) : undefined;
    if (returned) pii.households.add(returned);
    await recordPii({ ...ctx, em }, access, pii.households);
    yield {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: household.id, version: member?.version ?? null, actor: e.actor,
      changeSet: e.changeSet, deleted: e.deleted || !member, fields,
    };
  }
}
