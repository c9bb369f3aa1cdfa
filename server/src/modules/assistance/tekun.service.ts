import type { EntityManager } from '@mikro-orm/core';
import {
  ageFromIdNumber, birthdayAt, chinaDate, deriveSelfCareResult, drawSpotCheckSample, spotCheckSize, SELF_CARE_ITEMS, TEKUN_MINOR_AGE_LIMIT,
  TOWNSHIPS, type AssessmentBatchState, type AssessmentStage, type SelfCareItems, type SelfCareResult, type TekunState,
  ASSESSMENT_BATCH_FIELDS, SELF_CARE_ASSESSMENT_FIELDS, TEKUN_PERSON_FIELDS,
} from '@doudi/shared';
import { Member } from '../household/member.entity.js';
import { queryRows, sql, joinSql, likeEscape, type Sql } from '../../common/sql.js';
import { column } from '../../common/row-mapper.js';
import { storedFields } from '../../common/table-rows.js';
import { countedIdDescPage } from '../../common/id-desc-page.js';
import { AssistanceBase, intId, refuse } from './assistance.base.js';
import { AssessmentBatch, SelfCareAssessment, SpotCheckItem, TekunPerson } from './assistance.entities.js';
import { TekunPersonWhere } from './assistance.where.js';
import { tableWhere } from '../../common/table-where.js';
import type {
  AssessmentBatchNode, AssessmentBatchResult, BatchItem, CreateAssessmentBatchInput, DrawSpotCheckResult, EnrolTekunInput,
  FinalAssessmentInput, SelfCareAssessmentInput, SelfCareAssessmentNode, SelfCareAssessmentResult, TekunPersonConnection,
  TekunPersonNode, TekunPersonResult,
} from './assistance.types.js';

// A person's and an assessment's stored fields from their field tables (common/table-rows.ts); the member's and the
// household's fields are joined, the rest derived.
const PERSON = storedFields('p', TEKUN_PERSON_FIELDS, {
  notStored: ['name', 'idNumber', 'age', 'householdCode', 'townshipName', 'regionName', 'latestResult', 'latestStage'],
  more: [
    column('id', 'string'), column('memberId', 'string'), column('householdId', 'string'), column('coverageEndDate', 'date', false),
    column('endDate', 'date', false), column('endReason', 'string', false), column('version', 'integer'),
  ],
});
const ASSESSMENT = storedFields('a', SELF_CARE_ASSESSMENT_FIELDS, {
  notStored: ['personName', 'unmetCount', 'finalOrg'],
  more: [column('id', 'string'), column('personId', 'string'), column('batchId', 'string'), column('createdBy', 'string')],
});

interface PersonRow {
  [column: string]: unknown;
  id: number | string; household_id: number | string; state: string; coverage_end_date: string | null;
  name: string; id_number: string; code: string; region_code: string; township_code: string; region_name: string | null; township_name: string | null;
}

interface AssessmentRow {
  [column: string]: unknown;
  id: number | string; final_of: number | string | null; name: string; sampled: number | string | null;
}

const PERSON_SELECT =
  `SELECT ${PERSON.columns}, m.name, m.id_number, h.code, h.region_code, h.township_code, ` +
  'r.name AS region_name, t.name AS township_name FROM tekun_person p JOIN member m ON m.id = p.member_id ' +
  'JOIN household h ON h.id = p.household_id LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code';

const ASSESSMENT_SELECT =
  `SELECT ${ASSESSMENT.columns}, a.final_of, m.name, (SELECT COUNT(*) FROM spot_check_item s WHERE s.assessment_id = a.id) AS sampled ` +
  'FROM self_care_assessment a JOIN member m ON m.id = a.member_id';


/** The effective state as SQL: a minor's coverage ends on the 18th birthday. */
const STATE_SQL = (today: string): Sql =>
  sql(`(CASE WHEN p.state = 'ACTIVE' AND p.coverage_end_date IS NOT NULL AND p.coverage_end_date <= ? THEN 'ENDED' ELSE p.state END)`, today);

/** The list filter's table fields (common/table-where.ts): the state is the effective one on the day. */
const WHERE = tableWhere<TekunPersonWhere, string>(TekunPersonWhere, { supportMode: 'p.support_mode', state: STATE_SQL, minorClause: 'p.minor_clause' });

