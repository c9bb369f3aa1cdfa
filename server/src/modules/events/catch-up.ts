import type { Access } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { appError } from '../../common/errors.js';
import { unauthenticated } from '../../common/access.js';
import { dbDate, fromDbDate, queryRows, sql } from '../../common/sql.js';
import type { EntityManager } from '@mikro-orm/core';
import type { ChangeEvent } from './event-bus.js';
import type { LiveConnection } from './live-server.js';
import type { DbKind } from '../../config.js';
import { inFlightFloor, settledCursor } from './in-flight.js';

/**
 * Reconnect catch-up (issue 18): a subscription started with `since` (the `cursor` of the last event the client saw)
 * is first sent, from the audit rows, every change after that cursor the subscriber may see — one event per changed
 * record, read as it is now (the same read, scope filter and masking as a live event) — and then goes live with no
 * gap and no duplicate:
 *
 * 1. it listens to the bus before anything else and buffers what arrives;
 * 2. it reads the missed audit rows and sends one event per record (cursor = that record's newest audit id);
 * 3. it drains the buffer and goes live, skipping an event whose change the catch-up already sent (same record,
 *    cursor not above the one sent for it).
 *
 * Bounded: more than CATCH_UP_MAX_ROWS missed audit rows, or more than DOUDI_WS_CATCH_UP_RECORDS (default 500) changed records, and
 * the subscriber gets one resync marker instead (`resync: true`, `cursor` = the newest audit id): the client
 * reloads its rows and carries on from there.
 */
export const CATCH_UP_MAX_ROWS = 20_000;

/** Events waiting for a slow subscriber; beyond, the subscription ends with an error rather than skip any. */
const MAX_QUEUED = 10_000;
/** Entity types whose event's regionCode is the household's region (pre-filtered by the subscriber's scope). */
const REGIONAL = new Set(['household', 'member', 'monthly_check']);

/** What a subscription yields besides the change itself. */
export interface Cursored {
  cursor: string | null;
  resync: boolean;
}

/** The `since` argument: an audit id as decimal text, or nothing. */
export function parseSince(since: string | null | undefined): number | null {
  if (since === null || since === undefined || since === '') return null;
  if (!/^\d{1,15}$/.test(since)) throw appError('INVALID_VALUE', 'since 须为上次收到的事件 cursor（数字）', { field: 'since' });
  return Number(since);
}

/**
 * The newest change cursor (the largest audit id): a client reads it before (or just after) it reads its rows and
 * subscribes with it as `since`, so nothing committed in between is missed (query changesCursor).
 */
export async function newestCursor(ctx: RequestContext): Promise<string> {
  // On the primary (not a replica): the floor of uncommitted audit ids is read there, after the newest id.
  const r = await queryRows<{ m: number | string | null }>(ctx.em, sql('SELECT MAX(id) AS m FROM audit_event'));
  return String(settledCursor(Number(r[0]?.m ?? 0), await inFlightFloor(ctx.em, ctx.config.db.kind)));
}

/**
 * Across instances (a fan-out, Redis), a cursor can pass a change the client has not seen: instance A commits audit id
 * 10 and B commits 11 just after; B's subscriber hears 11 at once, while 10 is still on its way through Redis. A client
 * that drops then resumes with `since: 11` and would never be sent 10. So with a fan-out the catch-up also re-reads the
 * changes recorded up to CATCH_UP_WINDOW_MS before the `since` row's time (`at`, stamped in the writing transaction):
 * what the client already had comes again with the same eventId (`audit-<n>`) and is dropped by it; what was in transit
 * is no longer lost. A change still uncommitted when 11 committed held the cursor below it already (in-flight.ts).
 */
export const CATCH_UP_WINDOW_MS = 30_000;

