import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { makeId } from '../../test-support/fixtures.js';
import { china, makeHousehold, person } from '../../test-support/assistance-kit.js';

// Existing 低保 / 特困 rolls through POST /api/imports (target=dibao-roll / tekun-roll): one row per person, grouped by
// 户编号 or 户主身份证号, dry run with per-row errors, commit as approved cases dated as in the sheet (county only).
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
const tokens = new Map<string, string>();
async function token(user: string): Promise<string> {
  if (!tokens.has(user)) tokens.set(user, (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: user, p: TEST_PASSWORD })).data.login.token);
  return tokens.get(user)!;
}
async function upload(csv: string, fields: Record<string, string>, user = 'county'): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([csv]), 'roll.csv');
  const res = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await token(user)}` } });
  return { status: res.status, body: await res.json() };
}
const codes = (body: any) => body.errors.map((e: any) => `${e.row}:${e.column}:${e.code}`);

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 } });
});
afterAll(async () => s?.stop());

describe(`roll imports on ${TEST_DB_KIND}`, () => {
  it('brings a 低保 roll in by household, with a dry run, per-row errors and approved cases dated as in the sheet', async () => {
    const a = await makeHousehold(s.gql);
    const bMembers = [person('马大山', '19600101', { relation: 'HEAD' }), person('马小花', '19900101', { relation: 'DAUGHTER', disabilityGrade: 'GRADE_1', disabilityType: 'INTELLECTUAL' })];
    const b = await makeHousehold(s.gql, {}, bMembers);
    const head = a.members[0]!;
    const spouse = a.members[1]!;
    const stranger = makeId('19880808');
    const minning = await makeHousehold(s.gql, { regionCode: '640121104200', address: '闽宁镇福宁村' });
    const csv = [
      '户编号,户主身份证号,姓名,身份证号,保障类别,月保障金(元),纳入日期',
      `${a.code},,${head.name},${head.idNumber},整户保,300,2020/03/01`,
      `${a.code},,${spouse.name},${spouse.idNumber},整户,280,2020-05-01`,
      `,${b.members[0]!.idNumber},马小花,${b.members[1]!.idNumber},单人保,450,2021年7月1日`,
      `,,无户,${stranger},整户保,100,2020-01-01`,
      `${minning.code},,外乡,${minning.members[0]!.idNumber},整户保,100,2020-01-01`,
      `640121100200-9999,,查无,${makeId('19770707')},整户保,100,2020-01-01`,
      `${a.code},,重复,${head.idNumber},整户保,1,2027-01-01`,
    ].join('\n');
    const dry = await upload(csv, { target: 'dibao-roll', mode: 'dry-run' }, 'yanghe');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rows: 7, valid: 3, invalid: 4, created: 1, committed: false }); // b's 单人保 (a has an invalid row)
    expect(codes(dry.body)).toEqual(['5:A:REQUIRED', '6:A:NOT_FOUND', '7:A:NOT_FOUND', '8:D:DUPLICATE_IN_FILE', '8:G:OUT_OF_RANGE']);
    expect(dry.body.errors[0].message).toBe('户编号和户主身份证号至少填写一项（用于把成员归到同一户）');
    expect(dry.body.errors[1].message).toContain('在台账中找不到（或不在本乡镇(街道)）');
    // The township may only try it; the county commits. All-or-nothing with invalid rows writes nothing.
    const byTownship = await upload(csv, { target: 'dibao-roll', mode: 'commit' }, 'yanghe');
    expect(byTownship.status).toBe(403);
    expect(byTownship.body.errors[0].message).toBe('存量名册导入后即为已批准的案件，须由县民政局确认导入；乡镇(街道)可先试导入（dry-run）核对');
    const blocked = await upload(csv, { target: 'dibao-roll', mode: 'commit', atomic: 'true' });
    expect(blocked.body).toMatchObject({ committed: false, created: 0 });
    const done = await upload(csv, { target: 'dibao-roll', mode: 'commit', atomic: 'false' });
    // The county's scope holds 闽宁镇's household too; a household with an invalid row (row 8 is in a's group) is not written.
    expect(done.body).toMatchObject({ valid: 4, invalid: 3, created: 2, committed: true });
    const cases = async (h: string) => (await s.gql(`query($h: ID) { dibaoCases(where: { householdId: $h }) { edges { node { kind startDate monthlyAmount memberName state } } } }`, { h })).data.dibaoCases.edges.map((e: any) => e.node);
    expect(await cases(a.id)).toEqual([]);
    const fixed = csv.split('\n').slice(0, 3).join('\n');
    expect((await upload(fixed, { target: 'dibao-roll', mode: 'commit' })).body).toMatchObject({ rows: 2, valid: 2, created: 1, committed: true });
    expect(await cases(a.id)).toEqual([{ kind: 'HOUSEHOLD', startDate: '2020-03-01', monthlyAmount: 580, memberName: null, state: 'ACTIVE' }]);
    expect(await cases(b.id)).toEqual([{ kind: 'SINGLE_PERSON', startDate: '2021-07-01', monthlyAmount: 450, memberName: '马小花', state: 'ACTIVE' }]);
    const apps = (await s.gql(`query($h: ID) { applications(where: { householdId: $h }) { edges { node { stage imported appliedOn decidedOn startMonth } } } }`, { h: a.id })).data.applications.edges;
    expect(apps.map((e: any) => e.node)).toEqual([{ stage: 'APPROVED', imported: true, appliedOn: '2020-03-01', decidedOn: '2020-03-01', startMonth: '2020-03' }]);
    // Imported again: each case is already there.
    const again = await upload(csv, { target: 'dibao-roll', mode: 'dry-run' });
    expect(again.body.errors.filter((e: any) => e.code === 'ALREADY_ENROLLED').map((e: any) => e.row)).toEqual([2, 3, 4, 6, 8]);
    const audit = (await s.gql(`{ auditEvents(first: 5, where: { entityType: "dibao_case" }) { edges { node { actor after } } } }`)).data.auditEvents.edges;
    expect(audit[0].node.actor).toBe('county');
    expect(audit[0].node.after).toContain('"imported":true');
  });

  it('brings a 特困 roll in by the members\' ID numbers', async () => {
    const h = await makeHousehold(s.gql, {}, [person('杨老汉', '19400101', { relation: 'HEAD' })]);
    const csv = [
      '姓名,身份证号,供养方式,照料服务机构,供养开始日期',
      `杨老汉,${h.members[0]!.idNumber},分散供养,杨和镇敬老院,2019-10-01`,
      `某某,${makeId('19500101')},集中,敬老院,2019-10-01`,
      `某某,640121195001010000,上门,,2019-10-01`,
    ].join('\n');
    const dry = await upload(csv, { target: 'tekun-roll', mode: 'dry-run' });
    expect(codes(dry.body)).toEqual(['3:B:NOT_FOUND', '4:B:INVALID_ID_NUMBER', '4:C:INVALID_VALUE', '4:D:REQUIRED']);
    const done = await upload(csv, { target: 'tekun-roll', mode: 'commit', atomic: 'false' });
    expect(done.body).toMatchObject({ created: 1, committed: true });
    const p = (await s.gql(`query($q: String) { tekunPersons(where: { search: $q }) { edges { node { name supportMode careProviderOrg startDate state } } } }`, { q: h.code })).data.tekunPersons.edges[0].node;
    expect(p).toEqual({ name: '杨老汉', supportMode: 'DISPERSED', careProviderOrg: '杨和镇敬老院', startDate: '2019-10-01', state: 'ACTIVE' });
    const bad = await upload(csv, { target: 'rolls', mode: 'dry-run' });
    expect(bad.status).toBe(400);
  });

  it('creates a 低保 household that is not in the ledger (with its members) in the same transaction as its case', async () => {
    const known = await makeHousehold(s.gql);
    const head = known.members[0]!;
    const newHead = makeId('19660606');
    const newWife = makeId('19680808');
    const other = await makeHousehold(s.gql);
    const lone = makeId('19700101');
    const csv = [
      '户编号,户主身份证号,姓名,身份证号,保障类别,月保障金(元),纳入日期,所在村(社区)',
      `${known.code},,${head.name},${head.idNumber},整户保,300,2020-03-01,`,
      `,${newHead},马新户,${newHead},整户保,200,2020-04-01,杨和镇王太村`,
      `,${newHead},杨新妻,${newWife},整户保,150,2020-05-01,`,
      `,${lone},无村,${lone},整户保,100,2020-01-01,`,
      `,${makeId('19710101')},移户,${other.members[0]!.idNumber},整户保,100,2020-01-01,王太村`,
    ].join('\n');
    const dry = await upload(csv, { target: 'dibao-roll', mode: 'dry-run' });
    expect(dry.body).toMatchObject({ rows: 5, valid: 3, invalid: 2, created: 2, committed: false, newHouseholds: { households: 1, members: 2 } });
    expect(codes(dry.body)).toEqual(['5:H:REQUIRED', '6:B:REQUIRED', '6:D:DUPLICATE_PERSON']);
    const done = await upload(csv, { target: 'dibao-roll', mode: 'commit', atomic: 'false' });
    expect(done.body).toMatchObject({ created: 2, committed: true, newHouseholds: { households: 1, members: 2 } });
    const found = (await s.gql(`query($q: String) { households(where: { headName: { eq: $q } }) { edges { node { id code category regionCode headName memberCount } } } }`, { q: '马新户' })).data.households.edges.map((e: any) => e.node);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'MARGINAL', regionCode: '640121100200', headName: '马新户', memberCount: 2 });
    expect(found[0].code).toMatch(/^YN/);
    const cases = (await s.gql(`query($h: ID) { dibaoCases(where: { householdId: $h }) { edges { node { kind startDate monthlyAmount state } } } }`, { h: found[0].id })).data.dibaoCases.edges.map((e: any) => e.node);
    expect(cases).toEqual([{ kind: 'HOUSEHOLD', startDate: '2020-04-01', monthlyAmount: 350, state: 'ACTIVE' }]);
    const audit = (await s.gql(`query($h: ID) { auditEvents(first: 10, where: { householdId: $h }) { edges { node { entityType action actor } } } }`, { h: found[0].id })).data.auditEvents.edges.map((e: any) => `${e.node.entityType}:${e.node.action}:${e.node.actor}`).sort();
    expect(audit).toEqual(['assistance_application:CREATE:county', 'dibao_case:CREATE:county', 'household:CREATE:county', 'member:CREATE:county', 'member:CREATE:county']);
    // The same sheet again: the household is now in the ledger (found by the head's ID number) and already enrolled.
    const again = await upload(csv, { target: 'dibao-roll', mode: 'commit', atomic: 'false' });
    expect(again.body).toMatchObject({ created: 0, committed: false, newHouseholds: { households: 0, members: 0 } });
    expect(again.body.errors.filter((e: any) => e.code === 'ALREADY_ENROLLED').map((e: any) => e.row)).toEqual([2, 3, 4]);
    const count = (await s.gql(`query($q: String) { households(where: { headName: { eq: $q } }) { totalCount } }`, { q: '马新户' })).data.households.totalCount;
    expect(count).toBe(1);
  });
  it('creates the 特困 persons who are not in the ledger: alone, or in the household of the sheet (dry run tells how many)', async () => {
    const old = await makeHousehold(s.gql, {}, [person('马老人', '19400202', { relation: 'HEAD' })]);
    const kin = await makeHousehold(s.gql);
    const lone = makeId('19450303');
    const orphan = makeId('20150404');
    const noHead = makeId('19500505');
    const noPlace = makeId('19510606');
    const elsewhere = await makeHousehold(s.gql, { regionCode: '640121104200', address: '闽宁镇福宁村' }, [person('外乡人', '19420707', { relation: 'HEAD' })]);
    const csv = [
      '姓名,身份证号,供养方式,照料服务机构,供养开始日期,户编号,户主身份证号,所在村(社区)',
      `马老人,${old.members[0]!.idNumber},分散供养,杨和镇敬老院,2019-10-01,,,`,
      `新特困,${lone},集中供养,永宁县中心敬老院,2018-03-01,,,杨和镇王太村`,
      `孤儿,${orphan},分散供养,王太村委会,2020-09-01,${kin.code},,`,
      `无户主,${noHead},分散供养,敬老院,2020-01-01,,${makeId('19520101')},王太村`,
      `无村,${noPlace},分散供养,敬老院,2020-01-01,,,`,
      `外乡人,${elsewhere.members[0]!.idNumber},分散供养,敬老院,2020-01-01,,,`,
    ].join('\n');
    const dry = await upload(csv, { target: 'tekun-roll', mode: 'dry-run' }, 'yanghe');
    expect(dry.status).toBe(200);
    expect(codes(dry.body)).toEqual(['5:G:REQUIRED', '6:H:REQUIRED', '7:B:NOT_FOUND']);
    expect(dry.body).toMatchObject({ rows: 6, valid: 3, invalid: 3, created: 3, committed: false, newHouseholds: { households: 1, members: 1, addedMembers: 1 } });
    const done = await upload(csv, { target: 'tekun-roll', mode: 'commit', atomic: 'false' });
    // The county sees 闽宁镇 too: 外乡人 is a ledger member there and is imported.
    expect(done.body).toMatchObject({ valid: 4, invalid: 2, created: 4, committed: true, newHouseholds: { households: 1, members: 1, addedMembers: 1 } });
    const persons = async (q: string) => (await s.gql(`query($q: String) { tekunPersons(where: { search: $q }) { edges { node { name supportMode startDate minorClause coverageEndDate householdCode } } } }`, { q })).data.tekunPersons.edges.map((e: any) => e.node);
    expect(await persons(kin.code)).toEqual([{ name: '孤儿', supportMode: 'DISPERSED', startDate: '2020-09-01', minorClause: true, coverageEndDate: '2033-04-04', householdCode: kin.code }]);
    const created = (await s.gql(`query($q: String) { households(where: { headName: { eq: $q } }) { edges { node { id code category regionCode memberCount remarks } } } }`, { q: '新特困' })).data.households.edges.map((e: any) => e.node);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ category: 'MARGINAL', regionCode: '640121100200', memberCount: 1, remarks: '存量特困名册导入时新建' });
    expect(created[0].code).toMatch(/^YN\d{7}$/);
    expect((await persons(created[0].code)).map((p: any) => [p.name, p.supportMode, p.startDate])).toEqual([['新特困', 'CENTRALISED', '2018-03-01']]);
    const kinNow = (await s.gql(`query($id: ID!) { household(id: $id) { memberCount members { name relation } } }`, { id: kin.id })).data.household;
    expect(kinNow.memberCount).toBe(kin.members.length + 1);
    expect(kinNow.members.find((m: any) => m.name === '孤儿')).toEqual({ name: '孤儿', relation: 'OTHER' });
    const audit = (await s.gql(`query($h: ID) { auditEvents(first: 10, where: { householdId: $h }) { edges { node { entityType action actor after } } } }`, { h: created[0].id })).data.auditEvents.edges.map((e: any) => e.node);
    expect(audit.map((a: any) => `${a.entityType}:${a.action}:${a.actor}`).sort()).toEqual(['assistance_application:CREATE:county', 'household:CREATE:county', 'member:CREATE:county', 'tekun_person:CREATE:county']);
    expect(audit.find((a: any) => a.entityType === 'household').after).toContain('"imported":true');
    // Again: everyone is found now and already supported; nothing is created twice.
    const again = await upload(csv, { target: 'tekun-roll', mode: 'dry-run' });
    expect(again.body.errors.filter((e: any) => e.code === 'ALREADY_ENROLLED').map((e: any) => e.row)).toEqual([2, 3, 4, 7]);
    expect(again.body.newHouseholds).toEqual({ households: 0, members: 0, addedMembers: 0 });
  });

  it('adds roll members missing from a ledger household, and takes 单人保 in a new household', async () => {
    const a = await makeHousehold(s.gql);
    const newcomer = makeId('19920909');
    const head = makeId('19630303');
    const ill = makeId('19950505');
    const csv = [
      '户编号,户主身份证号,姓名,身份证号,保障类别,月保障金(元),纳入日期,所在村(社区)',
      `${a.code},,${a.members[0]!.name},${a.members[0]!.idNumber},整户保,300,2021-03-01,`,
      `${a.code},,新成员,${newcomer},整户保,200,2021-03-01,`,
      `,${head},马户主,${head},单人保,0,2021-01-01,王太村`,
      `,${head},马病人,${ill},单人保,500,2021-02-01,`,
    ].join('\n');
    const dry = await upload(csv, { target: 'dibao-roll', mode: 'dry-run' });
    expect(codes(dry.body)).toEqual([]);
    expect(dry.body).toMatchObject({ created: 3, newHouseholds: { households: 1, members: 2, addedMembers: 1 } });
    const done = await upload(csv, { target: 'dibao-roll', mode: 'commit', atomic: 'true' });
    expect(done.body).toMatchObject({ created: 3, committed: true, newHouseholds: { households: 1, members: 2, addedMembers: 1 } });
    const cases = async (h: string) => (await s.gql(`query($h: ID) { dibaoCases(where: { householdId: $h }) { edges { node { kind monthlyAmount memberName } } } }`, { h })).data.dibaoCases.edges.map((e: any) => e.node);
    expect(await cases(a.id)).toEqual([{ kind: 'HOUSEHOLD', monthlyAmount: 500, memberName: null }]);
    expect((await s.gql(`query($id: ID!) { household(id: $id) { memberCount } }`, { id: a.id })).data.household.memberCount).toBe(a.members.length + 1);
    const made = (await s.gql(`query($q: String) { households(where: { headName: { eq: $q } }) { edges { node { id memberCount } } } }`, { q: '马户主' })).data.households.edges[0].node;
    expect(made.memberCount).toBe(2);
    expect((await cases(made.id)).map((c: any) => `${c.kind}:${c.memberName}:${c.monthlyAmount}`).sort()).toEqual(['SINGLE_PERSON:马户主:0', 'SINGLE_PERSON:马病人:500']);
  });
});
