import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSpotCheckSample } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { makeId } from '../../test-support/fixtures.js';
import { ASSESSMENT_FIELDS, BATCH_FIELDS, PERSON_FIELDS, china, makeHousehold, person } from '../../test-support/assistance-kit.js';

// 特困供养 (measures 6–8): enrolment, minors covered to 18, the six-item assessment with its derived result, the
// assessor ≠ carer rule, and the county spot check of ≥30% of each township batch with a recorded seed.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

const ENROL = `mutation($input: EnrolTekunInput!) { enrolTekun(input: $input) { ok errors { field code message } person { ${PERSON_FIELDS} } } }`;
const ASSESS = `mutation($input: SelfCareAssessmentInput!) { recordSelfCareAssessment(input: $input) { ok result errors { field code message } assessment { ${ASSESSMENT_FIELDS} } } }`;
const FINAL = `mutation($input: FinalAssessmentInput!) { recordFinalAssessment(input: $input) { ok result errors { field code message } assessment { ${ASSESSMENT_FIELDS} } } }`;
const BATCH = `mutation($input: CreateAssessmentBatchInput!) { createAssessmentBatch(input: $input) { ok errors { field code message } batch { ${BATCH_FIELDS} } } }`;
const DRAW = `mutation($b: ID!, $seed: String!) { drawSpotCheck(batchId: $b, seed: $seed) { ok seed sampleSize errors { field code message }
  sample { id personId } batch { ${BATCH_FIELDS} } } }`;
const BATCHES = `query($r: String) { assessmentBatches(regionCode: $r) { ${BATCH_FIELDS} } }`;
const PERSONS = `query($where: TekunPersonWhere) { tekunPersons(where: $where, first: 500) { totalCount edges { node { ${PERSON_FIELDS} } } } }`;

const CARER = '永宁县社会福利中心';
const ASSESSOR = '宁夏康健第三方评估公司';
const ALL_MET = { eating: true, dressing: true, bed: true, toilet: true, walking: true, bathing: true };
const ITEMS = Object.keys(ALL_MET);
const unmet = (n: number) => Object.fromEntries(ITEMS.map((k, i) => [k, i >= n]));

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
});
afterAll(async () => {
  await s?.stop();
});

/** n 特困 persons in one household of a village (default 杨和镇王太村). */
async function persons(n: number, regionCode = '640121100200', over: Record<string, unknown> = {}): Promise<any[]> {
  const members = Array.from({ length: n }, (_, i) => person(`特困${i}`, `19${40 + (i % 50)}0101`, { relation: i === 0 ? 'HEAD' : 'OTHER' }));
  const h = await makeHousehold(s.gql, { regionCode, address: '敬老院' }, members);
  const out = [];
  for (const m of h.members) {
    const res = await s.gql(ENROL, { input: { memberId: m.id, supportMode: 'CENTRALISED', careProviderOrg: CARER, startDate: '2026-01-01', ...over } });
    expect(res.data.enrolTekun.errors).toEqual([]);
    out.push(res.data.enrolTekun.person);
  }
  return out;
}

async function batchOf(n: number, name: string): Promise<{ batch: any; assessments: any[] }> {
  const ps = await persons(n);
  const b = (await s.gql(BATCH, { input: { townshipCode: '640121100', name } })).data.createAssessmentBatch.batch;
  const assessments = [];
  for (const [i, p] of ps.entries()) {
    const res = await s.gql(ASSESS, { input: { personId: p.id, ...unmet(i % 7), assessorOrg: ASSESSOR, batchId: b.id } });
    expect(res.data.recordSelfCareAssessment.errors).toEqual([]);
    assessments.push(res.data.recordSelfCareAssessment.assessment);
  }
  return { batch: b, assessments };
}

