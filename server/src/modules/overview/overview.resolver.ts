import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { OverviewNode } from './overview.types.js';
import { buildOverview } from './overview.service.js';

@Resolver(() => OverviewNode)
export class OverviewResolver {
  @Authorized('ledger:read')
  @Query(() => OverviewNode, {
    nullable: true,
    description: '统计 — the county overview for a month: households by township × category × risk status, the month\'s check '
      + 'completion, assistance by kind, gradual exits ending soon, overdue 先行救助 paperwork, reserve funds (scope: ledger:read; '
      + 'confined to the caller\'s region)',
  })
  async overview(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM, not after the current month' }) month: string,
    @Arg('regionCode', () => String, { nullable: true, description: 'county, township or village code; default the caller\'s whole scope' }) regionCode?: string | null,
    @Arg('top', () => Int, { nullable: true, description: 'items of the two lists, default 20, at most 200' }) top?: number | null,
  ): Promise<OverviewNode> {
    return buildOverview(ctx.readEm, ctx.access, { month, regionCode, top, now: ctx.clock.now() });
  }
}
