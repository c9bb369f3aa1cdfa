import { type Sql, sql, joinSql, queryRows, fromDbDate } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { ACTIVE_REFERRAL_STATES_SQL, chinaDate, isReferralOverdue } from '@doudi/shared';
import { toIntId } from '../household/household.query.js';
import { monitoringLineFor } from './monitoring-line.js';
import { completion, fetchGridPage, regionConditions, requireMonth } from './monitoring.query.js';
import { tableWhere } from '../../common/table-where.js';
import { RiskReferralWhere } from './monitoring.types.js';
import type {
  MonthlyCheckConnection, MonthlyCheckWhere, CheckCompletion, MonitoringLineNode, RiskReferralConnection,
  RiskReferralNode, MonthlyCheckCorrectionNode,
} from './monitoring.types.js';

type Raw = Record<string, unknown>;

// the referral filter's table fields: state by its column; the month is checked, overdue derived, owner trimmed below
const REFERRAL_WHERE = tableWhere<RiskReferralWhere>(RiskReferralWhere, { state: 'x.state', month: null, overdue: null, owner: null });

/** The monitoring module's reads (the grid of a month, completion, corrections, lines, referrals), scoped to the caller. */
export class MonitoringReader {
  constructor(private readonly deps: Pick<ServiceDeps, 'em' | 'kind' | 'access'> & { clock?: ServiceDeps['clock'] }) {}

