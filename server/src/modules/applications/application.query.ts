import type { EntityManager } from '@mikro-orm/core';
import {
  applicationOverdue, ApplicationStepDef, dibaoAreaOf, monthlyFromAnnual, RiskTypeDef, type ApplicationKind, type ApplicationStage,
  type ApplicationStep, type DibaoKind, type RiskType, type SupportMode,
} from '@doudi/shared';
import { queryRows, sql, joinSql, likeEscape, fromDbDate, type Sql } from '../../common/sql.js';
import { countedIdDescPage } from '../../common/id-desc-page.js';
import { AssistanceBase, intId, num } from '../assistance/assistance.base.js';
import { dibaoStandardFor } from '../assistance/dibao-standard.service.js';
import { tableWhere } from '../../common/table-where.js';
import { ApplicationWhere } from './application.types.js';
import type {
  ApplicationConnection, ApplicationDetail, ApplicationEventNode, ApplicationFileNode, ApplicationNode, ApplicationStepNode,
  DibaoListRow,
} from './application.types.js';

// the filter's table fields: kind by its column; overdue (and the queue `step`) are derived from today below
const WHERE = tableWhere<ApplicationWhere>(ApplicationWhere, { kind: 'a.kind', overdue: null });

interface AppRow {
  id: number | string; kind: string; household_id: number | string; member_id: number | string | null; single_person: unknown;
  applicant_name: string; applied_on: string; reasons: string; statement: string; stage: string; due_date: string;
  income_per_capita: number | string | null; notice_start: string | null; notice_end: string | null; open_objections: number | string;
  decided_on: string | null; decided_by: string | null; amount: number | string | null; start_month: string | null;
  support_mode: string | null; care_provider_org: string | null; reject_reason: string | null; dibao_case_id: number | string | null;
  tekun_person_id: number | string | null; imported: unknown; version: number | string; created_at: unknown; created_by: string;
  code: string; head_name: string; head_id_number: string; region_code: string; township_code: string; region_name: string | null;
  township_name: string | null; member_name: string | null; member_id_number: string | null;
}

const SELECT =
  'SELECT a.id, a.kind, a.household_id, a.member_id, a.single_person, a.applicant_name, a.applied_on, a.reasons, a.statement, a.stage, ' +
  'a.due_date, a.income_per_capita, a.notice_start, a.notice_end, a.open_objections, a.decided_on, a.decided_by, a.amount, a.start_month, ' +
  'a.support_mode, a.care_provider_org, a.reject_reason, a.dibao_case_id, a.tekun_person_id, a.imported, a.version, a.created_at, a.created_by, ' +
  'h.code, h.head_name, h.head_id_number, h.region_code, h.township_code, r.name AS region_name, t.name AS township_name, ' +
  'm.name AS member_name, m.id_number AS member_id_number FROM assistance_application a JOIN household h ON h.id = a.household_id ' +
  'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code LEFT JOIN member m ON m.id = a.member_id';
const COUNT_FROM = 'FROM assistance_application a JOIN household h ON h.id = a.household_id LEFT JOIN member m ON m.id = a.member_id';

/** The effective stage as SQL: a recorded 公示 reads 公示中 until its last day has passed and every objection is answered. */
export const STAGE_SQL = (today: string): Sql =>
  sql(`(CASE WHEN a.stage = 'DECISION' AND (a.notice_end >= ? OR a.open_objections > 0) THEN 'PUBLIC_NOTICE' ELSE a.stage END)`, today);

const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';
export const splitList = (s: string | null | undefined): string[] => (s ? s.split('、').filter(Boolean) : []);
const fileUrl = (id: number | string) => `/api/application-files/${id}`;

/** Reads of applications: the queues, one application with its timeline, and the 渐退 / 因疫 应保未保 lists. */
export class ApplicationReader extends AssistanceBase {
  effectiveStage(stage: string, noticeEnd: string | null, openObjections: number, today: string): ApplicationStage {
    if (stage === 'DECISION' && ((noticeEnd ?? '') >= today || openObjections > 0)) return 'PUBLIC_NOTICE';
    return stage as ApplicationStage;
  }

