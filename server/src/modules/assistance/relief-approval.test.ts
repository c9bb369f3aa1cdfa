import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '@doudi/shared';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type Gql, type TestServer } from '../../test-support/harness.js';
import { FUND_FIELDS, GRANT_FIELDS, china, makeHousehold, xlsxRows } from '../../test-support/assistance-kit.js';

// Issue 16 point 3: a grant above the township's authority (here 3000 元, DOUDI_RELIEF_TOWNSHIP_LIMIT) or any 一事一议
// grant is a request the county approves or rejects; only an approved one draws on the reserve fund. 先行救助 within
// the normal cap stays one step.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
let yanghe: Gql;
let lijun: Gql;
const YANGHE = '640121100';

const FIELDS = `${GRANT_FIELDS} approval decidedBy decidedOn decisionNote`;
const GRANT = `mutation($input: GrantReliefInput!) { grantRelief(input: $input) { ok errors { field code message } grant { ${FIELDS} } } }`;
const DECIDE = `mutation($i: DecideReliefInput!) { decideReliefRequest(input: $i) { ok errors { field code message } grant { ${FIELDS} } } }`;
const QUEUE = `query($w: ReliefGrantWhere) { reliefGrants(where: $w, first: 500) { totalCount edges { node { id approval amount } } } }`;
const FUNDS = `query($r: String) { reserveFunds(regionCode: $r) { ${FUND_FIELDS} } }`;
const AUDIT = `query($id: String!) { auditEvents(where: { entityType: "relief_grant", entityId: $id }, first: 50) { edges { node { actor action field before after } } } }`;

beforeAll(async () => {
  s = await startTestServer({ clock, auth: { sessionHours: 24 * 400 }, loops: { reliefTownshipLimit: 3000 } });
  yanghe = await s.as('yanghe');
  lijun = await s.as('lijun');
  expect((await s.gql(`mutation { topUpReserveFund(townshipCode: "${YANGHE}", amount: 20000) { ok } }`)).data.topUpReserveFund.ok).toBe(true);
});
afterAll(async () => s?.stop());

const balance = async () => (await s.gql(FUNDS, { r: YANGHE })).data.reserveFunds[0].balance as number;
async function grant(gql: Gql, over: Record<string, unknown>): Promise<any> {
  const h = await makeHousehold(s.gql);
  const res = await gql(GRANT, { input: { householdId: h.id, type: 'EXPENDITURE', cause: '重病住院', ...over } });
  expect(res.data.grantRelief.errors).toEqual([]);
  return res.data.grantRelief.grant;
}
const decide = async (gql: Gql, g: { id: string; version: number }, over: Record<string, unknown>) =>
  (await gql(DECIDE, { i: { grantId: g.id, version: g.version, ...over } })).data.decideReliefRequest;

