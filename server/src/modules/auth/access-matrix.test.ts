import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';
import { makeId, householdInput } from '../../test-support/fixtures.js';
import { queryRows } from '../../common/sql.js';

// Every role and token scope × every query and mutation × own and foreign region: allowed, FORBIDDEN or
// UNAUTHENTICATED, and nothing foreign leaks (not even in totalCount).
const YANGHE = '640121100';
const MINNING = '640121104';
let s: TestServer;
let own: any; // a 杨和镇 household
let foreign: any; // a 闽宁镇 household
let users: Record<string, Gql>;

const ROW = `index id ok errors { field code message } household { id version headIdNumber phone }`;
const codeOf = (res: any) => res.errors?.[0]?.extensions?.code ?? 'OK';

beforeAll(async () => {
  s = await startTestServer({ seed: 300 });
  users = { anon: s.anon };
  for (const u of ['admin', 'county', 'office', 'auditor', 'renshe', 'yanghe', 'minning']) users[u] = await s.as(u);
  const pick = async (prefix: string) => (await s.gql(`query($p: String!) { households(first: 1, where: { regionCode: { startsWith: $p } }) { edges { node { id version regionCode members { id version relation } } } } }`, { p: prefix })).data.households.edges[0].node;
  own = await pick(YANGHE);
  foreign = await pick(MINNING);
});
afterAll(async () => {
  await s?.stop();
});

