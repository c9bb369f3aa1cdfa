import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { HouseholdWhere } from '../household/household.inputs.js';
import { AssignmentChange, HouseholdChange, MemberChange, MonthlyCheckChange, ReferralChange } from './events.types.js';
import { assignmentChanges } from './live-tasks.js';
import { monthlyCheckChanges, referralChanges } from './live-monitoring.js';
import { householdChanges, memberChanges } from './live-households.js';

/** Live changes over WebSocket (graphql-ws on /graphql): thin, the work is in live-*.ts. */
@Resolver()
export class EventsResolver {
  @Authorized('ledger:read')
  @Subscription(() => HouseholdChange, {
    description: 'Committed household changes in the caller\'s region, masked as a query (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => householdChanges(context as RequestContext, (args as { where?: HouseholdWhere | null }).where),
  })
  householdsChanged(
    @Root() change: HouseholdChange,
    @Arg('where', () => HouseholdWhere, { nullable: true }) _where?: HouseholdWhere,
  ): HouseholdChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => MonthlyCheckChange, {
    description: 'Committed changes of one month\'s checks (台账月度记录) in the caller\'s region, optionally under a region-code prefix (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => {
      const a = args as { month: string; regionCode?: string | null };
      return monthlyCheckChanges(context as RequestContext, a.month, a.regionCode);
    },
  })
  monthlyChecksChanged(
    @Root() change: MonthlyCheckChange,
    @Arg('month', () => String, { description: 'YYYY-MM' }) _month: string,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix: 6, 9 or 12 digits' }) _regionCode?: string | null,
  ): MonthlyCheckChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => MemberChange, {
    description: 'Committed changes of household members in the caller\'s region, optionally of one household, masked as a query (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => memberChanges(context as RequestContext, (args as { householdId?: string | null }).householdId),
  })
  membersChanged(
    @Root() change: MemberChange,
    @Arg('householdId', () => ID, { nullable: true }) _householdId?: string | null,
  ): MemberChange {
    return change;
  }

  @Authorized('ledger:read')
  @Subscription(() => ReferralChange, {
    description: 'Committed changes of risk referrals (风险转介) in the caller\'s region, optionally under a region-code prefix (WebSocket only; scope: ledger:read)',
    subscribe: ({ args, context }) => referralChanges(context as RequestContext, (args as { regionCode?: string | null }).regionCode),
  })
  referralsChanged(
    @Root() change: ReferralChange,
    @Arg('regionCode', () => String, { nullable: true, description: 'region-code prefix: 6, 9 or 12 digits' }) _regionCode?: string | null,
  ): ReferralChange {
    return change;
  }

  @Authorized('tasks:read')
  @Subscription(() => AssignmentChange, {
    description: 'Committed changes of assignments (责任台账) the caller sees — a unit its own only (WebSocket only; scope: tasks:read)',
    subscribe: ({ context }) => assignmentChanges(context as RequestContext),
  })
  assignmentsChanged(@Root() change: AssignmentChange): AssignmentChange {
    return change;
  }
}
