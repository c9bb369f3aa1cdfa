import type { RequestContext } from '../../common/context.js';
import { AssignmentReader } from '../tasks/assignment.query.js';
import { deadlineRules } from '../tasks/tasks.context.js';
import { changedFields } from './live-households.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { AssignmentChange } from './events.types.js';

/**
 * assignmentsChanged: committed changes of assignments (reports, close-off, urging) the subscriber may see — a unit
 * its own only — each read again through the `assignment` query's reader.
 */
export function assignmentChanges(ctx: RequestContext, since?: string | null): AsyncIterableIterator<AssignmentChange & Cursored> {
  return liveChanges(ctx, new Set(['assignment']), since, async (e, access, live) => {
    const node = await new AssignmentReader(live.fork(), access, deadlineRules(ctx.config)).one(e.entityId, ctx.clock.now());
    if (!node) return null;
    return {
      eventId: e.eventId, at: new Date(e.at), id: node.id, status: String(node.status), version: node.version, actor: e.actor,
      fields: changedFields(node, e.fields),
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', status: '', version: 0, actor: '', fields: [] }));
}
