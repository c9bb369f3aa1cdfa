import type { RequestContext } from '../../common/context.js';
import { sql } from '../../common/sql.js';
import { fetchGridPage, regionConditions, requireMonth } from '../monitoring/monitoring.query.js';
import { monitoringLineFor } from '../monitoring/monitoring-line.js';
import { changedFields } from './live-households.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { MonthlyCheckChange, ReferralChange } from './events.types.js';
import { encodeCursor } from '../../common/cursor.js';
import { MonitoringReader } from '../monitoring/monitoring.reader.js';

/**
 * monthlyChecksChanged(month, regionCode): committed changes of the month's checks in the subscriber's region, each
 * read again as the monthlyChecks grid reads its row (same query, same scope), so a subscriber sees what a reload
 * would show. Arguments are checked when the subscription starts (INVALID_VALUE, as the query answers).
 */
export function monthlyCheckChanges(
  ctx: RequestContext, month: string, regionCode: string | null | undefined, since?: string | null,
): AsyncIterableIterator<MonthlyCheckChange & Cursored> {
  const m = requireMonth(month, 'month');
  regionConditions(regionCode, 'regionCode');
  return liveChanges(ctx, new Set(['monthly_check']), since, async (e, access, live) => {
    if (e.householdId === null) return null;
    const em = live.fork();
    const line = await monitoringLineFor(em, Number(m.slice(0, 4)));
    const page = await fetchGridPage(em, ctx.config.db.kind, { month: m, regionCode }, {
      first: 1, scope: [...access.householdScope(), sql('h.id = ?', e.householdId)], line,
    });
    const row = page.rows[0];
    // Another month's check, another township's household, or one outside the region asked for.
    if (!row || row.checkId !== e.entityId) return null;
    return {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: row.householdId, month: m, version: row.version,
      actor: e.actor, changeSet: e.changeSet, deleted: e.deleted, fields: changedFields(row, e.fields),
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', householdId: '', month: m, version: null, actor: '', changeSet: null, deleted: false, fields: [] }));
}

/**
 * referralsChanged(regionCode): committed changes of risk referrals (opened by a check, moved, withdrawn, closed by
 * 风险消除) in the subscriber's region, each read again through the riskReferrals read (same scope and region filter).
 */
export function referralChanges(ctx: RequestContext, regionCode: string | null | undefined, since?: string | null): AsyncIterableIterator<ReferralChange & Cursored> {
  regionConditions(regionCode, 'regionCode');
  return liveChanges(ctx, new Set(['risk_referral']), since, async (e, access, live) => {
    const id = Number(e.entityId);
    if (!Number.isSafeInteger(id)) return null;
    const reader = new MonitoringReader({ em: live.fork(), kind: ctx.config.db.kind, access });
    // The newest-first page just below id + 1 starts with this referral when the subscriber may see it.
    const page = await reader.referrals({ regionCode }, 1, encodeCursor('referrals', [id + 1]));
    const node = page.edges[0]?.node;
    if (!node || node.id !== e.entityId) return null;
    return {
      eventId: e.eventId, at: new Date(e.at), id: node.id, householdId: node.householdId, state: node.state, actor: e.actor,
      changeSet: e.changeSet, fields: changedFields(node, e.fields),
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', householdId: '', state: '', actor: '', changeSet: null, fields: [] }));
}
