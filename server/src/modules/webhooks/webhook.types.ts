import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WebhookDeliveryStatusDef, WebhookEventTypeDef } from '@doudi/shared';
import { ConnectionType } from '../../common/connection.js';

/** The event types as GraphQL enum values (HOUSEHOLD …) standing for the records' entity types (household …). */
export const WebhookEventTypeEnum = Object.fromEntries(WebhookEventTypeDef.values.map((v) => [v.toUpperCase(), v])) as Record<string, string>;
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'The records whose changes an endpoint receives',
  valuesConfig: Object.fromEntries(WebhookEventTypeDef.values.map((v) => [v.toUpperCase(), { description: `${WebhookEventTypeDef.labels[v].zh} (${v})` }])),
});
export const WebhookDeliveryStatusEnum = Object.fromEntries(WebhookDeliveryStatusDef.values.map((v) => [v, v])) as Record<string, string>;
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING (waiting or retrying), DELIVERED (a 2xx answer), DEAD (no 2xx within the retry window)',
});

@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: 'An integrator\'s endpoint: change events of some types in one region scope are POSTed to it (admin)' })
export class WebhookEndpointNode {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String) description!: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes!: string[];
  @Field(() => String, { nullable: true, description: 'township or village code whose events only are sent; null: the whole county' }) regionCode!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => String, { description: 'the signing secret, masked (****ab12): the secret itself is never returned' }) secretMasked!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

@InputType('WebhookEndpointCreateInput')
export class WebhookEndpointCreateInput {
  @Field(() => String, { description: 'http:// or https://, at most 500 characters' }) url!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { description: '16 to 200 characters; write-only' }) secret!: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes!: string[];
  @Field(() => String, { nullable: true, description: 'a township or village code; null: the whole county' }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'default true' }) active?: boolean | null;
}

@InputType('WebhookEndpointUpdateInput', { description: 'Fields left out stay as they are; a wrong version is VERSION_CONFLICT' })
export class WebhookEndpointUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'a new secret; left out: the secret stays' }) secret?: string | null;
  @Field(() => [WebhookEventTypeEnum], { nullable: true }) eventTypes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'null: the whole county; left out: unchanged' }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ObjectType('WebhookAttempt', { simpleResolvers: true, description: 'One POST of a delivery' })
export class WebhookAttemptNode {
  @Field(() => Int) attempt!: number;
  @Field(() => Date) at!: Date;
  @Field(() => Int, { nullable: true, description: 'the HTTP status; null when no answer came' }) statusCode!: number | null;
  @Field(() => Int) durationMs!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'the first 300 characters of the answer' }) responseSnippet!: string | null;
}

@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event for one endpoint, and its attempts' })
export class WebhookDeliveryNode {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => String, { description: 'the event id (X-Doudi-Event-Id): the same on every attempt and replay' }) eventId!: string;
  @Field(() => String, { description: 'e.g. household.updated' }) eventType!: string;
  @Field(() => String) entityType!: string;
  @Field(() => String) entityId!: string;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => WebhookDeliveryStatusEnum) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => Date, { description: 'when the next attempt is due (PENDING)' }) nextAttemptAt!: Date;
  @Field(() => Date, { description: 'retries end here (then DEAD)' }) expiresAt!: Date;
  @Field(() => Int, { nullable: true }) lastStatusCode!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => [WebhookAttemptNode], { description: 'the attempts, oldest first' }) attemptLog!: WebhookAttemptNode[];
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDeliveryNode, 'WebhookDelivery');
