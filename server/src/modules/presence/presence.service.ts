import { COUNTY_NAME, regionByCode, townshipCodeOf } from '@doudi/shared';
import type { Access } from '../../common/access.js';
import { forbidden, unauthenticated } from '../../common/access.js';
import type { RequestContext } from '../../common/context.js';
import { appError } from '../../common/errors.js';
import type { LiveConnection } from '../events/live-server.js';
import type { PresenceEntry, PresenceHub } from './presence.hub.js';
import { checkClientId, checkRowId, overlaps, parseLedgerKey, type LedgerKey } from './presence.keys.js';
import type { PresenceList, PresenceUser } from './presence.types.js';

/** At most this many others are listed (total says how many there are). */
export const MAX_LISTED = 100;
/** setPresenceEditing calls per user within RATE_WINDOW_MS (one instance's count); beyond: RATE_LIMITED. */
export const RATE_CALLS = 30;
export const RATE_WINDOW_MS = 10_000;

const userKeyOf = (access: Access): string => {
  const p = access.principal;
  if (!p) throw unauthenticated();
  return p.userId !== null ? `user:${p.userId}` : `token:${p.tokenId}`;
};

function hubOf(ctx: RequestContext): PresenceHub {
  const hub = (ctx as RequestContext & { presence?: PresenceHub }).presence;
  if (!hub) throw appError('INTERNAL_SERVER_ERROR', '在线状态不可用');
  return hub;
}

/** The region of a row of the ledger, when the caller may see it and it belongs there; null otherwise. */
async function rowRegion(ctx: RequestContext, ledger: LedgerKey, rowId: string): Promise<string | null> {
  const conn = ctx.em.getConnection();
  const rows = ledger.kind === 'members'
    ? await conn.execute<{ region_code: string }[]>(
      'select h.region_code from member m join household h on h.id = m.household_id where m.id = ? and m.household_id = ? and h.deleted_at is null',
      [Number(rowId), Number(ledger.householdId)])
    : await conn.execute<{ region_code: string }[]>('select region_code from household where id = ? and deleted_at is null', [Number(rowId)]);
  const region = rows[0]?.region_code ?? null;
  if (!region || !ctx.access.canTouchRegion(region)) return null;
  if (ledger.regionCode && !region.startsWith(ledger.regionCode)) return null;
  return region;
}

/** The caller may read the ledger's region (households, monthly) or see the household (members): else FORBIDDEN. */
async function checkScope(ctx: RequestContext, ledger: LedgerKey): Promise<void> {
  if (ledger.regionCode) {
    if (!ctx.access.canTouchRegion(ledger.regionCode)) throw forbidden('无权查看该区划的台账', { field: 'ledger' });
    return;
  }
  const rows = await ctx.em.getConnection().execute<{ region_code: string }[]>(
    'select region_code from household where id = ? and deleted_at is null', [Number(ledger.householdId)]);
  const region = rows[0]?.region_code;
  if (!region || !ctx.access.canTouchRegion(region)) throw forbidden('无权查看该户', { field: 'ledger' });
}

/** What one subscriber is shown of the bucket's entries: the others whose region overlaps the one it opened. */
export function visibleList(ledger: LedgerKey, ownKey: string, entries: PresenceEntry[], now: number): PresenceList {
  const others = entries
    .filter((e) => e.key !== ownKey && e.expiresAt > now && overlaps(e.regionCode, ledger.regionCode))
    .sort((a, b) => a.since.localeCompare(b.since) || a.displayName.localeCompare(b.displayName));
  const users: PresenceUser[] = others.slice(0, MAX_LISTED).map((e) => {
    // A row is shown only inside the region this subscriber opened (within its scope, checked at subscribe).
    const rowShown = e.rowId !== null && e.rowRegion !== null && (ledger.regionCode === null || e.rowRegion.startsWith(ledger.regionCode));
    return {
      displayName: e.displayName, townshipCode: e.townshipCode, townshipName: e.townshipName, rowId: rowShown ? e.rowId : null,
      since: new Date(e.since), editingSince: rowShown && e.editingSince ? new Date(e.editingSince) : null,
    };
  });
  return { ledger: ledger.key, users, total: others.length };
}

/**
 * The subscription's stream. Not an async generator: its `return()` (the client stops, the socket closes, the
 * session ends) must take the entry away at once, even while waiting for the next change.
 */