/** The audit id the windowed catch-up reads after: below `since` by the changes of the window before its time. */
async function windowStart(em: EntityManager, kind: DbKind, since: number): Promise<number> {
  const [row] = await queryRows<{ at: unknown }>(em, sql('SELECT at FROM audit_event WHERE id = ?', since));
  if (!row) return since;
  const from = new Date(fromDbDate(row.at).getTime() - CATCH_UP_WINDOW_MS);
  const [first] = await queryRows<{ m: number | string | null }>(em, sql('SELECT MIN(id) AS m FROM audit_event WHERE at >= ?', dbDate(kind, from)));
  return first?.m == null ? since : Math.min(since, Number(first.m) - 1);
}

interface MissedRow {
  entity_type: string;
  entity_id: string;
  id: number | string;
  household_id: number | string | null;
  region_code: string | null;
  actor: string;
  request_id: string;
  change_set: string | null;
  action: string;
  field: string | null;
  at: unknown;
}

const recordKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/**
 * The changes after `since` of these entity types, one event per record in cursor order, or 'resync' past the
 * bounds. Rows outside the subscriber's region are left out here already (each event is still read again with the
 * subscriber's scope before it is sent).
 */
export async function missedChanges(
  live: LiveConnection, access: Access, entityTypes: ReadonlySet<string>, since: number, maxRecords: number, kind: DbKind,
  windowed = false,
): Promise<ChangeEvent[] | { resync: string }> {
  const em = live.fork();
  const types = [...entityTypes];
  const from = windowed ? await windowStart(em, kind, since) : since;
  const conds = [sql('id > ?', from), sql(`entity_type IN (${types.map(() => '?').join(', ')})`, ...types)];
  const prefix = access.principal?.regionCode;
  if (prefix) conds.push(sql('(region_code IS NULL OR region_code LIKE ?)', `${prefix}%`));
  const where = { text: conds.map((c) => c.text).join(' AND '), params: conds.flatMap((c) => c.params) };
  const rows = await queryRows<MissedRow>(em, {
    text: `SELECT id, entity_type, entity_id, household_id, region_code, actor, request_id, change_set, action, field, at
      FROM audit_event WHERE ${where.text} ORDER BY id LIMIT ?`,
    params: [...where.params, CATCH_UP_MAX_ROWS + 1],
  });
  // Read after the rows: an id below it that the read could not see yet is sent live (the subscription listened
  // before the read) or on the next catch-up from a cursor that does not pass it (in-flight.ts).
  const floor = await inFlightFloor(em, kind);
  const newest = async () => {
    const r = await queryRows<{ m: number | string | null }>(em, sql('SELECT MAX(id) AS m FROM audit_event'));
    return String(settledCursor(Number(r[0]?.m ?? since), floor));
  };
  if (rows.length > CATCH_UP_MAX_ROWS) return { resync: await newest() };
  const byRecord = new Map<string, ChangeEvent>();
  for (const r of rows) {
    const key = recordKey(r.entity_type, r.entity_id);
    let e = byRecord.get(key);
    if (!e) {
      if (byRecord.size >= maxRecords) return { resync: await newest() };
      e = {
        eventId: '', at: '', entityType: r.entity_type, entityId: r.entity_id, householdId: null, regionCode: null, actor: '',
        requestId: '', changeSet: null, actions: [], deleted: false, fields: [], cursor: null,
      };
      byRecord.set(key, e);
    }
    // The record's newest change names the actor, change set and time; fields gather every change's.
    e.cursor = String(r.id);
    e.eventId = `audit-${r.id}`;
    e.at = fromDbDate(r.at).toISOString();
    e.actor = r.actor;
    e.requestId = r.request_id;
    e.changeSet = r.change_set;
    e.householdId = r.household_id === null ? e.householdId : Number(r.household_id);
    e.regionCode = r.region_code ?? e.regionCode;
    if (!e.actions.includes(r.action)) e.actions.push(r.action);
    if (r.action === 'DELETE' || r.action === 'REMOVE') e.deleted = true;
    if (r.action === 'RESTORE' || r.action === 'CREATE') e.deleted = false;
    if (r.field && !e.fields.includes(r.field)) e.fields.push(r.field);
  }
  for (const e of byRecord.values()) {
    // A record created while the client was away names no fields: the render sends all of them.
    if (e.actions.includes('CREATE')) e.fields = [];
    e.settled = String(settledCursor(Number(e.cursor), floor));
  }
  return [...byRecord.values()].sort((a, b) => Number(a.cursor) - Number(b.cursor));
}

