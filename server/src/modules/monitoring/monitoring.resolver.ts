import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { HouseholdRowResult } from '../household/household.types.js';
import { checkBatch } from '../../common/batch.js';
import { serviceDeps } from '../../common/service-context.js';
import { MonitoringService } from './monitoring.service.js';
import { MonitoringReader } from './monitoring.reader.js';
import {
  MonthlyCheckConnection, MonthlyCheckWhere, MonthlyCheckRowResult, MonthlyCheckInput, CheckCompletion, LockMonthResult,
  CorrectMonthlyCheckInput, MonitoringLineNode, RiskReferralConnection, RiskReferralWhere,
  MonthlyCheckCorrectionNode, EliminationConditionResult,
} from './monitoring.types.js';

const monitoringService = (ctx: RequestContext) => new MonitoringService(serviceDeps(ctx));
const monitoringReader = (ctx: RequestContext) => new MonitoringReader({ em: ctx.em, kind: ctx.config.db.kind, access: ctx.access, clock: ctx.clock });

@Resolver()
export class MonitoringResolver {
  @Authorized('ledger:read')
  @Query(() => MonthlyCheckConnection, { description: '台账月度记录: every active household of the ledgers in scope with its check of the month, or its absence (checkId null); ordered by village, then id' })
  async monthlyChecks(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => MonthlyCheckWhere) where: MonthlyCheckWhere,
    @Arg('first', () => Int, { nullable: true, description: 'page size, default 100, at most 500' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<MonthlyCheckConnection> {
    return monitoringReader(ctx).monthlyChecks(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => [CheckCompletion], { description: 'Check completion per township in scope for a month (households, visited, submitted, locked, at risk)' })
  async monthlyCheckCompletion(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String) month: string,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null,
  ): Promise<CheckCompletion[]> {
    return monitoringReader(ctx).completion(month, regionCode);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MonthlyCheckRowResult], { description: 'Creates or changes monthly checks (householdId, month, version — null to create — and the fields to set); one result per row. A LOCKED check is refused (LOCKED): use correctMonthlyCheck' })
  async saveMonthlyChecks(@Ctx() ctx: RequestContext, @Arg('rows', () => [MonthlyCheckInput]) rows: MonthlyCheckInput[]) {
    checkBatch(rows, 'rows');
    return monitoringService(ctx).saveChecks(rows);
  }

  @Authorized('ledger:write')
  @Mutation(() => [MonthlyCheckRowResult], { description: 'The township hands in its checks of a month: DRAFT → SUBMITTED (all its drafts, or the given households); a check needs a visit date' })
  async submitMonthlyChecks(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String) regionCode: string,
    @Arg('month', () => String) month: string,
    @Arg('householdIds', () => [ID], { nullable: true }) householdIds?: string[] | null,
  ) {
    if (householdIds) checkBatch(householdIds, 'rows');
    return monitoringService(ctx).submit(regionCode, month, householdIds);
  }

  @Authorized('ledger:write')
  @Mutation(() => LockMonthResult, { description: 'County staff or admin: locks the submitted checks of a township (9 digits) or of every township (county code) for a month; drafts stay open and are counted' })
  async lockMonth(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String) regionCode: string, @Arg('month', () => String) month: string) {
    return monitoringService(ctx).lockMonth(regionCode, month);
  }

  @Authorized('ledger:write')
  @Mutation(() => MonthlyCheckRowResult, { description: 'The only way to change a LOCKED check: with a reason; recorded with before/after and audited' })
  async correctMonthlyCheck(@Ctx() ctx: RequestContext, @Arg('input', () => CorrectMonthlyCheckInput) input: CorrectMonthlyCheckInput) {
    return monitoringService(ctx).correct(input);
  }

  @Authorized('ledger:read')
  @Query(() => [MonthlyCheckCorrectionNode], { description: 'Corrections of locked checks of a household (newest first)' })
  async monthlyCheckCorrections(@Ctx() ctx: RequestContext, @Arg('householdId', () => ID) householdId: string): Promise<MonthlyCheckCorrectionNode[]> {
    return monitoringReader(ctx).corrections(householdId);
  }

  @Authorized('ledger:read')
  @Query(() => [MonitoringLineNode], { description: '监测线 by year' })
  async monitoringLines(@Ctx() ctx: RequestContext): Promise<MonitoringLineNode[]> {
    return monitoringReader(ctx).lines();
  }

  @Authorized('ledger:write')
  @Mutation(() => MonitoringLineNode, { description: 'Admin only: sets the monitoring line of a year (applies to checks saved afterwards)' })
  async setMonitoringLine(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number, @Arg('amount', () => Float) amount: number) {
    return monitoringService(ctx).setLine(year, amount);
  }

  @Authorized('ledger:read')
  @Query(() => RiskReferralConnection, { description: '风险转介: households found at risk, newest first' })
  async riskReferrals(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => RiskReferralWhere, { nullable: true }) where?: RiskReferralWhere | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<RiskReferralConnection> {
    return monitoringReader(ctx).referrals(where, first, after);
  }

  @Authorized('ledger:read')
  @Query(() => [EliminationConditionResult], { description: 'The conditions of 风险消除 for a household, met or not (what eliminateRisk would check)' })
  async riskEliminationCheck(@Ctx() ctx: RequestContext, @Arg('householdId', () => ID) householdId: string) {
    return monitoringService(ctx).conditionsFor(householdId);
  }

  @Authorized('ledger:write')
  @Mutation(() => HouseholdRowResult, { description: '风险消除: refused with ELIMINATION_NOT_ALLOWED (one error per unmet condition, `field` naming it) unless monitored ≥ 6 months, an assistance measure, income not below the line in each of the last 6 months, the latest check passing, and a working-age member' })
  async eliminateRisk(@Ctx() ctx: RequestContext, @Arg('householdId', () => ID) householdId: string, @Arg('version', () => Int) version: number) {
    return monitoringService(ctx).eliminate(householdId, version);
  }
}
