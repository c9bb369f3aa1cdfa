import type { EntityManager } from '@mikro-orm/core';
import {
  APPLICATION_FIELDS, APPLICATION_NAME_MAX, APPLICATION_PEOPLE_MAX, APPLICATION_STEP_FIELDS, APPLICATION_STEPS, APPLICATION_TAGS_MAX,
  ApplicationKindDef, ApplicationStepDef, DibaoAreaDef, HOME_VISIT_MIN_INVESTIGATORS, NOTICE_MIN_DAYS, RiskTypeDef, SupportModeDef,
  addDays, approvalIncomeError, decisionDueDate, dibaoAreaOf, isMonth, maxLengthOf, maxOf, noticeEndDate, singlePersonEligible, stepOrderError,
  type ApplicationStep,
} from '@doudi/shared';
import { Household } from '../household/household.entity.js';
import { Member } from '../household/member.entity.js';
import { PendingEvidence } from '../tasks/pending-evidence.entity.js';
import { MAX_EVIDENCE_FILES } from '../tasks/evidence.store.js';
import { queryRows, sql } from '../../common/sql.js';
import { intId, refuse, flushVersioned, type AssistanceDeps } from '../assistance/assistance.base.js';
import { DibaoCase, TekunPerson } from '../assistance/assistance.entities.js';
import { DibaoService } from '../assistance/dibao.service.js';
import { TekunService } from '../assistance/tekun.service.js';
import { dibaoStandardFor } from '../assistance/dibao-standard.service.js';
import { ApplicationReader, splitList } from './application.query.js';
import { ApplicationFile, ApplicationObjection, ApplicationStepRecord, AssistanceApplication } from './application.entity.js';
import type {
  AnswerObjectionInput, ApplicationResult, CreateApplicationInput, DecideApplicationInput, RecordApplicationStepInput, RecordObjectionInput,
} from './application.types.js';

const stepLabel = (s: string) => ApplicationStepDef.labels[s as ApplicationStep]?.zh ?? s;

/**
 * 申请→审批: a township registers an application and records its steps in order (核对, 入户调查, 民主评议, 公示 with its
 * objections); the county approves (creating the 低保 case or 特困 person) or rejects. Every write is audited in its
 * transaction and checks the application's version.
 */
export class ApplicationService extends ApplicationReader {
  constructor(deps: AssistanceDeps, private readonly decisionDays: number) {
    super(deps);
  }

  private async answer(res: Awaited<ReturnType<ApplicationService['run']>>, id: number | null): Promise<ApplicationResult> {
    if (res.ok) return { ok: true, application: await this.one(res.value as number), errors: [], conflict: null };
    const stale = res.errors.some((e) => e.code === 'VERSION_CONFLICT');
    return { ok: false, application: null, errors: res.errors, conflict: stale && id && id > 0 ? await this.one(id) : null };
  }

  /** A list of names or tags: trimmed, de-duplicated, each bounded; splits a single string on 、,，; too. */
  private list(field: string, label: string, v: string[] | null | undefined, maxItems: number): string[] {
    const items = [...new Set((v ?? []).flatMap((x) => String(x).split(/[、,，;；\n]/)).map((x) => x.trim()).filter(Boolean))];
    if (items.length > maxItems) throw refuse(field, 'OUT_OF_RANGE', `${label}最多 ${maxItems} 项`);
    const long = items.find((x) => x.length > APPLICATION_NAME_MAX);
    if (long) throw refuse(field, 'TOO_LONG', `${label}“${long.slice(0, 10)}…”超过 ${APPLICATION_NAME_MAX} 个字`);
    return items;
  }

  /** A date not after today and not before `notBefore` (with its label). */
  private dateIn(field: string, label: string, v: string | null | undefined, notBefore: { date: string; label: string } | null): string {
    const d = this.date(field, label, v, false) ?? this.today();
    if (d > this.today()) throw refuse(field, 'OUT_OF_RANGE', `${label} ${d} 晚于今天（${this.today()}），不能登记`);
    if (notBefore && d < notBefore.date) throw refuse(field, 'OUT_OF_RANGE', `${label} ${d} 早于${notBefore.label}（${notBefore.date}）`);
    return d;
  }

