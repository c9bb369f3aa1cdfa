import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, type TestServer } from '../../test-support/harness.js';
import { CASE_RESULT, china, makeHousehold, person, type Made } from '../../test-support/assistance-kit.js';
import { findingsOf, loadSource, rulesOf } from '../../test-support/comparison-kit.js';
import { makeId } from '../../test-support/fixtures.js';

// Every rule of rules/ over the real GraphQL server, with a finding and a non-finding each: the sources are pushed
// with loadComparisonSource (run: true) and the findings read back per source.

const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let plain: Made; // not on 低保
let dibao: Made; // household on 低保 (杨和镇王太村, a village: rural standard)
let tekun: Made; // one member supported as 特困
let single: Made; // a grade-1 member enrolled alone (单人保)
let marginal: Made; // category MARGINAL

const ENROL = `mutation($i: EnrolDibaoInput!) { enrolDibao(input: $i) { ${CASE_RESULT} } }`;
const row = (m: { idNumber: string; name: string }, extra: Record<string, unknown> = {}) => ({ idNumber: m.idNumber, name: m.name, ...extra });

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
  plain = await makeHousehold(s.gql, {}, [person('王大山', '19700101'), person('王小山', '19950505', { relation: 'SON' })]);
  dibao = await makeHousehold(s.gql, {}, [person('马福海', '19650101'), person('马小军', '19920303', { relation: 'SON' })]);
  expect((await s.gql(ENROL, { i: { householdId: dibao.id, startDate: '2025-01-01', monthlyAmount: 580 } })).data.enrolDibao.ok).toBe(true);
  tekun = await makeHousehold(s.gql, { address: '敬老院' }, [person('李老汉', '19420101')]);
  const t = await s.gql(`mutation($input: EnrolTekunInput!) { enrolTekun(input: $input) { ok errors { field code message } } }`,
    { input: { memberId: tekun.members[0]!.id, supportMode: 'CENTRALISED', careProviderOrg: '永宁县敬老院', startDate: '2026-01-01' } });
  expect(t.data.enrolTekun.errors).toEqual([]);
  single = await makeHousehold(s.gql, {}, [person('纳国强', '19600101'),
    person('纳小花', '19900202', { relation: 'DAUGHTER', disabilityType: 'INTELLECTUAL', disabilityGrade: 'GRADE_1' })]);
  expect((await s.gql(ENROL, { i: { householdId: single.id, memberId: single.members[1]!.id, dependsOnFamily: true } })).data.enrolDibao.ok).toBe(true);
  marginal = await makeHousehold(s.gql, { category: 'MARGINAL' }, [person('杨春', '19800808')]);
});
afterAll(async () => {
  await s?.stop();
});

const stranger = () => ({ idNumber: makeId('19750505', { prefix: '640424' }), name: '外县人' });