/** The same comparison of organisation names people type: width, case and spaces do not matter. */
const sameOrg = (a: string, b: string): boolean => {
  const n = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\u200b\ufeff]+/g, '');
  return n(a) === n(b);
};

/** 特困供养 (measures 6–8): enrolment, minors to 18, the six-item self-care assessment and the county spot check. */
export class TekunService extends AssistanceBase {
  private personNode(r: PersonRow, today: string, latest?: { result: string; stage: string }): TekunPersonNode {
    const p = PERSON.read(r) as unknown as TekunPersonNode;
    const ended = r.state === 'ACTIVE' && r.coverage_end_date && r.coverage_end_date <= today;
    return {
      ...p,
      name: r.name, idNumber: this.idShown(r.id_number, r.household_id),
      age: this.access.seesPii ? ageFromIdNumber(r.id_number, today) : null, householdCode: r.code,
      regionCode: r.region_code, regionName: r.region_name ?? '', townshipCode: r.township_code, townshipName: r.township_name ?? '',
      state: (ended ? 'ENDED' : r.state) as TekunState,
      endDate: ended ? r.coverage_end_date : p.endDate, endReason: ended ? `未成年人供养至${TEKUN_MINOR_AGE_LIMIT}周岁，已年满${TEKUN_MINOR_AGE_LIMIT}周岁` : p.endReason,
      latestResult: (latest?.result as SelfCareResult) ?? null, latestStage: (latest?.stage as AssessmentStage) ?? null,
    };
  }

  private async latestResults(personIds: number[]): Promise<Map<number, { result: string; stage: string }>> {
    const out = new Map<number, { result: string; stage: string }>();
    if (!personIds.length) return out;
    const rows = await queryRows<{ person_id: number | string; result: string; stage: string }>(this.em, {
      text: `SELECT a.person_id, a.result, a.stage FROM self_care_assessment a WHERE a.person_id IN (${personIds.map(() => '?').join(', ')}) ` +
        `ORDER BY a.person_id, CASE WHEN a.stage = 'FINAL' THEN 1 ELSE 0 END, a.id`,
      params: personIds,
    });
    for (const r of rows) out.set(Number(r.person_id), { result: r.result, stage: r.stage });
    return out;
  }

  private async personRows(conds: Sql[], tail: string, em: EntityManager = this.em): Promise<PersonRow[]> {
    const where = conds.length ? ` WHERE ${joinSql(conds, ' AND ').text}` : '';
    return queryRows<PersonRow>(em, { text: `${PERSON_SELECT}${where}${tail}`, params: conds.flatMap((c) => c.params) });
  }

  async person(id: number): Promise<TekunPersonNode | null> {
    const [r] = await this.personRows([sql('p.id = ?', id)], '');
    if (!r) return null;
    return this.personNode(r, this.today(), (await this.latestResults([id])).get(id));
  }