  /** The caller's own uploads (POST /api/evidence) become the application's files. */
  private async attach(em: EntityManager, appId: number, part: string, stepId: number | null, ids: string[] | null | undefined): Promise<{ fileName: string; sha256: string }[]> {
    const uploadIds = [...new Set((ids ?? []).map((x) => (/^\d{1,12}$/.test(String(x)) ? Number(x) : -1)))];
    if (!uploadIds.length) return [];
    if (uploadIds.length > MAX_EVIDENCE_FILES) throw refuse('evidenceIds', 'OUT_OF_RANGE', `每次最多附 ${MAX_EVIDENCE_FILES} 个佐证材料，本次 ${uploadIds.length} 个`);
    const pending = await em.find(PendingEvidence, { id: { $in: uploadIds }, actor: this.access.actor });
    if (pending.length !== uploadIds.length) throw refuse('evidenceIds', 'NOT_FOUND', '佐证材料不存在或已使用，请重新上传');
    const now = this.deps.clock.now();
    for (const p of pending) {
      em.create(ApplicationFile, { applicationId: appId, stepId, part, fileName: p.fileName, contentType: p.contentType, size: p.size, sha256: p.sha256, at: now, createdBy: this.access.actor });
    }
    await em.nativeDelete(PendingEvidence, { id: { $in: uploadIds } });
    return pending.map((p) => ({ fileName: p.fileName, sha256: p.sha256 }));
  }

  private async load(em: EntityManager, applicationId: string, version: number): Promise<{ a: AssistanceApplication; regionCode: string }> {
    const id = intId(applicationId);
    const a = id > 0 ? await em.findOne(AssistanceApplication, { id }, { populate: ['household'] }) : null;
    // Another township's application answers as a missing one.
    if (!a || a.household.deletedAt || !this.access.canTouchRegion(a.household.region.code)) throw refuse('applicationId', 'NOT_FOUND', `申请 ${applicationId} 不存在`);
    this.checkVersion(a.version, version, '该申请');
    return { a, regionCode: a.household.region.code };
  }

  private decidedError(a: AssistanceApplication): void {
    if (a.stage === 'APPROVED' || a.stage === 'REJECTED') {
      throw refuse('applicationId', 'ALREADY_DECIDED', `该申请已于 ${a.decidedOn} 由县民政局${a.stage === 'APPROVED' ? '批准' : '决定不予批准'}，不能再变更；如情况变化请重新登记申请`);
    }
  }

  // ---- 登记申请 --------------------------------------------------------------------------------------------------

