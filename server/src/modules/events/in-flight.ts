import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import type { DbKind } from '../../config.js';
import { queryRows, sql } from '../../common/sql.js';
import { preparedEvents, type RawTransactionWriter } from './event-bus.js';

/**
 * Settled cursors (PostgreSQL): a cursor handed to a client never passes an audit row that is still uncommitted.
 *
 * Audit ids come from a sequence when a row is inserted, but transactions commit in their own order: T2 can take
 * id 10, T1 id 11, and T1 commit first. A client that saw 11 and reconnects with `since: 11` would never be sent 10.
 * So every statement that inserts audit rows first takes a shared transaction-level advisory lock keyed
 * (IN_FLIGHT_LOCK, F), F = the audit sequence's position before the statement (every id it takes is above F): the
 * trigger `audit_event_in_flight` (migration Migration20261205060000_audit_in_flight). The lock goes with the commit
 * or rollback. The smallest F still held by another transaction is the floor: every audit id at or below it is
 * committed or gone. A cursor handed out is min(the change's newest audit id, the floor); a client resuming from it
 * may be sent again a change it already had (same eventId, `audit-<cursor>`), never miss one.
 *
 * SQLite runs one writing transaction at a time: ids commit in order, there is no floor.
 */
export const IN_FLIGHT_LOCK = 1146048868;

const FLOOR_SQL = `SELECT MIN(objid::bigint) AS m FROM pg_locks
  WHERE locktype = 'advisory' AND classid = ${IN_FLIGHT_LOCK} AND objsubid = 2 AND pid <> pg_backend_pid()`;

const floorOf = (rows: { m: number | string | null }[]): number | null => (rows[0]?.m == null ? null : Number(rows[0].m));

/** The lowest audit id position still held by an uncommitted transaction (null: none, or SQLite). */
export async function inFlightFloor(em: EntityManager, kind: DbKind): Promise<number | null> {
  if (kind !== 'postgresql') return null;
  return floorOf(await queryRows<{ m: number | string | null }>(em, sql(FLOOR_SQL)));
}

/** A cursor no client may pass yet: `cursor`, or the floor when that is lower. */
export const settledCursor = (cursor: number, floor: number | null): number => (floor === null ? cursor : Math.min(cursor, floor));

/**
 * The ORM subscriber that settles each event's cursor just before its transaction commits (after its own audit rows
 * are written, so the floor is read with every earlier id already taken).
 */
export class SettledCursors implements EventSubscriber {
  constructor(private readonly kind: DbKind) {}

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    if (this.kind !== 'postgresql' || !args.transaction) return;
    const events = preparedEvents(args).filter((e) => e.cursor !== null);
    if (!events.length) return;
    const raw = (args as TransactionEventArgs & { raw?: RawTransactionWriter }).raw;
    const rows = raw
      ? await raw.all<{ m: number | string | null }>(FLOOR_SQL)
      : (await args.em.getConnection().execute(FLOOR_SQL, [], 'all', args.transaction)) as { m: number | string | null }[];
    const floor = floorOf(rows);
    for (const e of events) e.settled = String(settledCursor(Number(e.cursor), floor));
  }
}
