import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { ReliefApprovalService } from './relief-approval.service.js';
import { SubsidyService } from './subsidy.service.js';
import { CareService } from './care.service.js';
import { ReliefGrantResult } from './assistance.types.js';
import {
  CareAgreementInput, CareAgreementRow, CareVisitInput, CareVisitNode, CentralCareRow, CentralCareTownship, CentralCareWishInput,
  ChangeSupportModeInput, DecideReliefInput, LoopWriteResult, OpenSubsidyRunInput, SubsidyPaymentConnection, SubsidyRunNode, SubsidyRunResult,
  SupportChangeNode, VisitScheduleRow, VisitTownship,
} from './loops.types.js';

const approvals = (ctx: RequestContext) => new ReliefApprovalService(serviceDeps(ctx));
const subsidy = (ctx: RequestContext) => new SubsidyService(serviceDeps(ctx));
const care = (ctx: RequestContext) => new CareService(serviceDeps(ctx));

const REGION = { nullable: true, description: 'region-code prefix (county, township, village); default the caller\'s region' } as const;
const ONLY = (what: string) => ({ nullable: true, description: `true: only ${what}` }) as const;

/** Issue 16, points 3, 4, 6, 7: large relief decided by the county, 价格临时补贴, 集中供养, 委托照料 and 探访. */
@Resolver()
export class LoopsResolver {
  @Authorized('ledger:write')
  @Mutation(() => ReliefGrantResult, { description: '县级审批 of a large or 一事一议 relief grant (county only): approve (drawn on the reserve fund) or reject with a reason; ALREADY_DECIDED the second time' })
  async decideReliefRequest(@Ctx() ctx: RequestContext, @Arg('input', () => DecideReliefInput) input: DecideReliefInput): Promise<ReliefGrantResult> {
    return approvals(ctx).decide(input);
  }

  // ---- 价格临时补贴 ---------------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => [SubsidyRunNode], { description: '价格临时补贴 runs, newest month first, with the people and amount in the caller\'s region' })
  async subsidyRuns(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<SubsidyRunNode[]> {
    return subsidy(ctx).runs(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => SubsidyPaymentConnection, { description: 'The payment list of a run: every eligible person once, with the amount' })
  async subsidyPayments(
    @Ctx() ctx: RequestContext,
    @Arg('runId', () => ID) runId: string,
    @Arg('regionCode', () => String, REGION) regionCode?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'page size, default 100, at most 500' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<SubsidyPaymentConnection> {
    return subsidy(ctx).payments(runId, regionCode, first, after);
  }

  @Authorized('ledger:write')
  @Mutation(() => SubsidyRunResult, { description: '开展价格临时补贴发放 (county only): a month, an amount per person, the groups; the list is fixed now, a person in two groups paid once' })
  async openSubsidyRun(@Ctx() ctx: RequestContext, @Arg('input', () => OpenSubsidyRunInput) input: OpenSubsidyRunInput): Promise<SubsidyRunResult> {
    return subsidy(ctx).open(input);
  }

  // ---- 集中供养 ---------------------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => [CentralCareRow], { description: '集中供养: active 特困 persons with their wish; awaitingOnly: PARTIALLY_LOST/FULLY_LOST, wishing, still dispersed' })
  async centralCare(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, REGION) regionCode?: string | null,
    @Arg('awaitingOnly', () => Boolean, ONLY('the backlog')) awaitingOnly?: boolean | null,
  ): Promise<CentralCareRow[]> {
    return care(ctx).centralCare(regionCode, awaitingOnly === true);
  }

  @Authorized('ledger:read')
  @Query(() => [CentralCareTownship], { description: '集中供养 per township: dispersed persons unable to look after themselves, not asked, wishing, awaiting' })
  async centralCareByTownship(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<CentralCareTownship[]> {
    return care(ctx).centralCareByTownship(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => [SupportChangeNode], { description: 'A 特困 person\'s support-mode changes, latest first' })
  async supportModeChanges(@Ctx() ctx: RequestContext, @Arg('personId', () => ID) personId: string): Promise<SupportChangeNode[]> {
    return care(ctx).supportChanges(personId);
  }

  @Authorized('ledger:write')
  @Mutation(() => LoopWriteResult, { description: '记录集中供养意愿 (有/无, date asked)' })
  async recordCentralCareWish(@Ctx() ctx: RequestContext, @Arg('input', () => CentralCareWishInput) input: CentralCareWishInput): Promise<LoopWriteResult> {
    return care(ctx).recordWish(input);
  }

  @Authorized('ledger:write')
  @Mutation(() => LoopWriteResult, { description: '变更供养方式 (集中 ↔ 分散) with the date and the reason' })
  async changeSupportMode(@Ctx() ctx: RequestContext, @Arg('input', () => ChangeSupportModeInput) input: ChangeSupportModeInput): Promise<LoopWriteResult> {
    return care(ctx).changeSupportMode(input);
  }

  // ---- 委托照料 and 探访 -----------------------------------------------------------------------------------------

  @Authorized('ledger:read')
  @Query(() => [CareAgreementRow], { description: '委托照料服务协议 of each dispersed person; problemsOnly: missing or expired' })
  async careAgreements(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, REGION) regionCode?: string | null,
    @Arg('problemsOnly', () => Boolean, ONLY('missing or expired agreements')) problemsOnly?: boolean | null,
  ): Promise<CareAgreementRow[]> {
    return care(ctx).agreements(regionCode, problemsOnly === true);
  }

  @Authorized('ledger:write')
  @Mutation(() => LoopWriteResult, { description: '签订或更正委托照料服务协议 (dispersed persons only)' })
  async saveCareAgreement(@Ctx() ctx: RequestContext, @Arg('input', () => CareAgreementInput) input: CareAgreementInput): Promise<LoopWriteResult> {
    return care(ctx).saveAgreement(input);
  }

  @Authorized('ledger:read')
  @Query(() => [VisitScheduleRow], { description: '定期探访 schedule of each dispersed person; overdueOnly: the late visits' })
  async visitSchedule(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, REGION) regionCode?: string | null,
    @Arg('overdueOnly', () => Boolean, ONLY('overdue visits')) overdueOnly?: boolean | null,
  ): Promise<VisitScheduleRow[]> {
    return care(ctx).schedule(regionCode, overdueOnly === true);
  }

  @Authorized('ledger:read')
  @Query(() => [VisitTownship], { description: '定期探访 per township: dispersed persons and overdue visits' })
  async visitsByTownship(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, REGION) regionCode?: string | null): Promise<VisitTownship[]> {
    return care(ctx).visitsByTownship(regionCode);
  }

  @Authorized('ledger:read')
  @Query(() => [CareVisitNode], { description: 'A person\'s visits, latest first (at most 200)' })
  async careVisits(@Ctx() ctx: RequestContext, @Arg('personId', () => ID) personId: string): Promise<CareVisitNode[]> {
    return care(ctx).visits(personId);
  }

  @Authorized('ledger:write')
  @Mutation(() => LoopWriteResult, { description: '记录一次探访 (date, visitor, condition, problems found, help arranged)' })
  async recordCareVisit(@Ctx() ctx: RequestContext, @Arg('input', () => CareVisitInput) input: CareVisitInput): Promise<LoopWriteResult> {
    return care(ctx).recordVisit(input);
  }
}
