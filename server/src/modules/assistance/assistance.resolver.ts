import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { DibaoService } from './dibao.service.js';
import { ReliefService } from './relief.service.js';
import { TekunService } from './tekun.service.js';
import {
  AssessmentBatchNode, AssessmentBatchResult, CreateAssessmentBatchInput, DibaoCaseConnection, DibaoCaseNode, DibaoCaseResult,
  DrawSpotCheckResult, EndDibaoInput, EnrolDibaoInput, EnrolTekunInput, FinalAssessmentInput, GrantReliefInput,
  ReliefGrantConnection, ReliefGrantNode, ReliefGrantResult, ReserveFundNode, ReserveFundResult,
  SelfCareAssessmentInput, SelfCareAssessmentResult, StartGradualExitInput, TekunPersonConnection, TekunPersonResult,
} from './assistance.types.js';
import { DibaoCaseWhere, ReliefGrantWhere, TekunPersonWhere } from './assistance.where.js';

const dibao = (ctx: RequestContext) => new DibaoService(serviceDeps(ctx));
const relief = (ctx: RequestContext) => new ReliefService(serviceDeps(ctx));
const tekun = (ctx: RequestContext) => new TekunService(serviceDeps(ctx));

const FIRST = { nullable: true, description: 'page size, default 100, at most 500' } as const;
const AFTER = { nullable: true, description: 'endCursor of the previous page' } as const;
const REGION = { nullable: true, description: 'region-code prefix (county, township, village); default the caller\'s region' } as const;

