import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../common/selection.js';
import type { RequestContext } from '../../common/context.js';
import { Batcher, checkBatch } from '../../common/batch.js';
import { Relation } from '../../common/enums.js';
import {
  HouseholdNode, HouseholdConnection, HouseholdRowResult, MemberNode, MemberRowResult,
} from './household.types.js';
import {
  HouseholdWhere, HouseholdOrder, HouseholdCreateInput, HouseholdUpdateInput, MemberAddInput, MemberUpdateInput,
  MemberRemoveInput,
} from './household.inputs.js';
import { toIntId } from './household.query.js';
import { householdService as service, type HouseholdPage } from './household.service.js';


function membersLoader(ctx: RequestContext): Batcher<number, MemberNode[]> {
  let b = ctx.loaders.get('members') as Batcher<number, MemberNode[]> | undefined;
  if (!b) {
    b = new Batcher((ids) => service(ctx).membersOf(ids), []);
    ctx.loaders.set('members', b);
  }
  return b;
}

@Resolver(() => HouseholdNode)
export class HouseholdResolver {
  @Authorized('ledger:read')
  @Query(() => HouseholdConnection, { description: 'Households of the monitoring ledgers, as a Relay connection (scope: ledger:read; confined to the caller\'s region)' })
  async households(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => HouseholdWhere, { nullable: true }) where?: HouseholdWhere | null,
    @Arg('orderBy', () => [HouseholdOrder], { nullable: true }) orderBy?: HouseholdOrder[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'page size, default 100, at most 500' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
    @Arg('offset', () => Int, { nullable: true, description: 'rows to skip (after the cursor, if any)' }) offset?: number | null,
    @Arg('maskPii', () => Boolean, { nullable: true, description: 'true: personal data masked even for a caller with pii:read (the grid reveals row by row with revealHousehold)' }) maskPii?: boolean | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<HouseholdPage> {
    if (maskPii) ctx.maskPii = true;
    // The page reads only the columns of the node fields the query selects.
    const fields = info ? selectedFields(info, ['edges', 'node']) : null;
    return service(ctx).page({ where, orderBy, first, after, offset }, { maxPageSize: ctx.config.maxPageSize, countCap: ctx.config.countCap }, fields);
  }

  @Authorized('ledger:read')
  @Query(() => HouseholdNode, { nullable: true, description: 'One household by id (deleted ones too); null when missing or outside the caller\'s region alike' })
  async household(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<HouseholdNode | null> {
    return service(ctx).readHousehold(id);
  }

  @Authorized('pii:read')
  @Query(() => HouseholdNode, { nullable: true, description: 'One household with its personal data unmasked (pii:read); the reveal is recorded' })
  async revealHousehold(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<HouseholdNode | null> {
    return service(ctx).revealHousehold(id);
  }

  @FieldResolver(() => [MemberNode], { description: '家庭成员, the head first' })
  async members(@Root() h: HouseholdNode, @Ctx() ctx: RequestContext): Promise<MemberNode[]> {
    return membersLoader(ctx).load(toIntId(h.id));
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Creates households with their members; one result per row' })
  async createHouseholds(@Ctx() ctx: RequestContext, @Arg('input', () => [HouseholdCreateInput]) input: HouseholdCreateInput[]) {
    checkBatch(input, 'input');
    return service(ctx).createHouseholds(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Changes households (id, version and the fields to change); one result per row' })
  async updateHouseholds(@Ctx() ctx: RequestContext, @Arg('input', () => [HouseholdUpdateInput]) input: HouseholdUpdateInput[]) {
    checkBatch(input, 'input');
    return service(ctx).updateHouseholds(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Soft-deletes households (restorable)' })
  async deleteHouseholds(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    checkBatch(ids, 'input');
    return service(ctx).deleteHouseholds(ids);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Restores deleted households' })
  async restoreHouseholds(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    checkBatch(ids, 'input');
    return service(ctx).restoreHouseholds(ids);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Adds members to households' })
  async addMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberAddInput]) input: MemberAddInput[]) {
    checkBatch(input, 'input');
    return service(ctx).addMembers(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Changes members (id, version and the fields to change)' })
  async updateMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberUpdateInput]) input: MemberUpdateInput[]) {
    checkBatch(input, 'input');
    return service(ctx).updateMembers(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Removes members (not the head)' })
  async removeMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberRemoveInput]) input: MemberRemoveInput[]) {
    checkBatch(input, 'input');
    return service(ctx).removeMembers(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => HouseholdRowResult, { description: 'Makes another member the head of household' })
  async setHouseholdHead(
    @Ctx() ctx: RequestContext,
    @Arg('householdId', () => ID) householdId: string,
    @Arg('version', () => Int) version: number,
    @Arg('memberId', () => ID) memberId: string,
    @Arg('formerHeadRelation', () => Relation, { defaultValue: 'OTHER' }) formerHeadRelation: string,
  ) {
    return service(ctx).setHead(householdId, version, memberId, formerHeadRelation);
  }
}