  /** 台账月度记录: every active household in scope with its check of the month, or its absence. */
  async monthlyChecks(where: MonthlyCheckWhere, first?: number | null, after?: string | null): Promise<MonthlyCheckConnection> {
    const { em, kind, access } = this.deps;
    const n = first ?? 100;
    checkPageSize(n);
    const month = requireMonth(where.month, 'where.month');
    const line = await monitoringLineFor(em, Number(month.slice(0, 4)));
    const page = await fetchGridPage(em, kind, where, { first: n, after, scope: access.householdScope(), line });
    return {
      edges: page.rows.map((node, i) => ({ cursor: page.cursors[i]!, node })),
      pageInfo: {
        hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after),
        startCursor: page.cursors[0] ?? null, endCursor: page.cursors[page.cursors.length - 1] ?? null,
      },
      totalCount: page.count,
    };
  }

  completion(month: string, regionCode?: string | null): Promise<CheckCompletion[]> {
    const { em, access } = this.deps;
    return completion(em, requireMonth(month), regionCode, access.householdScope(), access.principal?.regionCode ?? null);
  }

  /** Corrections of locked checks of a household, newest first. */
  async corrections(householdId: string): Promise<MonthlyCheckCorrectionNode[]> {
    const { em, access } = this.deps;
    const rows = await queryRows<Raw>(em, sql(
      `SELECT x.*, h.region_code FROM monthly_check_correction x JOIN household h ON h.id = x.household_id WHERE x.household_id = ? ORDER BY x.id DESC`,
      toIntId(householdId)));
    // Another township's household answers as one without corrections (as a missing id does).
    if (rows[0] && !access.canTouchRegion(String(rows[0].region_code))) return [];
    return rows.map((r) => ({
      id: String(r.id), checkId: String(r.check_id), householdId: String(r.household_id), month: String(r.month),
      actor: String(r.actor), at: fromDbDate(r.at), reason: String(r.reason), before: String(r.before), after: String(r.after),
    }));
  }

  /** 监测线 by year. */
  async lines(): Promise<MonitoringLineNode[]> {
    const rows = await queryRows<Raw>(this.deps.em, sql('SELECT year, amount, updated_at, updated_by FROM monitoring_line ORDER BY year'));
    return rows.map((r) => ({ year: Number(r.year), amount: Number(r.amount), updatedAt: fromDbDate(r.updated_at), updatedBy: String(r.updated_by) }));
  }

  /** 风险转介: households found at risk, newest first; the count is read only when asked for. */
  /** `scope`: the caller's (default); a live event's shared read passes none and checks each subscriber's region. */
  async referrals(
    where?: RiskReferralWhere | null, first?: number | null, after?: string | null, extra: Sql[] = [], scope: Sql[] = this.deps.access.householdScope(),
  ): Promise<RiskReferralConnection> {
    const { em } = this.deps;
    const n = first ?? 100;
    checkPageSize(n);
    const conds: Sql[] = [...scope, ...regionConditions(where?.regionCode, 'where.regionCode'), ...extra];
    conds.push(...REFERRAL_WHERE(where));
    if (where?.month) conds.push(sql('x.month = ?', requireMonth(where.month, 'where.month')));
    const today = chinaDate(this.deps.clock?.now() ?? new Date());
    if (where?.active != null) conds.push(sql(`x.state ${where.active ? '' : 'NOT '}IN ${ACTIVE_REFERRAL_STATES_SQL}`));
    if (where?.overdue != null) {
      const o = sql(`(x.state IN ('OPEN', 'ASSIGNED') AND x.due_date IS NOT NULL AND x.due_date < ?)`, today);
      conds.push(where.overdue ? o : { text: `NOT ${o.text}`, params: o.params });
    }
    if (where?.owner) conds.push(sql('x.owner = ?', where.owner.trim().slice(0, 64)));
    const filter = joinSql([sql('1 = 1'), ...conds], ' AND ');
    const below = idBelow(after, 'referrals');
    const page = below != null ? joinSql([filter, sql('x.id < ?', below)], ' AND ') : filter;
    const from = 'FROM risk_referral x JOIN household h ON h.id = x.household_id LEFT JOIN region r ON r.code = h.region_code';
    const rows = await queryRows<Raw & { id: number }>(em, {
      text: `SELECT x.*, h.code AS h_code, h.head_name AS h_head_name, h.category AS h_category, h.region_code AS h_region_code, r.name AS region_name ` +
        `${from} WHERE ${page.text} ORDER BY x.id DESC LIMIT ?`,
      params: [...page.params, n + 1],
    });
    const toNode = (r: Raw): RiskReferralNode => ({
      id: String(r.id), householdId: String(r.household_id), householdCode: String(r.h_code), headName: String(r.h_head_name ?? ''),
      category: String(r.h_category), regionCode: String(r.h_region_code), regionName: String(r.region_name ?? ''),
      townshipCode: String(r.township_code), month: String(r.month), checkId: r.check_id != null ? String(r.check_id) : null,
      reasons: String(r.reasons ?? '').split('\n').filter(Boolean), state: String(r.state), createdAt: fromDbDate(r.created_at),
      updatedAt: fromDbDate(r.updated_at), closedAt: r.closed_at != null ? fromDbDate(r.closed_at) : null,
      closedBy: (r.closed_by as string) ?? null, closeReason: (r.close_reason as string) ?? null,
      owner: (r.owner as string) ?? null, helper: (r.helper as string) ?? null, dueDate: (r.due_date as string) ?? null,
      overdue: isReferralOverdue(String(r.state), r.due_date as string | null, today), assignedAt: (r.assigned_at as string) ?? null,
      startedAt: (r.started_at as string) ?? null, assistanceKind: (r.assistance_kind as string) ?? null, assistanceRef: (r.assistance_ref as string) ?? null,
      assistanceNote: (r.assistance_note as string) ?? null, closeKind: (r.close_kind as string) ?? null, version: Number(r.version ?? 1),
    });
    const p = idDescPage(rows, n, after, 'referrals', toNode);
    return {
      ...p,
      totalCount: async () => Number((await queryRows<{ n: number | string }>(em, { text: `SELECT COUNT(*) AS n ${from} WHERE ${filter.text}`, params: filter.params }))[0]?.n ?? 0),
    };
  }

  /** One referral in the caller's scope (the answer of the loop's mutations). */
  async referral(id: number): Promise<RiskReferralNode | null> {
    return (await this.referrals(null, 1, null, [sql('x.id = ?', id)])).edges[0]?.node ?? null;
  }
}