  async create(input: CreateApplicationInput): Promise<ApplicationResult> {
    const res = await this.run(async (em) => {
      const hid = intId(input.householdId);
      const h = hid > 0 ? await em.findOne(Household, { id: hid }) : null;
      if (!h || h.deletedAt || !this.access.canTouchRegion(h.region.code)) throw refuse('householdId', 'NOT_FOUND', `户 ${input.householdId} 不存在或已删除`);
      const kind = input.kind;
      const applicantName = this.text('applicantName', '申请人', input.applicantName, maxLengthOf(APPLICATION_FIELDS, 'applicantName'), true);
      const appliedOn = this.dateIn('appliedOn', '申请日期', input.appliedOn, null);
      const statement = this.text('statement', '申请事由', input.statement, maxLengthOf(APPLICATION_FIELDS, 'statement'), false);
      const reasons = [...new Set(input.reasons ?? [])];
      if (reasons.some((r) => !RiskTypeDef.values.includes(r))) throw refuse('reasons', 'INVALID_VALUE', '致困原因不在词表中');
      if (this.deps.kind === 'postgresql') await queryRows(em, sql('SELECT id FROM household WHERE id = ? FOR UPDATE', hid));
      let memberId: number | null = null;
      let member: Member | null = null;
      if (input.memberId != null && input.memberId !== '') {
        member = await em.findOne(Member, { id: intId(input.memberId) });
        if (!member || member.household.id !== hid) throw refuse('memberId', 'NOT_FOUND', `家庭成员 ${input.memberId} 不在户 ${h.code} 中`);
        memberId = member.id;
      } else if (kind === 'TEKUN') {
        throw refuse('memberId', 'REQUIRED', '特困供养申请须指定申请对象（家庭成员）');
      }
      const singlePerson = kind === 'DIBAO' && memberId != null;
      if (singlePerson && member) {
        if (!singlePersonEligible(member)) {
          throw refuse('memberId', 'SINGLE_PERSON_NOT_ELIGIBLE', `单人保仅适用于重度残疾（一级或二级）或患有重特大疾病、靠家庭供养的成员；${member.name}不符合条件`);
        }
        if (input.dependsOnFamily !== true) throw refuse('dependsOnFamily', 'SINGLE_PERSON_NOT_ELIGIBLE', '单人保须核实该成员靠家庭供养（dependsOnFamily）');
      }
      // Already covered, or already applied for.
      if (kind === 'DIBAO') {
        const open = await em.find(DibaoCase, { household: hid, state: { $ne: 'ENDED' } });
        const today = this.today();
        const live = open.filter((c) => !(c.state === 'GRADUAL_EXIT' && c.exitEndDate && c.exitEndDate <= today));
        const clash = live.find((c) => c.kind === 'HOUSEHOLD' || (singlePerson && c.memberId === memberId));
        if (clash) throw refuse(singlePerson ? 'memberId' : 'householdId', 'ALREADY_ENROLLED', `户 ${h.code} 已有在保的低保案件（案件 ${clash.id}），不需再申请`);
      } else if (await em.findOne(TekunPerson, { memberId, state: 'ACTIVE' })) {
        throw refuse('memberId', 'ALREADY_ENROLLED', `${member!.name}已是在供养的特困人员，不需再申请`);
      }
      const pending = await em.find(AssistanceApplication, { household: hid, kind, stage: { $nin: ['APPROVED', 'REJECTED'] } });
      const same = pending.find((p) => kind === 'DIBAO' || p.memberId === memberId);
      if (same) {
        throw refuse(kind === 'TEKUN' ? 'memberId' : 'householdId', 'APPLICATION_OPEN',
          `户 ${h.code} 已有未审结的${ApplicationKindDef.labels[kind].zh}申请（申请 ${same.id}，${same.appliedOn} 登记），请在该申请上继续办理`);
      }
      const now = this.deps.clock.now();
      const a = em.create(AssistanceApplication, {
        kind, household: h, memberId, singlePerson, dependsOnFamily: input.dependsOnFamily === true, townshipCode: h.townshipCode, applicantName, appliedOn,
        reasons: RiskTypeDef.values.filter((v) => reasons.includes(v)).join(','), statement, stage: 'ECONOMIC_CHECK',
        dueDate: decisionDueDate(appliedOn, this.decisionDays), createdBy: this.access.actor, createdAt: now, updatedAt: now,
      });
      await em.flush();
      const files = await this.attach(em, a.id, 'APPLICATION', null, input.evidenceIds);
      this.audit(em, [{ action: 'CREATE', entityType: 'assistance_application', entityId: String(a.id), householdId: hid, regionCode: h.region.code,
        after: { kind, memberId, singlePerson, applicantName, appliedOn, reasons: a.reasons, dueDate: a.dueDate, files } }]);
      await em.flush();
      return a.id;
    });
    return this.answer(res, null);
  }

  // ---- the steps ---------------------------------------------------------------------------------------------------

