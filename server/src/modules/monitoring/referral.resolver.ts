import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BulletinNode } from '../tasks/bulletin.types.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { MonitoringReader } from './monitoring.reader.js';
import { ReferralService } from './referral.service.js';
import {
  AssignReferralInput, CloseReferralInput, ReferralBoardRow, ReferralBulletinRow, RiskReferralResult, StartReferralAssistanceInput,
} from './referral.types.js';

const referrals = (ctx: RequestContext) => new ReferralService(serviceDeps(ctx));
const reader = (ctx: RequestContext) => new MonitoringReader({ em: ctx.em, kind: ctx.config.db.kind, access: ctx.access, clock: ctx.clock });

/** The answer of a loop step: the referral as the list shows it, or the refusal. */
async function answer(ctx: RequestContext, r: { ok: boolean; id: number | null; errors: RiskReferralResult['errors'] }): Promise<RiskReferralResult> {
  if (!r.ok || r.id == null) return { ok: false, errors: r.errors, referral: null };
  return { ok: true, errors: [], referral: await reader(ctx).referral(r.id) };
}

/** 动态救助: the referral loop (measure 12). Scoped to the caller's township; every step audited and version-checked. */
@Resolver()
export class ReferralResolver {
  @Authorized('ledger:write')
  @Mutation(() => RiskReferralResult, { description: '指派风险转介: owner (a user of its township) and 帮扶责任人; OPEN → ASSIGNED' })
  async assignReferral(@Ctx() ctx: RequestContext, @Arg('input', () => AssignReferralInput) input: AssignReferralInput): Promise<RiskReferralResult> {
    return answer(ctx, await referrals(ctx).assign(input));
  }

  @Authorized('ledger:write')
  @Mutation(() => RiskReferralResult, { description: '开始救助: ASSIGNED → ASSISTING, linked to an application, grant, case or a measure in words' })
  async startReferralAssistance(@Ctx() ctx: RequestContext, @Arg('input', () => StartReferralAssistanceInput) input: StartReferralAssistanceInput): Promise<RiskReferralResult> {
    return answer(ctx, await referrals(ctx).start(input));
  }

  @Authorized('ledger:write')
  @Mutation(() => RiskReferralResult, { description: '办结风险转介: by 风险消除 or assistance in place (ASSISTING), with a reason' })
  async closeReferral(@Ctx() ctx: RequestContext, @Arg('input', () => CloseReferralInput) input: CloseReferralInput): Promise<RiskReferralResult> {
    return answer(ctx, await referrals(ctx).close(input));
  }

  @Authorized('ledger:read')
  @Query(() => [ReferralBoardRow], { description: '动态救助 board: per township, active referrals by state and the overdue ones' })
  async referralBoard(@Ctx() ctx: RequestContext, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null): Promise<ReferralBoardRow[]> {
    return referrals(ctx).board(regionCode);
  }
}

/** The monthly 通报 counts the referral loop per township (issue 16 point 5). */
@Resolver(() => BulletinNode)
export class BulletinReferralsResolver {
  @FieldResolver(() => [ReferralBulletinRow], { description: '风险转介 per township: opened and closed in the month, active and overdue at asOf' })
  async referrals(@Ctx() ctx: RequestContext, @Root() b: BulletinNode): Promise<ReferralBulletinRow[]> {
    return referrals(ctx).bulletinFigures(b.month, b.asOf);
  }
}
