import { createHmac } from 'node:crypto';
import { WEBHOOK_LIMITS, webhookRetryDelay } from '@doudi/shared';
import type { DbKind, WebhookSettings } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import { dbDate, fromDbDate } from '../../common/sql.js';

/** The signature header's value: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret>. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

interface Claimed {
  id: number;
  eventId: string;
  eventType: string;
  payload: string;
  occurredAt: Date;
  attempts: number;
  expiresAt: Date;
  url: string;
  secret: string;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  snippet: string | null;
}

// A claim lasts the request's timeout and a margin: another instance takes the row only if this one died meanwhile.
const LEASE_MARGIN_MS = 60_000;

/** The first characters of an answer's body, reading no more than a few kilobytes of it. */
async function snippetOf(res: Response): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < WEBHOOK_LIMITS.responseSnippet * 4) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).toString('utf8').slice(0, WEBHOOK_LIMITS.responseSnippet);
  return text || null;
}

const bounded = (s: string): string => s.slice(0, WEBHOOK_LIMITS.errorLength);

/**
 * The delivery worker of one instance: every DOUDI_WEBHOOK_POLL_MS (and at once after a commit that queued rows) it
 * claims due deliveries, POSTs them, logs each attempt and schedules the retry or gives up (DEAD) after the window.
 * With several instances on PostgreSQL each row is claimed by one (FOR UPDATE SKIP LOCKED and a lease).
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly kind: DbKind,
    private readonly settings: WebhookSettings,
    private readonly log: (line: string) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.settings.pollMs);
    this.timer.unref();
    this.nudge();
  }

  /** Look for due deliveries now (after a commit that queued some, or at the poll). */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        const n = await this.runOnce();
        if (n >= this.settings.batch) this.again = true;
      } catch (err) {
        if (!this.stopped) this.log(`[doudi] webhooks: ${(err as Error)?.name ?? 'Error'}: ${bounded(String((err as Error)?.message ?? err))}`);
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Stops claiming; waits for the requests in flight (each bounded by its timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Claims and delivers one batch; the number claimed. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map(async (d) => this.finish(d, await this.send(d))));
    return claimed.length;
  }

  private async claim(): Promise<Claimed[]> {
    const em = this.orm.em.fork();
    const conn = em.getConnection();
    const now = new Date();
    const lease = new Date(now.getTime() + this.settings.timeoutMs + LEASE_MARGIN_MS);
    const pg = this.kind === 'postgresql';
    const ids = await em.transactional(async (t) => {
      const trx = t.getTransactionContext();
      // PostgreSQL: rows another instance is claiming right now are skipped, not waited for.
      const due = await conn.execute(
        `SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
         WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.locked_until IS NULL OR d.locked_until < ?) AND e.active = ?
         ORDER BY d.next_attempt_at, d.id LIMIT ?${pg ? ' FOR UPDATE OF d SKIP LOCKED' : ''}`,
        [dbDate(this.kind, now), dbDate(this.kind, now), pg ? true : 1, this.settings.batch], 'all', trx) as { id: number }[];
      const list = due.map((r) => Number(r.id));
      if (list.length) {
        await conn.execute(`UPDATE webhook_delivery SET locked_until = ? WHERE id IN (${list.map(() => '?').join(', ')})`,
          [dbDate(this.kind, lease), ...list], 'run', trx);
      }
      return list;
    });
    if (!ids.length) return [];
    const rows = await conn.execute(
      `SELECT d.id, d.event_id, d.event_type, d.payload, d.occurred_at, d.attempts, d.expires_at, e.url, e.secret
       FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id WHERE d.id IN (${ids.map(() => '?').join(', ')})`,
      ids, 'all') as Record<string, unknown>[];
    return rows.map((r) => ({
      id: Number(r.id), eventId: String(r.event_id), eventType: String(r.event_type), payload: String(r.payload),
      occurredAt: fromDbDate(r.occurred_at), attempts: Number(r.attempts), expiresAt: fromDbDate(r.expires_at), url: String(r.url),
      secret: String(r.secret),
    }));
  }

  /** One POST: the body is built per attempt (its timestamp is the attempt's), the signature covers "<timestamp>.<body>". */
  private async send(d: Claimed): Promise<Outcome> {
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ id: d.eventId, type: d.eventType, occurredAt: d.occurredAt.toISOString(), timestamp, data: JSON.parse(d.payload) });
    const started = performance.now();
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        // Redirects are not followed: a receiver that moved is a failure the log shows (3xx).
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Doudi-Webhooks/1',
          'x-doudi-event-id': d.eventId,
          'x-doudi-event-type': d.eventType,
          'x-doudi-timestamp': String(timestamp),
          'x-doudi-signature': webhookSignature(d.secret, timestamp, body),
        },
        body,
      });
      const snippet = await snippetOf(res).catch(() => null);
      const durationMs = Math.round(performance.now() - started);
      const ok = res.status >= 200 && res.status < 300;
      return { ok, statusCode: res.status, durationMs, error: ok ? null : `HTTP ${res.status}`, snippet };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      const why = e.name === 'TimeoutError' ? `timeout after ${this.settings.timeoutMs} ms` : e.cause?.code ?? e.cause?.message ?? e.message;
      return { ok: false, statusCode: null, durationMs: Math.round(performance.now() - started), error: bounded(`${e.name}: ${why}`), snippet: null };
    }
  }

  /** Logs the attempt and moves the delivery on (DELIVERED, the next retry, or DEAD), in one transaction. */
  private async finish(d: Claimed, o: Outcome): Promise<void> {
    const k = this.kind;
    const now = new Date();
    const attempt = d.attempts + 1;
    let status = 'DELIVERED';
    let next = now;
    if (!o.ok) {
      next = new Date(now.getTime() + webhookRetryDelay(attempt, this.settings.retryBaseMs, this.settings.retryMaxMs, Math.random()));
      status = next.getTime() > d.expiresAt.getTime() ? 'DEAD' : 'PENDING';
    }
    const em = this.orm.em.fork();
    await em.transactional(async (t) => {
      const conn = t.getConnection();
      const trx = t.getTransactionContext();
      // The endpoint may have been deleted (with its deliveries) while the request was in flight: nothing to log then.
      const still = await conn.execute(`SELECT id FROM webhook_delivery WHERE id = ?${k === 'postgresql' ? ' FOR UPDATE' : ''}`, [d.id], 'all', trx) as unknown[];
      if (!still.length) return;
      await conn.execute(
        'INSERT INTO webhook_attempt (delivery_id, attempt, at, status_code, duration_ms, error, response_snippet) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [d.id, attempt, dbDate(k, now), o.statusCode, o.durationMs, o.error, o.snippet], 'run', trx);
      await conn.execute(
        `UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, locked_until = NULL, last_status_code = ?, last_error = ?,
         delivered_at = ? WHERE id = ?`,
        [status, attempt, dbDate(k, next), o.statusCode, o.error, o.ok ? dbDate(k, now) : null, d.id], 'run', trx);
    });
    if (status === 'DEAD') this.log(`[doudi] webhooks: delivery ${d.id} (event ${d.eventId}) is dead after ${attempt} attempt(s)`);
  }
}
