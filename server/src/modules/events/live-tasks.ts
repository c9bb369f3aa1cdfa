import type { RequestContext } from '../../common/context.js';
import { queryRows, sql } from '../../common/sql.js';
import { AssignmentReader } from '../tasks/assignment.query.js';
import { deadlineRules } from '../tasks/tasks.context.js';
import { changedFields } from './live-households.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { AssignmentChange } from './events.types.js';
import { sharedRead } from './shared-read.js';

/**
 * assignmentsChanged: committed changes of assignments (reports, close-off, urging) the subscriber may see — a unit
 * its own only — each read again through the `assignment` query's reader. Read once per event: the assignment's unit
 * first, then (for the first subscriber that may see that unit) the node, which is the same for every subscriber that
 * may see it (the reader's only use of the caller is that unit check).
 */
export function assignmentChanges(ctx: RequestContext, since?: string | null): AsyncIterableIterator<AssignmentChange & Cursored> {
  return liveChanges(ctx, new Set(['assignment']), since, async (e, access, live) => {
    const id = Number(e.entityId);
    if (!Number.isSafeInteger(id)) return null;
    const unit = await sharedRead(e, 'assignment:unit', async () =>
      (await queryRows<{ unit_code: string }>(live.fork(), sql('SELECT unit_code FROM assignment WHERE id = ?', id)))[0]?.unit_code ?? null);
    if (unit === null || !access.canSeeUnit(unit)) return null;
    const rendered = await sharedRead(e, 'assignment', async () => {
      const node = await new AssignmentReader(live.fork(), access, deadlineRules(ctx.config)).one(e.entityId, ctx.clock.now());
      return node ? { node, fields: changedFields(node, e.fields) } : null;
    });
    if (!rendered) return null;
    const { node, fields } = rendered;
    return { eventId: e.eventId, at: new Date(e.at), id: node.id, status: String(node.status), version: node.version, actor: e.actor, fields };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', status: '', version: 0, actor: '', fields: [] }));
}