describe(`comparison rules on ${TEST_DB_KIND}`, () => {
  it('deaths: still in a ledger household (any), on 低保, supported as 特困; a stranger is no finding', async () => {
    const r = await loadSource(s.gql, 'DEATH', [
      row(plain.members[0]!, { deathDate: '2026-03-01' }), row(dibao.members[1]!, { deathDate: '2026-04-02' }),
      row(tekun.members[0]!, { deathDate: '2026/5/3' }), { ...stranger(), deathDate: '2026-01-01' },
    ]);
    expect(r).toMatchObject({ ok: true, rows: 4, valid: 4, invalid: 0, source: { kind: 'DEATH', agency: '公安局', via: 'API', rowCount: 4, status: 'MATCHED', progress: 100, matchedRows: 3 } });
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(rulesOf(fs, plain.id)).toEqual(['DECEASED_IN_LEDGER']);
    expect(rulesOf(fs, dibao.id)).toEqual(['DECEASED_IN_LEDGER', 'DECEASED_ON_DIBAO']);
    expect(rulesOf(fs, tekun.id)).toEqual(['DECEASED_IN_LEDGER', 'DECEASED_ON_TEKUN']);
    expect(fs).toHaveLength(5);
    expect(r.source.findingCount).toBe(5);
    const f = fs.find((x) => x.rule === 'DECEASED_ON_DIBAO');
    expect(f).toMatchObject({ state: 'OPEN', townshipCode: '640121100', raisedOn: '2026-06-15', dueDate: '2026-06-30', overdue: false, personName: '马小军' });
    expect(f.reason).toContain('2026-04-02');
  });

  it('低保 household with a vehicle; a vehicle outside 低保 is no finding', async () => {
    const r = await loadSource(s.gql, 'VEHICLE', [row(dibao.members[0]!, { plate: '宁A12345', vehicleType: '小型轿车' }), row(plain.members[1]!, { plate: '宁A54321' })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.householdId])).toEqual([['DIBAO_WITH_VEHICLE', dibao.id]]);
    expect(fs[0].reason).toContain('宁A12345');
  });

  it('低保 household with a business in business; one deregistered is no finding', async () => {
    const r = await loadSource(s.gql, 'BUSINESS', [row(dibao.members[0]!, { businessName: '永宁县马记拉面馆', businessStatus: '存续' }),
      row(dibao.members[1]!, { businessName: '小军汽修', businessStatus: '注销' })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName])).toEqual([['DIBAO_WITH_BUSINESS', '马福海']]);
  });

  it('低保 household with more than one property over its members; one property is no finding', async () => {
    const r = await loadSource(s.gql, 'PROPERTY', [row(dibao.members[0]!, { propertyCount: 1 }), row(dibao.members[1]!, { propertyCount: 1 }),
      row(single.members[0]!, { propertyCount: 1 }), row(plain.members[0]!, { propertyCount: 3 })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => f.rule)).toEqual(['DIBAO_MULTIPLE_PROPERTY', 'DIBAO_MULTIPLE_PROPERTY']);
    expect(new Set(fs.map((f) => f.householdId))).toEqual(new Set([dibao.id]));
  });

  it('低保 member with a wage above the 低保标准 of the year (rural 580 in 2026); below it, or outside 低保, no finding', async () => {
    const std = await s.gql('{ dibaoStandards { year area amount } }');
    const rural = std.data.dibaoStandards.find((x: any) => x.year === 2026 && x.area === 'RURAL').amount;
    const r = await loadSource(s.gql, 'EMPLOYMENT', [row(dibao.members[1]!, { employer: '宁夏某建材公司', monthlyWage: rural + 1 }),
      row(dibao.members[0]!, { employer: '村保洁', monthlyWage: rural }), row(plain.members[1]!, { employer: '银川某公司', monthlyWage: 9000 })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName])).toEqual([['DIBAO_WAGE_ABOVE_STANDARD', '马小军']]);
  });

  it('grade 1–2 disability not on 低保 nor ever enrolled alone; grade 3, or a 单人保 person, no finding', async () => {
    const r = await loadSource(s.gql, 'DISABILITY', [row(plain.members[1]!, { certificateType: '肢体', disabilityGrade: '二级' }),
      row(plain.members[0]!, { certificateType: '视力', disabilityGrade: '三级' }), row(single.members[1]!, { certificateType: '智力', disabilityGrade: '一级' }),
      row(dibao.members[0]!, { certificateType: '肢体', disabilityGrade: '1级' })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName])).toEqual([['SINGLE_PERSON_DISABILITY', '王小山']]);
    // once the clerk records the certificate and registers a 单人保 application, the person is being considered: no new finding
    const mv = await s.gql(`query($id: ID!) { household(id: $id) { members { id version } } }`, { id: plain.id });
    const version = mv.data.household.members.find((m: any) => m.id === plain.members[1]!.id).version;
    const upd = await s.gql(`mutation($i: [MemberUpdateInput!]!) { updateMembers(input: $i) { ok errors { field code } } }`,
      { i: [{ id: plain.members[1]!.id, version, disabilityType: 'PHYSICAL', disabilityGrade: 'GRADE_2' }] });
    expect(upd.data.updateMembers[0], JSON.stringify(upd.data.updateMembers[0].errors)).toMatchObject({ ok: true });
    const applied = await s.gql(`mutation($i: CreateApplicationInput!) { createApplication(input: $i) { ok errors { field code message } } }`,
      { i: { kind: 'DIBAO', householdId: plain.id, memberId: plain.members[1]!.id, dependsOnFamily: true, applicantName: '王小山', appliedOn: '2026-06-01' } });
    expect(applied.data.createApplication, JSON.stringify(applied.data.createApplication.errors)).toMatchObject({ ok: true });
    const again = await loadSource(s.gql, 'DISABILITY', [row(plain.members[1]!, { certificateType: '肢体', disabilityGrade: '二级' })]);
    expect(await findingsOf(s.gql, { sourceId: again.source.id })).toEqual([]);
  });

  it('major-illness medical aid not on 低保 nor enrolled alone; a 低保 household member is no finding', async () => {
    const r = await loadSource(s.gql, 'MEDICAL_AID', [row(marginal.members[0]!, { aidStatus: '已救助', aidDate: '2026-02-02' }), row(dibao.members[1]!, {})]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName])).toEqual([['SINGLE_PERSON_ILLNESS', '杨春']]);
  });

  it('national monitoring list: missing from Doudi (queued to the village\'s township), a different category; the same category is no finding', async () => {
    const out = stranger();
    const r = await loadSource(s.gql, 'MONITORING_LIST', [{ ...out, monitoringCategory: '脱贫不稳定户', regionName: '李俊镇西邵村' },
      row(plain.members[0]!, { monitoringCategory: '脱贫不稳定户' }), row(marginal.members[0]!, { monitoringCategory: '脱贫不稳定户' })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName, f.townshipCode, f.householdId]).sort()).toEqual([
      ['MONITORING_CATEGORY_MISMATCH', '杨春', '640121100', marginal.id],
      ['MONITORING_MISSING', '外县人', '640121101', null],
    ]);
  });

  it('relief under the migrant-worker clause to someone insured for unemployment; one whose insurance stopped is no finding', async () => {
    await s.gql('mutation { topUpReserveFund(townshipCode: "640121100", amount: 50000) { ok } }');
    const grant = `mutation($input: GrantReliefInput!) { grantRelief(input: $input) { ok errors { field code message } } }`;
    for (const m of [plain.members[0]!, plain.members[1]!]) {
      const g = await s.gql(grant, { input: { householdId: plain.id, memberId: m.id, recipientName: m.name, recipientIdNumber: m.idNumber, type: 'EMERGENCY', amount: 1500,
        cause: '疫情无法返岗', migrantWorkerCase: true, noIncomeThreeMonths: true, noUnemploymentInsurance: true, notOnDibao: true } });
      expect(g.data.grantRelief.errors).toEqual([]);
    }
    const r = await loadSource(s.gql, 'UNEMPLOYMENT_INSURANCE', [row(plain.members[0]!, { insuranceStatus: '参保缴费' }), row(plain.members[1]!, { insuranceStatus: '停保' })]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName, f.townshipCode])).toEqual([['MIGRANT_RELIEF_WITH_INSURANCE', '王大山', '640121100']]);
  });

  it('a name that differs from Doudi\'s is a finding of its own, in any kind of source; the same name with spaces is not', async () => {
    const r = await loadSource(s.gql, 'VEHICLE', [{ idNumber: marginal.members[0]!.idNumber, name: '杨  纯', plate: '宁A00001' },
      { idNumber: plain.members[0]!.idNumber, name: '王 大山', plate: '宁A00002' }]);
    const fs = await findingsOf(s.gql, { sourceId: r.source.id });
    expect(fs.map((f) => [f.rule, f.personName, f.householdId])).toEqual([['NAME_MISMATCH', '杨纯', marginal.id]]);
  });

  it('lists every rule with its description, measure and source kinds', async () => {
    const res = await s.gql('{ comparisonRules { rule label kinds description measure } comparisonKinds { kind label agency columns { field label required } } }');
    expect(res.data.comparisonRules).toHaveLength(13);
    for (const r of res.data.comparisonRules) expect(r.description.length).toBeGreaterThan(20);
    expect(res.data.comparisonKinds.find((k: any) => k.kind === 'EMPLOYMENT').columns.map((c: any) => c.field)).toEqual(['idNumber', 'name', 'employer', 'monthlyWage']);
  });
});
