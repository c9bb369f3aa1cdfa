import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { webhookService } from './webhook.service.js';
import {
  WebhookDeliveryConnection, WebhookDeliveryNode, WebhookDeliveryStatusEnum, WebhookEndpointCreateInput, WebhookEndpointNode,
  WebhookEndpointUpdateInput,
} from './webhook.types.js';

/** Webhooks for integrators (admin only): endpoints, the delivery log, replays. docs/webhooks.md */
@Resolver()
export class WebhookResolver {
  @Query(() => [WebhookEndpointNode], { description: 'The webhook endpoints (admin)' })
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpointNode[]> {
    return webhookService(ctx).list();
  }

  @Mutation(() => WebhookEndpointNode, { description: 'Registers a webhook endpoint (admin; audited; at most 20)' })
  async createWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookEndpointCreateInput) input: WebhookEndpointCreateInput): Promise<WebhookEndpointNode> {
    return webhookService(ctx).create(input);
  }

  @Mutation(() => WebhookEndpointNode, { description: 'Changes a webhook endpoint (admin; audited; VERSION_CONFLICT on a stale version)' })
  async updateWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('input', () => WebhookEndpointUpdateInput) input: WebhookEndpointUpdateInput): Promise<WebhookEndpointNode> {
    return webhookService(ctx).update(input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a webhook endpoint with its deliveries and their log (admin; audited)' })
  async deleteWebhookEndpoint(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return webhookService(ctx).delete(id);
  }

  @Query(() => WebhookDeliveryConnection, { description: 'An endpoint\'s deliveries, newest first, with their attempts (admin; first at most 100)' })
  async webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status?: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return webhookService(ctx).deliveries(endpointId, status, first, after);
  }

  @Mutation(() => WebhookDeliveryNode, { description: 'Sends one delivery again, whatever its state, with the same event id (admin; audited)' })
  async replayWebhookDelivery(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<WebhookDeliveryNode> {
    return webhookService(ctx).replayDelivery(id);
  }

  @Mutation(() => Int, { description: 'Sends again every delivery of an endpoint whose event happened at or after `since` (admin; audited; at most 10000); how many' })
  async replayWebhookEvents(
    @Ctx() ctx: RequestContext,
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('since', () => Date) since: Date,
  ): Promise<number> {
    return webhookService(ctx).replaySince(endpointId, since);
  }
}
