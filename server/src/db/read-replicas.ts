import type { EntityManager } from '@mikro-orm/core';
import type { DbConfig } from '../config.js';
import { openOrm, type Orm, type RequestBounds } from './orm.js';

/** '16/B374D848' → a number that orders like the WAL position. */
export function lsnValue(lsn: string | null | undefined): bigint {
  const m = /^([0-9A-F]+)\/([0-9A-F]+)$/i.exec(lsn ?? '');
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : -1n;
}

/** How long a replica's replay position is trusted before it is asked again. */
const REPLAY_POLL_MS = 50;

/**
 * Read replicas (`DOUDI_DATABASE_REPLICA_URLS`, PostgreSQL streaming replicas). Lists, counts, exports and the
 * overview read through `emFor(...)`: a replica's EntityManager, taken in turn, unless the caller's session has
 * written something that replica has not replayed yet — then the primary's, so an author always sees their own
 * write (the row results of a mutation are read on the primary anyway, in the mutation). Writes, and every read
 * inside a write, stay on the primary.
 *
 * After a mutation of a session, `noteWrite` records the primary's WAL position (one `pg_current_wal_lsn()`); a read
 * of that session goes to a replica once the replica's `pg_last_wal_replay_lsn()` has passed it. The positions are
 * kept per process: with several instances behind a balancer, a session's next request on another instance may
 * read a replica that lags by the replication delay (docs/deployment.md says so; sticky sessions avoid it).
 */
export class ReadReplicas {
  private turn = 0;
  /** Session (token id) → the primary's WAL position after its last write, until every replica has replayed it. */
  private readonly pending = new Map<number, bigint>();
  private readonly replayed = new Map<Orm, { lsn: bigint; at: number; asking?: Promise<bigint> }>();

  private constructor(private readonly orms: Orm[]) {}

  static async open(db: DbConfig, bounds: RequestBounds | null): Promise<ReadReplicas | null> {
    const urls = db.replicaUrls ?? [];
    if (urls.length === 0) return null;
    const orms: Orm[] = [];
    for (const url of urls) orms.push(await openOrm({ kind: 'postgresql', url }, {}, bounds));
    return new ReadReplicas(orms);
  }

  get count(): number {
    return this.orms.length;
  }

  /** The EntityManager a list read of this session should use: a replica's, or the primary's `primary`. */
  async emFor(session: number | null, primary: EntityManager): Promise<EntityManager> {
    const orm = this.orms[this.turn++ % this.orms.length]!;
    const wrote = session == null ? undefined : this.pending.get(session);
    if (wrote !== undefined) {
      if ((await this.replayPosition(orm)) < wrote) return primary;
      if (this.orms.length === 1) this.pending.delete(session!);
    }
    return orm.em.fork();
  }

  /** After a session's write has committed on the primary: its next reads wait for a replica to replay it. */
  async noteWrite(session: number | null, primary: EntityManager): Promise<void> {
    if (session == null) return;
    const [row] = await primary.getConnection().execute<{ lsn: string }[]>('SELECT pg_current_wal_lsn()::text AS lsn', [], 'all');
    this.pending.set(session, lsnValue(row?.lsn));
  }

  private async replayPosition(orm: Orm): Promise<bigint> {
    const now = Date.now();
    let seen = this.replayed.get(orm);
    if (seen && now - seen.at < REPLAY_POLL_MS) return seen.lsn;
    if (seen?.asking) return seen.asking;
    const asking = (async () => {
      const [row] = await orm.em.getConnection().execute<{ lsn: string | null }[]>('SELECT pg_last_wal_replay_lsn()::text AS lsn', [], 'all');
      const lsn = lsnValue(row?.lsn);
      this.replayed.set(orm, { lsn, at: Date.now() });
      return lsn;
    })();
    seen = { lsn: seen?.lsn ?? -1n, at: seen?.at ?? 0, asking };
    this.replayed.set(orm, seen);
    try {
      return await asking;
    } catch {
      this.replayed.set(orm, { lsn: -1n, at: 0 });
      return -1n;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.orms.map((o) => o.close(true)));
  }
}
