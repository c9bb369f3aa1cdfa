import type { EntityManager } from '@mikro-orm/core';
import {
  TOWNSHIPS, RELIEF_NORMAL_CAP, DEFAULT_LOOP_SETTINGS, reliefNeedsCounty, validateIdNumber, RELIEF_GRANT_FIELDS, RESERVE_FUND_TOP_UP_FIELDS,
} from '@doudi/shared';
import { Household } from '../household/household.entity.js';
import { Member } from '../household/member.entity.js';
import { queryRows, sql, joinSql, type Sql } from '../../common/sql.js';
import { column } from '../../common/row-mapper.js';
import { storedFields } from '../../common/table-rows.js';
import { countedIdDescPage } from '../../common/id-desc-page.js';
import { AssistanceBase, intId, num, refuse, flushVersioned } from './assistance.base.js';
import { effectiveDibaoState } from './dibao.service.js';
import { DibaoCase, ReliefGrant, ReserveFund, ReserveFundTopUp } from './assistance.entities.js';
import { ReliefGrantWhere } from './assistance.where.js';
import { tableWhere } from '../../common/table-where.js';
import type {
  GrantReliefInput, ReliefGrantConnection, ReliefGrantNode, ReliefGrantResult, ReserveFundNode, ReserveFundResult,
} from './assistance.types.js';

/** A grant row: the grant's columns (g.*), the household's code and the paying township's name. */
interface GrantRow {
  [column: string]: unknown;
  id: number | string; household_id: number | string | null; recipient_id_number: string; code: string | null; township_name: string | null;
}

/** The list filter's table fields (common/table-where.ts). */
const WHERE = tableWhere<ReliefGrantWhere>(ReliefGrantWhere, {
  type: 'g.type', assistFirst: 'g.assist_first', caseByCase: 'g.case_by_case', migrantWorkerCase: 'g.migrant_worker_case',
});

const SELECT =
  'SELECT g.*, h.code, t.name AS township_name FROM relief_grant g LEFT JOIN household h ON h.id = g.household_id ' +
  'LEFT JOIN region t ON t.code = g.township_code';

/** A grant's stored fields from its field table (common/table-rows.ts); the household's code and the township's name
 *  are joined, the days overdue derived. */
const GRANT = storedFields('g', RELIEF_GRANT_FIELDS, {
  notStored: ['householdCode', 'townshipName', 'daysOverdue'],
  more: [
    column('id', 'string'), column('householdId', 'string'), column('memberId', 'string'), column('townshipCode', 'string'),
    column('approval', 'enum'), column('decidedBy', 'string'), column('decidedOn', 'date'), column('decisionNote', 'string'),
    column('version', 'integer'), column('createdBy', 'string'), column('createdAt', 'datetime'),
  ],
});
const isTownshipCode = (code: string): boolean => TOWNSHIPS.some((t) => t.code === code);
/** Grants that draw on the fund: the township's own and those the county approved (not pending, not rejected). */
const PAID = `g.approval IN ('NONE', 'APPROVED')`;
export const yuan = (n: number): string => `${Math.round(n * 100) / 100} 元`;

/** 临时救助 (measures 4–5): grants, 一事一议, 先行救助 and the township reserve funds (备用金). */
export class ReliefService extends AssistanceBase {
  private toNode(r: GrantRow, today: string): ReliefGrantNode {
    const g = GRANT.read(r) as unknown as ReliefGrantNode;
    const overdue = g.assistFirst && !g.paperworkDoneAt && !!g.paperworkDue && g.paperworkDue < today;
    return {
      ...g,
      householdCode: r.code ?? null,
      recipientIdNumber: this.idShown(r.recipient_id_number, r.household_id),
      townshipName: r.township_name ?? '',
      meetingRef: g.meetingRef ?? '',
      paperworkOverdue: overdue,
      daysOverdue: overdue ? Math.round((Date.parse(today) - Date.parse(g.paperworkDue!)) / 86_400_000) : null,
      approval: g.approval ?? 'NONE',
    };
  }

