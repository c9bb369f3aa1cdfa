import type { EntityManager } from '@mikro-orm/core';
import {
  CARE_AGREEMENT_FIELDS, CARE_VISIT_FIELDS, CENTRAL_CARE_FIELDS, CarerKindDef, DEFAULT_LOOP_SETTINGS, PersonConditionDef, SupportModeDef,
  ageFromIdNumber, awaitsCentralCare, careAgreementStatus, maskPhone, maxLengthOf, nextVisitDue, validatePhone, visitIntervalDays,
} from '@doudi/shared';
import { queryRows, sql, joinSql, type Sql } from '../../common/sql.js';
import { diffEntries } from '../audit/audit.service.js';
import { AssistanceBase, flushVersioned, intId, num, refuse } from './assistance.base.js';
import { TekunPerson } from './assistance.entities.js';
import { CareAgreement, CareVisit, TekunSupportChange } from './loops.entities.js';
import type {
  CareAgreementInput, CareAgreementRow, CareVisitInput, CareVisitNode, CentralCareRow, CentralCareTownship, ChangeSupportModeInput,
  LoopWriteResult, SupportChangeNode, VisitScheduleRow, CentralCareWishInput,
} from './loops.types.js';

interface PersonFacts {
  id: number; householdId: number; name: string; idNumber: string; code: string; regionCode: string; townshipCode: string; regionName: string;
  townshipName: string; supportMode: string; careProviderOrg: string; startDate: string; wish: boolean | null; askedOn: string | null;
  selfCare: string | null; lastVisit: string | null; version: number;
}

const bool = (v: unknown): boolean | null => (v == null ? null : v === true || v === 1 || v === '1' || v === 't' || v === 'true');
const L = (t: typeof CARE_VISIT_FIELDS, n: string): number => maxLengthOf(t, n);

/**
 * 集中供养 (measure 6): the wish for centralised care and support-mode changes; 委托照料 and 定期探访 (measure 7): the
 * care agreement and the visits of each dispersed 特困 person, at the configured frequency. Township scope on every
 * read and write; writes audited in their transaction; the person's version checked where two people may edit it.
 */
export class CareService extends AssistanceBase {
  private get settings() {
    return this.deps.loops ?? DEFAULT_LOOP_SETTINGS;
  }