/**
 * A subscription's events: catch-up after `since` (when given), then the bus, each rendered for the subscriber by
 * `render` (null: not for it) with the token checked again. `marker` builds the resync marker. `prefetch` is called
 * as a live event for the subscriber is published (before it is queued): a shared read can start at once.
 */
export function liveChanges<T extends object>(
  ctx: RequestContext,
  entityTypes: ReadonlySet<string>,
  since: string | null | undefined,
  render: (e: ChangeEvent, access: Access, live: LiveConnection) => Promise<T | null>,
  marker: (cursor: string, at: Date) => T,
  prefetch?: (e: ChangeEvent) => void,
): AsyncIterableIterator<T & Cursored> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  const from = parseSince(since);
  // 1. Listen first: nothing committed from here on can fall between the catch-up and the live events.
  const queue: ChangeEvent[] = [];
  let wake: (() => void) | null = null;
  let overflow = false;
  let ended = false;
  const stop = live.bus.listen((e) => {
    if (!entityTypes.has(e.entityType)) return;
    // A ledger record outside the subscriber's region is dropped before it is queued (no read for it).
    if (REGIONAL.has(e.entityType) && e.regionCode !== null && !ctx.access.canTouchRegion(e.regionCode)) return;
    if (queue.length >= MAX_QUEUED) overflow = true;
    else {
      prefetch?.(e);
      queue.push(e);
    }
    wake?.();
  });
  const gen = run(live, from, () => ended);
  // A generator waiting for the next event cannot be ended from outside; the subscriber's end stops listening at once
  // (the bus does not keep a closed socket's listener until the next event) and wakes the generator to finish.
  const end = () => {
    ended = true;
    stop();
    wake?.();
  };
  return {
    next: () => gen.next(),
    return: (v?: unknown) => {
      end();
      return gen.return(v as undefined);
    },
    throw: (err?: unknown) => {
      end();
      return gen.throw(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };

  async function* run(live: LiveConnection, from: number | null, isEnded: () => boolean): AsyncGenerator<T & Cursored> {
    try {
      // 2. Catch up.
      const sent = new Map<string, number>();
      if (from !== null) {
        const access = await live.recheck();
        if (!access) return;
        const missed = await missedChanges(live, access, entityTypes, from, ctx.config.limits.wsCatchUpRecords, ctx.config.db.kind, live.bus.fansOut);
        if (!Array.isArray(missed)) {
          yield { ...marker(missed.resync, ctx.clock.now()), cursor: missed.resync, resync: true };
        } else {
          for (const e of missed) {
            const a = await live.recheck();
            if (!a) return;
            sent.set(recordKey(e.entityType, e.entityId), Number(e.cursor));
            const out = await render(e, a, live);
            if (out) yield { ...out, cursor: e.settled ?? e.cursor, resync: false };
          }
        }
      }
      // 3. Live (the buffer first), without what the catch-up already sent.
      for (;;) {
        if (isEnded()) return;
        if (overflow) throw appError('EVENTS_BEHIND', '订阅者处理过慢，待推送的变更过多；请刷新表格后重新订阅');
        const e = queue.shift();
        if (!e) {
          await new Promise<void>((res) => (wake = res)).finally(() => (wake = null));
          continue;
        }
        const done = sent.get(recordKey(e.entityType, e.entityId));
        if (done !== undefined && e.cursor !== null && Number(e.cursor) <= done) continue;
        const access = await live.recheck();
        if (!access) return;
        const out = await render(e, access, live);
        if (out) yield { ...out, cursor: e.settled ?? e.cursor, resync: false };
      }
    } finally {
      stop();
    }
  }
}
