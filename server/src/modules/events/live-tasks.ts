import type { RequestContext } from '../../common/context.js';
import { unauthenticated } from '../../common/access.js';
import { AssignmentReader } from '../tasks/assignment.query.js';
import { deadlineRules } from '../tasks/tasks.context.js';
import { busEvents, changedFields } from './live-households.js';
import type { LiveConnection } from './live-server.js';
import type { AssignmentChange } from './events.types.js';

/**
 * assignmentsChanged: committed changes of assignments (reports, close-off, urging) the subscriber may see — a unit
 * its own only — each read again through the `assignment` query's reader.
 */
export async function* assignmentChanges(ctx: RequestContext): AsyncGenerator<AssignmentChange> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  for await (const e of busEvents(live, new Set(['assignment']))) {
    const access = await live.recheck();
    if (!access) return;
    const node = await new AssignmentReader(live.fork(), access, deadlineRules(ctx.config)).one(e.entityId, ctx.clock.now());
    if (!node) continue;
    yield {
      eventId: e.eventId, at: new Date(e.at), id: node.id, status: String(node.status), version: node.version, actor: e.actor,
      fields: changedFields(node, e.fields),
    };
  }
}
