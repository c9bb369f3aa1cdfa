import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../common/context.js';
import { Batcher } from '../../common/batch.js';
import { Relation } from '../../common/enums.js';
import {
  HouseholdNode, HouseholdConnection, HouseholdRowResult, MemberNode, MemberRowResult,
} from './household.types.js';
import {
  HouseholdWhere, HouseholdOrder, HouseholdCreateInput, HouseholdUpdateInput, MemberAddInput, MemberUpdateInput,
  MemberRemoveInput,
} from './household.inputs.js';
import { fetchHouseholdPage, toIntId } from './household.query.js';
import { HouseholdService } from './household.service.js';
import { RowError } from '../../common/row-result.js';
import { forbidden } from '../../common/access.js';
import { toHouseholdNode } from './household.mapper.js';

export const householdService = (ctx: RequestContext) => new HouseholdService({
  em: ctx.em, kind: ctx.config.db.kind, clock: ctx.clock, access: ctx.access, pii: ctx.pii, maskPii: ctx.maskPii,
  stamp: { actor: ctx.access.actor, requestId: ctx.requestId, changeSet: ctx.changeSet },
});
const service = householdService;

/** Rows per bulk mutation: a big paste fits; a runaway client gets a clear error instead of a minutes-long request. */
export const MAX_BATCH = 5000;

function checkBatch(rows: unknown[]): void {
  if (rows.length > MAX_BATCH) {
    throw new GraphQLError(`一次最多提交 ${MAX_BATCH} 行，本次 ${rows.length} 行；请分批提交`, { extensions: { code: 'OUT_OF_RANGE', field: 'input' } });
  }
}

/** Sorting by an ID number or phone would leak their order to a caller who sees them masked. */
const PII_SORT = new Set(['headIdNumber', 'phone']);

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
  ): Promise<HouseholdConnection> {
    if (maskPii) ctx.maskPii = true;
    if (!ctx.access.seesPii && orderBy?.some((o) => PII_SORT.has(o.field))) {
      throw forbidden('没有“查看个人敏感信息”权限（pii:read），不能按身份证号或电话排序', { field: 'orderBy' });
    }
    const page = await fetchHouseholdPage(ctx.em, ctx.config.db.kind, { where, orderBy, first, after, offset }, {
      maxPageSize: ctx.config.maxPageSize,
      countCap: ctx.config.countCap,
      scope: ctx.access.householdScope(),
    });
    const svc = service(ctx);
    return {
      edges: page.rows.map((r, i) => ({ cursor: page.cursors[i], node: svc.present(toHouseholdNode(r)) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      },
      totalCount: async () => (await page.count()).n,
      totalCountKind: async () => (await page.count()).kind,
    };
  }

  @Authorized('ledger:read')
  @Query(() => HouseholdNode, { nullable: true, description: 'One household by id (deleted ones too); null when missing or outside the caller\'s region alike' })
  async household(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<HouseholdNode | null> {
    try {
      return await service(ctx).visibleHousehold(id);
    } catch (err) {
      if (err instanceof RowError) throw new GraphQLError(err.errors[0].message, { extensions: { code: err.errors[0].code } });
      throw err;
    }
  }

  @Authorized('pii:read')
  @Query(() => HouseholdNode, { nullable: true, description: 'One household with its personal data unmasked (pii:read); the reveal is recorded' })
  async revealHousehold(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<HouseholdNode | null> {
    ctx.pii.purpose = 'reveal';
    return this.household(ctx, id);
  }

  @FieldResolver(() => [MemberNode], { description: '家庭成员, the head first' })
  async members(@Root() h: HouseholdNode, @Ctx() ctx: RequestContext): Promise<MemberNode[]> {
    return membersLoader(ctx).load(toIntId(h.id));
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Creates households with their members; one result per row' })
  async createHouseholds(@Ctx() ctx: RequestContext, @Arg('input', () => [HouseholdCreateInput]) input: HouseholdCreateInput[]) {
    checkBatch(input);
    return service(ctx).createHouseholds(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Changes households (id, version and the fields to change); one result per row' })
  async updateHouseholds(@Ctx() ctx: RequestContext, @Arg('input', () => [HouseholdUpdateInput]) input: HouseholdUpdateInput[]) {
    checkBatch(input);
    return service(ctx).updateHouseholds(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Soft-deletes households (restorable)' })
  async deleteHouseholds(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    checkBatch(ids);
    return service(ctx).deleteHouseholds(ids);
  }

  @Authorized('ledger:write')
  @Mutation(() => [HouseholdRowResult], { description: 'Restores deleted households' })
  async restoreHouseholds(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]) {
    checkBatch(ids);
    return service(ctx).restoreHouseholds(ids);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Adds members to households' })
  async addMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberAddInput]) input: MemberAddInput[]) {
    checkBatch(input);
    return service(ctx).addMembers(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Changes members (id, version and the fields to change)' })
  async updateMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberUpdateInput]) input: MemberUpdateInput[]) {
    checkBatch(input);
    return service(ctx).updateMembers(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MemberRowResult], { description: 'Removes members (not the head)' })
  async removeMembers(@Ctx() ctx: RequestContext, @Arg('input', () => [MemberRemoveInput]) input: MemberRemoveInput[]) {
    checkBatch(input);
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