  /** Grants confined to a region: by the paying township, or (a village) by the household's village. */
  private regionConds(regionCode: string | null | undefined): Sql[] {
    const prefix = this.regionPrefix(regionCode);
    if (!prefix) return [];
    if (prefix.length === 9) return [sql('g.township_code = ?', prefix)];
    if (prefix.length === 12) return [sql('h.region_code = ?', prefix)];
    return [sql('g.township_code LIKE ?', `${prefix}%`)];
  }

  private overdueCond(today: string): Sql {
    return sql('(g.assist_first = ? AND g.paperwork_done_at IS NULL AND g.paperwork_due < ?)', true, today);
  }

  private async rows(conds: Sql[], tail: string, em: EntityManager = this.em): Promise<GrantRow[]> {
    const where = conds.length ? ` WHERE ${joinSql(conds, ' AND ').text}` : '';
    return queryRows<GrantRow>(em, { text: `${SELECT}${where}${tail}`, params: conds.flatMap((c) => c.params) });
  }

  async one(id: number): Promise<ReliefGrantNode | null> {
    const [r] = await this.rows([sql('g.id = ?', id)], '');
    return r ? this.toNode(r, this.today()) : null;
  }

  async page(where: ReliefGrantWhere | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ReliefGrantConnection> {
    const today = this.today();
    return countedIdDescPage({
      em: this.em, countFrom: 'FROM relief_grant g LEFT JOIN household h ON h.id = g.household_id', conds: () => this.conditions(where, today),
      idCol: 'g.id', tag: 'relief', first, after, rows: (c, tail) => this.rows(c, tail),
    }, (rows) => rows.map((r) => this.toNode(r, today)));
  }

  private conditions(where: ReliefGrantWhere | null | undefined, today: string): Sql[] {
    const w = where ?? {};
    const conds = this.regionConds(w.regionCode);
    conds.push(...WHERE(w));
    if (w.householdId) conds.push(sql('g.household_id = ?', intId(w.householdId)));
    if (w.overdue != null) {
      const o = this.overdueCond(today);
      conds.push(w.overdue ? o : { text: `NOT ${o.text}`, params: o.params });
    }
    if (w.from) conds.push(sql('g.grant_date >= ?', w.from));
    if (w.to) conds.push(sql('g.grant_date <= ?', w.to));
    if (w.approval) conds.push(sql('g.approval = ?', w.approval));
    return conds;
  }

  /** 先行救助 grants whose paperwork is past its due date, most overdue first. */
  async overdue(regionCode: string | null | undefined): Promise<ReliefGrantNode[]> {
    const today = this.today();
    const conds = [...this.regionConds(regionCode), this.overdueCond(today)];
    return (await this.rows(conds, ' ORDER BY g.paperwork_due, g.id')).map((r) => this.toNode(r, today));
  }

  // ---- reserve funds -------------------------------------------------------------------------------------------

  async funds(regionCode: string | null | undefined, em: EntityManager = this.em): Promise<ReserveFundNode[]> {
    const prefix = this.regionPrefix(regionCode);
    const township = prefix ? prefix.slice(0, Math.min(prefix.length, 9)) : '';
    const rows = await queryRows<{ code: string; name: string; opening: unknown; topped: unknown; granted: unknown; cnt: unknown }>(em, {
      text:
        'SELECT t.code, t.name, COALESCE(f.opening_balance, 0) AS opening, ' +
        '(SELECT COALESCE(SUM(u.amount), 0) FROM reserve_fund_top_up u WHERE u.township_code = t.code) AS topped, ' +
        `(SELECT COALESCE(SUM(g.amount), 0) FROM relief_grant g WHERE g.township_code = t.code AND g.from_reserve_fund = ? AND ${PAID}) AS granted, ` +
        `(SELECT COUNT(*) FROM relief_grant g WHERE g.township_code = t.code AND g.from_reserve_fund = ? AND ${PAID}) AS cnt ` +
        `FROM region t LEFT JOIN reserve_fund f ON f.township_code = t.code WHERE t.level = ? AND t.code LIKE ? ORDER BY t.code`,
      params: [true, true, 'TOWNSHIP', `${township}%`],
    });
    return rows.map((r) => {
      const opening = num(r.opening);
      const topped = num(r.topped);
      const granted = num(r.granted);
      return { townshipCode: r.code, townshipName: r.name, openingBalance: opening, toppedUp: topped, granted, grantCount: num(r.cnt),
        balance: Math.round((opening + topped - granted) * 100) / 100 };
    });
  }

  /** County only: adds money to a township's reserve fund. */
  async topUp(townshipCode: string, amount: number, note: string | null | undefined): Promise<ReserveFundResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('备用金拨付');
      if (!isTownshipCode(townshipCode)) throw refuse('townshipCode', 'INVALID_VALUE', `乡镇(街道)代码“${townshipCode}”不是本县的乡镇(街道)`);
      this.tableAmount(RESERVE_FUND_TOP_UP_FIELDS, 'amount', amount);
      await this.lockFund(em, townshipCode);
      const t = em.create(ReserveFundTopUp, { townshipCode, amount, note: this.tableText(RESERVE_FUND_TOP_UP_FIELDS, 'note', note), topUpDate: this.today(),
        createdBy: this.access.actor, createdAt: this.deps.clock.now() });
      await em.flush();
      this.audit(em, [{ action: 'CREATE', entityType: 'reserve_fund_top_up', entityId: String(t.id), regionCode: townshipCode, after: { amount, note: t.note } }]);
      await em.flush();
      return townshipCode;
    });
    if (!res.ok) return { ok: false, fund: null, errors: res.errors };
    return { ok: true, fund: (await this.funds(townshipCode))[0] ?? null, errors: [] };
  }

  /** Creates the township's fund row if absent and locks it (PostgreSQL), so that two grants never both draw the last yuan. */
  async lockFund(em: EntityManager, townshipCode: string): Promise<void> {
    const exists = await em.findOne(ReserveFund, { townshipCode });
    if (!exists) {
      em.create(ReserveFund, { townshipCode, openingBalance: 0, updatedAt: this.deps.clock.now() });
      await em.flush();
    }
    if (this.deps.kind === 'postgresql') {
      await queryRows(em, sql('SELECT township_code FROM reserve_fund WHERE township_code = ? FOR UPDATE', townshipCode));
    }
    await queryRows(em, sql('UPDATE reserve_fund SET version = version + 1 WHERE township_code = ?', townshipCode));
  }

  // ---- grants --------------------------------------------------------------------------------------------------

  async grant(input: GrantReliefInput): Promise<ReliefGrantResult> {
    const res = await this.run(async (em) => {
      const today = this.today();
      let householdId: number | null = null;
      let memberId: number | null = null;
      let recipientName = this.tableText(RELIEF_GRANT_FIELDS, 'recipientName', input.recipientName);
      let recipientIdNumber = '';
      let townshipCode = (input.townshipCode ?? '').trim();
      let regionCode: string | null = null;
      if (input.householdId != null && input.householdId !== '') {
        const h = await em.findOne(Household, { id: intId(input.householdId) });
        // Another township's household answers as a missing one.
        if (!h || h.deletedAt || !this.access.canTouchRegion(h.region.code)) throw refuse('householdId', 'NOT_FOUND', `户 ${input.householdId} 不存在或已删除`);
        householdId = h.id;
        regionCode = h.region.code;
        townshipCode ||= h.townshipCode;
        recipientName ||= h.headName;
        recipientIdNumber = h.headIdNumber;
        if (input.memberId != null && input.memberId !== '') {
          const m = await em.findOne(Member, { id: intId(input.memberId) });
          if (!m || m.household.id !== h.id) throw refuse('memberId', 'NOT_FOUND', `家庭成员 ${input.memberId} 不在户 ${h.code} 中`);
          memberId = m.id;
          recipientName = m.name;
          recipientIdNumber = m.idNumber;
        }
      } else {
        if (!recipientName) throw refuse('recipientName', 'REQUIRED', '受助人姓名不能为空（未指定台账户时）');
        const id = validateIdNumber(input.recipientIdNumber ?? '', this.deps.clock.now());
        if (!id.ok) throw refuse('recipientIdNumber', 'INVALID_ID_NUMBER', `受助人${id.message}`);
        recipientIdNumber = id.value;
        if (!townshipCode) townshipCode = this.access.township ?? '';
        if (!townshipCode) throw refuse('townshipCode', 'REQUIRED', '发放乡镇(街道)不能为空（未指定台账户时）');
      }
      if (!isTownshipCode(townshipCode)) throw refuse('townshipCode', 'INVALID_VALUE', `乡镇(街道)代码“${townshipCode}”不是本县的乡镇(街道)`);
      if (!this.access.canTouchRegion(townshipCode)) throw this.forbidden('townshipCode');

      const amount = this.tableAmount(RELIEF_GRANT_FIELDS, 'amount', input.amount, { label: '救助金额' });
      const cause = this.tableText(RELIEF_GRANT_FIELDS, 'cause', input.cause, { label: '救助事由' });
      const grantDate = this.tableDate(RELIEF_GRANT_FIELDS, 'grantDate', input.grantDate, false) ?? today;
      if (grantDate > today) throw refuse('grantDate', 'OUT_OF_RANGE', `发放日期 ${grantDate} 晚于今天`);

      // 一事一议: above the normal cap only with a recorded case-by-case decision.
      const caseByCase = input.caseByCase === true;
      const meetingRef = this.tableText(RELIEF_GRANT_FIELDS, 'meetingRef', input.meetingRef, { label: '一事一议会议纪要编号', required: caseByCase });
      if (amount > RELIEF_NORMAL_CAP && !caseByCase) {
        throw refuse('amount', 'CASE_BY_CASE_REQUIRED', `救助金额 ${yuan(amount)} 超过单次常规上限 ${yuan(RELIEF_NORMAL_CAP)}，须经“一事一议”（填写会议纪要编号）后发放`);
      }

      // 先行救助: 急难型 only, with a date by which the paperwork is completed.
      const assistFirst = input.assistFirst === true;
      let paperworkDue: string | null = null;
      if (assistFirst) {
        if (input.type !== 'EMERGENCY') throw refuse('assistFirst', 'INVALID_VALUE', '先行救助仅适用于急难型临时救助');
        paperworkDue = this.tableDate(RELIEF_GRANT_FIELDS, 'paperworkDue', input.paperworkDue, true, { label: '先行救助补齐手续期限' })!;
        if (paperworkDue < grantDate) throw refuse('paperworkDue', 'OUT_OF_RANGE', `补齐手续期限 ${paperworkDue} 早于发放日期 ${grantDate}`);
      }

      // Measure 4: the migrant-worker case, as three checked conditions; "not on 低保" is verified here too.
      const migrant = input.migrantWorkerCase === true;
      const checks = { noIncomeThreeMonths: input.noIncomeThreeMonths === true, noUnemploymentInsurance: input.noUnemploymentInsurance === true, notOnDibao: input.notOnDibao === true };
      if (migrant) {
        if (!checks.noIncomeThreeMonths) throw refuse('noIncomeThreeMonths', 'REQUIRED', '农民工临时救助须核实“连续三个月无收入来源”');
        if (!checks.noUnemploymentInsurance) throw refuse('noUnemploymentInsurance', 'REQUIRED', '农民工临时救助须核实“失业保险无法覆盖”（人社局参保数据）');
        if (!checks.notOnDibao) throw refuse('notOnDibao', 'REQUIRED', '农民工临时救助须核实“未纳入低保”');
        const on = await this.activeDibao(em, householdId, recipientIdNumber);
        if (on) throw refuse('notOnDibao', 'ON_DIBAO', `受助人所在户 ${on.code} 正在享受低保（案件 ${on.caseId}），不符合农民工临时救助“未纳入低保”的条件`);
      }

      const fromReserveFund = input.fromReserveFund !== false;
      // Above the township's authority, or 一事一议: a request the county decides (decideReliefRequest); the fund is
      // drawn on, and its balance checked, only on approval.
      const limit = (this.deps.loops ?? DEFAULT_LOOP_SETTINGS).reliefTownshipLimit;
      const approval = reliefNeedsCounty({ amount, caseByCase, assistFirst }, limit) ? 'PENDING' : 'NONE';
      if (fromReserveFund && approval === 'NONE') {
        await this.lockFund(em, townshipCode);
        const [fund] = await this.funds(townshipCode, em);
        const balance = fund?.balance ?? 0;
        if (amount > balance + 1e-9) {
          throw refuse('amount', 'INSUFFICIENT_FUNDS', `${fund?.townshipName ?? townshipCode}临时救助备用金余额 ${yuan(balance)}，不足以发放 ${yuan(amount)}；请先申请县民政局拨付`);
        }
      }
      const g = em.create(ReliefGrant, {
        householdId, memberId, recipientName, recipientIdNumber, townshipCode, type: input.type, amount, cause, grantDate,
        migrantWorkerCase: migrant, ...checks, caseByCase, meetingRef, assistFirst, paperworkDue, paperworkDoneAt: null, fromReserveFund, approval,
        createdBy: this.access.actor, createdAt: this.deps.clock.now(), updatedAt: this.deps.clock.now(),
      });
      await em.flush();
      this.audit(em, [{ action: 'CREATE', entityType: 'relief_grant', entityId: String(g.id), householdId, regionCode: regionCode ?? townshipCode,
        after: { type: input.type, amount, cause, grantDate, migrantWorkerCase: migrant, caseByCase, meetingRef, assistFirst, paperworkDue, fromReserveFund, approval } }]);
      await em.flush();
      return g.id;
    });
    if (!res.ok) return { ok: false, grant: null, errors: res.errors };
    return { ok: true, grant: await this.one(res.value), errors: [] };
  }

  /** The recipient's active 低保 case: of the household, or of the household the ID number belongs to. */
  private async activeDibao(em: EntityManager, householdId: number | null, idNumber: string): Promise<{ code: string; caseId: number } | null> {
    let hid = householdId;
    if (hid == null && idNumber) {
      const m = await em.findOne(Member, { activeIdNumber: idNumber });
      hid = m ? m.household.id : null;
    }
    if (hid == null) return null;
    const today = this.today();
    const cases = await em.find(DibaoCase, { household: hid, state: { $ne: 'ENDED' } }, { populate: ['household'] });
    const c = cases.find((x) => effectiveDibaoState(x, today) !== 'ENDED');
    return c ? { code: c.household.code, caseId: c.id } : null;
  }

  /** 先行救助: the paperwork is completed (dated today). */
  async completePaperwork(id: string, version: number): Promise<ReliefGrantResult> {
    const res = await this.run(async (em) => {
      const n = intId(id);
      const g = n > 0 ? await em.findOne(ReliefGrant, { id: n }) : null;
      if (!g || !this.access.canTouchRegion(g.townshipCode)) throw refuse('id', 'NOT_FOUND', `临时救助记录 ${id} 不存在`);
      this.checkVersion(g.version, version, '该救助记录');
      if (!g.assistFirst) throw refuse('id', 'INVALID_STATE', '该救助不是先行救助，无需补齐手续');
      if (g.paperworkDoneAt) throw refuse('id', 'INVALID_STATE', `该先行救助已于 ${g.paperworkDoneAt} 补齐手续`);
      g.paperworkDoneAt = this.today();
      g.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      this.audit(em, [{ action: 'UPDATE', entityType: 'relief_grant', entityId: String(g.id), field: 'paperworkDoneAt', before: null,
        after: g.paperworkDoneAt, householdId: g.householdId ?? null, regionCode: g.townshipCode }]);
      await em.flush();
      return g.id;
    });
    if (!res.ok) return { ok: false, grant: null, errors: res.errors };
    return { ok: true, grant: await this.one(res.value), errors: [] };
  }
}
