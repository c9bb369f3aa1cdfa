import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { inWebhookScope, isWebhookEventType } from '@doudi/shared';
import type { DbKind, WebhookSettings } from '../../config.js';
import { dbDate } from '../../common/sql.js';
import { preparedEvents, type ChangeEvent, type RawTransactionWriter } from '../events/event-bus.js';

/** What an integrator receives as `data`: ids, region, field names, actor; never a value of a field (docs/webhooks.md). */
export interface WebhookEventData {
  entityType: string;
  entityId: string;
  householdId: number | null;
  regionCode: string | null;
  actions: string[];
  deleted: boolean;
  fields: string[];
  actor: string;
  changeSet: string | null;
  requestId: string;
}

/** household.created, member.updated, assignment.deleted, household.restored … */
export function webhookEventType(e: Pick<ChangeEvent, 'entityType' | 'actions' | 'deleted'>): string {
  const verb = e.deleted ? 'deleted' : e.actions.includes('CREATE') ? 'created' : e.actions.includes('RESTORE') ? 'restored' : 'updated';
  return `${e.entityType}.${verb}`;
}

export function webhookData(e: ChangeEvent): WebhookEventData {
  return {
    entityType: e.entityType, entityId: e.entityId, householdId: e.householdId, regionCode: e.regionCode, actions: e.actions,
    deleted: e.deleted, fields: e.fields, actor: e.actor, changeSet: e.changeSet, requestId: e.requestId,
  };
}

const COLUMNS = ['endpoint_id', 'event_id', 'event_type', 'entity_type', 'entity_id', 'region_code', 'payload', 'occurred_at', 'status',
  'attempts', 'next_attempt_at', 'expires_at', 'created_at'];
const ROWS_PER_INSERT = 200;

interface EndpointScope {
  id: number;
  types: Set<string>;
  regionCode: string | null;
}

/**
 * The ORM subscriber that writes the outbox: before a transaction that recorded audit rows commits, each of its
 * events is queued for every active endpoint whose types and region scope it matches, on the transaction's own
 * connection. A rolled-back change never reaches this point; a failed insert rolls the change back.
 */
export class WebhookOutbox implements EventSubscriber {
  private readonly queuedIn = new WeakSet<object>();

  constructor(private readonly kind: DbKind, private readonly settings: WebhookSettings, private readonly onQueued: () => void) {}

  async beforeTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const events = preparedEvents(args).filter((e) => isWebhookEventType(e.entityType));
    if (!events.length || !args.transaction) return;
    const trx = args.transaction;
    // An ORM transaction, or the Excel import's raw connection (events/event-bus.ts rawTransactionCommitting).
    const raw = (args as TransactionEventArgs & { raw?: RawTransactionWriter }).raw;
    const conn = args.em.getConnection();
    const all = (sql: string, params: unknown[]) =>
      raw ? raw.all(sql, params) : conn.execute(sql, params, 'all', trx) as Promise<Record<string, unknown>[]>;
    const run = async (sql: string, params: unknown[]) => {
      if (raw) await raw.run(sql, params);
      else await conn.execute(sql, params, 'run', trx);
    };
    const rows = await all('SELECT id, event_types, region_code FROM webhook_endpoint WHERE active = ?', [this.kind === 'sqlite' ? 1 : true]);
    if (!rows.length) return;
    const endpoints: EndpointScope[] = rows.map((r) => ({
      id: Number(r.id), types: new Set(String(r.event_types).split(',')), regionCode: (r.region_code as string | null) ?? null,
    }));
    const now = new Date();
    const values: unknown[][] = [];
    for (const e of events) {
      const payload = JSON.stringify(webhookData(e));
      const occurred = new Date(e.at);
      for (const ep of endpoints) {
        if (!ep.types.has(e.entityType) || !inWebhookScope(ep.regionCode, e.regionCode)) continue;
        values.push([ep.id, e.eventId, webhookEventType(e), e.entityType, e.entityId, e.regionCode, payload, dbDate(this.kind, occurred),
          'PENDING', 0, dbDate(this.kind, now), dbDate(this.kind, new Date(now.getTime() + this.settings.retryWindowMs)), dbDate(this.kind, now)]);
      }
    }
    for (let i = 0; i < values.length; i += ROWS_PER_INSERT) {
      const chunk = values.slice(i, i + ROWS_PER_INSERT);
      const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
      await run(`INSERT INTO webhook_delivery (${COLUMNS.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
    }
    if (values.length) this.queuedIn.add(trx as object);
  }

  afterTransactionCommit(args: TransactionEventArgs): void {
    if (args.transaction && this.queuedIn.has(args.transaction as object)) this.onQueued();
  }
}
