import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { Batcher } from '../../common/batch.js';
import { ApiTokenNode } from './auth.types.js';
import { ApiTokenUsageDay } from './token-admin.types.js';
import { tokenAdminService } from './token-admin.service.js';

function todayLoader(ctx: RequestContext): Batcher<number, number> {
  let b = ctx.loaders.get('tokenRequestsToday') as Batcher<number, number> | undefined;
  if (!b) {
    b = new Batcher((ids) => tokenAdminService(ctx).requestsToday(ids), 0);
    ctx.loaders.set('tokenRequestsToday', b);
  }
  return b;
}

/** API tokens' limits and usage (admin): the token list's extra fields, the usage by day, changing the limits. */
@Resolver(() => ApiTokenNode)
export class TokenAdminResolver {
  @FieldResolver(() => Int, { description: 'requests per minute in force (its own, or the server\'s default)' })
  effectiveRateLimitPerMinute(@Root() t: ApiTokenNode, @Ctx() ctx: RequestContext): number {
    return tokenAdminService(ctx).effectiveRate(t);
  }

  @FieldResolver(() => Int, { description: 'requests per China calendar day in force (its own, or the server\'s default)' })
  effectiveDailyQuota(@Root() t: ApiTokenNode, @Ctx() ctx: RequestContext): number {
    return tokenAdminService(ctx).effectiveQuota(t);
  }

  @FieldResolver(() => Int, { description: 'requests today (China time), refused ones included' })
  async requestsToday(@Root() t: ApiTokenNode, @Ctx() ctx: RequestContext): Promise<number> {
    return todayLoader(ctx).load(Number(t.id));
  }

  @Query(() => [ApiTokenUsageDay], { description: 'An API token\'s requests per China calendar day from..to (YYYY-MM-DD, at most 366 days), zeros included (admin)' })
  async apiTokenUsage(
    @Ctx() ctx: RequestContext,
    @Arg('tokenId', () => ID) tokenId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ): Promise<ApiTokenUsageDay[]> {
    return tokenAdminService(ctx).usage(tokenId, from, to);
  }

  @Mutation(() => ApiTokenNode, { description: 'Sets an API token\'s requests per minute and per day; null: back to the server\'s default (admin)' })
  async updateApiTokenLimits(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('rateLimitPerMinute', () => Int, { nullable: true }) rateLimitPerMinute?: number | null,
    @Arg('dailyQuota', () => Int, { nullable: true }) dailyQuota?: number | null,
  ): Promise<ApiTokenNode> {
    return tokenAdminService(ctx).updateLimits(id, { rateLimitPerMinute, dailyQuota });
  }
}
