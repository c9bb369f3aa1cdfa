import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { AuditTrailService } from './audit-trail.service.js';
import { PiiAccessConnection, PiiAccessWhere } from './audit.types.js';

export { PiiAccessNode, PiiAccessConnection, PiiAccessWhere } from './audit.types.js';

/** Who read which personal data, when (PIPL): for auditors, newest first. */
@Resolver()
export class PiiAccessResolver {
  @Authorized('audit:read')
  @Query(() => PiiAccessConnection, { description: 'Reads that returned unmasked personal data, newest first (audit:read)' })
  async piiAccessEvents(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => PiiAccessWhere, { nullable: true }) where?: PiiAccessWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PiiAccessConnection> {
    return new AuditTrailService(serviceDeps(ctx)).piiAccess(where, first, after);
  }
}
