import { Arg, Authorized, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { HouseholdWhere } from '../household/household.inputs.js';
import { HouseholdChange } from './events.types.js';
import { householdChanges } from './live-households.js';

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
}
