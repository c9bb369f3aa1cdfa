import { buildSchema, type AuthChecker } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import './common/enums.js';
import { HouseholdResolver } from './modules/household/household.resolver.js';
import { RegionResolver } from './modules/region/region.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { UserResolver } from './modules/auth/user.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { PiiAccessResolver } from './modules/audit/pii-access.resolver.js';
import { ViewStateResolver } from './modules/view-state/view-state.resolver.js';
import { UndoResolver } from './modules/undo/undo.resolver.js';
import { PlanResolver } from './modules/tasks/plan.resolver.js';
import { AssignmentResolver } from './modules/tasks/assignment.resolver.js';
import { OverviewResolver } from './modules/overview/overview.resolver.js';
import { MonitoringResolver } from './modules/monitoring/monitoring.resolver.js';
import { AssistanceResolver } from './modules/assistance/assistance.resolver.js';
import { DibaoStandardResolver } from './modules/assistance/dibao-standard.resolver.js';
import { ComparisonResolver, ComparisonBulletinResolver } from './modules/comparison/comparison.resolver.js';
import { AggregateResolver } from './modules/aggregate/aggregate.resolver.js';
import { TokenAdminResolver } from './modules/auth/token-admin.resolver.js';
import { BulletinReferralsResolver, ReferralResolver } from './modules/monitoring/referral.resolver.js';
import { LoopsResolver } from './modules/assistance/loops.resolver.js';
import { ApplicationResolver } from './modules/applications/application.resolver.js';
import { EventsResolver } from './modules/events/events.resolver.js';
import { WebhookResolver } from './modules/webhooks/webhook.resolver.js';
import { PresenceResolver } from './modules/presence/presence.resolver.js';
import { subscriptionPubSub } from './modules/events/event-bus.js';
import type { RequestContext } from './common/context.js';
import { trackPiiFields } from './common/pii-fields.js';
import type { Scope } from './common/access.js';

/** Every resolver, listed in one place. */
export const RESOLVERS = [HouseholdResolver, RegionResolver, AuthResolver, AuditResolver, PiiAccessResolver, ViewStateResolver, UndoResolver,
  PlanResolver, AssignmentResolver, OverviewResolver, MonitoringResolver, AssistanceResolver,
  DibaoStandardResolver,
  ComparisonResolver, ComparisonBulletinResolver,
  AggregateResolver, TokenAdminResolver,
  // issue 16, points 3–7: the referral loop; large relief, subsidy runs, 集中供养, 委托照料 and 探访
  ReferralResolver, BulletinReferralsResolver, LoopsResolver,
  ApplicationResolver, UserResolver, EventsResolver, WebhookResolver, PresenceResolver] as const;

/** `@Authorized('ledger:read')` on root fields: the caller's scopes decide (FORBIDDEN / UNAUTHENTICATED otherwise). */
// An arrow function: type-graphql instantiates a `function` declaration as a class.
const authChecker: AuthChecker<RequestContext> = ({ context }, scopes) => {
  for (const s of scopes) context.access.require(s as Scope);
  return true;
};

let cached: Promise<GraphQLSchema> | null = null;

export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
    authChecker,
    authMode: 'error',
    emitSchemaFile: false,
    // Subscriptions bring their own `subscribe` (modules/events); type-graphql still asks for a PubSub.
    pubSub: subscriptionPubSub,
  }).then(trackPiiFields);
  return cached;
}

/** The schema as committed in server/schema.graphql (sorted, so the file diffs cleanly). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(await getSchema())}\n`;
}