/** 救助: 低保 (measures 1–2), 临时救助 (4–5), 特困供养 (6–8). Scoped like the ledgers; every write audited. */
@Resolver()
export class AssistanceResolver {
  // ---- 低保 ---------------------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => DibaoCaseConnection, { description: '低保 cases, newest first (scope: ledger:read; township staff see their township)' })
  async dibaoCases(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => DibaoCaseWhere, { nullable: true }) where?: DibaoCaseWhere | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, AFTER) after?: string | null,
  ): Promise<DibaoCaseConnection> {
    return dibao(ctx).page(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => [DibaoCaseNode], { description: '收入超标或稳定就业监测名单: cases in the gradual-exit period with months left and notice status, soonest end first' })
  async gradualExits(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<DibaoCaseNode[]> {
    return dibao(ctx).gradualExits(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => [DibaoCaseNode], { description: 'Flag list: active whole-household 低保 cases (not in gradual exit) with income per capita above this year\'s monitoring line' })
  async dibaoAboveLine(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<DibaoCaseNode[]> {
    return dibao(ctx).aboveLine(regionCode);
  }

  @Authorized('ledger:write')
  @Mutation(() => DibaoCaseResult, { description: '纳入低保: a household, or one member alone (单人保: severe disability grade 1–2 or serious illness, depending on the family)' })
  async enrolDibao(@Ctx() ctx: RequestContext, @Arg('input', () => EnrolDibaoInput) input: EnrolDibaoInput): Promise<DibaoCaseResult> {
    return dibao(ctx).enrol(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => DibaoCaseResult, { description: '进入渐退期: start date and a recorded formal written notice; ends at most 18 months later (OUT_OF_RANGE beyond)' })
  async startGradualExit(@Ctx() ctx: RequestContext, @Arg('input', () => StartGradualExitInput) input: StartGradualExitInput): Promise<DibaoCaseResult> {
    return dibao(ctx).startGradualExit(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => DibaoCaseResult, { description: '退出低保: ends the case on the first day of the next month (from the gradual exit: income or work stable)' })
  async endDibao(@Ctx() ctx: RequestContext, @Arg('input', () => EndDibaoInput) input: EndDibaoInput): Promise<DibaoCaseResult> {
    return dibao(ctx).end(input);
  }

  // ---- 临时救助 -------------------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => ReliefGrantConnection, { description: '临时救助 grants, newest first' })
  async reliefGrants(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => ReliefGrantWhere, { nullable: true }) where?: ReliefGrantWhere | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, AFTER) after?: string | null,
  ): Promise<ReliefGrantConnection> {
    return relief(ctx).page(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => [ReliefGrantNode], { description: '先行救助 grants whose paperwork is past its due date (most overdue first)' })
  async overdueReliefPaperwork(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<ReliefGrantNode[]> {
    return relief(ctx).overdue(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => [ReserveFundNode], { description: '乡镇临时救助备用金: balance = opening + top-ups − grants drawn from it' })
  async reserveFunds(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<ReserveFundNode[]> {
    return relief(ctx).funds(regionCode);
  }

  @Authorized('ledger:write')
  @Mutation(() => ReliefGrantResult, { description: '发放临时救助 (急难型/支出型; 一事一议 above the normal cap; 先行救助 with a paperwork due date; drawn from the reserve fund)' })
  async grantRelief(@Ctx() ctx: RequestContext, @Arg('input', () => GrantReliefInput) input: GrantReliefInput): Promise<ReliefGrantResult> {
    return relief(ctx).grant(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => ReliefGrantResult, { description: '先行救助补齐手续' })
  async completeReliefPaperwork(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<ReliefGrantResult> {
    return relief(ctx).completePaperwork(id, version);
  }

  @Authorized('ledger:write')
  @Mutation(() => ReserveFundResult, { description: '拨付备用金 (county only)' })
  async topUpReserveFund(
    @Ctx() ctx: RequestContext,
    @Arg('townshipCode', () => String) townshipCode: string,
    @Arg('amount', () => Float) amount: number,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ReserveFundResult> {
    return relief(ctx).topUp(townshipCode, amount, note);
  }

  // ---- 特困 -----------------------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => TekunPersonConnection, { description: '特困供养对象, newest first' })
  async tekunPersons(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => TekunPersonWhere, { nullable: true }) where?: TekunPersonWhere | null,
    @Arg('first', () => Int, FIRST) first?: number | null,
    @Arg('after', () => String, AFTER) after?: string | null,
  ): Promise<TekunPersonConnection> {
    return tekun(ctx).page(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => [AssessmentBatchNode], { description: '生活自理能力评估批次 with their spot checks, newest first' })
  async assessmentBatches(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<AssessmentBatchNode[]> {
    return tekun(ctx).batches(regionCode);
  }

  @Authorized('ledger:write')
  @Mutation(() => TekunPersonResult, { description: '纳入特困供养 (centralised or dispersed; minors covered up to 18)' })
  async enrolTekun(@Ctx() ctx: RequestContext, @Arg('input', () => EnrolTekunInput) input: EnrolTekunInput): Promise<TekunPersonResult> {
    return tekun(ctx).enrol(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => AssessmentBatchResult, { description: '新建乡镇初评批次' })
  async createAssessmentBatch(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAssessmentBatchInput) input: CreateAssessmentBatchInput): Promise<AssessmentBatchResult> {
    return tekun(ctx).createBatch(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => SelfCareAssessmentResult, { description: '生活自理能力评估: six items (true = manages alone); the result is derived; the assessor may not be the care provider (CONFLICT_OF_INTEREST)' })
  async recordSelfCareAssessment(@Ctx() ctx: RequestContext, @Arg('input', () => SelfCareAssessmentInput) input: SelfCareAssessmentInput): Promise<SelfCareAssessmentResult> {
    return tekun(ctx).record(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => DrawSpotCheckResult, { description: '县级抽查 (county only): draws ⌈30%⌉ of the batch at random with the given seed (recorded); same seed, same sample; once per batch' })
  async drawSpotCheck(@Ctx() ctx: RequestContext, @Arg('batchId', () => ID) batchId: string, @Arg('seed', () => String) seed: string): Promise<DrawSpotCheckResult> {
    return tekun(ctx).drawSpotCheck(batchId, seed);
  }

  @Authorized('ledger:write')
  @Mutation(() => SelfCareAssessmentResult, { description: '县级最终结论 on a sampled preliminary assessment (county only); the batch is finalised with its last one' })
  async recordFinalAssessment(@Ctx() ctx: RequestContext, @Arg('input', () => FinalAssessmentInput) input: FinalAssessmentInput): Promise<SelfCareAssessmentResult> {
    return tekun(ctx).recordFinal(input);
  }
}
