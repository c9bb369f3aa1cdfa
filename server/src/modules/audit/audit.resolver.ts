import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { AuditTrailService } from './audit-trail.service.js';
import { AuditEventConnection, AuditEventWhere } from './audit.types.js';

export { AuditEventNode, AuditEventConnection, AuditEventWhere } from './audit.types.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first. audit:read sees everything (in its region); staff see the history of the households they may read',
  })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => AuditEventWhere, { nullable: true }) where?: AuditEventWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    return new AuditTrailService(serviceDeps(ctx)).events(where, first, after);
  }
}