describe(`特困供养 on ${TEST_DB_KIND}`, () => {
  it('enrols a person, centralised or dispersed, with the care provider; not twice', async () => {
    const [p] = await persons(1, '640121100200', { supportMode: 'DISPERSED', careProviderOrg: '王太村委托照料服务队' });
    expect(p).toMatchObject({ supportMode: 'DISPERSED', careProviderOrg: '王太村委托照料服务队', state: 'ACTIVE', minorClause: false, coverageEndDate: null, startDate: '2026-01-01' });
    const again = await s.gql(ENROL, { input: { memberId: p.memberId, supportMode: 'CENTRALISED', careProviderOrg: CARER } });
    expect(again.data.enrolTekun.errors).toEqual([{ field: 'memberId', code: 'ALREADY_ENROLLED', message: `${p.name}已是在供养的特困人员，不能重复纳入` }]);
    const noOrg = await s.gql(ENROL, { input: { memberId: p.memberId, supportMode: 'CENTRALISED', careProviderOrg: ' ' } });
    expect(noOrg.data.enrolTekun.errors).toEqual([{ field: 'careProviderOrg', code: 'REQUIRED', message: '照料服务机构不能为空' }]);
  });

  it('covers minors up to 18 (age from the ID number): adults are refused under the minors clause; coverage ends on the 18th birthday', async () => {
    const h = await makeHousehold(s.gql, {}, [
      person('马成年', '20080615'),
      person('马少年', '20080616', { relation: 'SON' }),
    ]);
    const [adult, minor] = h.members;
    const refused = await s.gql(ENROL, { input: { memberId: adult!.id, supportMode: 'DISPERSED', careProviderOrg: CARER, minorClause: true, startDate: '2026-06-15' } });
    expect(refused.data.enrolTekun.errors).toEqual([{
      field: 'minorClause', code: 'NOT_A_MINOR', message: '马成年于供养开始日期 2026-06-15 已满 18 周岁，不能按未成年人条款（供养至18周岁）纳入',
    }]);
    const ok = await s.gql(ENROL, { input: { memberId: minor!.id, supportMode: 'DISPERSED', careProviderOrg: CARER, minorClause: true, startDate: '2026-06-15' } });
    const p = ok.data.enrolTekun.person;
    expect(p).toMatchObject({ minorClause: true, coverageEndDate: '2026-06-16', age: 17, state: 'ACTIVE', endDate: null });
    try {
      clock.set(china('2026-06-16T08:00:00'));
      const after = (await s.gql(PERSONS, { where: { minorClause: true } })).data.tekunPersons.edges.map((e: any) => e.node).find((x: any) => x.id === p.id);
      expect(after).toMatchObject({ state: 'ENDED', age: 18, endDate: '2026-06-16', endReason: '未成年人供养至18周岁，已年满18周岁' });
      const ended = (await s.gql(PERSONS, { where: { state: 'ENDED' } })).data.tekunPersons.edges.map((e: any) => e.node.id);
      expect(ended).toContain(p.id);
    } finally {
      clock.set(china('2026-06-15T10:00:00'));
    }
    // an adult enrolled without the clause is simply an adult
    const adultOk = await s.gql(ENROL, { input: { memberId: adult!.id, supportMode: 'DISPERSED', careProviderOrg: CARER } });
    expect(adultOk.data.enrolTekun.person).toMatchObject({ minorClause: false, coverageEndDate: null });
  });

  it('derives the self-care result from the six items: 0 unmet 具备, 1–3 部分丧失, 4+ 完全丧失', async () => {
    const [p] = await persons(1);
    for (const [n, result] of [[0, 'CAPABLE'], [1, 'PARTIALLY_LOST'], [3, 'PARTIALLY_LOST'], [4, 'FULLY_LOST'], [6, 'FULLY_LOST']] as const) {
      const res = await s.gql(ASSESS, { input: { personId: p.id, ...unmet(n), assessorOrg: ASSESSOR } });
      expect(res.data.recordSelfCareAssessment).toMatchObject({ ok: true, result, assessment: { result, unmetCount: n, stage: 'PRELIMINARY', assessedOn: '2026-06-15' } });
    }
    // the result is never typed
    const typed = await s.gql(`mutation { recordSelfCareAssessment(input: { personId: "${p.id}", eating: true, dressing: true, bed: true,
      toilet: true, walking: true, bathing: true, assessorOrg: "x", result: FULLY_LOST }) { ok } }`);
    expect(typed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const latest = (await s.gql(PERSONS, {})).data.tekunPersons.edges.map((e: any) => e.node).find((x: any) => x.id === p.id);
    expect(latest).toMatchObject({ latestResult: 'FULLY_LOST', latestStage: 'PRELIMINARY' });
  });

  it('refuses an assessor that is also the person\'s care provider (CONFLICT_OF_INTEREST)', async () => {
    const [p] = await persons(1);
    const res = await s.gql(ASSESS, { input: { personId: p.id, ...ALL_MET, assessorOrg: ` ${CARER} ` } });
    expect(res.data.recordSelfCareAssessment).toMatchObject({ ok: false, result: null, assessment: null });
    expect(res.data.recordSelfCareAssessment.errors).toEqual([{
      field: 'assessorOrg', code: 'CONFLICT_OF_INTEREST', message: `评估机构“${CARER}”同时是该特困人员的照料服务机构，不得由同一机构同时承接评估与照料护理服务`,
    }]);
  });

  it.each([[1, 1], [3, 1], [10, 3], [11, 4]])('spot-checks a batch of %i: %i drawn (at least 30 percent, rounded up), as the shared sampler with that seed', async (n, k) => {
    const { batch, assessments } = await batchOf(n, `批次${n}`);
    expect(batch).toMatchObject({ state: 'OPEN', size: 0, requiredSampleSize: 0 });
    const res = await s.gql(DRAW, { b: batch.id, seed: `seed-${n}` });
    expect(res.data.drawSpotCheck.errors).toEqual([]);
    const d = res.data.drawSpotCheck;
    expect(d).toMatchObject({ ok: true, seed: `seed-${n}`, sampleSize: k });
    expect(d.batch).toMatchObject({ state: 'SPOT_CHECK', size: n, requiredSampleSize: k, sampleSize: k, spotCheckSeed: `seed-${n}`, spotCheckDrawnBy: 'county' });
    const expected = drawSpotCheckSample(assessments.map((a) => Number(a.id)), `seed-${n}`).map(String);
    expect(d.sample.map((a: any) => a.id)).toEqual(expected);
    expect(d.batch.items.filter((i: any) => i.sampled).map((i: any) => i.preliminary.id)).toEqual(expected);
  });

  it('draws deterministically per seed and differently across seeds; only the county draws, and only once', async () => {
    const { batch, assessments } = await batchOf(10, '随机性批次');
    const ids = assessments.map((a) => Number(a.id));
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(new Set(seeds.map((x) => drawSpotCheckSample(ids, x).join(','))).size).toBeGreaterThan(1);
    const yanghe = await s.as('yanghe');
    const township = await yanghe(DRAW, { b: batch.id, seed: 'x' });
    expect(township.data.drawSpotCheck.errors).toEqual([{ field: 'id', code: 'FORBIDDEN', message: '县级抽查由县民政局进行，乡镇(街道)不能操作' }]);
    expect((await s.gql(DRAW, { b: batch.id, seed: ' ' })).data.drawSpotCheck.errors).toEqual([{ field: 'seed', code: 'REQUIRED', message: '随机种子不能为空' }]);
    const first = await s.gql(DRAW, { b: batch.id, seed: 'e' });
    expect(first.data.drawSpotCheck.sample.map((a: any) => Number(a.id))).toEqual(drawSpotCheckSample(ids, 'e'));
    const again = await s.gql(DRAW, { b: batch.id, seed: 'e' });
    expect(again.data.drawSpotCheck.errors).toEqual([{ field: 'batchId', code: 'ALREADY_DRAWN', message: expect.stringContaining('不能重复抽取') }]);
    expect(again.data.drawSpotCheck.errors[0].message).toContain('种子“e”');
    // a drawn batch takes no more preliminary assessments
    const [late] = await persons(1);
    const add = await s.gql(ASSESS, { input: { personId: late.id, ...ALL_MET, assessorOrg: ASSESSOR, batchId: batch.id } });
    expect(add.data.recordSelfCareAssessment.errors[0]).toMatchObject({ field: 'batchId', code: 'INVALID_STATE' });
    // an empty batch cannot be drawn
    const empty = (await s.gql(BATCH, { input: { townshipCode: '640121100', name: '空批次' } })).data.createAssessmentBatch.batch;
    expect((await s.gql(DRAW, { b: empty.id, seed: 'x' })).data.drawSpotCheck.errors[0]).toMatchObject({ field: 'batchId', code: 'INVALID_STATE' });
  });

  it('county final results for the sampled ones finalise the batch; unsampled preliminaries stand', async () => {
    const { batch, assessments } = await batchOf(4, '终评批次');
    const notDrawn = await s.gql(FINAL, { input: { assessmentId: assessments[0].id, ...ALL_MET, assessorOrg: '县评估小组' } });
    expect(notDrawn.data.recordFinalAssessment.errors).toEqual([{ field: 'assessmentId', code: 'NOT_SAMPLED', message: '批次“终评批次”尚未抽取县级抽查样本' }]);
    const d = (await s.gql(DRAW, { b: batch.id, seed: '2026-06-county' })).data.drawSpotCheck;
    expect(d.sampleSize).toBe(2);
    const sampled = d.sample.map((a: any) => a.id);
    const other = assessments.find((a) => !sampled.includes(a.id));
    const unsampled = await s.gql(FINAL, { input: { assessmentId: other.id, ...ALL_MET, assessorOrg: '县评估小组' } });
    expect(unsampled.data.recordFinalAssessment.errors[0]).toMatchObject({ field: 'assessmentId', code: 'NOT_SAMPLED' });
    const yanghe = await s.as('yanghe');
    expect((await yanghe(FINAL, { input: { assessmentId: sampled[0], ...ALL_MET, assessorOrg: '县评估小组' } })).data.recordFinalAssessment.errors[0])
      .toMatchObject({ code: 'FORBIDDEN' });
    const conflict = await s.gql(FINAL, { input: { assessmentId: sampled[0], ...ALL_MET, assessorOrg: CARER } });
    expect(conflict.data.recordFinalAssessment.errors[0].code).toBe('CONFLICT_OF_INTEREST');
    const f1 = await s.gql(FINAL, { input: { assessmentId: sampled[0], ...unmet(5), assessorOrg: '县评估小组' } });
    expect(f1.data.recordFinalAssessment).toMatchObject({ ok: true, result: 'FULLY_LOST', assessment: { stage: 'FINAL', finalOf: sampled[0], batchId: batch.id } });
    const dup = await s.gql(FINAL, { input: { assessmentId: sampled[0], ...ALL_MET, assessorOrg: '县评估小组' } });
    expect(dup.data.recordFinalAssessment.errors[0]).toMatchObject({ code: 'INVALID_STATE' });
    let b = (await s.gql(BATCHES, {})).data.assessmentBatches.find((x: any) => x.id === batch.id);
    expect(b).toMatchObject({ state: 'SPOT_CHECK', finalCount: 1 });
    // the other sampled one through recordSelfCareAssessment(stage: FINAL, batchId)
    const personId = assessments.find((a) => a.id === sampled[1]).personId;
    const f2 = await s.gql(ASSESS, { input: { personId, ...ALL_MET, assessorOrg: '县评估小组', batchId: batch.id, stage: 'FINAL' } });
    expect(f2.data.recordSelfCareAssessment).toMatchObject({ ok: true, result: 'CAPABLE' });
    b = (await s.gql(BATCHES, { r: '640121100' })).data.assessmentBatches.find((x: any) => x.id === batch.id);
    expect(b).toMatchObject({ state: 'FINALISED', finalCount: 2 });
    for (const item of b.items) {
      if (item.sampled) expect(item.finalResult).toBe(item.final.result);
      else expect(item.finalResult).toBe(item.preliminary.result);
    }
    const p = (await s.gql(PERSONS, {})).data.tekunPersons.edges.map((e: any) => e.node).find((x: any) => x.id === personId);
    expect(p).toMatchObject({ latestResult: 'CAPABLE', latestStage: 'FINAL' });
  });

  it('confines township staff to their township and masks ID numbers without pii:read', async () => {
    const [p] = await persons(1, '640121101200');
    const yanghe = await s.as('yanghe');
    expect((await yanghe(ASSESS, { input: { personId: p.id, ...ALL_MET, assessorOrg: ASSESSOR } })).data.recordSelfCareAssessment.errors[0])
      .toMatchObject({ field: 'personId', code: 'NOT_FOUND' }); // as a missing id
    expect((await yanghe(BATCH, { input: { townshipCode: '640121101', name: 'x' } })).data.createAssessmentBatch.errors[0]).toMatchObject({ code: 'FORBIDDEN' });
    const mine = (await yanghe(PERSONS, {})).data.tekunPersons.edges.map((e: any) => e.node);
    expect(mine.every((x: any) => x.townshipCode === '640121100')).toBe(true);
    const auditor = await s.as('auditor');
    const masked = (await auditor(PERSONS, {})).data.tekunPersons.edges.map((e: any) => e.node);
    expect(masked[0].idNumber).toMatch(/\*{8}/);
    expect(masked[0].age).toBeNull();
    void makeId;
  });
});
