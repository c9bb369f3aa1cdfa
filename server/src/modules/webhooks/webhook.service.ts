import { GraphQLError } from 'graphql';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import {
  ErrorCode, WEBHOOK_LIMITS, isWebhookEventType, isWebhookRegionScope, maskSecret, webhookUrlProblem,
} from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import type { WebhookSettings } from '../../config.js';
import { serviceDeps, type ServiceDeps } from '../../common/service-context.js';
import { dbDate, fromDbDate, queryRows, sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entity.js';
import type { WebhookAttemptNode, WebhookDeliveryNode, WebhookEndpointCreateInput, WebhookEndpointNode, WebhookEndpointUpdateInput } from './webhook.types.js';

function refuse(code: ErrorCode, field: string | null, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

const CURSOR_TAG = 'webhook-delivery';
const PAGE_MAX = 100;

export function toEndpointNode(e: WebhookEndpoint): WebhookEndpointNode {
  return {
    id: String(e.id), url: e.url, description: e.description, eventTypes: e.eventTypes.split(',').filter(Boolean),
    regionCode: e.regionCode ?? null, active: e.active, secretMasked: maskSecret(e.secret), version: e.version, createdBy: e.createdBy,
    createdAt: e.createdAt, updatedAt: e.updatedAt,
  };
}

/** What the audit trail keeps of an endpoint: everything but the secret, which appears masked. */
const audited = (e: WebhookEndpoint) => ({
  url: e.url, description: e.description, eventTypes: e.eventTypes, regionCode: e.regionCode ?? null, active: e.active, secret: maskSecret(e.secret),
});

/** The administrator's webhook endpoints, their delivery log and replays (docs/webhooks.md). */
export class WebhookService {
  constructor(private readonly deps: ServiceDeps, private readonly settings: WebhookSettings, private readonly nudge: () => void) {}

  private get em(): EntityManager {
    return this.deps.em;
  }

  async list(): Promise<WebhookEndpointNode[]> {
    this.deps.access.requireAdmin();
    return (await this.em.fork().find(WebhookEndpoint, {}, { orderBy: { id: 'asc' } })).map(toEndpointNode);
  }

  private checkUrl(url: string): string {
    const u = url.trim();
    const problem = webhookUrlProblem(u);
    if (problem) throw refuse(u.length > WEBHOOK_LIMITS.urlLength ? 'TOO_LONG' : u ? 'INVALID_VALUE' : 'REQUIRED', 'url', problem);
    return u;
  }

  private checkSecret(secret: string): string {
    if ([...secret].length < WEBHOOK_LIMITS.secretMin) throw refuse('OUT_OF_RANGE', 'secret', `签名密钥至少 ${WEBHOOK_LIMITS.secretMin} 个字符`);
    if ([...secret].length > WEBHOOK_LIMITS.secretMax) throw refuse('TOO_LONG', 'secret', `签名密钥最多 ${WEBHOOK_LIMITS.secretMax} 个字符`);
    return secret;
  }

  private checkTypes(types: string[]): string {
    if (!types.length) throw refuse('REQUIRED', 'eventTypes', '请至少选择一种事件类型');
    const bad = types.find((t) => !isWebhookEventType(t));
    if (bad) throw refuse('INVALID_VALUE', 'eventTypes', `未知的事件类型“${String(bad).slice(0, 30)}”`);
    return [...new Set(types)].join(',');
  }

  private checkRegion(code: string | null | undefined): string | null {
    const c = code?.trim() || null;
    if (!isWebhookRegionScope(c)) throw refuse('INVALID_VALUE', 'regionCode', `区域代码“${String(c).slice(0, 20)}”不是本县的乡镇或村（社区）`);
    return c;
  }

  private checkDescription(d: string | null | undefined): string {
    const s = (d ?? '').trim();
    if ([...s].length > WEBHOOK_LIMITS.descriptionLength) throw refuse('TOO_LONG', 'description', `说明最多 ${WEBHOOK_LIMITS.descriptionLength} 个字符`);
    return s;
  }

  async create(input: WebhookEndpointCreateInput): Promise<WebhookEndpointNode> {
    this.deps.access.requireAdmin();
    const em = this.em.fork();
    const values = {
      url: this.checkUrl(input.url), description: this.checkDescription(input.description), secret: this.checkSecret(input.secret),
      eventTypes: this.checkTypes(input.eventTypes), regionCode: this.checkRegion(input.regionCode), active: input.active ?? true,
      createdBy: this.deps.access.actor,
    };
    if ((await em.count(WebhookEndpoint, {})) >= WEBHOOK_LIMITS.endpoints) {
      throw refuse('OUT_OF_RANGE', null, `最多 ${WEBHOOK_LIMITS.endpoints} 个推送地址；请先删除不用的`);
    }
    const now = this.deps.clock.now();
    const e = await em.transactional(async (t) => {
      const created = t.create(WebhookEndpoint, { ...values, createdAt: now, updatedAt: now });
      await t.flush();
      recordAudit(t, this.deps.stamp, now, [{ action: 'CREATE', entityType: 'webhook_endpoint', entityId: String(created.id), after: audited(created) }]);
      return created;
    });
    return toEndpointNode(e);
  }

  private async find(em: EntityManager, id: string, field = 'id'): Promise<WebhookEndpoint> {
    const n = Number(id);
    const e = Number.isSafeInteger(n) ? await em.findOne(WebhookEndpoint, { id: n }) : null;
    if (!e) throw refuse('NOT_FOUND', field, `推送地址 ${String(id).slice(0, 20)} 不存在`);
    return e;
  }

  async update(input: WebhookEndpointUpdateInput): Promise<WebhookEndpointNode> {
    this.deps.access.requireAdmin();
    const em = this.em.fork();
    const e = await this.find(em, input.id);
    if (e.version !== input.version) throw refuse('VERSION_CONFLICT', 'version', `推送地址已被他人修改（当前版本 ${e.version}），请刷新后重试`);
    const before = audited(e);
    const oldSecret = e.secret;
    if (input.url != null) e.url = this.checkUrl(input.url);
    if (input.description !== undefined) e.description = this.checkDescription(input.description);
    if (input.secret != null) e.secret = this.checkSecret(input.secret);
    if (input.eventTypes != null) e.eventTypes = this.checkTypes(input.eventTypes);
    if (input.regionCode !== undefined) e.regionCode = this.checkRegion(input.regionCode);
    if (input.active != null) e.active = input.active;
    const after = audited(e);
    const secretChanged = e.secret !== oldSecret;
    const entries: AuditEntry[] = (Object.keys(after) as (keyof typeof after)[])
      .filter((k) => (k === 'secret' ? secretChanged : before[k] !== after[k]))
      .map((k) => ({ action: 'UPDATE', entityType: 'webhook_endpoint', entityId: String(e.id), field: k, before: before[k], after: after[k] }));
    if (!entries.length) return toEndpointNode(e);
    const now = this.deps.clock.now();
    e.updatedAt = now;
    try {
      await em.transactional(async (t) => {
        recordAudit(t, this.deps.stamp, now, entries);
        await t.flush();
      });
    } catch (err) {
      if (err instanceof OptimisticLockError) throw refuse('VERSION_CONFLICT', 'version', '推送地址刚被他人修改，请刷新后重试');
      throw err;
    }
    if (e.active) this.nudge();
    return toEndpointNode(e);
  }

  /** Deletes an endpoint with its deliveries and their log. */
  async delete(id: string): Promise<boolean> {
    this.deps.access.requireAdmin();
    const em = this.em.fork();
    const e = await this.find(em, id);
    const now = this.deps.clock.now();
    await em.transactional(async (t) => {
      const conn = t.getConnection();
      const trx = t.getTransactionContext();
      await conn.execute('DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM webhook_delivery WHERE endpoint_id = ?)', [e.id], 'run', trx);
      await conn.execute('DELETE FROM webhook_delivery WHERE endpoint_id = ?', [e.id], 'run', trx);
      recordAudit(t, this.deps.stamp, now, [{ action: 'DELETE', entityType: 'webhook_endpoint', entityId: String(e.id), before: audited(e) }]);
      t.remove(t.getReference(WebhookEndpoint, e.id));
      await t.flush();
    });
    return true;
  }

  /** An endpoint's deliveries, newest first, with their attempts. */
  async deliveries(endpointId: string, status: string | null | undefined, first: number, after?: string | null) {
    this.deps.access.requireAdmin();
    checkPageSize(first, PAGE_MAX);
    const em = this.em.fork();
    const e = await this.find(em, endpointId, 'endpointId');
    const below = idBelow(after, CURSOR_TAG);
    const where = [sql('endpoint_id = ?', e.id)];
    if (status) where.push(sql('status = ?', status));
    if (below !== null) where.push(sql('id < ?', below));
    const rows = await queryRows<Record<string, unknown> & { id: number }>(em, {
      text: `SELECT * FROM webhook_delivery WHERE ${where.map((w) => w.text).join(' AND ')} ORDER BY id DESC LIMIT ?`,
      params: [...where.flatMap((w) => w.params), first + 1],
    });
    const ids = rows.slice(0, first).map((r) => Number(r.id));
    const attempts = ids.length ? await em.find(WebhookAttempt, { deliveryId: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
    const byDelivery = new Map<number, WebhookAttemptNode[]>();
    for (const a of attempts) {
      const list = byDelivery.get(a.deliveryId) ?? [];
      list.push({ attempt: a.attempt, at: a.at, statusCode: a.statusCode ?? null, durationMs: a.durationMs, error: a.error ?? null, responseSnippet: a.responseSnippet ?? null });
      byDelivery.set(a.deliveryId, list);
    }
    return idDescPage(rows, first, after, CURSOR_TAG, (r): WebhookDeliveryNode => deliveryNode(r, byDelivery.get(Number(r.id)) ?? []));
  }

  /** Sends one delivery again (whatever its state): due now, with a new retry window; the event id stays. */
  async replayDelivery(id: string): Promise<WebhookDeliveryNode> {
    this.deps.access.requireAdmin();
    const em = this.em.fork();
    const n = Number(id);
    const d = Number.isSafeInteger(n) ? await em.findOne(WebhookDelivery, { id: n }) : null;
    if (!d) throw refuse('NOT_FOUND', 'id', `推送记录 ${String(id).slice(0, 20)} 不存在`);
    const now = this.deps.clock.now();
    const before = d.status;
    await em.transactional(async (t) => {
      await this.requeue(t, sql('id = ?', d.id));
      recordAudit(t, this.deps.stamp, now, [{ action: 'UPDATE', entityType: 'webhook_delivery', entityId: String(d.id), field: 'status', before, after: 'PENDING' }]);
      await t.flush();
    });
    this.nudge();
    const [row] = await queryRows<Record<string, unknown>>(em, sql('SELECT * FROM webhook_delivery WHERE id = ?', d.id));
    const attempts = await em.find(WebhookAttempt, { deliveryId: d.id }, { orderBy: { id: 'asc' } });
    return deliveryNode(row, attempts.map((a) => ({ attempt: a.attempt, at: a.at, statusCode: a.statusCode ?? null, durationMs: a.durationMs, error: a.error ?? null, responseSnippet: a.responseSnippet ?? null })));
  }

  /** Sends again every delivery of an endpoint whose event happened at or after `since`; how many were queued. */
  async replaySince(endpointId: string, since: Date): Promise<number> {
    this.deps.access.requireAdmin();
    if (!(since instanceof Date) || Number.isNaN(since.getTime())) throw refuse('INVALID_VALUE', 'since', '时间格式无效');
    const em = this.em.fork();
    const e = await this.find(em, endpointId, 'endpointId');
    const k = this.deps.kind;
    const which = sql('endpoint_id = ? AND occurred_at >= ?', e.id, dbDate(k, since));
    const [{ n }] = await queryRows<{ n: unknown }>(em, { text: `SELECT COUNT(*) AS n FROM webhook_delivery WHERE ${which.text}`, params: which.params });
    const count = Number(n);
    if (count > WEBHOOK_LIMITS.replay) {
      throw refuse('OUT_OF_RANGE', 'since', `该时间之后有 ${count} 条推送，一次最多重发 ${WEBHOOK_LIMITS.replay} 条；请选择更晚的时间`);
    }
    const now = this.deps.clock.now();
    await em.transactional(async (t) => {
      await this.requeue(t, which);
      recordAudit(t, this.deps.stamp, now, [{ action: 'UPDATE', entityType: 'webhook_endpoint', entityId: String(e.id), field: 'replay', after: { since: since.toISOString(), count } }]);
      await t.flush();
    });
    if (count) this.nudge();
    return count;
  }

  private async requeue(t: EntityManager, which: { text: string; params: unknown[] }): Promise<void> {
    const k = this.deps.kind;
    const now = new Date();
    await t.getConnection().execute(
      `UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, expires_at = ?, locked_until = NULL WHERE ${which.text}`,
      [dbDate(k, now), dbDate(k, new Date(now.getTime() + this.settings.retryWindowMs)), ...which.params], 'run', t.getTransactionContext());
  }
}

function deliveryNode(r: Record<string, unknown>, attemptLog: WebhookAttemptNode[]): WebhookDeliveryNode {
  const date = (v: unknown) => (v === null || v === undefined ? null : fromDbDate(v));
  return {
    id: String(r.id), endpointId: String(r.endpoint_id), eventId: String(r.event_id), eventType: String(r.event_type), entityType: String(r.entity_type),
    entityId: String(r.entity_id), regionCode: (r.region_code as string | null) ?? null, status: String(r.status), attempts: Number(r.attempts),
    occurredAt: fromDbDate(r.occurred_at), nextAttemptAt: fromDbDate(r.next_attempt_at), expiresAt: fromDbDate(r.expires_at),
    lastStatusCode: r.last_status_code === null || r.last_status_code === undefined ? null : Number(r.last_status_code),
    lastError: (r.last_error as string | null) ?? null, deliveredAt: date(r.delivered_at), attemptLog,
  };
}

/** The request's service; `webhooks` (the worker's nudge) is on the context when the app runs one. */
export const webhookService = (ctx: RequestContext): WebhookService =>
  new WebhookService(serviceDeps(ctx), ctx.config.webhooks, () => ctx.webhooksNudge?.());