  async recordStep(input: RecordApplicationStepInput): Promise<ApplicationResult> {
    const res = await this.run(async (em) => {
      const { a, regionCode } = await this.load(em, input.applicationId, input.version);
      this.decidedError(a);
      const step = input.step;
      const recorded = (await em.find(ApplicationStepRecord, { applicationId: a.id }, { orderBy: { id: 'asc' } }));
      const order = stepOrderError(recorded.map((r) => r.step), step);
      if (order) throw refuse('step', 'STEP_OUT_OF_ORDER', order);
      const prev = recorded.at(-1);
      const date = this.dateIn('date', `${stepLabel(step)}日期`, input.date, prev ? { date: prev.date, label: `“${stepLabel(prev.step)}”的日期` } : { date: a.appliedOn, label: '申请日期' });
      const resultMax = maxLengthOf(APPLICATION_STEP_FIELDS, 'result');
      const row: Partial<ApplicationStepRecord> = { applicationId: a.id, step, date, people: '', result: '', createdBy: this.access.actor, createdAt: this.deps.clock.now() };
      if (step === 'ECONOMIC_CHECK') {
        const people = this.list('people', '核对人员', input.people, APPLICATION_PEOPLE_MAX);
        if (!people.length) throw refuse('people', 'REQUIRED', '家庭经济状况核对须登记核对人员');
        const income = input.incomePerCapita;
        if (income == null) throw refuse('incomePerCapita', 'REQUIRED', '家庭经济状况核对须登记核对的家庭人均收入（元/年）');
        const most = maxOf(APPLICATION_STEP_FIELDS, 'incomePerCapita');
        if (!Number.isFinite(income) || income < 0 || income > most) throw refuse('incomePerCapita', 'OUT_OF_RANGE', `家庭人均收入应在 0 到 ${most} 元/年之间`);
        const dataSources = this.list('dataSources', '核对数据来源', input.dataSources, APPLICATION_TAGS_MAX);
        if (!dataSources.length) throw refuse('dataSources', 'REQUIRED', '家庭经济状况核对须登记核对的数据来源（如公安、不动产、人社、银行）');
        Object.assign(row, { people: people.join('、'), incomePerCapita: Math.round(income * 100) / 100, dataSources: dataSources.join('、'),
          assetFlags: this.list('assetFlags', '财产核对发现', input.assetFlags, APPLICATION_TAGS_MAX).join('、'),
          result: this.text('result', '核对结果', input.result, resultMax, false) });
        a.incomePerCapita = row.incomePerCapita!;
      } else if (step === 'HOME_VISIT') {
        const people = this.list('people', '入户调查人员', input.people, APPLICATION_PEOPLE_MAX);
        if (people.length < HOME_VISIT_MIN_INVESTIGATORS) {
          throw refuse('people', 'REQUIRED', `入户调查须至少 ${HOME_VISIT_MIN_INVESTIGATORS} 名调查人员，本次登记 ${people.length} 名`);
        }
        Object.assign(row, { people: people.join('、'), result: this.text('result', '入户调查情况', input.result, resultMax, true) });
      } else if (step === 'DEMOCRATIC_REVIEW') {
        const people = this.list('people', '民主评议参加人员', input.people, APPLICATION_PEOPLE_MAX);
        if (!people.length) throw refuse('people', 'REQUIRED', '民主评议须登记参加人员');
        if (input.passed == null) throw refuse('passed', 'REQUIRED', '民主评议须登记是否通过');
        Object.assign(row, { people: people.join('、'), passed: input.passed, result: this.text('result', '评议结论', input.result, resultMax, true) });
      } else {
        const days = input.noticeDays ?? NOTICE_MIN_DAYS;
        const most = maxOf(APPLICATION_STEP_FIELDS, 'noticeDays');
        if (!Number.isInteger(days) || days < NOTICE_MIN_DAYS || days > most) throw refuse('noticeDays', 'OUT_OF_RANGE', `公示期不得少于 ${NOTICE_MIN_DAYS} 天（最多 ${most} 天），本次 ${days} 天`);
        const people = this.list('people', '公示经办人', input.people, APPLICATION_PEOPLE_MAX);
        Object.assign(row, { people: people.join('、'), noticeDays: days, place: this.text('place', '公示地点', input.place, maxLengthOf(APPLICATION_STEP_FIELDS, 'place'), false),
          result: this.text('result', '公示情况', input.result, resultMax, false) });
        a.noticeStart = date;
        a.noticeDays = days;
        a.noticeEnd = noticeEndDate(date, days);
      }
      const rec = em.create(ApplicationStepRecord, row as ApplicationStepRecord);
      const before = a.stage;
      a.stage = step === 'PUBLIC_NOTICE' ? 'DECISION' : APPLICATION_STEPS[APPLICATION_STEPS.indexOf(step) + 1]!;
      a.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      const files = await this.attach(em, a.id, step, rec.id, input.evidenceIds);
      this.audit(em, [{ action: 'UPDATE', entityType: 'assistance_application', entityId: String(a.id), householdId: a.household.id, regionCode, field: 'step',
        before: before, after: { step, date, people: splitList(rec.people), result: rec.result, incomePerCapita: rec.incomePerCapita ?? null, passed: rec.passed ?? null,
          noticeDays: rec.noticeDays ?? null, noticeEnd: a.noticeEnd ?? null, files } }]);
      await em.flush();
      return a.id;
    });
    return this.answer(res, intId(input.applicationId));
  }

