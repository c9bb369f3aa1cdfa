import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type TestServer } from '../test-support/harness.js';
import { householdInput, makeId, ROW_RESULT } from '../test-support/fixtures.js';
import { Household } from '../modules/household/household.entity.js';

const MEMBER_UPDATE = `mutation($input: [MemberUpdateInput!]!) { updateMembers(input: $input) { ok member { id version phone } household { id version } } }`;

// A record loaded and flushed without a change writes nothing: on SQLite the ORM's snapshots held dates as integers
// while loaded records held Dates, so every loaded record's createdAt/updatedAt looked changed and its version was
// bumped with no event — a household's when one of its other members was edited, leaving other clerks' live grids a
// version behind (their next edit conflicted).
describe(`loaded records and their dates on ${TEST_DB_KIND}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.stop();
  });

  async function family() {
    const res = await s.gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ${ROW_RESULT} } }`, {
      input: [householdInput({ regionCode: '640121100200' }, [
        { name: '马文学', idNumber: makeId('19700312'), relation: 'HEAD' },
        { name: '马小兰', idNumber: makeId('20000805', { female: true }), relation: 'DAUGHTER', phone: '13600000001' },
      ])],
    });
    expect(res.data.createHouseholds[0].ok).toBe(true);
    return res.data.createHouseholds[0].household;
  }

  it('editing a member who is not the head leaves the household and its version as they were', async () => {
    const h = await family();
    const daughter = h.members.find((m: { relation: string }) => m.relation === 'DAUGHTER');
    const res = (await s.gql(MEMBER_UPDATE, { input: [{ id: daughter.id, version: daughter.version, phone: '13600000002' }] })).data.updateMembers[0];
    expect(res).toMatchObject({ ok: true, member: { version: daughter.version + 1, phone: '13600000002' }, household: { version: h.version } });
  });

  it('a loaded household flushed without a change has no change set, and a real change writes only that field', async () => {
    const h = await family();
    const em = s.app.orm.em.fork();
    const e = await em.findOneOrFail(Household, { id: Number(h.id) });
    await em.findOneOrFail(Household, { code: e.code }); // found again: its data is merged
    const uow = em.getUnitOfWork();
    uow.computeChangeSets();
    expect(uow.getChangeSets()).toEqual([]);
    e.updatedAt = new Date('2026-07-01T02:03:04.005Z');
    uow.computeChangeSets();
    expect(uow.getChangeSets().map((c) => Object.keys(c.payload))).toEqual([['updatedAt']]);
    await em.flush();
    const [row] = await s.app.orm.em.fork().getConnection().execute(`SELECT updated_at, version FROM household WHERE id = ?`, [Number(h.id)]);
    expect(new Date(row.updated_at as string | number).toISOString()).toBe('2026-07-01T02:03:04.005Z');
    expect(Number(row.version)).toBe(h.version + 1);
    if (TEST_DB_KIND === 'sqlite') expect(typeof row.updated_at).toBe('number'); // stored as integer ms, as before
  });
});
