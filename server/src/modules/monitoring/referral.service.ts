import type { EntityManager } from '@mikro-orm/core';
import {
  ReferralAssistanceKindDef, ReferralCloseKindDef, RISK_REFERRAL_FIELDS, TOWNSHIPS, maxLengthOf, referralTransition, type ReferralCloseKind,
} from '@doudi/shared';
import { chinaDate, chinaDayStart } from '@doudi/shared';
import { dbDate, queryRows, sql } from '../../common/sql.js';
import { diffEntries } from '../audit/audit.service.js';
import { AppUser } from '../auth/user.entity.js';
import { AssistanceBase, flushVersioned, intId, refuse } from '../assistance/assistance.base.js';
import { RiskReferral } from './monitoring.entity.js';
import type { AssignReferralInput, CloseReferralInput, ReferralBoardRow, ReferralBulletinRow, StartReferralAssistanceInput } from './referral.types.js';

const L = (name: string): number => maxLengthOf(RISK_REFERRAL_FIELDS, name);

/** What a referral's history records (the audit diff of each step). */
const snapshot = (r: RiskReferral) => ({
  state: r.state, owner: r.owner ?? null, helper: r.helper ?? null, dueDate: r.dueDate ?? null, assistanceKind: r.assistanceKind ?? null,
  assistanceRef: r.assistanceRef ?? null, assistanceNote: r.assistanceNote ?? null, closeKind: r.closeKind ?? null, closeReason: r.closeReason ?? null,
});

/**
 * The 动态救助 loop on a risk referral (measure 12): OPEN → ASSIGNED (owner: a user of the referral's township, and
 * the 帮扶责任人) → ASSISTING (linked to what was done) → CLOSED (风险消除, or assistance in place, with a reason).
 * Township scope, version checks, one audited transaction per step. The opening and the withdrawal stay in risk.service.
 */
export class ReferralService extends AssistanceBase {
  /** The referral, in the caller's township (another township's answers as a missing one), at the given version. */
  private async load(em: EntityManager, id: string, version: number): Promise<RiskReferral & { regionCode: string }> {
    const n = intId(id);
    const r = n > 0 ? await em.findOne(RiskReferral, { id: n }, { populate: ['household'] }) : null;
    if (!r || !this.access.canTouchRegion(r.household.region.code)) throw refuse('referralId', 'NOT_FOUND', `风险转介 ${id} 不存在`);
    this.checkVersion(r.version, version, '该风险转介');
    return Object.assign(r, { regionCode: r.household.region.code });
  }

  private async step(r: RiskReferral & { regionCode: string }, em: EntityManager, before: ReturnType<typeof snapshot>): Promise<number> {
    const changes = diffEntries({ householdId: r.household.id, regionCode: r.regionCode, entityType: 'risk_referral', entityId: String(r.id) }, before, snapshot(r));
    // A step that changes nothing (the same owner and helper again): nothing is written, the version stays, no event.
    if (!changes.length) {
      em.clear();
      return r.id;
    }
    r.updatedAt = this.deps.clock.now();
    await flushVersioned(em);
    this.audit(em, changes);
    await em.flush();
    return r.id;
  }

