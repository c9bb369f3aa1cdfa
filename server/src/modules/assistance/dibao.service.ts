import type { EntityManager } from '@mikro-orm/core';
import {
  addMonths, firstOfNextMonth, gradualExitMaxEnd, monthsBetween, singlePersonEligible, GRADUAL_EXIT_MAX_MONTHS,
  DisabilityGradeDef, HealthStatusDef, type DibaoKind, type DibaoState, type NoticeStatus,
  DIBAO_CASE_FIELDS,
} from '@doudi/shared';
import { diffEntries } from '../audit/audit.service.js';
import { Household } from '../household/household.entity.js';
import { Member } from '../household/member.entity.js';
import { queryRows, sql, joinSql, likeEscape, type Sql } from '../../common/sql.js';
import { STAMP_COLUMNS, column } from '../../common/row-mapper.js';
import { storedFields } from '../../common/table-rows.js';
import { countedIdDescPage } from '../../common/id-desc-page.js';
import { AssistanceBase, intId, num, refuse, flushVersioned } from './assistance.base.js';
import { DibaoCase } from './assistance.entities.js';
import type { DibaoCaseConnection, DibaoCaseNode, DibaoCaseResult, EndDibaoInput, EnrolDibaoInput, StartGradualExitInput } from './assistance.types.js';
import { DibaoCaseWhere } from './assistance.where.js';
import { tableWhere } from '../../common/table-where.js';

/** A case's stored fields from its field table (common/table-rows.ts); the household's and the member's are joined. */
const CASE = storedFields('c', DIBAO_CASE_FIELDS, {
  notStored: [
    'householdCode', 'headName', 'townshipName', 'regionName', 'memberName', 'idNumber', 'dependsOnFamily', 'incomePerCapita',
    'aboveLine', 'monthsLeft', 'noticeStatus',
  ],
  more: [column('id', 'string'), column('householdId', 'string'), column('memberId', 'string'), ...STAMP_COLUMNS],
});

/** A case row: the case's stored columns, the household's and the member's. */
interface CaseRow {
  [column: string]: unknown;
  id: number | string; household_id: number | string; state: string; exit_end_date: string | null; kind: string;
  code: string; head_name: string; head_id_number: string; region_code: string; township_code: string; income_per_capita: number | string;
  region_name: string | null; township_name: string | null; member_name: string | null; member_id_number: string | null;
}

const SELECT =
  `SELECT ${CASE.columns}, h.code, h.head_name, ` +
  'h.head_id_number, h.region_code, h.township_code, h.income_per_capita, r.name AS region_name, t.name AS township_name, ' +
  'm.name AS member_name, m.id_number AS member_id_number FROM dibao_case c JOIN household h ON h.id = c.household_id ' +
  'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code LEFT JOIN member m ON m.id = c.member_id';

/** The effective state as SQL: a gradual exit whose end date has come is ENDED. */
const STATE_SQL = (today: string): Sql => sql(`(CASE WHEN c.state = 'GRADUAL_EXIT' AND c.exit_end_date <= ? THEN 'ENDED' ELSE c.state END)`, today);

/** The list filter's table fields (common/table-where.ts): the state is the effective one on the day; aboveLine below. */
const WHERE = tableWhere<DibaoCaseWhere, string>(DibaoCaseWhere, { state: STATE_SQL, kind: 'c.kind', aboveLine: null });

/** The effective state of a case on a date (the same rule as STATE_SQL). */
export function effectiveDibaoState(c: { state: string; exitEndDate?: string | null }, today: string): DibaoState {
  if (c.state === 'GRADUAL_EXIT' && c.exitEndDate && c.exitEndDate <= today) return 'ENDED';
  return c.state as DibaoState;
}


/** 低保 (measures 1–2): enrolment (household or 单人保), gradual exit (≤ 18 months, with a written notice), exit. */
export class DibaoService extends AssistanceBase {
  private lineCache = new Map<number, number>();