class PresenceStream implements AsyncIterableIterator<PresenceList> {
  private wake: (() => void) | null = null;
  private dirty = true;
  private done = false;
  private last = '';
  private readonly unwatch: () => void;

  constructor(private readonly hub: PresenceHub, private readonly ledger: LedgerKey, private readonly entry: PresenceEntry,
    private readonly recheck: (() => Promise<Access | null>) | null) {
    this.unwatch = hub.watch(entry.bucket, () => {
      this.dirty = true;
      this.wake?.();
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<PresenceList>> {
    while (!this.done) {
      if (this.dirty) {
        this.dirty = false;
        let entries: PresenceEntry[];
        try {
          entries = await this.hub.list(this.entry.bucket);
        } catch {
          // Redis away for a moment: the list is read again at the next change or heartbeat.
          continue;
        }
        const list = visibleList(this.ledger, this.entry.key, entries, Date.now());
        const text = JSON.stringify(list);
        if (this.done) break;
        if (text !== this.last) {
          // A session that ended (or a token revoked) closes the connection; nothing more is sent.
          if (this.recheck && this.last && !(await this.recheck())) return this.return();
          this.last = text;
          return { value: list, done: false };
        }
        continue;
      }
      await new Promise<void>((res) => (this.wake = res));
      this.wake = null;
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<PresenceList>> {
    if (!this.done) {
      this.done = true;
      this.unwatch();
      this.wake?.();
      await this.hub.leave(this.entry.bucket, this.entry.key).catch(() => undefined);
    }
    return { value: undefined, done: true };
  }

  async throw(err: unknown): Promise<IteratorResult<PresenceList>> {
    await this.return();
    throw err;
  }
}

/** subscription presence(ledger, clientId): joins the ledger and streams who else is there. */
export async function presenceOf(ctx: RequestContext, rawLedger: string, rawClientId: string): Promise<AsyncIterable<PresenceList>> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  const hub = hubOf(ctx);
  const ledger = parseLedgerKey(rawLedger);
  const clientId = checkClientId(rawClientId);
  const userKey = userKeyOf(ctx.access);
  await checkScope(ctx, ledger);
  const p = ctx.access.principal!;
  const township = p.regionCode ? townshipCodeOf(p.regionCode) : null;
  const now = Date.now();
  const entry: PresenceEntry = {
    key: `${userKey}|${clientId}|${ledger.key}`, bucket: ledger.bucket, userKey, displayName: (p.displayName || p.actor).slice(0, 50),
    townshipCode: township, townshipName: township ? (regionByCode(township)?.name ?? township) : COUNTY_NAME,
    regionCode: ledger.regionCode, rowId: null, rowRegion: null, since: new Date(now).toISOString(), editingSince: null,
    expiresAt: now + hub.ttlMs,
  };
  const stream = new PresenceStream(hub, ledger, entry, () => live.recheck());
  await hub.join(entry);
  return stream;
}

const calls = new Map<string, { start: number; n: number }>();

/** setPresenceEditing(ledger, clientId, rowId): the row the caller edits now in that open ledger (null: none). */
export async function setPresenceEditing(ctx: RequestContext, rawLedger: string, rawClientId: string, rawRowId: string | null | undefined): Promise<boolean> {
  const hub = hubOf(ctx);
  const ledger = parseLedgerKey(rawLedger);
  const clientId = checkClientId(rawClientId);
  const rowId = checkRowId(rawRowId);
  const userKey = userKeyOf(ctx.access);
  const now = Date.now();
  const c = calls.get(userKey);
  if (!c || now - c.start >= RATE_WINDOW_MS) calls.set(userKey, { start: now, n: 1 });
  else if (++c.n > RATE_CALLS) throw appError('RATE_LIMITED', `编辑状态报告过于频繁：每 ${RATE_WINDOW_MS / 1000} 秒最多 ${RATE_CALLS} 次`);
  if (calls.size > 10_000) for (const [k, v] of calls) if (now - v.start >= RATE_WINDOW_MS) calls.delete(k);
  await checkScope(ctx, ledger);
  const region = rowId ? await rowRegion(ctx, ledger, rowId) : null;
  if (rowId && !region) throw appError('NOT_FOUND', '该行不在此台账中或无权查看', { field: 'rowId' });
  const ok = await hub.setRow(ledger.bucket, `${userKey}|${clientId}|${ledger.key}`, userKey, rowId, region);
  if (!ok) throw appError('NOT_FOUND', '未在此台账的在线名单中：请先订阅 presence', { field: 'clientId' });
  return true;
}