  async page(where: TekunPersonWhere | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<TekunPersonConnection> {
    const today = this.today();
    return countedIdDescPage({
      em: this.em, countFrom: 'FROM tekun_person p JOIN member m ON m.id = p.member_id JOIN household h ON h.id = p.household_id',
      conds: () => this.listConditions(where, today), idCol: 'p.id', tag: 'tekun', first, after, rows: (c, tail) => this.personRows(c, tail),
    }, async (rows) => {
      const latest = await this.latestResults(rows.map((r) => Number(r.id)));
      return rows.map((r) => this.personNode(r, today, latest.get(Number(r.id))));
    });
  }

  private listConditions(where: TekunPersonWhere | null | undefined, today: string): Sql[] {
    const w = where ?? {};
    const conds: Sql[] = [sql('h.deleted_at IS NULL'), ...this.householdRegion(this.regionPrefix(w.regionCode))];
    conds.push(...WHERE(w, today));
    const s = (w.search ?? '').trim();
    if (s) conds.push(sql(`(m.name LIKE ? ESCAPE '\\' OR h.code LIKE ? ESCAPE '\\')`, `%${likeEscape(s)}%`, `%${likeEscape(s)}%`));
    return conds;
  }

  /** 纳入特困 directly: the county only (townships register an application; decideApplication approves through enrolIn). */
  async enrol(input: EnrolTekunInput): Promise<TekunPersonResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('纳入特困供养须经申请审批：乡镇(街道)请登记申请（createApplication），审批');
      return this.enrolIn(em, input);
    });
    if (!res.ok) return { ok: false, person: null, errors: res.errors };
    return { ok: true, person: await this.person(res.value), errors: [] };
  }

  /** Creates the 特困 person in the caller's transaction (refusals thrown as RowError); answers its id. */
  async enrolIn(em: EntityManager, input: EnrolTekunInput): Promise<number> {
    const m = await em.findOne(Member, { id: intId(input.memberId) }, { populate: ['household'] });
    // Another township's member answers as a missing one.
    if (!m || m.household.deletedAt || !this.access.canTouchRegion(m.household.region.code)) {
      throw refuse('memberId', 'NOT_FOUND', `家庭成员 ${input.memberId} 不存在或所在户已删除`);
    }
    const h = m.household;
    const today = this.today();
    const startDate = this.tableDate(TEKUN_PERSON_FIELDS, 'startDate', input.startDate, false) ?? today;
    const careProviderOrg = this.tableText(TEKUN_PERSON_FIELDS, 'careProviderOrg', input.careProviderOrg);
    const existing = await em.find(TekunPerson, { memberId: m.id, state: 'ACTIVE' });
    if (existing.some((p) => !p.coverageEndDate || p.coverageEndDate > today)) {
      throw refuse('memberId', 'ALREADY_ENROLLED', `${m.name}已是在供养的特困人员，不能重复纳入`);
    }
    // A minor's coverage that has run out is ENDED on read; store it so, or the one-ACTIVE-per-person index refuses.
    for (const p of existing) {
      p.state = 'ENDED';
      p.endDate = p.coverageEndDate ?? null;
      p.endReason = `未成年人供养至${TEKUN_MINOR_AGE_LIMIT}周岁，已年满${TEKUN_MINOR_AGE_LIMIT}周岁`;
    }
    if (existing.length) await em.flush();
    const age = ageFromIdNumber(m.idNumber, startDate);
    const isMinor = age < TEKUN_MINOR_AGE_LIMIT;
    if (input.minorClause === true && !isMinor) {
      throw refuse('minorClause', 'NOT_A_MINOR', `${m.name}于供养开始日期 ${startDate} 已满 ${age} 周岁，不能按未成年人条款（供养至${TEKUN_MINOR_AGE_LIMIT}周岁）纳入`);
    }
    const coverageEndDate = isMinor ? birthdayAt(m.idNumber, TEKUN_MINOR_AGE_LIMIT) : null;
    const p = em.create(TekunPerson, {
      memberId: m.id, household: h, townshipCode: h.townshipCode, supportMode: input.supportMode, careProviderOrg, startDate, state: 'ACTIVE',
      minorClause: isMinor, coverageEndDate, createdBy: this.access.actor, createdAt: this.deps.clock.now(), updatedAt: this.deps.clock.now(),
    });
    await em.flush();
    this.audit(em, [{ action: 'CREATE', entityType: 'tekun_person', entityId: String(p.id), householdId: h.id, regionCode: h.region.code,
      after: { memberId: m.id, supportMode: input.supportMode, careProviderOrg, startDate, minorClause: isMinor, coverageEndDate } }]);
    await em.flush();
    return p.id;
  }

  // ---- assessments ---------------------------------------------------------------------------------------------

  private assessmentNode(r: AssessmentRow): SelfCareAssessmentNode {
    const a = ASSESSMENT.read(r) as unknown as SelfCareAssessmentNode;
    return {
      ...a, personName: r.name, unmetCount: SELF_CARE_ITEMS.filter((k) => !a[k]).length,
      finalOf: r.final_of == null ? null : String(r.final_of), sampled: Number(r.sampled ?? 0) > 0,
    };
  }

  private async assessments(conds: Sql[], em: EntityManager = this.em): Promise<SelfCareAssessmentNode[]> {
    const rows = await queryRows<AssessmentRow>(em, { text: `${ASSESSMENT_SELECT} WHERE ${joinSql(conds, ' AND ').text} ORDER BY a.id`, params: conds.flatMap((c) => c.params) });
    return rows.map((r) => this.assessmentNode(r));
  }

  private async loadPerson(em: EntityManager, personId: string | number): Promise<{ p: TekunPerson; regionCode: string }> {
    const n = intId(personId);
    const p = n > 0 ? await em.findOne(TekunPerson, { id: n }, { populate: ['household'] }) : null;
    if (!p || !this.access.canTouchRegion(p.household.region.code)) throw refuse('personId', 'NOT_FOUND', `特困人员 ${personId} 不存在`);
    const regionCode = p.household.region.code;
    return { p, regionCode };
  }

  private async writeAssessment(
    em: EntityManager, p: TekunPerson, regionCode: string, items: SelfCareItems, assessorOrgIn: string, stage: AssessmentStage,
    batchId: number | null, finalOf: number | null,
  ): Promise<number> {
    const assessorOrg = this.tableText(SELF_CARE_ASSESSMENT_FIELDS, 'assessorOrg', assessorOrgIn);
    // Measure 8: one organisation may not both assess a person and provide that person's care.
    if (sameOrg(assessorOrg, p.careProviderOrg)) {
      throw refuse('assessorOrg', 'CONFLICT_OF_INTEREST', `评估机构“${assessorOrg}”同时是该特困人员的照料服务机构，不得由同一机构同时承接评估与照料护理服务`);
    }
    const result = deriveSelfCareResult(items);
    const a = em.create(SelfCareAssessment, {
      personId: p.id, memberId: p.memberId, batchId, ...items, result, assessorOrg, stage, assessedOn: this.today(), finalOf,
      createdBy: this.access.actor, createdAt: this.deps.clock.now(),
    });
    await em.flush();
    this.audit(em, [{ action: 'CREATE', entityType: 'self_care_assessment', entityId: String(a.id), householdId: p.household.id, regionCode,
      after: { personId: p.id, batchId, ...items, result, assessorOrg, stage, finalOf } }]);
    await em.flush();
    return a.id;
  }

  private itemsOf(input: SelfCareItems): SelfCareItems {
    return Object.fromEntries(SELF_CARE_ITEMS.map((k) => [k, input[k] === true])) as SelfCareItems;
  }

  private async assessmentResult(res: Awaited<ReturnType<AssistanceBase['run']>>): Promise<SelfCareAssessmentResult> {
    if (!res.ok) return { ok: false, result: null, assessment: null, errors: res.errors };
    const [a] = await this.assessments([sql('a.id = ?', res.value as number)]);
    return { ok: true, result: a?.result ?? null, assessment: a ?? null, errors: [] };
  }

  async record(input: SelfCareAssessmentInput): Promise<SelfCareAssessmentResult> {
    const res = await this.run(async (em) => {
      const { p, regionCode } = await this.loadPerson(em, input.personId);
      const stage: AssessmentStage = input.stage ?? 'PRELIMINARY';
      const batchId = input.batchId != null && input.batchId !== '' ? intId(input.batchId) : null;
      if (stage === 'FINAL') {
        this.requireCounty('最终评估结论');
        if (batchId != null) {
          const prelim = await em.findOne(SelfCareAssessment, { personId: p.id, batchId, stage: 'PRELIMINARY' });
          if (!prelim) throw refuse('batchId', 'NOT_FOUND', `批次 ${batchId} 中没有该人员的初步评估`);
          return this.final(em, prelim.id, this.itemsOf(input), input.assessorOrg);
        }
        return this.writeAssessment(em, p, regionCode, this.itemsOf(input), input.assessorOrg, 'FINAL', null, null);
      }
      if (batchId != null) {
        const b = await em.findOne(AssessmentBatch, { id: batchId });
        if (!b) throw refuse('batchId', 'NOT_FOUND', `评估批次 ${input.batchId} 不存在`);
        if (b.townshipCode !== p.townshipCode) throw refuse('batchId', 'INVALID_VALUE', `评估批次“${b.name}”属于其他乡镇(街道)`);
        if (b.state !== 'OPEN') throw refuse('batchId', 'INVALID_STATE', `评估批次“${b.name}”已抽查，不能再加入初步评估`);
        const dup = await em.findOne(SelfCareAssessment, { personId: p.id, batchId, stage: 'PRELIMINARY' });
        if (dup) throw refuse('personId', 'INVALID_STATE', `该人员在批次“${b.name}”中已有初步评估（${dup.id}）`);
      }
      return this.writeAssessment(em, p, regionCode, this.itemsOf(input), input.assessorOrg, 'PRELIMINARY', batchId, null);
    });
    return this.assessmentResult(res);
  }

  async recordFinal(input: FinalAssessmentInput): Promise<SelfCareAssessmentResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('最终评估结论');
      const n = intId(input.assessmentId);
      const prelim = n > 0 ? await em.findOne(SelfCareAssessment, { id: n }) : null;
      if (!prelim || prelim.stage !== 'PRELIMINARY') throw refuse('assessmentId', 'NOT_FOUND', `初步评估 ${input.assessmentId} 不存在`);
      return this.final(em, prelim.id, this.itemsOf(input), input.assessorOrg);
    });
    return this.assessmentResult(res);
  }

  /** The county's final result on a sampled preliminary assessment; the batch is finalised with its last one. */
  private async final(em: EntityManager, prelimId: number, items: SelfCareItems, assessorOrg: string): Promise<number> {
    const prelim = (await em.findOne(SelfCareAssessment, { id: prelimId }))!;
    const { p, regionCode } = await this.loadPerson(em, prelim.personId);
    if (prelim.batchId == null) throw refuse('assessmentId', 'NOT_SAMPLED', '该初步评估不在任何批次中，无法抽查');
    const batch = (await em.findOne(AssessmentBatch, { id: prelim.batchId }))!;
    if (batch.state === 'OPEN') throw refuse('assessmentId', 'NOT_SAMPLED', `批次“${batch.name}”尚未抽取县级抽查样本`);
    const item = await em.findOne(SpotCheckItem, { batchId: batch.id, assessmentId: prelim.id });
    if (!item) throw refuse('assessmentId', 'NOT_SAMPLED', `该初步评估未被抽中；未抽中的初步评估在批次完成后即为最终结论`);
    if (item.finalAssessmentId) throw refuse('assessmentId', 'INVALID_STATE', `该人员已有县级最终结论（${item.finalAssessmentId}）`);
    const id = await this.writeAssessment(em, p, regionCode, items, assessorOrg, 'FINAL', batch.id, prelim.id);
    item.finalAssessmentId = id;
    await em.flush();
    const open = await em.count(SpotCheckItem, { batchId: batch.id, finalAssessmentId: null });
    if (open === 0) {
      batch.state = 'FINALISED';
      batch.finalisedAt = this.deps.clock.now();
      await em.flush();
      this.audit(em, [{ action: 'UPDATE', entityType: 'assessment_batch', entityId: String(batch.id), field: 'state', before: 'SPOT_CHECK', after: 'FINALISED', regionCode: batch.townshipCode }]);
      await em.flush();
    }
    return id;
  }

  // ---- batches and the spot check ------------------------------------------------------------------------------

  private async batchNodes(conds: Sql[], em: EntityManager = this.em): Promise<AssessmentBatchNode[]> {
    const rows = await queryRows<{
      id: number | string; township_code: string; name: string; state: string; spot_check_seed: string | null; spot_check_drawn_at: unknown;
      spot_check_drawn_by: string | null; sample_size: number | string; finalised_at: unknown; version: number | string; township_name: string | null;
    }>(em, {
      text: `SELECT b.*, t.name AS township_name FROM assessment_batch b LEFT JOIN region t ON t.code = b.township_code` +
        `${conds.length ? ` WHERE ${joinSql(conds, ' AND ').text}` : ''} ORDER BY b.id DESC`,
      params: conds.flatMap((c) => c.params),
    });
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const all = await this.assessments([{ text: `a.batch_id IN (${ids.map(() => '?').join(', ')})`, params: ids }], em);
    const finals = new Map(all.filter((a) => a.stage === 'FINAL' && a.finalOf).map((a) => [a.finalOf!, a]));
    const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string)));
    return rows.map((r) => {
      const prelims = all.filter((a) => a.batchId === String(r.id) && a.stage === 'PRELIMINARY');
      const items: BatchItem[] = prelims.map((a) => {
        const final = finals.get(a.id) ?? null;
        return { preliminary: a, sampled: a.sampled, final, finalResult: final ? final.result : r.state === 'FINALISED' && !a.sampled ? a.result : null };
      });
      return {
        id: String(r.id), townshipCode: r.township_code, townshipName: r.township_name ?? '', name: r.name, state: r.state as AssessmentBatchState,
        size: prelims.length, requiredSampleSize: spotCheckSize(prelims.length), sampleSize: Number(r.sample_size),
        finalCount: items.filter((i) => i.final).length, spotCheckSeed: r.spot_check_seed, spotCheckDrawnAt: date(r.spot_check_drawn_at),
        spotCheckDrawnBy: r.spot_check_drawn_by, finalisedAt: date(r.finalised_at), version: Number(r.version), items,
      };
    });
  }

  async batches(regionCode: string | null | undefined): Promise<AssessmentBatchNode[]> {
    const prefix = this.regionPrefix(regionCode);
    const conds: Sql[] = prefix ? [sql('b.township_code LIKE ?', `${prefix.slice(0, 9)}%`)] : [];
    return this.batchNodes(conds);
  }

  async createBatch(input: CreateAssessmentBatchInput): Promise<AssessmentBatchResult> {
    const res = await this.run(async (em) => {
      const townshipCode = (input.townshipCode ?? '').trim() || this.access.township || '';
      if (!townshipCode) throw refuse('townshipCode', 'REQUIRED', '乡镇(街道)代码不能为空');
      if (!TOWNSHIPS.some((t) => t.code === townshipCode)) throw refuse('townshipCode', 'INVALID_VALUE', `乡镇(街道)代码“${townshipCode}”不是本县的乡镇(街道)`);
      if (!this.access.canTouchRegion(townshipCode)) throw this.forbidden('townshipCode');
      const name = this.tableText(ASSESSMENT_BATCH_FIELDS, 'name', input.name);
      const b = em.create(AssessmentBatch, { townshipCode, name, state: 'OPEN', createdBy: this.access.actor, createdAt: this.deps.clock.now() });
      await em.flush();
      this.audit(em, [{ action: 'CREATE', entityType: 'assessment_batch', entityId: String(b.id), regionCode: townshipCode, after: { name } }]);
      await em.flush();
      return b.id;
    });
    if (!res.ok) return { ok: false, batch: null, errors: res.errors };
    return { ok: true, batch: (await this.batchNodes([sql('b.id = ?', res.value)]))[0] ?? null, errors: [] };
  }

  /** County only: draws at least 30% of the batch's preliminary assessments with a PRNG seeded by `seed` (recorded). */
  async drawSpotCheck(batchId: string, seedIn: string): Promise<DrawSpotCheckResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('县级抽查');
      const n = intId(batchId);
      const b = n > 0 ? await em.findOne(AssessmentBatch, { id: n }) : null;
      if (!b) throw refuse('batchId', 'NOT_FOUND', `评估批次 ${batchId} 不存在`);
      if (b.state !== 'OPEN') {
        throw refuse('batchId', 'ALREADY_DRAWN', `批次“${b.name}”已于 ${b.spotCheckDrawnAt ? chinaDate(b.spotCheckDrawnAt) : ''} 抽取样本（种子“${b.spotCheckSeed ?? ''}”），不能重复抽取`);
      }
      const seed = this.tableText(ASSESSMENT_BATCH_FIELDS, 'seed', seedIn);
      const prelims = await em.find(SelfCareAssessment, { batchId: b.id, stage: 'PRELIMINARY' });
      if (!prelims.length) throw refuse('batchId', 'INVALID_STATE', `批次“${b.name}”中还没有初步评估，无法抽查`);
      const sample = drawSpotCheckSample(prelims.map((a) => a.id), seed);
      for (const assessmentId of sample) em.create(SpotCheckItem, { batchId: b.id, assessmentId });
      Object.assign(b, { state: 'SPOT_CHECK', spotCheckSeed: seed, spotCheckDrawnAt: this.deps.clock.now(), spotCheckDrawnBy: this.access.actor, sampleSize: sample.length });
      await em.flush();
      this.audit(em, [{ action: 'UPDATE', entityType: 'assessment_batch', entityId: String(b.id), field: 'spotCheck', before: null,
        after: { seed, size: prelims.length, sample }, regionCode: b.townshipCode }]);
      await em.flush();
      return { id: b.id, seed, sample };
    });
    if (!res.ok) return { ok: false, batch: null, seed: null, sampleSize: 0, sample: [], errors: res.errors };
    const { id, seed, sample } = res.value;
    const [batch] = await this.batchNodes([sql('b.id = ?', id)]);
    const sampled = await this.assessments([{ text: `a.id IN (${sample.map(() => '?').join(', ')})`, params: sample }]);
    return { ok: true, batch: batch ?? null, seed, sampleSize: sample.length, sample: sampled, errors: [] };
  }
}
