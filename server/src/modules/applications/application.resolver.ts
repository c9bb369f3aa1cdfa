import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { ApplicationService } from './application.service.js';
import {
  AnswerObjectionInput, ApplicationConnection, ApplicationDetail, ApplicationResult, ApplicationWhere, CreateApplicationInput,
  DecideApplicationInput, DibaoListRow, RecordApplicationStepInput, RecordObjectionInput,
} from './application.types.js';

const service = (ctx: RequestContext) => new ApplicationService(serviceDeps(ctx), ctx.config.applications.decisionDays);
const REGION = { nullable: true, description: 'region-code prefix (county, township, village); default the caller\'s region' } as const;

/** 申请→审批 for 低保 and 特困 (measure 1), and the lists of measures 2 and 3 read against the 低保标准. */
@Resolver()
export class ApplicationResolver {
  @Authorized('ledger:read')
  @Query(() => ApplicationConnection, { description: 'Applications, newest first; where.step is the queue (申请待核对 … 待审批), where.overdue the undecided past their due date' })
  async applications(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => ApplicationWhere, { nullable: true }) where?: ApplicationWhere | null,
    @Arg('first', () => Int, { nullable: true, description: 'page size, default 100, at most 500' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string | null,
  ): Promise<ApplicationConnection> {
    return service(ctx).page(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => ApplicationDetail, { nullable: true, description: 'One application with its steps, objections, files and timeline (null when missing or outside the caller\'s region)' })
  async application(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApplicationDetail | null> {
    return service(ctx).detail(id);
  }

  @Authorized('ledger:write')
  @Mutation(() => ApplicationResult, { description: '登记申请 (低保: a household or 单人保; 特困: one member); the decision is due DOUDI_APPLICATION_DECISION_DAYS later' })
  async createApplication(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApplicationInput) input: CreateApplicationInput): Promise<ApplicationResult> {
    return service(ctx).create(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => ApplicationResult, { description: 'Records the next step (ECONOMIC_CHECK → HOME_VISIT → DEMOCRATIC_REVIEW → PUBLIC_NOTICE); STEP_OUT_OF_ORDER otherwise' })
  async recordApplicationStep(@Ctx() ctx: RequestContext, @Arg('input', () => RecordApplicationStepInput) input: RecordApplicationStepInput): Promise<ApplicationResult> {
    return service(ctx).recordStep(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => ApplicationResult, { description: '公示异议: records an objection raised during the notice (the county cannot approve while one is unanswered)' })
  async recordApplicationObjection(@Ctx() ctx: RequestContext, @Arg('input', () => RecordObjectionInput) input: RecordObjectionInput): Promise<ApplicationResult> {
    return service(ctx).recordObjection(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => ApplicationResult, { description: '异议答复: answers an objection of the notice' })
  async answerApplicationObjection(@Ctx() ctx: RequestContext, @Arg('input', () => AnswerObjectionInput) input: AnswerObjectionInput): Promise<ApplicationResult> {
    return service(ctx).answerObjection(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => ApplicationResult, { description: '审批 (county only): approve (amount, startMonth; creates the 低保 case or 特困 person) or reject (reason)' })
  async decideApplication(@Ctx() ctx: RequestContext, @Arg('input', () => DecideApplicationInput) input: DecideApplicationInput): Promise<ApplicationResult> {
    return service(ctx).decide(input);
  }

  @Authorized('ledger:read')
  @Query(() => [DibaoListRow], { description: '渐退 candidates: active whole-household 低保 cases whose latest check\'s income per capita is above this year\'s 低保标准' })
  async gradualExitCandidates(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<DibaoListRow[]> {
    return service(ctx).gradualExitCandidates(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => [DibaoListRow], { description: '因疫致困 应保未保: households with the 因疫 risk type, income below the 低保标准, no active case and no open application' })
  async epidemicUncovered(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<DibaoListRow[]> {
    return service(ctx).epidemicUncovered(regionCode);
  }
}
