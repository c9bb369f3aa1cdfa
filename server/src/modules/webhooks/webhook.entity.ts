import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AuthoredEntity } from '../../common/base-entity.js';

/**
 * An integrator's endpoint (接口推送地址): where the change events of some types and one region scope are POSTed.
 * The secret signs the deliveries; it is stored to sign them and never returned by the API (shown masked).
 */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint extends AuthoredEntity<'description' | 'regionCode' | 'active'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 500 })
  url!: string;

  @Property({ type: 'string', length: 100, default: '' })
  description: string = '';

  @Property({ type: 'string', length: 200 })
  secret!: string;

  /** Comma-separated WebhookEventType values (household,member,…). */
  @Property({ type: 'string', length: 500 })
  eventTypes!: string;

  /** A region code (township or village) whose events only are queued; null: the whole county. */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}

/**
 * The outbox: one row per event per matching active endpoint, written in the transaction of the change (a rolled-back
 * change has none). The delivery worker claims due rows (PostgreSQL: FOR UPDATE SKIP LOCKED) and records attempts.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ name: 'webhook_delivery_event_unique', properties: ['endpointId', 'eventId'] })
@Index({ name: 'webhook_delivery_due_idx', properties: ['status', 'nextAttemptAt'] })
@Index({ name: 'webhook_delivery_endpoint_idx', properties: ['endpointId', 'id'] })
@Index({ name: 'webhook_delivery_occurred_idx', properties: ['endpointId', 'occurredAt'] })
export class WebhookDelivery {
  [OptionalProps]?: 'regionCode' | 'attempts' | 'lockedUntil' | 'lastStatusCode' | 'lastError' | 'deliveredAt' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  endpointId!: number;

  /** The event's id (the same for every endpoint and every attempt: receivers deduplicate by it). */
  @Property({ type: 'string', length: 36 })
  eventId!: string;

  /** e.g. household.updated */
  @Property({ type: 'string', length: 48 })
  eventType!: string;

  @Property({ type: 'string', length: 32 })
  entityType!: string;

  @Property({ type: 'string', length: 32 })
  entityId!: string;

  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  /** The payload's `data` (JSON text, no personal data). */
  @Property({ type: 'text' })
  payload!: string;

  @Property({ type: 'datetime', length: 3 })
  occurredAt!: Date;

  /** PENDING, DELIVERED, DEAD */
  @Property({ type: 'string', length: 16 })
  status!: string;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', length: 3 })
  nextAttemptAt!: Date;

  /** Retries stop (DEAD) after this time: the event's time + DOUDI_WEBHOOK_RETRY_WINDOW_MS, or a replay's. */
  @Property({ type: 'datetime', length: 3 })
  expiresAt!: Date;

  /** A claim's lease: while it lasts no other instance claims the row. */
  @Property({ type: 'datetime', length: 3, nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  @Property({ type: 'string', length: 300, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

/** One attempt of one delivery: the delivery log. */
@Entity({ tableName: 'webhook_attempt' })
@Index({ name: 'webhook_attempt_delivery_idx', properties: ['deliveryId', 'id'] })
export class WebhookAttempt {
  [OptionalProps]?: 'statusCode' | 'error' | 'responseSnippet';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer' })
  deliveryId!: number;

  /** 1, 2, … counted over the delivery's life (a replay continues the count). */
  @Property({ type: 'integer' })
  attempt!: number;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  /** The HTTP status; null when no answer came (timeout, refused connection). */
  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Property({ type: 'integer' })
  durationMs!: number;

  @Property({ type: 'string', length: 300, nullable: true })
  error?: string | null;

  /** The first characters of the answer's body (WEBHOOK_LIMITS.responseSnippet), nothing more. */
  @Property({ type: 'string', length: 300, nullable: true })
  responseSnippet?: string | null;
}

export const WEBHOOK_ENTITIES = [WebhookEndpoint, WebhookDelivery, WebhookAttempt];
