import type { RequestContext } from '../../common/context.js';
import { unauthenticated } from '../../common/access.js';
import { sql } from '../../common/sql.js';
import { fetchGridPage, regionConditions, requireMonth } from '../monitoring/monitoring.query.js';
import { monitoringLineFor } from '../monitoring/monitoring-line.js';
import { busEvents, changedFields } from './live-households.js';
import type { LiveConnection } from './live-server.js';
import type { MonthlyCheckChange, ReferralChange } from './events.types.js';
import { encodeCursor } from '../../common/cursor.js';
import { MonitoringReader } from '../monitoring/monitoring.reader.js';

/**
 * monthlyChecksChanged(month, regionCode): committed changes of the month's checks in the subscriber's region, each
 * read again as the monthlyChecks grid reads its row (same query, same scope), so a subscriber sees what a reload
 * would show. Arguments are checked when the subscription starts (INVALID_VALUE, as the query answers).
 */
export async function* monthlyCheckChanges(ctx: RequestContext, month: string, regionCode: string | null | undefined): AsyncGenerator<MonthlyCheckChange> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  const m = requireMonth(month, 'month');
  regionConditions(regionCode, 'regionCode');
  for await (const e of busEvents(live, new Set(['monthly_check']))) {
    if (e.householdId === null) continue;
    const access = await live.recheck();
    if (!access) return;
    const em = live.fork();
    const line = await monitoringLineFor(em, Number(m.slice(0, 4)));
    const page = await fetchGridPage(em, ctx.config.db.kind, { month: m, regionCode }, {
      first: 1, scope: [...access.householdScope(), sql('h.id = ?', e.householdId)], line,
    });
    const row = page.rows[0];
    // Another month's check, another township's household, or one outside the region asked for.
    if (!row || row.checkId !== e.entityId) continue;
    yield {
      eventId: e.eventId, at: new Date(e.at), id: e.entityId, householdId: row.householdId, month: m, version: row.version,
      actor: e.actor, changeSet: e.changeSet, deleted: e.deleted, fields: changedFields(row, e.fields),
    };
  }
}

/**
 * referralsChanged(regionCode): committed changes of risk referrals (opened by a check, moved, withdrawn, closed by
 * 风险消除) in the subscriber's region, each read again through the riskReferrals read (same scope and region filter).
 */
export async function* referralChanges(ctx: RequestContext, regionCode: string | null | undefined): AsyncGenerator<ReferralChange> {
  const live = (ctx as RequestContext & { live?: LiveConnection }).live;
  if (!live) throw unauthenticated();
  regionConditions(regionCode, 'regionCode');
  for await (const e of busEvents(live, new Set(['risk_referral']))) {
    const id = Number(e.entityId);
    if (!Number.isSafeInteger(id)) continue;
    const access = await live.recheck();
    if (!access) return;
    const reader = new MonitoringReader({ em: live.fork(), kind: ctx.config.db.kind, access });
    // The newest-first page just below id + 1 starts with this referral when the subscriber may see it.
    const page = await reader.referrals({ regionCode }, 1, encodeCursor('referrals', [id + 1]));
    const node = page.edges[0]?.node;
    if (!node || node.id !== e.entityId) continue;
    yield {
      eventId: e.eventId, at: new Date(e.at), id: node.id, householdId: node.householdId, state: node.state, actor: e.actor,
      changeSet: e.changeSet, fields: changedFields(node, e.fields),
    };
  }
}