  async assign(input: AssignReferralInput): Promise<{ ok: boolean; id: number | null; errors: { field: string; code: string; message: string }[] }> {
    const res = await this.run(async (em) => {
      const r = await this.load(em, input.referralId, input.version);
      const refusal = referralTransition(r.state, 'assign');
      if (refusal) throw refuse('referralId', 'INVALID_STATE', refusal);
      const owner = this.text('owner', '经办人', input.owner, L('owner'), true);
      const u = await em.findOne(AppUser, { username: owner });
      const township = TOWNSHIPS.find((t) => t.code === r.townshipCode)?.name ?? r.townshipCode;
      if (!u || u.disabled) throw refuse('owner', 'NOT_FOUND', `用户“${owner}”不存在或已停用`);
      if (u.regionCode?.slice(0, 9) !== r.townshipCode) throw refuse('owner', 'INVALID_VALUE', `经办人须为${township}的乡镇用户，“${owner}”不是`);
      const helper = this.text('helper', '帮扶责任人', input.helper, L('helper'), true);
      const before = snapshot(r);
      r.owner = u.username;
      r.helper = helper;
      if (r.state === 'OPEN') {
        r.state = 'ASSIGNED';
        r.assignedAt = this.today();
      }
      return this.step(r, em, before);
    });
    return res.ok ? { ok: true, id: res.value, errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  async start(input: StartReferralAssistanceInput): Promise<{ ok: boolean; id: number | null; errors: { field: string; code: string; message: string }[] }> {
    const res = await this.run(async (em) => {
      const r = await this.load(em, input.referralId, input.version);
      const refusal = referralTransition(r.state, 'start');
      if (refusal) throw refuse('referralId', 'INVALID_STATE', refusal);
      const kind = input.assistanceKind;
      if (!ReferralAssistanceKindDef.values.includes(kind as never)) throw refuse('assistanceKind', 'INVALID_VALUE', '救助措施类别无效');
      const note = this.text('assistanceNote', '措施说明', input.assistanceNote, L('assistanceNote'), kind === 'OTHER_MEASURE');
      const ref = kind === 'OTHER_MEASURE' ? null : await this.linked(em, r, kind, input.assistanceRef);
      const before = snapshot(r);
      r.state = 'ASSISTING';
      r.startedAt ??= this.today();
      r.assistanceKind = kind;
      r.assistanceRef = ref;
      r.assistanceNote = note || null;
      return this.step(r, em, before);
    });
    return res.ok ? { ok: true, id: res.value, errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  /** The linked record must exist and be the referral household's own (a relief grant not refused by the county). */
  private async linked(em: EntityManager, r: RiskReferral, kind: string, raw: string | null | undefined): Promise<string> {
    const label = ReferralAssistanceKindDef.labels[kind as keyof typeof ReferralAssistanceKindDef.labels].zh;
    const s = (raw ?? '').trim();
    if (!s) throw refuse('assistanceRef', 'REQUIRED', `请填写关联的${label}记录编号`);
    const n = intId(s);
    if (n < 0 || s.length > L('assistanceRef')) throw refuse('assistanceRef', 'INVALID_VALUE', `关联记录编号“${s.slice(0, 20)}”无效`);
    const table: Record<string, string> = {
      RELIEF_GRANT: `SELECT household_id, approval AS st FROM relief_grant WHERE id = ?`,
      DIBAO_CASE: `SELECT household_id, state AS st FROM dibao_case WHERE id = ?`,
      TEKUN_PERSON: `SELECT household_id, state AS st FROM tekun_person WHERE id = ?`,
      APPLICATION: `SELECT household_id, stage AS st FROM assistance_application WHERE id = ?`,
    };
    const q = table[kind];
    if (q === undefined) throw refuse('assistanceKind', 'INVALID_VALUE', '救助措施类别无效');
    const [row] = await queryRows<{ household_id: unknown; st: string }>(em, sql(q, n));
    if (!row || Number(row.household_id) !== r.household.id) throw refuse('assistanceRef', 'NOT_FOUND', `${label}记录 ${n} 不存在或不属于户 ${r.household.code}`);
    if (kind === 'RELIEF_GRANT' && row.st === 'REJECTED') throw refuse('assistanceRef', 'INVALID_STATE', `临时救助 ${n} 县级未批准，不能作为救助措施`);
    return String(n);
  }

  async close(input: CloseReferralInput): Promise<{ ok: boolean; id: number | null; errors: { field: string; code: string; message: string }[] }> {
    const res = await this.run(async (em) => {
      const r = await this.load(em, input.referralId, input.version);
      const kind = input.closeKind as ReferralCloseKind;
      if (!ReferralCloseKindDef.values.includes(kind)) throw refuse('closeKind', 'INVALID_VALUE', '办结方式无效');
      const refusal = referralTransition(r.state, 'close', kind);
      if (refusal) throw refuse('closeKind', 'INVALID_STATE', refusal);
      const reason = this.text('closeReason', '办结说明', input.reason, L('closeReason'), true);
      if (kind === 'RISK_ELIMINATED' && r.household.riskStatus !== 'ELIMINATED') {
        const [last] = await queryRows<{ month: string; at_risk: unknown }>(em, sql(
          'SELECT month, at_risk FROM monthly_check WHERE household_id = ? AND visit_date IS NOT NULL ORDER BY month DESC LIMIT 1', r.household.id));
        const atRisk = last && (last.at_risk === true || Number(last.at_risk) === 1);
        if (!last || atRisk) {
          throw refuse('closeKind', 'INVALID_STATE', last
            ? `该户最近一次走访（${last.month}）仍显示风险，不能以“风险消除”办结`
            : '该户尚无走访记录，不能以“风险消除”办结');
        }
      }
      const before = snapshot(r);
      r.state = 'CLOSED';
      r.closeKind = kind;
      r.closeReason = reason;
      r.closedAt = this.deps.clock.now();
      r.closedBy = this.access.actor;
      return this.step(r, em, before);
    });
    return res.ok ? { ok: true, id: res.value, errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  /** The office's board: per township, active referrals by state and the overdue ones (help not started by the due date). */
  async board(regionCode: string | null | undefined): Promise<ReferralBoardRow[]> {
    const prefix = this.regionPrefix(regionCode);
    const township = prefix ? prefix.slice(0, Math.min(prefix.length, 9)) : '';
    const today = this.today();
    const rows = await queryRows<Record<string, unknown>>(this.em, {
      text:
        'SELECT t.code, t.name, ' +
        `SUM(CASE WHEN x.state = 'OPEN' THEN 1 ELSE 0 END) AS open_n, SUM(CASE WHEN x.state = 'ASSIGNED' THEN 1 ELSE 0 END) AS assigned_n, ` +
        `SUM(CASE WHEN x.state = 'ASSISTING' THEN 1 ELSE 0 END) AS assisting_n, ` +
        `SUM(CASE WHEN x.state IN ('OPEN', 'ASSIGNED') AND x.due_date < ? THEN 1 ELSE 0 END) AS overdue_n ` +
        `FROM region t LEFT JOIN risk_referral x ON x.township_code = t.code AND x.state IN ('OPEN', 'ASSIGNED', 'ASSISTING') ` +
        'WHERE t.level = ? AND t.code LIKE ? GROUP BY t.code, t.name ORDER BY t.code',
      params: [today, 'TOWNSHIP', `${township}%`],
    });
    return rows.map((r) => {
      const open = Number(r.open_n ?? 0);
      const assigned = Number(r.assigned_n ?? 0);
      const assisting = Number(r.assisting_n ?? 0);
      return { townshipCode: String(r.code), townshipName: String(r.name), open, assigned, assisting, active: open + assigned + assisting, overdue: Number(r.overdue_n ?? 0) };
    });
  }

  /**
   * The monthly 通报's referral figures per township, as they stood at `asOf` (the month's end, or now): opened in the
   * month, still active, overdue (help not started by the due date), closed in the month. Aggregates only.
   */
  async bulletinFigures(month: string, asOf: Date): Promise<ReferralBulletinRow[]> {
    const start = dbDate(this.deps.kind, chinaDayStart(`${month}-01`));
    const at = dbDate(this.deps.kind, asOf);
    const asOfDate = chinaDate(asOf);
    const active = '(x.created_at <= ? AND (x.closed_at IS NULL OR x.closed_at > ?))';
    const rows = await queryRows<Record<string, unknown>>(this.em, {
      text: 'SELECT t.code, t.name, ' +
        'SUM(CASE WHEN x.created_at >= ? AND x.created_at <= ? THEN 1 ELSE 0 END) AS opened_n, ' +
        `SUM(CASE WHEN ${active} THEN 1 ELSE 0 END) AS active_n, ` +
        `SUM(CASE WHEN ${active} AND x.due_date < ? AND (x.started_at IS NULL OR x.started_at > ?) THEN 1 ELSE 0 END) AS overdue_n, ` +
        `SUM(CASE WHEN x.state = 'CLOSED' AND x.closed_at >= ? AND x.closed_at <= ? THEN 1 ELSE 0 END) AS closed_n ` +
        'FROM region t LEFT JOIN risk_referral x ON x.township_code = t.code WHERE t.level = ? GROUP BY t.code, t.name ORDER BY t.code',
      params: [start, at, at, at, at, at, asOfDate, asOfDate, start, at, 'TOWNSHIP'],
    });
    return rows.map((r) => ({ townshipCode: String(r.code), townshipName: String(r.name), opened: Number(r.opened_n ?? 0), active: Number(r.active_n ?? 0),
      overdue: Number(r.overdue_n ?? 0), closed: Number(r.closed_n ?? 0) }));
  }
}
