import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { HouseholdWhere } from '../household/household.inputs.js';
import {
  HouseholdAggregate, HouseholdGroupField, MonthlyCheckAggregate, MonthlyCheckAggregateWhere, MonthlyCheckGroupField,
} from './aggregate.types.js';
import { aggregateService } from './aggregate.service.js';

@Resolver()
export class AggregateResolver {
  @Authorized('ledger:read')
  @Query(() => HouseholdAggregate, { description: 'Households counted and summed by groups (at most 4 groupBy fields, DOUDI_AGGREGATE_MAX_GROUPS groups, 1000 by default: truncated beyond), under the same scope and filters as `households` (scope: ledger:read)' })
  async householdsAggregate(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => HouseholdWhere, { nullable: true }) where?: HouseholdWhere | null,
    @Arg('groupBy', () => [HouseholdGroupField], { nullable: true, description: 'none: one group of all the matching households' }) groupBy?: HouseholdGroupField[] | null,
  ): Promise<HouseholdAggregate> {
    return aggregateService(ctx).households(where, groupBy);
  }

  @Authorized('ledger:read')
  @Query(() => MonthlyCheckAggregate, { description: 'Monthly checks of a month range counted and summed by groups (at most 4 groupBy fields, DOUDI_AGGREGATE_MAX_GROUPS groups, 1000 by default: truncated beyond), under the caller\'s scope (scope: ledger:read)' })
  async monthlyChecksAggregate(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => MonthlyCheckAggregateWhere) where: MonthlyCheckAggregateWhere,
    @Arg('groupBy', () => [MonthlyCheckGroupField], { nullable: true, description: 'none: one group of all the matching checks' }) groupBy?: MonthlyCheckGroupField[] | null,
  ): Promise<MonthlyCheckAggregate> {
    return aggregateService(ctx).monthlyChecks(where, groupBy);
  }
}