  private async line(): Promise<number> {
    const year = Number(this.today().slice(0, 4));
    if (!this.lineCache.has(year)) this.lineCache.set(year, await this.monitoringLine(year));
    return this.lineCache.get(year)!;
  }

  private toNode(r: CaseRow, line: number, today: string): DibaoCaseNode {
    const c = CASE.read(r) as unknown as DibaoCaseNode;
    const state = effectiveDibaoState({ state: r.state, exitEndDate: r.exit_end_date }, today);
    const inExit = state === 'GRADUAL_EXIT' && c.exitEndDate;
    const income = num(r.income_per_capita);
    const single = c.kind === 'SINGLE_PERSON';
    const exitedAtEnd = state === 'ENDED' && r.state === 'GRADUAL_EXIT';
    return {
      ...c,
      householdCode: r.code, headName: r.head_name,
      regionCode: r.region_code, regionName: r.region_name ?? '', townshipCode: r.township_code, townshipName: r.township_name ?? '',
      memberName: r.member_name ?? null,
      idNumber: this.idShown(single ? r.member_id_number : r.head_id_number, r.household_id),
      state, incomePerCapita: income,
      aboveLine: state === 'ACTIVE' && !single && income > line,
      noticeStatus: c.exitStartDate && c.noticeDate ? ((c.noticeDate <= c.exitStartDate ? 'ON_ENTRY' : 'LATE') as NoticeStatus) : null,
      monthsLeft: inExit ? Math.max(0, monthsBetween(today, c.exitEndDate!)) : null,
      daysLeft: inExit ? Math.round((Date.parse(c.exitEndDate!) - Date.parse(today)) / 86_400_000) : null,
      endsWithin3Months: Boolean(inExit && c.exitEndDate! <= addMonths(today, 3)),
      endDate: exitedAtEnd ? c.exitEndDate : c.endDate,
      endReason: exitedAtEnd ? `渐退期满（${GRADUAL_EXIT_MAX_MONTHS}个月内）自动退出` : c.endReason,
      remarks: c.remarks ?? '',
    };
  }

  private async rows(conds: Sql[], tail = '', em: EntityManager = this.em): Promise<CaseRow[]> {
    const where = conds.length ? ` WHERE ${joinSql(conds, ' AND ').text}` : '';
    return queryRows<CaseRow>(em, { text: `${SELECT}${where}${tail}`, params: conds.flatMap((c) => c.params) });
  }

  async one(id: number, em: EntityManager = this.em): Promise<DibaoCaseNode | null> {
    const [r] = await this.rows([sql('c.id = ?', id)], '', em);
    return r ? this.toNode(r, await this.line(), this.today()) : null;
  }

