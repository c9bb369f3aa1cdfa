import { Arg, Authorized, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { HouseholdWhere } from '../household/household.inputs.js';
import { AssignmentChange, HouseholdChange, MemberChange, MonthlyCheckChange, ReferralChange } from './events.types.js';
import { assignmentChanges } from './live-tasks.js';
import { monthlyCheckChanges, referralChanges } from './live-monitoring.js';
import { householdChanges, memberChanges } from './live-households.js';
import { newestCursor } from './catch-up.js';

/** Live changes over WebSocket (graphql-ws on /graphql): thin, the work is in live-*.ts. */
@Resolver()
export class EventsResolver {
  @Authorized('ledger:read')
  @Query(() => String, {
    description: 'The newest change cursor: subscribe with it as `since` after reading rows, and nothing committed in between is missed (scope: ledger:read)',
  })
  changesCursor(@Ctx() ctx: RequestContext): Promise<string> {
    return newestCursor(ctx);
  }

  @Authorized('ledger:read')
  @Subscription(() => HouseholdChange, {
    description: 'Committed household changes in the caller\'s region, masked as a query (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => {
      const a = args as { where?: HouseholdWhere | null; since?: string | null; maskPii?: boolean | null };
      return householdChanges(context as RequestContext, a.where, a.since, a.maskPii);
    },
  })
  householdsChanged(
    @Root() change: HouseholdChange,
    @Arg('where', () => HouseholdWhere, { nullable: true }) _where?: HouseholdWhere,
    @Arg('maskPii', () => Boolean, { nullable: true, description: 'true: personal data masked even for a subscriber with pii:read (as households(maskPii: true))' }) _maskPii?: boolean | null,
    @Arg('since', () => String, { nullable: true, description: 'the cursor of the last event seen: the changes after it are sent first (catch-up)' }) _since?: string | null,
  ): HouseholdChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => MonthlyCheckChange, {
    description: 'Committed changes of one month\'s checks (台账月度记录) in the caller\'s region, optionally under a region-code prefix (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => {
      const a = args as { month: string; regionCode?: string | null; since?: string | null };
      return monthlyCheckChanges(context as RequestContext, a.month, a.regionCode, a.since);
    },
  })
  monthlyChecksChanged(
    @Root() change: MonthlyCheckChange,
    @Arg('month', () => String, { description: 'YYYY-MM' }) _month: string,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix: 6, 9 or 12 digits' }) _regionCode?: string | null,
    @Arg('since', () => String, { nullable: true, description: 'the cursor of the last event seen: the changes after it are sent first (catch-up)' }) _since?: string | null,
  ): MonthlyCheckChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => MemberChange, {
    description: 'Committed changes of household members in the caller\'s region, optionally of one household, masked as a query (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => {
      const a = args as { householdId?: string | null; since?: string | null };
      return memberChanges(context as RequestContext, a.householdId, a.since);
    },
  })
  membersChanged(
    @Root() change: MemberChange,
    @Arg('householdId', () => ID, { nullable: true }) _householdId?: string | null,
    @Arg('since', () => String, { nullable: true, description: 'the cursor of the last event seen: the changes after it are sent first (catch-up)' }) _since?: string | null,
  ): MemberChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => ReferralChange, {
    description: 'Committed changes of risk referrals (风险转介) in the caller\'s region, optionally under a region-code prefix (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => {
      const a = args as { regionCode?: string | null; since?: string | null };
      return referralChanges(context as RequestContext, a.regionCode, a.since);
    },
  })
  referralsChanged(
    @Root() change: ReferralChange,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix: 6, 9 or 12 digits' }) _regionCode?: string | null,
    @Arg('since', () => String, { nullable: true, description: 'the cursor of the last event seen: the changes after it are sent first (catch-up)' }) _since?: string | null,
  ): ReferralChange {
    return change;
  }

  @Authorized('tasks:read')
  @Subscription(() => AssignmentChange, {
    description: 'Committed changes of assignments (责任台账) the caller sees — a unit its own only (WebSocket only; scope: tasks:read)',
    subscribe: ({ args, context }) => assignmentChanges(context as RequestContext, (args as { since?: string | null }).since),
  })
  assignmentsChanged(
    @Root() change: AssignmentChange,
    @Arg('since', () => String, { nullable: true, description: 'the cursor of the last event seen: the changes after it are sent first (catch-up)' }) _since?: string | null,
  ): AssignmentChange {
    return change;
  }
}