describe(`large relief decided by the county on ${TEST_DB_KIND}`, () => {
  it('grants within the authority at once; above it or 一事一议 waits for the county; 先行救助 within the cap stays one step', async () => {
    const start = await balance();
    expect(await grant(yanghe, { amount: 3000 })).toMatchObject({ approval: 'NONE' });
    expect(await balance()).toBe(start - 3000);
    const big = await grant(yanghe, { amount: 3000.5 });
    const meeting = await grant(yanghe, { amount: 800, caseByCase: true, meetingRef: '杨和镇一事一议〔2026〕5号' });
    const urgent = await grant(yanghe, { type: 'EMERGENCY', amount: 4500, assistFirst: true, paperworkDue: '2026-07-15' });
    expect([big.approval, meeting.approval, urgent.approval]).toEqual(['PENDING', 'PENDING', 'NONE']);
    expect(await balance()).toBe(start - 3000 - 4500);
    const queue = (await s.gql(QUEUE, { w: { regionCode: YANGHE, approval: 'PENDING' } })).data.reliefGrants.edges.map((e: any) => e.node.id);
    expect(queue).toEqual(expect.arrayContaining([big.id, meeting.id]));
    expect(queue).not.toContain(urgent.id);
  });

  it('the county approves (drawn on the fund, audited) or rejects with a reason; every refusal is coded', async () => {
    const g = await grant(yanghe, { amount: 3500 });
    const before = await balance();
    expect(await decide(yanghe, g, { approve: true })).toMatchObject({ ok: false, errors: [{ field: 'grantId', code: 'FORBIDDEN' }] });
    expect(await decide(lijun, g, { approve: true })).toMatchObject({ ok: false, errors: [{ field: 'grantId', code: 'NOT_FOUND' }] });
    expect((await decide(s.gql, { ...g, version: g.version + 1 }, { approve: true })).errors[0]).toMatchObject({ field: 'version', code: 'VERSION_CONFLICT' });
    expect((await decide(s.gql, g, { approve: false })).errors).toEqual([{ field: 'decisionNote', code: 'REQUIRED', message: '审批意见不能为空' }]);
    const ok = await decide(s.gql, g, { approve: true, note: '同意' });
    expect(ok.errors).toEqual([]);
    expect(ok.grant).toMatchObject({ approval: 'APPROVED', decidedBy: 'county', decidedOn: '2026-06-15', decisionNote: '同意', version: g.version + 1 });
    expect(await balance()).toBe(before - 3500);
    const again = await decide(s.gql, ok.grant, { approve: false, note: '重复' });
    expect(again.errors).toEqual([{ field: 'grantId', code: 'ALREADY_DECIDED', message: '该救助申请已于 2026-06-15 由 county 批准，不能再次审批' }]);
    const trail = (await s.gql(AUDIT, { id: g.id })).data.auditEvents.edges.map((e: any) => e.node);
    expect(trail.filter((a: any) => a.field === 'approval')).toEqual([expect.objectContaining({ actor: 'county', before: '"PENDING"', after: '"APPROVED"' })]);

    const r = await grant(yanghe, { amount: 600, caseByCase: true, meetingRef: '会议纪要6号' });
    const b2 = await balance();
    expect((await decide(s.gql, r, { approve: false, note: '已享受医疗救助，不符合一事一议条件' })).grant).toMatchObject({ approval: 'REJECTED' });
    expect(await balance()).toBe(b2);
    const own = await grant(yanghe, { amount: 100 });
    expect((await decide(s.gql, own, { approve: true })).errors).toEqual([{ field: 'grantId', code: 'INVALID_STATE', message: '该救助由乡镇(街道)在权限内直接发放，无需县级审批' }]);
  });

  it('an approval the reserve fund cannot cover is refused (INSUFFICIENT_FUNDS) and stays pending until a top-up', async () => {
    const left = await balance();
    const g = await grant(yanghe, { amount: left + 100, caseByCase: true, meetingRef: '会议纪要7号' });
    const refused = await decide(s.gql, g, { approve: true });
    expect(refused.errors[0]).toMatchObject({ field: 'grantId', code: 'INSUFFICIENT_FUNDS' });
    expect((await s.gql(QUEUE, { w: { regionCode: YANGHE, approval: 'PENDING' } })).data.reliefGrants.edges.map((e: any) => e.node.id)).toContain(g.id);
    expect((await s.gql(`mutation { topUpReserveFund(townshipCode: "${YANGHE}", amount: 1000) { ok } }`)).data.topUpReserveFund.ok).toBe(true);
    expect((await decide(s.gql, g, { approve: true })).grant).toMatchObject({ approval: 'APPROVED' });
    expect(await balance()).toBe(900);
  });
  it('exports the county\'s queue (pending requests only) to Excel, masked as on screen, scoped to the township', async () => {
    const g = await grant(yanghe, { amount: 4200, cause: '导出核对' });
    const token = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
    const sheet = async (u: string) => {
      const res = await fetch(`${s.url}/api/exports/loops/relief-requests.xlsx`, { headers: { authorization: `Bearer ${await token(u)}` } });
      expect(res.status).toBe(200);
      return xlsxRows(res);
    };
    const pending = (await s.gql(`query { reliefGrants(where: { approval: PENDING }, first: 500) { edges { node { id recipientIdNumber } } } }`)).data.reliefGrants.edges.map((e: any) => e.node);
    expect(pending.map((p: any) => p.id)).toContain(g.id);
    const county = await sheet('county');
    expect(county.map((r) => r['受助人身份证号']).sort()).toEqual(pending.map((p: any) => p.recipientIdNumber).sort());
    expect(county.find((r) => r['事由'] === '导出核对')).toMatchObject({ '金额(元)': 4200, 县级审批: '待县级审批' });
    expect((await sheet('office')).map((r) => r['受助人身份证号']).sort()).toEqual(pending.map((p: any) => maskIdNumber(p.recipientIdNumber)).sort());
    expect(await sheet('lijun')).toEqual([]);
  });
});