  /** Active 特困 persons in the region (a minor's coverage ended on the 18th birthday is not), as plain facts. */
  private async persons(regionCode: string | null | undefined, extra: Sql[] = [], em: EntityManager = this.em): Promise<PersonFacts[]> {
    const today = this.today();
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), sql(`p.state = 'ACTIVE'`), sql('(p.coverage_end_date IS NULL OR p.coverage_end_date > ?)', today),
      ...this.householdRegion(this.regionPrefix(regionCode)), ...extra];
    const w = joinSql(conds, ' AND ');
    const rows = await queryRows<Record<string, unknown>>(em, {
      text: 'SELECT p.id, p.household_id, p.support_mode, p.care_provider_org, p.start_date, p.central_care_wish, p.central_care_asked_on, p.version, ' +
        'm.name, m.id_number, h.code, h.region_code, h.township_code, r.name AS region_name, t.name AS township_name, ' +
        '(SELECT MAX(v.visit_date) FROM care_visit v WHERE v.person_id = p.id) AS last_visit, ' +
        `(SELECT a.result FROM self_care_assessment a WHERE a.person_id = p.id ORDER BY CASE WHEN a.stage = 'FINAL' THEN 0 ELSE 1 END, a.id DESC LIMIT 1) AS self_care ` +
        'FROM tekun_person p JOIN member m ON m.id = p.member_id JOIN household h ON h.id = p.household_id ' +
        'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
        `WHERE ${w.text} ORDER BY h.township_code, h.region_code, p.id`,
      params: w.params,
    });
    return rows.map((r) => ({
      id: Number(r.id), householdId: Number(r.household_id), name: String(r.name), idNumber: String(r.id_number), code: String(r.code),
      regionCode: String(r.region_code), townshipCode: String(r.township_code), regionName: String(r.region_name ?? ''), townshipName: String(r.township_name ?? ''),
      supportMode: String(r.support_mode), careProviderOrg: String(r.care_provider_org ?? ''), startDate: String(r.start_date),
      wish: bool(r.central_care_wish), askedOn: (r.central_care_asked_on as string) ?? null, selfCare: (r.self_care as string) ?? null,
      lastVisit: (r.last_visit as string) ?? null, version: num(r.version),
    }));
  }

  /** The common columns of a person row: the ID masked as on screen, the age only with the ID unmasked. */
  private base(p: PersonFacts, today: string) {
    const idNumber = this.idShown(p.idNumber, p.householdId);
    const shown = !!idNumber && idNumber === p.idNumber;
    return {
      personId: String(p.id), householdId: String(p.householdId), householdCode: p.code, name: p.name, idNumber,
      age: shown ? ageFromIdNumber(p.idNumber, today) : null, regionCode: p.regionCode, regionName: p.regionName, townshipCode: p.townshipCode,
      townshipName: p.townshipName, supportMode: p.supportMode, selfCare: p.selfCare, version: p.version,
    };
  }

  /** One active person in the caller's township for a write (another township's answers as a missing one). */
  private async writable(em: EntityManager, personId: string, dispersedOnly: boolean): Promise<{ e: TekunPerson; f: PersonFacts }> {
    const n = intId(personId);
    const [f] = n > 0 ? await this.persons(null, [sql('p.id = ?', n)], em) : [];
    if (!f) throw refuse('personId', 'NOT_FOUND', `特困供养对象 ${personId} 不存在或已终止供养`);
    if (dispersedOnly && f.supportMode !== 'DISPERSED') throw refuse('personId', 'INVALID_STATE', `${f.name}为集中供养，委托照料协议和定期探访只适用于分散供养对象`);
    return { e: await em.findOneOrFail(TekunPerson, { id: n }), f };
  }

  private notFuture(field: string, label: string, d: string): void {
    if (d > this.today()) throw refuse(field, 'OUT_OF_RANGE', `${label} ${d} 晚于今天`);
  }

  // ---- 集中供养 -----------------------------------------------------------------------------------------------------

  async recordWish(input: CentralCareWishInput): Promise<LoopWriteResult> {
    const res = await this.run(async (em) => {
      const { e, f } = await this.writable(em, input.personId, false);
      this.checkVersion(e.version, input.version, '该特困供养对象');
      const askedOn = this.date('askedOn', '询问日期', input.askedOn, true)!;
      this.notFuture('askedOn', '询问日期', askedOn);
      const before = { centralCareWish: e.centralCareWish ?? null, centralCareAskedOn: e.centralCareAskedOn ?? null };
      e.centralCareWish = input.wish;
      e.centralCareAskedOn = askedOn;
      e.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      this.audit(em, diffEntries({ householdId: f.householdId, regionCode: f.regionCode, entityType: 'tekun_person', entityId: String(e.id) }, before,
        { centralCareWish: input.wish, centralCareAskedOn: askedOn }));
      await em.flush();
      return e.id;
    });
    return res.ok ? { ok: true, id: String(res.value), errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  async changeSupportMode(input: ChangeSupportModeInput): Promise<LoopWriteResult> {
    const res = await this.run(async (em) => {
      const { e, f } = await this.writable(em, input.personId, false);
      this.checkVersion(e.version, input.version, '该特困供养对象');
      const to = input.supportMode;
      if (!SupportModeDef.values.includes(to as never)) throw refuse('supportMode', 'INVALID_VALUE', '供养方式无效');
      if (to === e.supportMode) throw refuse('supportMode', 'INVALID_STATE', `${f.name}已是${SupportModeDef.labels[to as 'DISPERSED'].zh}`);
      const changedOn = this.date('changedOn', '变更日期', input.changedOn, true)!;
      this.notFuture('changedOn', '变更日期', changedOn);
      if (changedOn < e.startDate) throw refuse('changedOn', 'OUT_OF_RANGE', `变更日期 ${changedOn} 早于供养开始日期 ${e.startDate}`);
      const reason = this.text('reason', '变更原因', input.reason, maxLengthOf(CENTRAL_CARE_FIELDS, 'reason'), true);
      const org = this.text('careProviderOrg', '照料服务机构', input.careProviderOrg, maxLengthOf(CENTRAL_CARE_FIELDS, 'careProviderOrg'), false);
      const before = { supportMode: e.supportMode, careProviderOrg: e.careProviderOrg };
      const c = em.create(TekunSupportChange, { personId: e.id, fromMode: e.supportMode, toMode: to, changedOn, reason, createdBy: this.access.actor, createdAt: this.deps.clock.now() });
      e.supportMode = to;
      if (org) e.careProviderOrg = org;
      e.updatedAt = this.deps.clock.now();
      await flushVersioned(em);
      const base = { householdId: f.householdId, regionCode: f.regionCode };
      this.audit(em, [
        ...diffEntries({ ...base, entityType: 'tekun_person', entityId: String(e.id) }, before, { supportMode: e.supportMode, careProviderOrg: e.careProviderOrg }),
        { ...base, action: 'CREATE', entityType: 'tekun_support_change', entityId: String(c.id), after: { personId: e.id, fromMode: c.fromMode, toMode: to, changedOn, reason } },
      ]);
      await em.flush();
      return e.id;
    });
    return res.ok ? { ok: true, id: String(res.value), errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  async supportChanges(personId: string): Promise<SupportChangeNode[]> {
    const n = intId(personId);
    const [p] = n > 0 ? await queryRows<{ region_code: string }>(this.em, sql('SELECT h.region_code FROM tekun_person p JOIN household h ON h.id = p.household_id WHERE p.id = ?', n)) : [];
    if (!p || !this.access.canTouchRegion(p.region_code)) return [];
    const rows = await queryRows<Record<string, unknown>>(this.em, sql('SELECT * FROM tekun_support_change WHERE person_id = ? ORDER BY changed_on DESC, id DESC', n));
    return rows.map((r) => ({ id: String(r.id), personId: String(r.person_id), fromMode: String(r.from_mode), toMode: String(r.to_mode),
      changedOn: String(r.changed_on), reason: String(r.reason), createdBy: String(r.created_by) }));
  }

  /** 集中供养 list: every active person with wish and self-care; `backlogOnly` keeps those the plan wants none of. */
  async centralCare(regionCode: string | null | undefined, backlogOnly: boolean): Promise<CentralCareRow[]> {
    const today = this.today();
    return (await this.persons(regionCode))
      .map((p) => ({ ...this.base(p, today), wish: p.wish, askedOn: p.askedOn, awaiting: awaitsCentralCare(p) }))
      .filter((r) => !backlogOnly || r.awaiting);
  }

  /** Per township: dispersed persons unable to look after themselves, how many were asked, wish it, still wait. */
  async centralCareByTownship(regionCode: string | null | undefined): Promise<CentralCareTownship[]> {
    const out = new Map<string, CentralCareTownship>();
    for (const p of await this.persons(regionCode)) {
      const t = out.get(p.townshipCode) ?? { townshipCode: p.townshipCode, townshipName: p.townshipName, dispersedUnable: 0, notAsked: 0, wishing: 0, awaiting: 0 };
      const unable = p.supportMode === 'DISPERSED' && (p.selfCare === 'PARTIALLY_LOST' || p.selfCare === 'FULLY_LOST');
      if (unable) t.dispersedUnable++;
      if (unable && p.wish == null) t.notAsked++;
      if (unable && p.wish) t.wishing++;
      if (awaitsCentralCare(p)) t.awaiting++;
      out.set(p.townshipCode, t);
    }
    return [...out.values()];
  }

  // ---- 委托照料服务协议 ---------------------------------------------------------------------------------------------

  async saveAgreement(input: CareAgreementInput): Promise<LoopWriteResult> {
    const res = await this.run(async (em) => {
      const { f } = await this.writable(em, input.personId, true);
      const T = CARE_AGREEMENT_FIELDS;
      if (!CarerKindDef.values.includes(input.carerKind as never)) throw refuse('carerKind', 'INVALID_VALUE', '照料方类别无效（照料人或照料机构）');
      const carerName = this.text('carerName', '照料人/机构', input.carerName, maxLengthOf(T, 'carerName'), true);
      let carerPhone = '';
      if ((input.carerPhone ?? '').trim()) {
        const ph = validatePhone(input.carerPhone);
        if (!ph.ok) throw refuse('carerPhone', 'INVALID_PHONE', ph.message.replace('联系电话', '照料方电话'));
        carerPhone = ph.value;
      }
      const startDate = this.date('startDate', '协议开始日期', input.startDate, true)!;
      const endDate = this.date('endDate', '协议结束日期', input.endDate, true)!;
      if (endDate < startDate) throw refuse('endDate', 'OUT_OF_RANGE', `协议结束日期 ${endDate} 早于开始日期 ${startDate}`);
      const signedOn = this.date('signedOn', '签订日期', input.signedOn, true)!;
      this.notFuture('signedOn', '签订日期', signedOn);
      const duties = this.text('duties', '照料内容', input.duties, maxLengthOf(T, 'duties'), true);
      const values = { carerKind: input.carerKind, carerName, carerPhone, startDate, endDate, signedOn, duties };
      const now = this.deps.clock.now();
      const base = { householdId: f.householdId, regionCode: f.regionCode, entityType: 'care_agreement' };
      if (input.id) {
        const a = await em.findOne(CareAgreement, { id: intId(input.id), personId: f.id });
        if (!a) throw refuse('id', 'NOT_FOUND', `委托照料协议 ${input.id} 不存在`);
        this.checkVersion(a.version, input.version ?? -1, '该委托照料协议');
        const before = { carerKind: a.carerKind, carerName: a.carerName, carerPhone: a.carerPhone, startDate: a.startDate, endDate: a.endDate, signedOn: a.signedOn, duties: a.duties };
        Object.assign(a, values, { updatedAt: now });
        await flushVersioned(em);
        this.audit(em, diffEntries({ ...base, entityId: String(a.id) }, before, values));
        await em.flush();
        return a.id;
      }
      const a = em.create(CareAgreement, { personId: f.id, townshipCode: f.townshipCode, ...values, createdBy: this.access.actor, createdAt: now, updatedAt: now });
      await em.flush();
      this.audit(em, [{ ...base, action: 'CREATE', entityId: String(a.id), after: { personId: f.id, ...values, carerPhone: carerPhone ? maskPhone(carerPhone) : '' } }]);
      await em.flush();
      return a.id;
    });
    return res.ok ? { ok: true, id: String(res.value), errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  /** Each dispersed person with the latest agreement (by start) and its status; `problemsOnly`: missing or expired. */
  async agreements(regionCode: string | null | undefined, problemsOnly: boolean): Promise<CareAgreementRow[]> {
    const today = this.today();
    const persons = await this.persons(regionCode, [sql(`p.support_mode = 'DISPERSED'`)]);
    const latest = new Map<number, Record<string, unknown>>();
    for (let i = 0; i < persons.length; i += 500) {
      const ids = persons.slice(i, i + 500).map((p) => p.id);
      const rows = await queryRows<Record<string, unknown>>(this.em, {
        text: `SELECT * FROM care_agreement WHERE person_id IN (${ids.map(() => '?').join(', ')}) ORDER BY person_id, start_date, id`, params: ids,
      });
      for (const r of rows) latest.set(Number(r.person_id), r);
    }
    const showPhone = this.access.seesPii && !this.deps.maskPii;
    return persons.map((p) => {
      const a = latest.get(p.id);
      const status = careAgreementStatus(a ? { startDate: String(a.start_date), endDate: String(a.end_date) } : null, today);
      const phone = a ? String(a.carer_phone ?? '') : '';
      return {
        ...this.base(p, today), status, agreementId: a ? String(a.id) : null, carerKind: a ? String(a.carer_kind) : null, carerName: a ? String(a.carer_name) : null,
        carerPhone: phone ? (showPhone ? phone : maskPhone(phone)) : null, startDate: a ? String(a.start_date) : null, endDate: a ? String(a.end_date) : null,
        signedOn: a ? String(a.signed_on) : null, duties: a ? String(a.duties) : null, agreementVersion: a ? num(a.version) : null,
      };
    }).filter((r) => !problemsOnly || r.status === 'MISSING' || r.status === 'EXPIRED');
  }

  // ---- 定期探访 ---------------------------------------------------------------------------------------------------

  async recordVisit(input: CareVisitInput): Promise<LoopWriteResult> {
    const res = await this.run(async (em) => {
      const { f } = await this.writable(em, input.personId, true);
      const T = CARE_VISIT_FIELDS;
      const visitDate = this.date('visitDate', '探访日期', input.visitDate, true)!;
      this.notFuture('visitDate', '探访日期', visitDate);
      if (visitDate < f.startDate) throw refuse('visitDate', 'OUT_OF_RANGE', `探访日期 ${visitDate} 早于供养开始日期 ${f.startDate}`);
      const visitor = this.text('visitor', '探访人', input.visitor, L(T, 'visitor'), true);
      if (!PersonConditionDef.values.includes(input.condition as never)) throw refuse('condition', 'INVALID_VALUE', '身体和生活状况无效（良好、一般、较差）');
      const problems = this.text('problems', '发现的问题', input.problems, L(T, 'problems'), false);
      const helpArranged = this.text('helpArranged', '协调解决', input.helpArranged, L(T, 'helpArranged'), false);
      if (problems && !helpArranged) throw refuse('helpArranged', 'REQUIRED', '发现问题时须填写协调解决的措施');
      const v = em.create(CareVisit, {
        personId: f.id, townshipCode: f.townshipCode, visitDate, visitor, condition: input.condition, problems, helpArranged,
        createdBy: this.access.actor, createdAt: this.deps.clock.now(),
      });
      await em.flush();
      this.audit(em, [{ householdId: f.householdId, regionCode: f.regionCode, action: 'CREATE', entityType: 'care_visit', entityId: String(v.id),
        after: { personId: f.id, visitDate, visitor, condition: input.condition, problems, helpArranged } }]);
      await em.flush();
      return v.id;
    });
    return res.ok ? { ok: true, id: String(res.value), errors: [] } : { ok: false, id: null, errors: res.errors };
  }

  async visits(personId: string): Promise<CareVisitNode[]> {
    const n = intId(personId);
    const [p] = n > 0 ? await queryRows<{ region_code: string }>(this.em, sql('SELECT h.region_code FROM tekun_person p JOIN household h ON h.id = p.household_id WHERE p.id = ?', n)) : [];
    if (!p || !this.access.canTouchRegion(p.region_code)) return [];
    const rows = await queryRows<Record<string, unknown>>(this.em, sql('SELECT * FROM care_visit WHERE person_id = ? ORDER BY visit_date DESC, id DESC LIMIT 200', n));
    return rows.map((r) => ({ id: String(r.id), personId: String(r.person_id), visitDate: String(r.visit_date), visitor: String(r.visitor),
      condition: String(r.condition), problems: String(r.problems ?? ''), helpArranged: String(r.help_arranged ?? ''), createdBy: String(r.created_by) }));
  }

  /** Each dispersed person's visit schedule: interval, last visit, next due, days overdue; `overdueOnly` keeps the late. */
  async schedule(regionCode: string | null | undefined, overdueOnly: boolean): Promise<VisitScheduleRow[]> {
    const today = this.today();
    const persons = await this.persons(regionCode, [sql(`p.support_mode = 'DISPERSED'`)]);
    return persons.map((p) => {
      const intervalDays = visitIntervalDays({ idNumber: p.idNumber, selfCare: p.selfCare }, today, this.settings);
      const nextDue = nextVisitDue(p.lastVisit, p.startDate, intervalDays);
      const daysOverdue = nextDue < today ? Math.round((Date.parse(today) - Date.parse(nextDue)) / 86_400_000) : 0;
      return { ...this.base(p, today), intervalDays, lastVisit: p.lastVisit, nextDue, overdue: daysOverdue > 0, daysOverdue };
    }).filter((r) => !overdueOnly || r.overdue);
  }

  /** Per township: dispersed persons and how many visits are overdue. */
  async visitsByTownship(regionCode: string | null | undefined): Promise<{ townshipCode: string; townshipName: string; dispersed: number; overdue: number }[]> {
    const out = new Map<string, { townshipCode: string; townshipName: string; dispersed: number; overdue: number }>();
    for (const r of await this.schedule(regionCode, false)) {
      const t = out.get(r.townshipCode) ?? { townshipCode: r.townshipCode, townshipName: r.townshipName, dispersed: 0, overdue: 0 };
      t.dispersed++;
      if (r.overdue) t.overdue++;
      out.set(r.townshipCode, t);
    }
    return [...out.values()];
  }
}