  // ---- 公示 objections ---------------------------------------------------------------------------------------------

  async recordObjection(input: RecordObjectionInput): Promise<ApplicationResult> {
    const res = await this.run(async (em) => {
      const { a, regionCode } = await this.load(em, input.applicationId, input.version);
      this.decidedError(a);
      if (!a.noticeStart) throw refuse('applicationId', 'STEP_OUT_OF_ORDER', '该申请尚未开始公示，不能登记公示异议');
      const receivedOn = this.dateIn('receivedOn', '异议收到日期', input.receivedOn, { date: a.noticeStart, label: '公示开始日期' });
      const objector = this.text('objector', '异议人', input.objector, maxLengthOf(APPLICATION_STEP_FIELDS, 'objector'), true);
      const content = this.text('content', '异议内容', input.content, maxLengthOf(APPLICATION_STEP_FIELDS, 'content'), true);
      const o = em.create(ApplicationObjection, { applicationId: a.id, receivedOn, objector, content, createdBy: this.access.actor, createdAt: this.deps.clock.now() });
      a.openObjections += 1;
      a.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      this.audit(em, [{ action: 'UPDATE', entityType: 'assistance_application', entityId: String(a.id), householdId: a.household.id, regionCode, field: 'objection',
        after: { objectionId: o.id, receivedOn, objector, content } }]);
      await em.flush();
      return a.id;
    });
    return this.answer(res, intId(input.applicationId));
  }

  async answerObjection(input: AnswerObjectionInput): Promise<ApplicationResult> {
    const res = await this.run(async (em) => {
      const { a, regionCode } = await this.load(em, input.applicationId, input.version);
      this.decidedError(a);
      const oid = intId(input.objectionId);
      const o = oid > 0 ? await em.findOne(ApplicationObjection, { id: oid, applicationId: a.id }) : null;
      if (!o) throw refuse('objectionId', 'NOT_FOUND', `异议 ${input.objectionId} 不属于该申请`);
      if (o.answer) throw refuse('objectionId', 'INVALID_STATE', `该异议已于 ${o.answeredOn} 答复`);
      o.answer = this.text('answer', '异议答复', input.answer, maxLengthOf(APPLICATION_STEP_FIELDS, 'answer'), true);
      o.answeredOn = this.dateIn('answeredOn', '答复日期', input.answeredOn, { date: o.receivedOn, label: '异议收到日期' });
      o.answeredBy = this.access.actor;
      a.openObjections = Math.max(0, a.openObjections - 1);
      a.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      this.audit(em, [{ action: 'UPDATE', entityType: 'assistance_application', entityId: String(a.id), householdId: a.household.id, regionCode, field: 'objectionAnswer',
        after: { objectionId: o.id, answer: o.answer, answeredOn: o.answeredOn } }]);
      await em.flush();
      return a.id;
    });
    return this.answer(res, intId(input.applicationId));
  }

  // ---- 审批 ---------------------------------------------------------------------------------------------------------

