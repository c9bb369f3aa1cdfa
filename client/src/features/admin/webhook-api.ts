// Webhook endpoints for integrators (admin): list, create, edit, deactivate, delete; the delivery log and replays.
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { WebhookEndpointFieldsFragment, WebhookDeliveriesQuery, WebhookDeliveryStatus, WebhookEventType } from '../../generated/gql/graphql';

export type WebhookEndpoint = WebhookEndpointFieldsFragment;
export type WebhookDelivery = WebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];
export type { WebhookDeliveryStatus, WebhookEventType };

graphql(`fragment WebhookEndpointFields on WebhookEndpoint { id url description eventTypes regionCode active secretMasked version createdBy updatedAt }`);
const LIST = graphql(`query WebhookEndpoints { webhookEndpoints { ...WebhookEndpointFields } }`);
const CREATE = graphql(`mutation CreateWebhookEndpoint($input: WebhookEndpointCreateInput!) { createWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }`);
const UPDATE = graphql(`mutation UpdateWebhookEndpoint($input: WebhookEndpointUpdateInput!) { updateWebhookEndpoint(input: $input) { ...WebhookEndpointFields } }`);
const DELETE = graphql(`mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`);
const DELIVERIES = graphql(`query WebhookDeliveries($endpointId: ID!, $status: WebhookDeliveryStatus, $first: Int!, $after: String) {
  webhookDeliveries(endpointId: $endpointId, status: $status, first: $first, after: $after) {
    edges { node { id eventId eventType entityType entityId status attempts occurredAt nextAttemptAt lastStatusCode lastError deliveredAt
      attemptLog { attempt at statusCode durationMs error } } }
    pageInfo { hasNextPage endCursor } } }`);
const REPLAY = graphql(`mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(id: $id) { id status } }`);
const REPLAY_SINCE = graphql(`mutation ReplayWebhookEvents($endpointId: ID!, $since: DateTimeISO!) { replayWebhookEvents(endpointId: $endpointId, since: $since) }`);

export const fetchEndpoints = async (): Promise<WebhookEndpoint[]> => (await gql(LIST)).webhookEndpoints;

export interface EndpointForm {
  url: string;
  description: string;
  eventTypes: WebhookEventType[];
  regionCode: string | null;
  active: boolean;
  /** Empty on edit: the secret stays. */
  secret: string;
}

export const createEndpoint = async (f: EndpointForm): Promise<WebhookEndpoint> =>
  (await gql(CREATE, { input: { url: f.url, description: f.description, eventTypes: f.eventTypes, regionCode: f.regionCode, active: f.active, secret: f.secret } })).createWebhookEndpoint;

export const updateEndpoint = async (id: string, version: number, f: Partial<EndpointForm>): Promise<WebhookEndpoint> =>
  (await gql(UPDATE, { input: { id, version, ...f, secret: f.secret || undefined } })).updateWebhookEndpoint;

export const deleteEndpoint = async (id: string): Promise<boolean> => (await gql(DELETE, { id })).deleteWebhookEndpoint;

export async function fetchDeliveries(endpointId: string, status: WebhookDeliveryStatus | null, after: string | null) {
  return (await gql(DELIVERIES, { endpointId, status, first: 50, after })).webhookDeliveries;
}

export const replayDelivery = async (id: string) => (await gql(REPLAY, { id })).replayWebhookDelivery;
export const replaySince = async (endpointId: string, since: string): Promise<number> => (await gql(REPLAY_SINCE, { endpointId, since })).replayWebhookEvents;

/** A random signing secret (32 bytes as hex) made in the browser: the admin copies it into the receiver's settings. */
export function randomSecret(): string {
  const b = new Uint8Array(32);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