async function fresh(prefix: string) {
  const p = prefix === YANGHE ? '640121100200' : '640121104205';
  const res = await s.gql(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok household { id version members { id version relation } } } }`,
    { i: [householdInput({ regionCode: p }, [{ name: '测试户主', idNumber: makeId('19750101'), relation: 'HEAD' }, { name: '测试成员', idNumber: makeId('20000101'), relation: 'SON' }])] });
  return res.data.createHouseholds[0].household;
}

describe(`access matrix on ${TEST_DB_KIND}`, () => {
  const READERS = { anon: 'UNAUTHENTICATED', admin: 'OK', county: 'OK', office: 'OK', auditor: 'OK', renshe: 'FORBIDDEN', yanghe: 'OK' } as const;
  it.each(Object.entries(READERS))('households query as %s → %s', async (who, expected) => {
    const res = await users[who](`{ households(first: 5) { totalCount edges { node { id regionCode } } } }`);
    expect(codeOf(res)).toBe(expected);
  });

  it('confines a township user to its township in lists, counts, filters and single reads', async () => {
    const all = (await s.gql(`query($p: String!) { households(where: { regionCode: { startsWith: $p } }) { totalCount } }`, { p: YANGHE })).data.households.totalCount;
    const mine = (await users.yanghe(`{ households(first: 500) { totalCount totalCountKind edges { node { regionCode } } } }`)).data.households;
    expect(mine.totalCount).toBe(all);
    expect(mine.edges.every((e: any) => e.node.regionCode.startsWith(YANGHE))).toBe(true);
    const into = (await users.yanghe(`query($p: String!) { households(where: { regionCode: { startsWith: $p } }) { totalCount edges { node { id } } } }`, { p: MINNING })).data.households;
    expect(into).toEqual({ totalCount: 0, edges: [] });
    const byId = (await users.yanghe(`query($id: ID) { households(where: { id: { eq: $id } }) { totalCount } }`, { id: foreign.id })).data.households;
    expect(byId.totalCount).toBe(0);
    // another township's household answers as a missing one (issue 13): null, no FORBIDDEN that would confirm it exists
    expect((await users.yanghe(`query($id: ID!) { household(id: $id) { id } }`, { id: foreign.id })).data.household).toBeNull();
    expect((await users.yanghe(`query($id: ID!) { household(id: $id) { id } }`, { id: own.id })).data.household.id).toBe(own.id);
    // the county sees both
    expect((await users.county(`query($id: ID!) { household(id: $id) { id } }`, { id: foreign.id })).data.household.id).toBe(foreign.id);
  });

  const WRITERS = { admin: 'OK', county: 'OK', office: 'FORBIDDEN', auditor: 'FORBIDDEN', renshe: 'FORBIDDEN', anon: 'UNAUTHENTICATED' } as const;
  it.each(Object.entries(WRITERS))('updateHouseholds as %s → %s', async (who, expected) => {
    const h = await fresh(YANGHE);
    const res = await users[who](`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ${ROW} } }`, { i: [{ id: h.id, version: h.version, remarks: who }] });
    expect(codeOf(res)).toBe(expected);
    if (expected === 'OK') expect(res.data.updateHouseholds[0].ok).toBe(true);
  });

  it('answers a foreign row in a township user\'s batch as a missing one (NOT_FOUND) for that row alone, on every mutation', async () => {
    const mine = await fresh(YANGHE);
    const theirs = await fresh(MINNING);
    const y = users.yanghe;
    const upd = (await y(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ${ROW} } }`, { i: [{ id: mine.id, version: mine.version, remarks: '本镇' }, { id: theirs.id, version: theirs.version, remarks: '外镇' }] })).data.updateHouseholds;
    expect(upd.map((r: any) => r.ok)).toEqual([true, false]);
    expect(upd[1].errors[0].code).toBe('NOT_FOUND');
    expect(upd[1].household).toBeNull();
    const moveOut = (await y(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ${ROW} } }`, { i: [{ id: mine.id, version: mine.version + 1, regionCode: '640121104205' }] })).data.updateHouseholds[0];
    expect(moveOut.errors[0]).toMatchObject({ field: 'regionCode', code: 'FORBIDDEN' });
    const create = (await y(`mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ${ROW} } }`, { i: [
      householdInput({ regionCode: '640121100200' }, [{ name: '本镇新户', idNumber: makeId('19800101'), relation: 'HEAD' }]),
      householdInput({ regionCode: '640121104205' }, [{ name: '外镇新户', idNumber: makeId('19800101'), relation: 'HEAD' }]),
    ] })).data.createHouseholds;
    expect(create.map((r: any) => r.ok)).toEqual([true, false]);
    expect(create[1].errors[0]).toMatchObject({ field: 'regionCode', code: 'FORBIDDEN' });
    for (const m of ['deleteHouseholds', 'restoreHouseholds']) {
      const r = (await y(`mutation($ids: [ID!]!) { ${m}(ids: $ids) { ${ROW} } }`, { ids: [theirs.id] })).data[m][0];
      expect(r.errors[0].code, m).toBe('NOT_FOUND');
    }
    const add = (await y(`mutation($i: [MemberAddInput!]!) { addMembers(input: $i) { ok errors { code } } }`, { i: [{ householdId: theirs.id, name: '外人', idNumber: makeId('20100101'), relation: 'SON' }] })).data.addMembers[0];
    expect(add.errors[0].code).toBe('NOT_FOUND');
    const son = theirs.members.find((m: any) => m.relation === 'SON');
    const updM = (await y(`mutation($i: [MemberUpdateInput!]!) { updateMembers(input: $i) { ok errors { code } } }`, { i: [{ id: son.id, version: son.version, name: 'x' }] })).data.updateMembers[0];
    expect(updM.errors[0].code).toBe('NOT_FOUND');
    const rm = (await y(`mutation($i: [MemberRemoveInput!]!) { removeMembers(input: $i) { ok errors { code } } }`, { i: [{ id: son.id, version: son.version }] })).data.removeMembers[0];
    expect(rm.errors[0].code).toBe('NOT_FOUND');
    const head = (await y(`mutation($h: ID!, $m: ID!) { setHouseholdHead(householdId: $h, version: 1, memberId: $m) { ok errors { code } } }`, { h: theirs.id, m: son.id })).data.setHouseholdHead;
    expect(head.errors[0].code).toBe('NOT_FOUND');
    // nothing changed over there
    const after = (await s.gql(`query($id: ID!) { household(id: $id) { version remarks memberCount deletedAt } }`, { id: theirs.id })).data.household;
    expect(after).toMatchObject({ version: theirs.version, memberCount: 2, deletedAt: null });
    // a deleted foreign household cannot be restored by the township either
    await s.gql(`mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }`, { ids: [theirs.id] });
    const restore = (await y(`mutation($ids: [ID!]!) { restoreHouseholds(ids: $ids) { ok errors { code } } }`, { ids: [theirs.id] })).data.restoreHouseholds[0];
    expect(restore.errors[0].code).toBe('NOT_FOUND');
    const deletedList = (await y(`{ households(where: { deleted: true }) { totalCount } }`)).data.households.totalCount;
    expect(deletedList).toBe(0);
  });

  it('masks ID numbers, phones, birth dates and health unless the caller may see them; exact ID filters still work', async () => {
    const q = `query($id: ID) { households(where: { id: { eq: $id } }) { edges { node { headIdNumber phone members { idNumber phone birthDate health } } } } }`;
    const full = (await users.county(q, { id: own.id })).data.households.edges[0].node;
    expect(full.headIdNumber).toMatch(/^\d{17}[\dX]$/);
    for (const who of ['office', 'auditor']) {
      const masked = (await users[who](q, { id: own.id })).data.households.edges[0].node;
      expect(masked.headIdNumber).toBe(`${full.headIdNumber.slice(0, 6)}********${full.headIdNumber.slice(14)}`);
      if (full.phone) expect(masked.phone).toBe(`${full.phone.slice(0, 3)}****${full.phone.slice(7)}`);
      expect(masked.members.every((m: any) => /^\d{6}\*{8}[\dX]{4}$/.test(m.idNumber) && m.birthDate === null && m.health === null)).toBe(true);
      const found = (await users[who](`query($n: String!) { households(where: { headIdNumber: { eq: $n } }) { totalCount edges { node { id headIdNumber } } } }`, { n: full.headIdNumber })).data.households;
      expect(found.totalCount).toBe(1);
      expect(found.edges[0].node.headIdNumber).toContain('********');
      expect(codeOf(await users[who](`{ households(orderBy: [{ field: headIdNumber }]) { totalCount } }`))).toBe('FORBIDDEN');
    }
    // the township user sees its own households unmasked
    expect((await users.yanghe(q, { id: own.id })).data.households.edges[0].node.headIdNumber).toBe(full.headIdNumber);
  });

  it('records every read that returned unmasked personal data, and none for masked reads', async () => {
    const em = s.app.orm.em.fork();
    const count = async (actor: string) => Number((await queryRows<{ n: number }>(em, { text: 'SELECT COUNT(*) AS n FROM pii_access WHERE actor = ?', params: [actor] }))[0].n);
    const before = { county: await count('county'), office: await count('office') };
    await users.county(`query($id: ID) { households(where: { id: { eq: $id } }) { edges { node { headIdNumber } } } }`, { id: own.id });
    await users.office(`{ households(first: 3) { edges { node { headIdNumber } } } }`);
    expect(await count('county')).toBe(before.county + 1);
    expect(await count('office')).toBe(before.office);
    // a read that returns no personal field is not a read of personal data: nothing recorded, whatever the rows hold
    await users.county(`{ households(first: 5) { edges { node { id code headName incomePerCapita members { name relation } } } } }`);
    await users.county(`query($id: ID!) { household(id: $id) { id headName } }`, { id: own.id });
    await users.county(`{ households(first: 5, maskPii: true) { edges { node { headIdNumber members { idNumber } } } } }`);
    expect(await count('county')).toBe(before.county + 1);
    // a personal field of a member counts too, named by its household, and through a fragment as well
    await users.county(`query($id: ID) { households(where: { id: { eq: $id } }) { edges { node { ...M } } } } fragment M on Household { members { idNumber } }`, { id: own.id });
    expect(await count('county')).toBe(before.county + 2);
    await users.county(`query($id: ID) { households(where: { id: { eq: $id } }) { edges { node { headIdNumber } } } }`, { id: own.id });
    expect(await count('county')).toBe(before.county + 3);
    const [last] = await queryRows<{ entity_ids: string; request_id: string }>(em, { text: `SELECT entity_ids, request_id FROM pii_access WHERE actor = 'county' ORDER BY id DESC LIMIT 1`, params: [] });
    expect(last.entity_ids).toBe(own.id);
    // auditors read the log through the API; nobody else does
    const Q = `{ piiAccessEvents(where: { actor: "county" }, first: 1) { edges { node { actor purpose entityType entityIds at } } } }`;
    const logged = (await users.auditor(Q)).data.piiAccessEvents.edges[0].node;
    expect(logged).toMatchObject({ actor: 'county', purpose: 'query', entityType: 'household', entityIds: [own.id] });
    for (const who of ['office', 'yanghe', 'renshe']) expect(codeOf(await users[who](Q)), who).toBe('FORBIDDEN');
  });

  it('lets only callers with audit:read see the whole trail, and staff the history of their own households', async () => {
    const h = await fresh(YANGHE);
    await s.gql(`mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok } }`, { i: [{ id: h.id, version: h.version, helperName: '张帮扶' }] });
    const t = await fresh(MINNING);
    const Q = `query($h: ID) { auditEvents(where: { householdId: $h }) { edges { node { action entityType field actor before after } } } }`;
    for (const who of ['admin', 'county', 'auditor', 'yanghe', 'office']) {
      const res = await users[who](Q, { h: h.id });
      expect(codeOf(res), who).toBe('OK');
      expect(res.data.auditEvents.edges.length, who).toBeGreaterThan(0);
    }
    expect((await users.yanghe(Q, { h: t.id })).data.auditEvents.edges).toEqual([]);
    expect(codeOf(await users.renshe(Q, { h: h.id }))).toBe('FORBIDDEN');
    expect(codeOf(await users.anon(Q, { h: h.id }))).toBe('UNAUTHENTICATED');
    // personal data in the trail is masked for the auditor
    const created = (await users.auditor(Q, { h: h.id })).data.auditEvents.edges.find((e: any) => e.node.action === 'CREATE' && e.node.entityType === 'household').node;
    expect(JSON.parse(created.after).headIdNumber).toContain('********');
  });

  it('keeps API tokens and user administration to the admin', async () => {
    for (const who of ['county', 'office', 'auditor', 'yanghe', 'renshe']) {
      expect(codeOf(await users[who](`{ apiTokens { id } }`)), who).toBe('FORBIDDEN');
      expect(codeOf(await users[who](`mutation { createApiToken(name: "x", scopes: ["ledger:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`)), who).toBe('FORBIDDEN');
    }
    expect(codeOf(await users.admin(`{ apiTokens { id } }`))).toBe('OK');
  });
});