  private toNode(r: AppRow, today: string): ApplicationNode {
    const decided = r.stage === 'APPROVED' || r.stage === 'REJECTED';
    const memberShown = r.member_id != null;
    return {
      id: String(r.id), kind: r.kind as ApplicationKind, householdId: String(r.household_id), householdCode: r.code, headName: r.head_name,
      regionCode: r.region_code, regionName: r.region_name ?? '', townshipCode: r.township_code, townshipName: r.township_name ?? '',
      memberId: r.member_id == null ? null : String(r.member_id), memberName: r.member_name ?? null,
      dibaoKind: r.kind === 'DIBAO' ? ((bool(r.single_person) ? 'SINGLE_PERSON' : 'HOUSEHOLD') as DibaoKind) : null,
      idNumber: this.idShown(memberShown ? r.member_id_number : r.head_id_number, r.household_id),
      applicantName: r.applicant_name, appliedOn: r.applied_on,
      reasons: (r.reasons ? r.reasons.split(',') : []).filter((x) => RiskTypeDef.values.includes(x as RiskType)) as RiskType[],
      statement: r.statement ?? '', stage: this.effectiveStage(r.stage, r.notice_end, Number(r.open_objections), today),
      dueDate: r.due_date, overdue: applicationOverdue(decided, r.due_date, today),
      incomePerCapita: r.income_per_capita == null ? null : num(r.income_per_capita), noticeStart: r.notice_start, noticeEndDate: r.notice_end,
      openObjections: Number(r.open_objections), decidedOn: r.decided_on, decidedBy: r.decided_by,
      amount: r.amount == null ? null : num(r.amount), startMonth: r.start_month, supportMode: (r.support_mode as SupportMode) ?? null,
      careProviderOrg: r.care_provider_org, rejectReason: r.reject_reason,
      dibaoCaseId: r.dibao_case_id == null ? null : String(r.dibao_case_id), tekunPersonId: r.tekun_person_id == null ? null : String(r.tekun_person_id),
      imported: bool(r.imported), version: Number(r.version), createdAt: fromDbDate(r.created_at), createdBy: r.created_by,
    };
  }

  private async rows(conds: Sql[], tail = '', em: EntityManager = this.em): Promise<AppRow[]> {
    const where = conds.length ? ` WHERE ${joinSql(conds, ' AND ').text}` : '';
    return queryRows<AppRow>(em, { text: `${SELECT}${where}${tail}`, params: conds.flatMap((c) => c.params) });
  }

  /** One application in the caller's region, or null. */
  async one(id: number, em: EntityManager = this.em): Promise<ApplicationNode | null> {
    const [r] = await this.rows([sql('a.id = ?', id), ...this.access.householdScope()], '', em);
    return r ? this.toNode(r, this.today()) : null;
  }