  private conditions(where: DibaoCaseWhere | null | undefined, line: number): Sql[] {
    const today = this.today();
    const w = where ?? {};
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...this.householdRegion(this.regionPrefix(w.regionCode))];
    const st = STATE_SQL(today);
    conds.push(...WHERE(w, today));
    if (w.householdId) conds.push(sql('c.household_id = ?', intId(w.householdId)));
    if (w.aboveLine != null) {
      const above = { text: `(${st.text} = 'ACTIVE' AND c.kind = 'HOUSEHOLD' AND h.income_per_capita > ?)`, params: [...st.params, line] };
      conds.push(w.aboveLine ? above : { text: `NOT ${above.text}`, params: above.params });
    }
    if (w.endsWithin3Months != null) {
      const soon = { text: `(${st.text} = 'GRADUAL_EXIT' AND c.exit_end_date <= ?)`, params: [...st.params, addMonths(today, 3)] };
      conds.push(w.endsWithin3Months ? soon : { text: `NOT ${soon.text}`, params: soon.params });
    }
    const s = (w.search ?? '').trim();
    if (s) {
      const like = `%${likeEscape(s)}%`;
      conds.push(sql(`(h.head_name LIKE ? ESCAPE '\\' OR h.code LIKE ? ESCAPE '\\' OR m.name LIKE ? ESCAPE '\\')`, like, like, like));
    }
    return conds;
  }

  async page(where: DibaoCaseWhere | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<DibaoCaseConnection> {
    const line = await this.line();
    const today = this.today();
    return countedIdDescPage({
      em: this.em, countFrom: 'FROM dibao_case c JOIN household h ON h.id = c.household_id LEFT JOIN member m ON m.id = c.member_id',
      conds: () => this.conditions(where, line), idCol: 'c.id', tag: 'dibao', first, after, rows: (conds, tail) => this.rows(conds, tail),
    }, (rows) => rows.map((r) => this.toNode(r, line, today)));
  }

  /** 渐退名单: the region's cases in gradual exit, soonest end first. */
  async gradualExits(regionCode: string | null | undefined): Promise<DibaoCaseNode[]> {
    const line = await this.line();
    const today = this.today();
    const conds = this.conditions({ regionCode, state: 'GRADUAL_EXIT' }, line);
    return (await this.rows(conds, ' ORDER BY c.exit_end_date, c.id')).map((r) => this.toNode(r, line, today));
  }

  /** Active whole-household cases (not in gradual exit) whose income per capita is above the year's monitoring line. */
  async aboveLine(regionCode: string | null | undefined): Promise<DibaoCaseNode[]> {
    const line = await this.line();
    const today = this.today();
    const conds = this.conditions({ regionCode, aboveLine: true }, line);
    return (await this.rows(conds, ' ORDER BY h.income_per_capita DESC, c.id')).map((r) => this.toNode(r, line, today));
  }

  private async result(run: Awaited<ReturnType<AssistanceBase['run']>>, conflictId?: number): Promise<DibaoCaseResult> {
    if (run.ok) return { ok: true, dibaoCase: await this.one(run.value as number), errors: [], conflict: null };
    const stale = run.errors.some((e) => e.code === 'VERSION_CONFLICT');
    return { ok: false, dibaoCase: null, errors: run.errors, conflict: stale && conflictId ? await this.one(conflictId) : null };
  }

  /** Active (not ended) cases touching a household, for the one-case rule. */
  private async openCases(em: EntityManager, householdId: number): Promise<DibaoCase[]> {
    const cases = await em.find(DibaoCase, { household: householdId, state: { $ne: 'ENDED' } });
    const today = this.today();
    return cases.filter((c) => effectiveDibaoState(c, today) !== 'ENDED');
  }

  /**
   * 纳入低保 directly: the county only (a township registers an application, createApplication, which the county's
   * decideApplication approves through enrolIn).
   */
  async enrol(input: EnrolDibaoInput): Promise<DibaoCaseResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('纳入低保须经申请审批：乡镇(街道)请登记申请（createApplication），审批');
      return this.enrolIn(em, input);
    });
    return this.result(res);
  }

  /** Creates the case in the caller's transaction (refusals thrown as RowError); answers its id. */
  async enrolIn(em: EntityManager, input: EnrolDibaoInput): Promise<number> {
    const hid = intId(input.householdId);
    const h = hid > 0 ? await em.findOne(Household, { id: hid }) : null;
    // Another township's household answers as a missing one.
    if (!h || h.deletedAt || !this.access.canTouchRegion(h.region.code)) throw refuse('householdId', 'NOT_FOUND', `户 ${input.householdId} 不存在或已删除`);
    const today = this.today();
    const startDate = this.tableDate(DIBAO_CASE_FIELDS, 'startDate', input.startDate, false) ?? today;
    const amount = this.tableAmount(DIBAO_CASE_FIELDS, 'monthlyAmount', input.monthlyAmount ?? 0);
    // The household's row lock serialises enrolments of one household (whole household or one member alone); the
    // partial unique indexes back each kind on its own.
    if (this.deps.kind === 'postgresql') await queryRows(em, sql('SELECT id FROM household WHERE id = ? FOR UPDATE', hid));
    const open = await this.openCases(em, hid);
    let memberId: number | null = null;
    let kind: DibaoKind = 'HOUSEHOLD';
    if (input.memberId != null && input.memberId !== '') {
      kind = 'SINGLE_PERSON';
      const m = await em.findOne(Member, { id: intId(input.memberId) });
      if (!m || m.household.id !== hid) throw refuse('memberId', 'NOT_FOUND', `家庭成员 ${input.memberId} 不在户 ${h.code} 中`);
      memberId = m.id;
      if (!singlePersonEligible(m)) {
        const grade = m.disabilityGrade ? `残疾等级为${DisabilityGradeDef.labels[m.disabilityGrade as 'GRADE_1']?.zh ?? m.disabilityGrade}` : '无残疾等级';
        const health = m.health ? `健康状况为“${HealthStatusDef.labels[m.health as 'HEALTHY']?.zh ?? m.health}”` : '未登记健康状况';
        throw refuse('memberId', 'SINGLE_PERSON_NOT_ELIGIBLE',
          `单人保仅适用于重度残疾（一级或二级）或患有重特大疾病、靠家庭供养的成员；${m.name}${grade}、${health}，不符合条件`);
      }
      if (input.dependsOnFamily !== true) {
        throw refuse('dependsOnFamily', 'SINGLE_PERSON_NOT_ELIGIBLE', `单人保须核实该成员靠家庭供养（dependsOnFamily）；未确认靠家庭供养的不能按单人户纳入`);
      }
      const whole = open.find((c) => c.kind === 'HOUSEHOLD');
      if (whole) throw refuse('memberId', 'ALREADY_ENROLLED', `户 ${h.code} 已整户纳入低保（案件 ${whole.id}），不能再单人纳入`);
      const same = open.find((c) => c.memberId === memberId);
      if (same) throw refuse('memberId', 'ALREADY_ENROLLED', `${m.name}已有在保的单人保案件（案件 ${same.id}），一人只能有一个在保案件`);
    } else if (open.length) {
      throw refuse('householdId', 'ALREADY_ENROLLED', `户 ${h.code} 已有在保的低保案件（案件 ${open[0]!.id}），一户只能有一个在保案件`);
    }
    const c = em.create(DibaoCase, {
      household: h, memberId, kind, townshipCode: h.townshipCode, state: 'ACTIVE', startDate, monthlyAmount: amount,
      remarks: this.tableText(DIBAO_CASE_FIELDS, 'remarks', input.remarks), createdBy: this.access.actor,
      createdAt: this.deps.clock.now(), updatedAt: this.deps.clock.now(),
    });
    await em.flush();
    this.audit(em, [{ action: 'CREATE', entityType: 'dibao_case', entityId: String(c.id), householdId: hid, regionCode: h.region.code,
      after: { kind, memberId, startDate, monthlyAmount: amount } }]);
    await em.flush();
    return c.id;
  }

  private async loadForWrite(em: EntityManager, caseId: string, version: number): Promise<{ c: DibaoCase; regionCode: string }> {
    const id = intId(caseId);
    const c = id > 0 ? await em.findOne(DibaoCase, { id }, { populate: ['household'] }) : null;
    if (!c || !this.access.canTouchRegion(c.household.region.code)) throw refuse('caseId', 'NOT_FOUND', `低保案件 ${caseId} 不存在`);
    const regionCode = c.household.region.code;
    this.checkVersion(c.version, version, '该低保案件');
    return { c, regionCode };
  }

  private snapshot(c: DibaoCase): Record<string, unknown> {
    return { state: c.state, exitStartDate: c.exitStartDate ?? null, noticeDate: c.noticeDate ?? null, noticeRef: c.noticeRef ?? null,
      exitEndDate: c.exitEndDate ?? null, endDate: c.endDate ?? null, endReason: c.endReason ?? null };
  }

  /** 渐退期: requires the start date and the formal written notice; ends at most 18 months after the start. */
  async startGradualExit(input: StartGradualExitInput): Promise<DibaoCaseResult> {
    const res = await this.run(async (em) => {
      const { c, regionCode } = await this.loadForWrite(em, input.caseId, input.version);
      const today = this.today();
      const state = effectiveDibaoState(c, today);
      if (state !== 'ACTIVE') {
        throw refuse('caseId', 'INVALID_STATE', state === 'GRADUAL_EXIT' ? '该案件已在渐退期内' : '该案件已退出低保，不能进入渐退期');
      }
      const startDate = this.tableDate(DIBAO_CASE_FIELDS, 'exitStartDate', input.startDate, true, { field: 'startDate' })!;
      const noticeDate = this.tableDate(DIBAO_CASE_FIELDS, 'noticeDate', input.noticeDate, true, { label: '书面告知日期（正式文书）' })!;
      const noticeRef = this.tableText(DIBAO_CASE_FIELDS, 'noticeRef', input.noticeRef, { label: '书面告知文号（正式文书）', required: true });
      if (startDate < c.startDate) throw refuse('startDate', 'OUT_OF_RANGE', `渐退期开始日期 ${startDate} 早于纳入低保日期 ${c.startDate}`);
      if (noticeDate > today) throw refuse('noticeDate', 'OUT_OF_RANGE', `书面告知日期 ${noticeDate} 晚于今天，只能登记已送达的告知`);
      const max = gradualExitMaxEnd(startDate);
      const endDate = this.tableDate(DIBAO_CASE_FIELDS, 'exitEndDate', input.endDate, false, { field: 'endDate' }) ?? max;
      if (endDate <= startDate) throw refuse('endDate', 'OUT_OF_RANGE', `渐退期结束日期 ${endDate} 应晚于开始日期 ${startDate}`);
      if (endDate > max) {
        throw refuse('endDate', 'OUT_OF_RANGE', `渐退期最长 ${GRADUAL_EXIT_MAX_MONTHS} 个月：自 ${startDate} 起最晚至 ${max}，${endDate} 超出期限`);
      }
      const before = this.snapshot(c);
      Object.assign(c, { state: 'GRADUAL_EXIT', exitStartDate: startDate, noticeDate, noticeRef, exitEndDate: endDate, updatedAt: this.deps.clock.now() });
      await flushVersioned(em);
      this.audit(em, diffEntries({ entityType: 'dibao_case', entityId: String(c.id), householdId: c.household.id, regionCode }, before, this.snapshot(c)));
      await em.flush();
      return c.id;
    });
    return this.result(res, intId(input.caseId));
  }

  /**
   * Ends a case. From the gradual-exit period the case leaves "the next month" (income or work stable): the end
   * date is the first day of the next month (never after the period's own end).
   */
  async end(input: EndDibaoInput): Promise<DibaoCaseResult> {
    const res = await this.run(async (em) => {
      const { c, regionCode } = await this.loadForWrite(em, input.caseId, input.version);
      const today = this.today();
      const state = effectiveDibaoState(c, today);
      if (state === 'ENDED') throw refuse('caseId', 'INVALID_STATE', '该案件已退出低保');
      const reason = this.tableText(DIBAO_CASE_FIELDS, 'endReason', input.reason, { field: 'reason', required: true });
      let endDate = firstOfNextMonth(today);
      if (state === 'GRADUAL_EXIT' && c.exitEndDate && c.exitEndDate < endDate) endDate = c.exitEndDate;
      const before = this.snapshot(c);
      Object.assign(c, { state: 'ENDED', endDate, endReason: reason, updatedAt: this.deps.clock.now() });
      if (state === 'GRADUAL_EXIT') c.exitEndDate = endDate;
      await flushVersioned(em);
      this.audit(em, diffEntries({ entityType: 'dibao_case', entityId: String(c.id), householdId: c.household.id, regionCode }, before, this.snapshot(c)));
      await em.flush();
      return c.id;
    });
    return this.result(res, intId(input.caseId));
  }
}

