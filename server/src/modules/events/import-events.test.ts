// The Excel import's bulk path (raw connection, bulk audit rows) raises change events like any other write: after its
// transaction commits, per record, scoped per subscriber; nothing from a dry run or a rolled-back import.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { makeId } from '../../test-support/fixtures.js';
import { liveClient, type LiveClient } from '../../test-support/live.js';
import { Access } from '../../common/access.js';
import { openRawDb } from '../excel/import/raw-db.js';
import { writeHouseholds } from '../excel/import/households-write.js';

const SUB = `subscription { householdsChanged { eventId id version actor changeSet deleted fields { field value } } }`;
const MEMBERS = `subscription { membersChanged { id householdId actor deleted } }`;

let s: TestServer;
const clients: LiveClient[] = [];
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) await c.dispose().catch(() => undefined);
  await s?.stop();
});

async function connect(username: string): Promise<LiveClient> {
  const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: TEST_PASSWORD });
  const c = liveClient(s.url, { authorization: `Bearer ${res.data.login.token}` });
  clients.push(c);
  return c;
}

async function upload(csv: string, fields: Record<string, string>): Promise<any> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ target: 'households', category: 'MONITORED', ...fields })) form.append(k, v);
  form.append('file', new Blob([csv]), 'import.csv');
  const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
  const r = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${res.data.login.token}` } });
  expect(r.status).toBe(200);
  return r.json();
}

const namesOf = async (names: string[]) =>
  (await s.gql(`query($n: [String!]) { households(where: { headName: { in: $n } }, first: 20) { edges { node { id code headName version } } } }`, { n: names }))
    .data.households.edges.map((e: any) => e.node) as { id: string; code: string; headName: string; version: number }[];

describe(`events of the Excel import's bulk write on ${TEST_DB_KIND}`, () => {
  it('a committed import raises one event per household (and member) after the commit; a dry run, a refused atomic import and a rolled-back write raise none', async () => {
    const base = s.app.bus.listenerCount;
    const county = (await connect('county')).subscribe(SUB);
    const yanghe = (await connect('yanghe')).subscribe(SUB);
    const members = (await connect('auditor')).subscribe(MEMBERS);
    await vi.waitFor(() => expect(s.app.bus.listenerCount).toBe(base + 3), { timeout: 10_000, interval: 10 });

    const csv = '户主姓名,身份证号,所在村,人均纯收入,联系电话\n' +
      `导入甲,${makeId('19700101')},杨和镇王太村,4100,13811112222\n` +
      `导入乙,${makeId('19710101')},李俊镇西邵村,4200,13833334444\n`;
    // 1. a dry run: counted, nothing written, nothing raised
    const dry = await upload(csv, { mode: 'dry-run' });
    expect(dry).toMatchObject({ rows: 2, valid: 2, created: 2, committed: false });
    // 2. an atomic commit with an invalid row: rolled back before writing
    const refused = await upload(`${csv}导入丙,不是身份证号,杨和镇王太村,4300,\n`, { mode: 'commit', atomic: 'true' });
    expect(refused).toMatchObject({ rows: 3, invalid: 1, committed: false });
    // 3. the bulk write itself, rolled back after writing households, heads and audit rows
    const db = await openRawDb(s.app.orm.em.fork(), s.config.db.kind);
    try {
      await db.begin();
      const access = new Access({ kind: 'session', actor: 'county', userId: null, tokenId: 0, role: 'COUNTY_STAFF', regionCode: null, unitCode: null, scopes: new Set() });
      const w = await writeHouseholds({ db, access, stamp: { actor: 'county', requestId: 'rolled-back', changeSet: null }, now: new Date() }, [{
        row: 2, action: 'create', version: null, errors: [], warnings: [], memberCount: null,
        value: { headName: '回滚丁', headIdNumber: makeId('19720101'), regionCode: '640121100200', category: 'MONITORED' },
      }]);
      expect(w.created).toBe(1);
      await db.rollback();
    } finally {
      await db.release();
    }
    expect(await namesOf(['导入甲', '导入乙', '回滚丁'])).toEqual([]);

    // 4. the commit: the first events anyone hears are its own
    const done = await upload(csv, { mode: 'commit' });
    expect(done).toMatchObject({ created: 2, committed: true });
    const rows = await namesOf(['导入甲', '导入乙']);
    const jia = rows.find((r) => r.headName === '导入甲')!;
    const yi = rows.find((r) => r.headName === '导入乙')!;
    const first = (await county.next()).data.householdsChanged;
    const second = (await county.next()).data.householdsChanged;
    expect([first.id, second.id]).toEqual([jia.id, yi.id]);
    expect(first).toMatchObject({ version: jia.version, actor: 'county', changeSet: done.changeSet, deleted: false });
    // a created record sends its fields, masked as a query would mask them for this subscriber (county has pii:read)
    expect(first.fields).toEqual(expect.arrayContaining([{ field: 'headName', value: '导入甲' }, { field: 'phone', value: '13811112222' }]));
    expect(first.eventId).not.toBe(second.eventId);
    // each household's head is a member event too
    const m1 = (await members.next()).data.membersChanged;
    const m2 = (await members.next()).data.membersChanged;
    expect([m1.householdId, m2.householdId]).toEqual([jia.id, yi.id]);

    // 杨和镇 hears only its own household: its next event after 导入甲 is a later edit in 杨和镇, not 导入乙.
    expect((await yanghe.next()).data.householdsChanged).toMatchObject({ id: jia.id, changeSet: done.changeSet });
    const edit = await upload(`户编号,户主姓名,人均纯收入\n${jia.code},导入甲,5100\n`, { mode: 'commit' });
    expect(edit).toMatchObject({ updated: 1, committed: true });
    const upd = (await yanghe.next()).data.householdsChanged;
    expect(upd).toMatchObject({ id: jia.id, version: jia.version + 1, changeSet: edit.changeSet, fields: [{ field: 'incomePerCapita', value: '5100' }] });
    expect((await county.next()).data.householdsChanged).toMatchObject({ id: jia.id, version: jia.version + 1 });
  });
});
