import type { DbKind } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import { queryRows, sql } from '../../common/sql.js';
import { logInternalError } from '../../common/errors.js';

export interface UsageCounts {
  requests: number;
  errors: number;
  limited: number;
}

const key = (tokenId: number, day: string) => `${tokenId}|${day}`;
const zero = (): UsageCounts => ({ requests: 0, errors: 0, limited: 0 });

/**
 * API-token usage per China day, counted in memory and added to `api_token_usage` in one statement per token and day
 * every interval (and at stop): the hot path never writes. For the daily quota, the requests already in the table
 * (all instances') are read once per token and day, and again after each flush.
 */
export class TokenUsageCounter {
  /** Counted since the last flush. */
  private pending = new Map<string, UsageCounts>();
  /** Being written by a flush (still counted for the quota until the table has them). */
  private inflight = new Map<string, UsageCounts>();
  /** Accepted requests (requests − limited) in the table, as last read. */
  private stored = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(private readonly orm: Orm, private readonly kind: DbKind, private readonly flushSeconds: number) {}

  add(tokenId: number, day: string, c: UsageCounts): void {
    const k = key(tokenId, day);
    const p = this.pending.get(k) ?? zero();
    p.requests += c.requests;
    p.errors += c.errors;
    p.limited += c.limited;
    this.pending.set(k, p);
  }

  /** Accepted requests of a token on a day: the table's (as last read) and this process's not yet written. */
  async accepted(tokenId: number, day: string): Promise<number> {
    const k = key(tokenId, day);
    let base = this.stored.get(k);
    if (base === undefined) {
      base = await this.readStored(tokenId, day);
      if (this.stored.size > 10_000) this.stored.clear();
      this.stored.set(k, base);
    }
    const local = (c?: UsageCounts) => (c ? c.requests - c.limited : 0);
    return base + local(this.inflight.get(k)) + local(this.pending.get(k));
  }

  /** This process's counts not yet in the table, for a token and days (the admin's usage read adds them). */
  unwritten(tokenId: number, day: string): UsageCounts {
    const out = zero();
    for (const c of [this.inflight.get(key(tokenId, day)), this.pending.get(key(tokenId, day))]) {
      if (!c) continue;
      out.requests += c.requests;
      out.errors += c.errors;
      out.limited += c.limited;
    }
    return out;
  }

  private async readStored(tokenId: number, day: string): Promise<number> {
    const [r] = await queryRows<{ n: number | string }>(this.orm.em.fork(),
      sql('SELECT requests - limited AS n FROM api_token_usage WHERE token_id = ? AND day = ?', tokenId, day));
    return Number(r?.n ?? 0);
  }

  /** Adds the pending counts to the table (one upsert per token and day), then re-reads those rows for the quota. */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      try {
        if (this.pending.size === 0) return;
        this.inflight = this.pending;
        this.pending = new Map();
        const em = this.orm.em.fork();
        for (const [k, c] of this.inflight) {
          const [tokenId, day] = k.split('|');
          await em.getConnection().execute(
            'INSERT INTO api_token_usage (token_id, day, requests, errors, limited) VALUES (?, ?, ?, ?, ?) ' +
            'ON CONFLICT (token_id, day) DO UPDATE SET requests = api_token_usage.requests + excluded.requests, ' +
            'errors = api_token_usage.errors + excluded.errors, limited = api_token_usage.limited + excluded.limited',
            [Number(tokenId), day, c.requests, c.errors, c.limited], 'run');
          this.stored.set(k, await this.readStored(Number(tokenId), day));
          this.inflight.delete(k);
        }
      } catch (err) {
        // Not lost: the counts go back to pending and the next flush tries again.
        for (const [k, c] of this.inflight) {
          const [tokenId, day] = k.split('|');
          this.add(Number(tokenId), day, c);
        }
        this.inflight = new Map();
        logInternalError(`token usage flush (${this.kind})`, err);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.flushSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing;
    await this.flush();
  }
}
