import { RELIEF_DECISION_FIELDS, maxLengthOf } from '@doudi/shared';
import { diffEntries } from '../audit/audit.service.js';
import { flushVersioned, intId, refuse } from './assistance.base.js';
import { ReliefGrant } from './assistance.entities.js';
import { ReliefService, yuan } from './relief.service.js';
import type { DecideReliefInput } from './loops.types.js';
import type { ReliefGrantResult } from './assistance.types.js';

const snapshot = (g: ReliefGrant) => ({ approval: g.approval, decidedBy: g.decidedBy ?? null, decidedOn: g.decidedOn ?? null, decisionNote: g.decisionNote ?? null });

/**
 * The county's decision on a large (above the township's authority) or 一事一议 relief grant: PENDING → APPROVED
 * (now drawn on the township's reserve fund, whose balance must cover it) or REJECTED (with the reason). County only,
 * once, at the grant's version; audited in the same transaction.
 */
export class ReliefApprovalService extends ReliefService {
  async decide(input: DecideReliefInput): Promise<ReliefGrantResult> {
    const res = await this.run(async (em) => {
      const n = intId(input.grantId);
      const g = n > 0 ? await em.findOne(ReliefGrant, { id: n }) : null;
      if (!g || !this.access.canTouchRegion(g.townshipCode)) throw refuse('grantId', 'NOT_FOUND', `临时救助记录 ${input.grantId} 不存在`);
      if (!this.isCounty) throw refuse('grantId', 'FORBIDDEN', '超出乡镇审批权限的临时救助和“一事一议”由县民政局审批，乡镇(街道)不能审批');
      this.checkVersion(g.version, input.version, '该救助申请');
      if (g.approval === 'NONE') throw refuse('grantId', 'INVALID_STATE', '该救助由乡镇(街道)在权限内直接发放，无需县级审批');
      if (g.approval !== 'PENDING') {
        throw refuse('grantId', 'ALREADY_DECIDED', `该救助申请已于 ${g.decidedOn ?? ''} 由 ${g.decidedBy ?? ''} ${g.approval === 'APPROVED' ? '批准' : '不予批准'}，不能再次审批`);
      }
      const note = this.text('decisionNote', '审批意见', input.note, maxLengthOf(RELIEF_DECISION_FIELDS, 'decisionNote'), !input.approve);
      if (input.approve && g.fromReserveFund) {
        await this.lockFund(em, g.townshipCode);
        const [fund] = await this.funds(g.townshipCode, em);
        const balance = fund?.balance ?? 0;
        if (g.amount > balance + 1e-9) {
          throw refuse('grantId', 'INSUFFICIENT_FUNDS', `${fund?.townshipName ?? g.townshipCode}临时救助备用金余额 ${yuan(balance)}，不足以批准 ${yuan(g.amount)}；请先拨付备用金`);
        }
      }
      const before = snapshot(g);
      g.approval = input.approve ? 'APPROVED' : 'REJECTED';
      g.decidedBy = this.access.actor;
      g.decidedOn = this.today();
      g.decisionNote = note || null;
      g.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      this.audit(em, diffEntries({ householdId: g.householdId ?? null, regionCode: g.townshipCode, entityType: 'relief_grant', entityId: String(g.id) }, before, snapshot(g)));
      await em.flush();
      return g.id;
    });
    if (!res.ok) return { ok: false, grant: null, errors: res.errors };
    return { ok: true, grant: await this.one(res.value), errors: [] };
  }
}