  async decide(input: DecideApplicationInput): Promise<ApplicationResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('审批');
      const { a, regionCode } = await this.load(em, input.applicationId, input.version);
      this.decidedError(a);
      const today = this.today();
      const decidedOn = this.dateIn('decidedOn', '审批日期', input.decidedOn, { date: a.appliedOn, label: '申请日期' });
      const before = { stage: a.stage };
      if (input.approve) {
        const recorded = (await em.find(ApplicationStepRecord, { applicationId: a.id })).map((r) => r.step);
        const missing = APPLICATION_STEPS.filter((s) => !recorded.includes(s));
        if (missing.length) {
          throw refuse('applicationId', 'STEP_OUT_OF_ORDER', `尚未完成${missing.map((s) => `“${stepLabel(s)}”`).join('、')}，不能审批批准（须依次完成核对、入户调查、民主评议和公示）`);
        }
        if (a.noticeEnd && a.noticeEnd >= today) {
          throw refuse('applicationId', 'NOTICE_PERIOD_NOT_OVER', `公示期尚未结束：自 ${a.noticeStart} 起公示 ${a.noticeDays} 天，至 ${a.noticeEnd} 结束，${addDays(a.noticeEnd, 1)} 起方可审批`);
        }
        if (a.openObjections > 0) {
          throw refuse('applicationId', 'NOTICE_PERIOD_NOT_OVER', `公示期内有 ${a.openObjections} 条异议尚未答复，答复后方可审批`);
        }
        const startMonth = (input.startMonth ?? '').trim();
        if (!startMonth) throw refuse('startMonth', 'REQUIRED', '批准须填写起始月份（YYYY-MM）');
        if (!isMonth(startMonth)) throw refuse('startMonth', 'INVALID_VALUE', `起始月份“${startMonth}”格式应为 YYYY-MM`);
        if (startMonth < a.appliedOn.slice(0, 7)) throw refuse('startMonth', 'OUT_OF_RANGE', `起始月份 ${startMonth} 早于申请月份 ${a.appliedOn.slice(0, 7)}`);
        const amount = input.amount ?? null;
        const most = maxOf(APPLICATION_FIELDS, 'amount');
        if (amount != null && (!Number.isFinite(amount) || amount < 0 || amount > most)) throw refuse('amount', 'OUT_OF_RANGE', `月保障金应在 0 到 ${most} 元之间`);
        const year = Number(startMonth.slice(0, 4));
        const startDate = `${startMonth}-01`;
        if (a.kind === 'DIBAO') {
          if (amount == null || amount <= 0) throw refuse('amount', 'REQUIRED', '批准低保须填写月保障金（元，大于 0）');
          const area = dibaoAreaOf(a.household.region.code) ?? 'RURAL';
          const standard = await dibaoStandardFor(em, year, area);
          const income = approvalIncomeError({ kind: 'DIBAO', singlePerson: a.singlePerson, incomePerCapita: a.incomePerCapita ?? null }, standard, year, DibaoAreaDef.labels[area].zh);
          if (income) throw refuse('applicationId', 'INCOME_ABOVE_STANDARD', income);
          const dibao = new DibaoService({ ...this.deps, em });
          a.dibaoCaseId = await dibao.enrolIn(em, {
            householdId: String(a.household.id), memberId: a.memberId == null ? null : String(a.memberId), dependsOnFamily: a.dependsOnFamily,
            startDate, monthlyAmount: amount, remarks: `经申请 ${a.id} 审批纳入`,
          });
        } else {
          if (!input.supportMode || !SupportModeDef.values.includes(input.supportMode)) throw refuse('supportMode', 'REQUIRED', '批准特困供养须选择供养方式（集中或分散）');
          const careProviderOrg = this.text('careProviderOrg', '照料服务机构', input.careProviderOrg, maxLengthOf(APPLICATION_FIELDS, 'careProviderOrg'), true);
          const tekun = new TekunService({ ...this.deps, em });
          a.tekunPersonId = await tekun.enrolIn(em, { memberId: String(a.memberId), supportMode: input.supportMode, careProviderOrg, startDate });
          a.supportMode = input.supportMode;
          a.careProviderOrg = careProviderOrg;
        }
        a.approved = true;
        a.amount = amount;
        a.startMonth = startMonth;
        a.stage = 'APPROVED';
      } else {
        a.rejectReason = this.text('reason', '不予批准理由', input.reason, maxLengthOf(APPLICATION_FIELDS, 'rejectReason'), true);
        a.approved = false;
        a.stage = 'REJECTED';
      }
      a.decidedOn = decidedOn;
      a.decidedBy = this.access.actor;
      a.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      const files = await this.attach(em, a.id, 'DECISION', null, input.evidenceIds);
      this.audit(em, [{ action: 'UPDATE', entityType: 'assistance_application', entityId: String(a.id), householdId: a.household.id, regionCode, field: 'decision',
        before, after: { stage: a.stage, decidedOn, amount: a.amount ?? null, startMonth: a.startMonth ?? null, rejectReason: a.rejectReason ?? null,
          dibaoCaseId: a.dibaoCaseId ?? null, tekunPersonId: a.tekunPersonId ?? null, files } }]);
      await em.flush();
      return a.id;
    });
    return this.answer(res, intId(input.applicationId));
  }
}
