import type { RequestContext } from '../../common/context.js';
import { sql } from '../../common/sql.js';
import { fetchGridPage, regionConditions, requireMonth } from '../monitoring/monitoring.query.js';
import { monitoringLineFor } from '../monitoring/monitoring-line.js';
import { changedFields } from './live-households.js';
import { liveChanges, type Cursored } from './catch-up.js';
import type { MonthlyCheckChange, ReferralChange } from './events.types.js';
import { encodeCursor } from '../../common/cursor.js';
import { MonitoringReader } from '../monitoring/monitoring.reader.js';
import { sharedRead } from './shared-read.js';

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
    const hid = e.householdId;
    if (hid === null) return null;
    // The grid's row of this household for the month and region asked, read once per event and those arguments (the
    // row carries no personal data to mask); the subscriber's own region is applied to it afterwards.
    const shared = await sharedRead(e, `monthly_check:${m}:${regionCode ?? ''}`, async () => {
      const em = live.fork();
      const line = await monitoringLineFor(em, Number(m.slice(0, 4)));
      const page = await fetchGridPage(em, ctx.config.db.kind, { month: m, regionCode }, { first: 1, scope: [sql('h.id = ?', hid)], line });
      const row = page.rows[0];
      // Another month's check, or a household outside the region asked for.
      return row && row.checkId === e.entityId ? { row, fields: changedFields(row, e.fields) } : null;
    });
    if (!shared || !access.canTouchRegion(shared.row.regionCode)) return null;
    const { row, fields } = shared;
    return {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: row.householdId, month: m, version: row.version,
      actor: e.actor, changeSet: e.changeSet, deleted: e.deleted, fields,
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
    // Read once per event and region argument, without the subscriber's scope (no personal data to mask); the
    // subscriber's region is applied to it afterwards, as the riskReferrals read's scope would.
    const shared = await sharedRead(e, `risk_referral:${regionCode ?? ''}`, async () => {
      const reader = new MonitoringReader({ em: live.fork(), kind: ctx.config.db.kind, access });
      // The newest-first page just below id + 1 starts with this referral when it is in the region asked.
      const page = await reader.referrals({ regionCode }, 1, encodeCursor('referrals', [id + 1]), [], []);
      const n = page.edges[0]?.node;
      return n && n.id === e.entityId ? { node: n, fields: changedFields(n, e.fields) } : null;
    });
    if (!shared || !access.canTouchRegion(shared.node.regionCode)) return null;
    const { node, fields } = shared;
    return {
      eventId: e.eventId, at: new Date(e.at), id: node.id, householdId: node.householdId, state: node.state, actor: e.actor,
      changeSet: e.changeSet, fields,
    };
  }, (cursor, at) => ({ eventId: `resync-${cursor}`, at, id: '', householdId: '', state: '', actor: '', changeSet: null, fields: [] }));
}
