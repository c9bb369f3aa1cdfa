import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { stampOf } from '../../common/service-context.js';
import { PlanNode, MeasureNode, UnitNode } from './tasks.types.js';
import { BulletinNode } from './bulletin.types.js';
import { PlanInput } from './tasks.inputs.js';
import { planNodes, measuresOfPlan } from './plan.query.js';
import { enterPlan, unitDefs } from './plan.service.js';
import { buildBulletin } from './bulletin.service.js';
import { assignmentReader } from './tasks.context.js';

@Resolver(() => PlanNode)
export class PlanResolver {
  @Authorized('tasks:read')
  @Query(() => [PlanNode], { description: 'Plans (方案) with their measures, newest first' })
  async plans(@Ctx() ctx: RequestContext): Promise<PlanNode[]> {
    return planNodes(ctx.em);
  }

  @Authorized('tasks:read')
  @Query(() => [MeasureNode], { description: 'Measures of a plan (of every plan without planId), in order' })
  async measures(@Ctx() ctx: RequestContext, @Arg('planId', () => ID, { nullable: true }) planId?: string | null): Promise<MeasureNode[]> {
    return measuresOfPlan(ctx.em, planId);
  }

  @Authorized('tasks:read')
  @Query(() => [UnitNode], { description: 'Responsible units (责任单位), in board order' })
  async responsibleUnits(@Ctx() ctx: RequestContext): Promise<UnitNode[]> {
    return (await unitDefs(ctx.em)).map((u) => ({ code: u.code, name: u.name, kind: u.kind }));
  }

  @Authorized('tasks:read')
  @Query(() => BulletinNode, { description: '月度通报: per unit, what was overdue and escalated at the month\'s end and what was closed during it (a unit sees its own)' })
  async bulletin(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Arg('planId', () => ID, { nullable: true }) planId?: string | null,
  ): Promise<BulletinNode> {
    return buildBulletin(assignmentReader(ctx), month, ctx.clock.now(), planId);
  }

  @Authorized('tasks:write')
  @Mutation(() => PlanNode, { description: 'Enters a new plan with its measures (the office and the admin); every measure × unit becomes an assignment' })
  async createPlan(@Ctx() ctx: RequestContext, @Arg('input', () => PlanInput) input: PlanInput): Promise<PlanNode> {
    return enterPlan(ctx.em, ctx.access, input, stampOf(ctx), ctx.clock.now());
  }
}
