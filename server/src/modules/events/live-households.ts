import type { Access } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { PiiAccess } from '../audit/audit.entity.js';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '@doudi/shared';
import { piiReturnedOf } from '../../common/pii-fields.js';
import { HouseholdService } from '../household/household.service.js';
import type { HouseholdWhere } from '../household/household.inputs.js';
import type { HouseholdNode, MemberNode } from '../household/household.types.js';
import { toIntId } from '../household/household.query.js';
import type { ChangeEvent } from './event-bus.js';
import type { LiveConnection } from './live-server.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { ChangedField, HouseholdChange, MemberChange } from './events.types.js';
import { sharedRead } from './shared-read.js';

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

/** A live event's household, read and rendered once per event and view (shared-read.ts). */
interface SharedView {
  node: HouseholdNode;
  fields: ChangedField[];
  /** The household to record in pii_access when this view is sent (an unmasked personal field with a value). */
  piiHousehold: string | undefined;
}

function sharedView(view: 'pii' | 'masked', e: ChangeEvent, svc: () => HouseholdService): Promise<SharedView | null> {
  const id = toIntId(e.entityId);
  return sharedRead(e, `household:${view}`, async () => {
    const node = id < 0 ? null : (await svc().householdRows([id])).get(id) ?? null;
    if (!node) return null;
    const fields = changedFields(node, e.fields);
    // Recorded only when an unmasked personal field is actually sent (common/pii-fields.ts).
    return { node, fields, piiHousehold: piiReturnedOf(HOUSEHOLD_FIELDS, node, fields) };
  });
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
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  const viewOf = (access: Access) => (access.seesPii && !ctx.maskPii ? 'pii' : 'masked');
  const service = (access: Access, em = live!.fork()) => new HouseholdService({ ...serviceDeps({ ...ctx, em, access, pii: { households: new Set() } }) });
  const read = (e: ChangeEvent, access: Access) => sharedView(viewOf(access), e, () => service(access));
  return liveChanges(ctx, new Set(['household']), since, async (e, access) => {
    // One read and render per instance, event and view, shared by every subscriber with that view; then this one's region.
    const shared = await read(e, access);
    if (!shared || !access.canTouchRegion(shared.node.regionCode)) return null;
    const { node, fields } = shared;
    if (where && !node.deletedAt) {
      const page = await service(access).page({ where: { and: [where], id: { eq: node.id } }, first: 1 }, { maxPageSize: 1, countCap: 1 });
      if (!page.edges.length) return null;
    }
    if (shared.piiHousehold) await recordPii({ ...ctx, em: live!.fork() }, access, new Set([shared.piiHousehold]));
    return {
      eventId: e.eventId, at: new Date(e.at), id: node.id, version: node.version, actor: e.actor, changeSet: e.changeSet,
      deleted: e.deleted || node.deletedAt !== null, fields,
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', version: 0, actor: '', changeSet: null, deleted: false, fields: [] }),
  // The shared read starts as the event is published (with the access the subscription started with).
  (e) => void read(e, ctx.access).catch(() => undefined));
}

/** A live event's member and its household, read and rendered once per event and view (masked / unmasked). */
interface SharedMember {
  household: HouseholdNode;
  member: MemberNode | null;
  fields: ChangedField[];
  piiHousehold: string | undefined;
}

/**
 * membersChanged(householdId): committed member changes of households the subscriber may see (optionally one
 * household), each member read again through the household service, masked as the `members` field masks it; read and
 * rendered once per event and view, then the subscriber's region applied.
 */
export function memberChanges(ctx: RequestContext, householdId: string | null | undefined, since?: string | null): AsyncIterableIterator<MemberChange & Cursored> {
  const only = householdId == null ? null : String(toIntId(householdId));
  return liveChanges(ctx, new Set(['member']), since, async (e, access, live) => {
    const hid = e.householdId;
    if (hid === null || (only !== null && String(hid) !== only)) return null;
    const view = access.seesPii ? 'pii' : 'masked';
    const shared = await sharedRead(e, `member:${view}`, async (): Promise<SharedMember | null> => {
      const svc = new HouseholdService({ ...serviceDeps({ ...ctx, em: live.fork(), access, pii: { households: new Set() } }) });
      const household = (await svc.householdRows([hid])).get(hid);
      if (!household) return null;
      const member = (await svc.membersOf([hid])).get(hid)?.find((m) => m.id === e.entityId) ?? null;
      const fields = member ? changedFields(member, e.fields) : [];
      return { household, member, fields, piiHousehold: member ? piiReturnedOf(MEMBER_FIELDS, member, fields) : undefined };
    });
    if (!shared || !access.canTouchRegion(shared.household.regionCode)) return null;
    const { household, member, fields } = shared;
    if (shared.piiHousehold) await recordPii({ ...ctx, em: live.fork() }, access, new Set([shared.piiHousehold]));
    return {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: household.id, version: member?.version ?? null, actor: e.actor,
      changeSet: e.changeSet, deleted: e.deleted || !member, fields,
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', householdId: '', version: null, actor: '', changeSet: null, deleted: false, fields: [] }));
}