  private conditions(where: ApplicationWhere | null | undefined): Sql[] {
    const today = this.today();
    const w = where ?? {};
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...this.householdRegion(this.regionPrefix(w.regionCode))];
    conds.push(...WHERE(w));
    if (w.step) {
      const st = STAGE_SQL(today);
      conds.push({ text: `${st.text} = ?`, params: [...st.params, w.step] });
    }
    if (w.overdue != null) {
      const od = sql(`(a.stage NOT IN ('APPROVED', 'REJECTED') AND a.due_date < ?)`, today);
      conds.push(w.overdue ? od : { text: `NOT ${od.text}`, params: od.params });
    }
    if (w.householdId) conds.push(sql('a.household_id = ?', intId(w.householdId)));
    const s = (w.search ?? '').trim();
    if (s) {
      const like = `%${likeEscape(s)}%`;
      conds.push(sql(`(h.head_name LIKE ? ESCAPE '\\' OR h.code LIKE ? ESCAPE '\\' OR m.name LIKE ? ESCAPE '\\')`, like, like, like));
    }
    return conds;
  }

  async page(where: ApplicationWhere | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ApplicationConnection> {
    const today = this.today();
    return countedIdDescPage({
      em: this.em, countFrom: COUNT_FROM, conds: () => this.conditions(where), idCol: 'a.id', tag: 'application', first, after,
      rows: (conds, tail) => this.rows(conds, tail),
    }, (rows) => rows.map((r) => this.toNode(r, today)));
  }

  /** One application with its steps, objections, files and timeline (null when missing or outside the caller's region). */
  async detail(id: string): Promise<ApplicationDetail | null> {
    const app = await this.one(intId(id));
    if (!app) return null;
    const aid = Number(app.id);
    const files = await queryRows<{ id: number | string; step_id: number | string | null; part: string; file_name: string; content_type: string; size: number | string }>(
      this.em, sql('SELECT id, step_id, part, file_name, content_type, size FROM application_file WHERE application_id = ? ORDER BY id', aid));
    const fileNode = (f: (typeof files)[number]): ApplicationFileNode => ({ id: String(f.id), part: f.part, fileName: f.file_name, contentType: f.content_type, size: Number(f.size), url: fileUrl(f.id) });
    const stepRows = await queryRows<{ id: number | string; step: string; date: string; people: string; result: string; income_per_capita: number | string | null;
      asset_flags: string | null; data_sources: string | null; passed: unknown; notice_days: number | string | null; place: string | null; created_by: string; created_at: unknown }>(
      this.em, sql('SELECT * FROM application_step WHERE application_id = ? ORDER BY id', aid));
    const steps: ApplicationStepNode[] = stepRows.map((s) => ({
      id: String(s.id), step: s.step as ApplicationStep, date: s.date, people: splitList(s.people), result: s.result,
      incomePerCapita: s.income_per_capita == null ? null : num(s.income_per_capita), assetFlags: splitList(s.asset_flags), dataSources: splitList(s.data_sources),
      passed: s.passed == null ? null : bool(s.passed), noticeDays: s.notice_days == null ? null : Number(s.notice_days),
      noticeEnd: s.step === 'PUBLIC_NOTICE' ? app.noticeEndDate : null, place: s.place, createdBy: s.created_by, createdAt: fromDbDate(s.created_at),
      files: files.filter((f) => f.step_id != null && Number(f.step_id) === Number(s.id)).map(fileNode),
    }));
    const objRows = await queryRows<{ id: number | string; received_on: string; objector: string; content: string; answer: string | null; answered_on: string | null; answered_by: string | null; created_by: string }>(
      this.em, sql('SELECT * FROM application_objection WHERE application_id = ? ORDER BY id', aid));
    const objections = objRows.map((o) => ({
      id: String(o.id), receivedOn: o.received_on, objector: o.objector, content: o.content, answer: o.answer, answeredOn: o.answered_on, answeredBy: o.answered_by,
    }));
    const own = (part: string) => files.filter((f) => f.step_id == null && f.part === part).map(fileNode);
    const timeline: ApplicationEventNode[] = [{
      date: app.appliedOn, kind: 'APPLIED', title: app.imported ? '存量名册导入' : '登记申请', actor: app.createdBy, files: own('APPLICATION'),
      detail: `申请人 ${app.applicantName}${app.reasons.length ? `；致困原因：${app.reasons.map((r) => RiskTypeDef.labels[r].zh).join('、')}` : ''}${app.statement ? `；${app.statement}` : ''}`,
    }];
    for (const s of steps) {
      const extra = s.step === 'ECONOMIC_CHECK' ? `人均收入 ${s.incomePerCapita} 元/年；数据来源：${s.dataSources.join('、')}${s.assetFlags.length ? `；财产：${s.assetFlags.join('、')}` : ''}`
        : s.step === 'DEMOCRATIC_REVIEW' ? (s.passed ? '评议通过' : '评议未通过')
          : s.step === 'PUBLIC_NOTICE' ? `公示 ${s.noticeDays} 天，至 ${s.noticeEnd}${s.place ? `，地点：${s.place}` : ''}` : '';
      timeline.push({ date: s.date, kind: s.step, title: ApplicationStepDef.labels[s.step].zh, actor: s.createdBy, files: s.files,
        detail: [`人员：${s.people.join('、')}`, extra, s.result].filter(Boolean).join('；') });
    }
    for (const [i, o] of objections.entries()) {
      timeline.push({ date: o.receivedOn, kind: 'OBJECTION', title: '公示异议', detail: `${o.objector}：${o.content}`, actor: objRows[i]!.created_by, files: [] });
      if (o.answer) timeline.push({ date: o.answeredOn ?? o.receivedOn, kind: 'ANSWER', title: '异议答复', detail: o.answer, actor: o.answeredBy ?? '', files: [] });
    }
    if (app.decidedOn) {
      const approved = app.stage === 'APPROVED';
      timeline.push({
        date: app.decidedOn, kind: approved ? 'APPROVED' : 'REJECTED', title: approved ? '县级审批：批准' : '县级审批：不予批准', actor: app.decidedBy ?? '', files: own('DECISION'),
        detail: approved ? `${app.amount != null ? `月保障金 ${app.amount} 元，` : ''}自 ${app.startMonth} 起` : (app.rejectReason ?? ''),
      });
    }
    const order = (k: string) => ['APPLIED', 'ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE', 'OBJECTION', 'ANSWER', 'APPROVED', 'REJECTED'].indexOf(k);
    timeline.sort((x, y) => (x.date === y.date ? order(x.kind) - order(y.kind) : x.date < y.date ? -1 : 1));
    return { application: app, steps, objections, files: [...own('APPLICATION'), ...own('DECISION')], timeline };
  }

  // ---- the lists of measure 2 and 3 --------------------------------------------------------------------------------

  private async standards(): Promise<{ urban: number | null; rural: number | null; year: number }> {
    const year = Number(this.today().slice(0, 4));
    return { year, urban: await dibaoStandardFor(this.em, year, 'URBAN'), rural: await dibaoStandardFor(this.em, year, 'RURAL') };
  }

  private listRow(r: { household_id: number | string; code: string; head_name: string; head_id_number: string; region_code: string; region_name: string | null;
    township_name: string | null; case_id?: number | string | null; check_month: string | null; income: number | string }, s: { urban: number | null; rural: number | null }): DibaoListRow {
    const area = dibaoAreaOf(r.region_code) ?? 'RURAL';
    const income = num(r.income);
    return {
      householdId: String(r.household_id), householdCode: r.code, headName: r.head_name, idNumber: this.idShown(r.head_id_number, r.household_id),
      regionCode: r.region_code, regionName: r.region_name ?? '', townshipName: r.township_name ?? '', caseId: r.case_id == null ? null : String(r.case_id),
      checkMonth: r.check_month, incomePerCapita: income, monthlyIncome: monthlyFromAnnual(income), area, standard: area === 'URBAN' ? s.urban : s.rural,
    };
  }

  /** SQL of the household's annual standard (12 × monthly) by its area, for this year. */
  private standardSql(s: { urban: number | null; rural: number | null }, missing: number): Sql {
    const annual = (v: number | null) => (v == null ? missing : Math.round(v * 12 * 100) / 100);
    return sql(`(CASE WHEN CAST(SUBSTR(h.region_code, 10, 3) AS INTEGER) < 200 THEN ? ELSE ? END)`, annual(s.urban), annual(s.rural));
  }

  private static LATEST_CHECK =
    'LEFT JOIN monthly_check mc ON mc.id = (SELECT c2.id FROM monthly_check c2 WHERE c2.household_id = h.id AND c2.income_total IS NOT NULL ORDER BY c2.month DESC LIMIT 1)';

  /**
   * 渐退 candidates (measure 2: "低保对象家庭人均收入超过当地低保标准的，经主动报告后"): active whole-household 低保 cases (not
   * in gradual exit) whose latest monthly check with an income (else the household's recorded income) reports a
   * per-capita income above this year's standard of the household's area.
   */
  async gradualExitCandidates(regionCode: string | null | undefined): Promise<DibaoListRow[]> {
    const s = await this.standards();
    const std = this.standardSql(s, 1e15); // no standard: nobody is above it
    const income = 'COALESCE(mc.income_total, h.income_per_capita)';
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...this.householdRegion(this.regionPrefix(regionCode)), sql(`c.state = 'ACTIVE' AND c.kind = 'HOUSEHOLD'`),
      { text: `${income} > ${std.text}`, params: std.params }];
    const rows = await queryRows<Parameters<ApplicationReader['listRow']>[0]>(this.em, {
      text: 'SELECT h.id AS household_id, h.code, h.head_name, h.head_id_number, h.region_code, r.name AS region_name, t.name AS township_name, ' +
        `c.id AS case_id, mc.month AS check_month, ${income} AS income FROM dibao_case c JOIN household h ON h.id = c.household_id ${ApplicationReader.LATEST_CHECK} ` +
        'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
        `WHERE ${joinSql(conds, ' AND ').text} ORDER BY h.township_code, h.code LIMIT 5000`,
      params: conds.flatMap((c) => c.params),
    });
    return rows.map((r) => this.listRow(r, s));
  }

  /**
   * 因疫致困 应保未保 (measure 3): households with the 因疫 risk type (on the household or its latest check) whose
   * per-capita income (the latest check's, else the household's) is below this year's standard, with no active 低保
   * case and no open application — the list a township works through.
   */
  async epidemicUncovered(regionCode: string | null | undefined): Promise<DibaoListRow[]> {
    const s = await this.standards();
    const std = this.standardSql(s, -1); // no standard: nobody is below it
    const income = 'COALESCE(mc.income_total, h.income_per_capita)';
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...this.householdRegion(this.regionPrefix(regionCode)),
      sql(`(h.risk_types LIKE '%EPIDEMIC%' OR mc.risk_types LIKE '%EPIDEMIC%')`),
      { text: `${income} < ${std.text}`, params: std.params },
      sql(`NOT EXISTS (SELECT 1 FROM dibao_case c WHERE c.household_id = h.id AND c.kind = 'HOUSEHOLD' AND (c.state = 'ACTIVE' OR (c.state = 'GRADUAL_EXIT' AND c.exit_end_date > ?)))`, this.today()),
      sql(`NOT EXISTS (SELECT 1 FROM assistance_application a WHERE a.household_id = h.id AND a.kind = 'DIBAO' AND a.stage NOT IN ('APPROVED', 'REJECTED'))`)];
    const rows = await queryRows<Parameters<ApplicationReader['listRow']>[0]>(this.em, {
      text: 'SELECT h.id AS household_id, h.code, h.head_name, h.head_id_number, h.region_code, r.name AS region_name, t.name AS township_name, ' +
        `mc.month AS check_month, ${income} AS income FROM household h ${ApplicationReader.LATEST_CHECK} ` +
        'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
        `WHERE ${joinSql(conds, ' AND ').text} ORDER BY h.township_code, h.code LIMIT 5000`,
      params: conds.flatMap((c) => c.params),
    });
    return rows.map((r) => this.listRow(r, s));
  }
}
