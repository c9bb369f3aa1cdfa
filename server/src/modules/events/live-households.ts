import type { Access } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { PiiAccess } from '../audit/audit.entity.js';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { piiReturnedOf } from '../../common/pii-fields.js';
import { HouseholdService } from '../household/household.service.js';
import type { HouseholdWhere } from '../household/household.inputs.js';
import type { HouseholdNode } from '../household/household.types.js';
import { toIntId } from '../household/household.query.js';
import type { ChangeEvent } from './event-bus.js';
import type { LiveConnection } from './live-server.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { ChangedField, HouseholdChange, MemberChange } from './events.types.js';

/** Events waiting for a slow subscriber; beyond, the subscription ends with an error rather than skip any. */
const MAX_QUEUED = 10_000;

/** The bus's events of some entity types as an async iterator (ends when the subscriber stops). */
export async function* busEvents(live: LiveConnection, entityTypes: ReadonlySet<string>): AsyncGenerator<ChangeEvent> {
  const queue: ChangeEvent[] = [];
  let wake: (() => void) | null = null;
  let overflow = false;
  const stop = live.bus.listen((e) => {
    if (!entityTypes.has(e.entityType)) return;
    if (queue.length >= MAX_QUEUED) overflow = true;
    else queue.push(e);
    wake?.();
  });
  try {
    for (;;) {
      if (overflow) throw new Error('订阅者处理过慢，事件积压；请重新订阅并刷新');
      const e = queue.shift();
      if (e) yield e;
      else await new Promise<void>((res) => (wake = res)).finally(() => (wake = null));
    }
  } finally {
    stop();
  }
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
 * One read of an event's household per instance and view (masked, or unmasked for pii:read), shared by every
 * subscriber with that view: 200 subscribers of one event cost at most two reads, not 200. The subscriber's region
 * and filter are applied afterwards. Kept SHARED_READ_MS per eventId (a later change has another id); a failed read
 * is retried a few times (a busy pool times out) and not kept.
 */
const SHARED_READ_MS = 10_000;
const sharedReads = new WeakMap<object, Map<string, { at: number; node: Promise<HouseholdNode | null> }>>();

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

function sharedHousehold(bus: object, view: 'pii' | 'masked', e: ChangeEvent, svc: HouseholdService): Promise<HouseholdNode | null> {
  let memo = sharedReads.get(bus);
  if (!memo) sharedReads.set(bus, (memo = new Map()));
  const now = Date.now();
  if (memo.size > 10_000) for (const [k, v] of memo) if (now - v.at > SHARED_READ_MS) memo.delete(k);
  const key = `${view}:${e.eventId}`;
  const hit = memo.get(key);
  if (hit) return hit.node;
  const id = toIntId(e.entityId);
  const node = id < 0 ? Promise.resolve(null) : withRetry(() => svc.householdRows([id])).then((m) => m.get(id) ?? null);
  memo.set(key, { at: now, node });
  node.catch(() => memo.delete(key));
  return node;
}

/**
 * householdsChanged: every committed household change the subscriber may see (its region), read again through the
 * household service with the subscriber's access, so scope, the where filter and masking are the query's own. A
 * deleted household is sent whatever the filter (a grid must drop the row). The token is checked on every event.
 * With `since`, the changes missed after that cursor come first (catch-up.ts).
 */
export function householdChanges(
  ctx: RequestContext, where: HouseholdWhere | null | undefined, since?: string | null, maskPii?: boolean | null,
): AsyncIterableIterator<HouseholdChange & Cursored> {
  // maskPii: personal data masked even for a subscriber with pii:read, as the ledger grid reads its rows.
  if (maskPii) ctx = { ...ctx, maskPii: true };
  return liveChanges(ctx, new Set(['household']), since, async (e, access, live) => {
    const em = live.fork();
    const pii = { households: new Set<string>() };
    const svc = new HouseholdService({ ...serviceDeps({ ...ctx, em, access, pii }) });
    // One read per instance, event and view, shared by every subscriber with that view; then this one's region.
    const node = await sharedHousehold(live.bus, access.seesPii && !ctx.maskPii ? 'pii' : 'masked', e, svc);
    if (!node || !access.canTouchRegion(node.regionCode)) return null;
    if (where && !node.deletedAt) {
      const page = await svc.page({ where: { and: [where], id: { eq: node.id } }, first: 1 }, { maxPageSize: 1, countCap: 1 });
      if (!page.edges.length) return null;
    }
    const fields = changedFields(node, e.fields);
    // Recorded only when an unmasked personal field is actually sent (common/pii-fields.ts).
    const returned = piiReturnedOf(HOUSEHOLD_FIELDS, node, fields);
    if (returned) pii.households.add(returned);
    await recordPii({ ...ctx, em }, access, pii.households);
    return {
      eventId: e.eventId, at: new Date(e.at), id: node.id, version: node.version, actor: e.actor, changeSet: e.changeSet,
      deleted: e.deleted || node.deletedAt !== null, fields,
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', version: 0, actor: '', changeSet: null, deleted: false, fields: [] }));
}

/**
 * membersChanged(householdId): committed member changes of households the subscriber may see (optionally one
 * household), each member read again through the household service, masked as the `members` field masks it.
 */
export function memberChanges(ctx: RequestContext, householdId: string | null | undefined, since?: string | null): AsyncIterableIterator<MemberChange & Cursored> {
  const only = householdId == null ? null : String(toIntId(householdId));
  return liveChanges(ctx, new Set(['member']), since, async (e, access, live) => {
    if (e.householdId === null || (only !== null && String(e.householdId) !== only)) return null;
    const em = live.fork();
    const pii = { households: new Set<string>() };
    const svc = new HouseholdService({ ...serviceDeps({ ...ctx, em, access, pii }) });
    const household = await svc.visibleHousehold(String(e.householdId));
    if (!household) return null;
    const member = (await svc.membersOf([e.householdId])).get(e.householdId)?.find((m) => m.id === e.entityId) ?? null;
    const fields = member ? changedFields(member, e.fields) : [];
    const returned = member ? piiReturnedOf(MEMBER_FIELDS, member, fields) : undefined;
    if (returned) pii.households.add(returned);
    await recordPii({ ...ctx, em }, access, pii.households);
    return {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: household.id, version: member?.version ?? null, actor: e.actor,
      changeSet: e.changeSet, deleted: e.deleted || !member, fields,
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', householdId: '', version: null, actor: '', changeSet: null, deleted: false, fields: [] }));
}
