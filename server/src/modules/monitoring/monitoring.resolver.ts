import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { type Sql, sql, joinSql, queryRows, fromDbDate } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { HouseholdRowResult } from '../household/household.types.js';
import { toIntId } from '../household/household.query.js';
import { checkBatch } from '../../common/batch.js';
import { serviceDeps } from '../../common/service-context.js';
import { MonitoringService } from './monitoring.service.js';
import { monitoringLineFor } from './monitoring-line.js';
import { completion, fetchGridPage, regionConditions, requireMonth } from './monitoring.query.js';
import {
  MonthlyCheckConnection, MonthlyCheckWhere, MonthlyCheckRowResult, MonthlyCheckInput, CheckCompletion, LockMonthResult,
  CorrectMonthlyCheckInput, MonitoringLineNode, RiskReferralConnection, RiskReferralWhere, RiskReferralNode,
  MonthlyCheckCorrectionNode, EliminationConditionResult,
} from './monitoring.types.js';

const monitoringService = (ctx: RequestContext) => new MonitoringService(serviceDeps(ctx));

type Raw = Record<string, unknown>;

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
    const n = first ?? 100;
    checkPageSize(n);
    const month = requireMonth(where.month, 'where.month');
    const line = await monitoringLineFor(ctx.em, Number(month.slice(0, 4)));
    const page = await fetchGridPage(ctx.em, ctx.config.db.kind, where, { first: n, after, scope: ctx.access.householdScope(), line });
    return {
      edges: page.rows.map((node, i) => ({ cursor: page.cursors[i]!, node })),
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after),
        startCursor: page.cursors[0] ?? null, endCursor: page.cursors[page.cursors.length - 1] ?? null,
      },
      totalCount: page.count,
    };
  }

  @Authorized('ledger:read')
  @Query(() => [CheckCompletion], { description: 'Check completion per township in scope for a month (households, visited, submitted, locked, at risk)' })
  async monthlyCheckCompletion(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String) month: string,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null,
  ): Promise<CheckCompletion[]> {
    return completion(ctx.em, requireMonth(month), regionCode, ctx.access.householdScope(), ctx.access.principal?.regionCode ?? null);
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
    const rows = await queryRows<Raw>(ctx.em, sql(
      `SELECT x.*, h.region_code FROM monthly_check_correction x JOIN household h ON h.id = x.household_id WHERE x.household_id = ? ORDER BY x.id DESC`,
      toIntId(householdId)));
    // Another township's household answers as one without corrections (as a missing id does).
    if (rows[0] && !ctx.access.canTouchRegion(String(rows[0].region_code))) return [];
    return rows.map((r) => ({
      id: String(r.id), checkId: String(r.check_id), householdId: String(r.household_id), month: String(r.month),
      actor: String(r.actor), at: fromDbDate(r.at), reason: String(r.reason), before: String(r.before), after: String(r.after),
    }));
  }

  @Authorized('ledger:read')
  @Query(() => [MonitoringLineNode], { description: '监测线 by year' })
  async monitoringLines(@Ctx() ctx: RequestContext): Promise<MonitoringLineNode[]> {
    const rows = await queryRows<Raw>(ctx.em, sql('SELECT year, amount, updated_at, updated_by FROM monitoring_line ORDER BY year'));
    return rows.map((r) => ({ year: Number(r.year), amount: Number(r.amount), updatedAt: fromDbDate(r.updated_at), updatedBy: String(r.updated_by) }));
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
    const n = first ?? 100;
    checkPageSize(n);
    const conds: Sql[] = [...ctx.access.householdScope(), ...regionConditions(where?.regionCode, 'where.regionCode')];
    if (where?.state) conds.push(sql('x.state = ?', where.state));
    if (where?.month) conds.push(sql('x.month = ?', requireMonth(where.month, 'where.month')));
    const filter = joinSql([sql('1 = 1'), ...conds], ' AND ');
    const below = idBelow(after, 'referrals');
    const page = below != null ? joinSql([filter, sql('x.id < ?', below)], ' AND ') : filter;
    const from = 'FROM risk_referral x JOIN household h ON h.id = x.household_id LEFT JOIN region r ON r.code = h.region_code';
    const rows = await queryRows<Raw & { id: number }>(ctx.em, {
      text: `SELECT x.*, h.code AS h_code, h.head_name AS h_head_name, h.category AS h_category, h.region_code AS h_region_code, r.name AS region_name ` +
        `${from} WHERE ${page.text} ORDER BY x.id DESC LIMIT ?`,
      params: [...page.params, n + 1],
    });
    const toNode = (r: Raw): RiskReferralNode => ({
      id: String(r.id), householdId: String(r.household_id), householdCode: String(r.h_code), headName: String(r.h_head_name ?? ''),
      category: String(r.h_category), regionCode: String(r.h_region_code), regionName: String(r.region_name ?? ''),
      townshipCode: String(r.township_code), month: String(r.month), checkId: r.check_id != null ? String(r.check_id) : null,
      reasons: String(r.reasons ?? '').split('\n').filter(Boolean), state: String(r.state), createdAt: fromDbDate(r.created_at),
      updatedAt: fromDbDate(r.updated_at), closedAt: r.closed_at != null ? fromDbDate(r.closed_at) : null,
      closedBy: (r.closed_by as string) ?? null, closeReason: (r.close_reason as string) ?? null,
    });
    const p = idDescPage(rows, n, after, 'referrals', toNode);
    return {
      ...p,
      totalCount: async () => Number((await queryRows<{ n: number | string }>(ctx.em, { text: `SELECT COUNT(*) AS n ${from} WHERE ${filter.text}`, params: filter.params }))[0]?.n ?? 0),
    };
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
