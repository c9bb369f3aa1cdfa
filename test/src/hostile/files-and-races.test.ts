import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DATABASES, gql, loginHeaders, startBuiltServer, type RunningServer } from '../server-process.js';
import { CSV_CASES, XLSX_CASES } from './file-cases.js';
import { idNumber, importFile, postForm, watch } from './hostile-support.js';

// Hostile files and races against the production build, on each database (issue 13, points 1, 3, 7, 8, 9): every
// case asserts its coded answer, that /healthz kept answering within HEALTH_MS, that the server's RSS stayed under
// RSS_BOUND_MB, and that nothing changed where nothing should. The totals are printed at the end.
const HEALTH_MS = 1000;
// On a machine busy with other work the server waits for a CPU as well: the allowance grows with the load per core
// (1 s on an idle machine); the longest stall is printed either way.
const allowance = () => Math.round(HEALTH_MS * Math.max(1, loadavg()[0]! / cpus().length));
const RSS_BOUND_MB = 700;
const VILLAGE = '640121100200'; // 杨和镇王太村
const LIJUN_VILLAGE = '640121101200';
const YANGHE = '640121100';

type H = Record<string, string>;

describe.each(E2E_DATABASES)('hostile files and races on %s', (db) => {
  let srv: RunningServer;
  let restarted: RunningServer | null = null;
  const u: Record<string, H> = {};
  const totals = { cases: 0, stallMs: 0, rssMb: 0 };
  const url = () => (restarted ?? srv).url;
  const pid = () => (restarted ?? srv).pid;
  const q = (who: string, query: string, variables?: Record<string, unknown>) => gql(url(), query, variables, u[who]);
  const householdCount = async () => (await q('county', '{ households(first: 1) { totalCount } }')).data.households.totalCount as number;

  /** Runs a case under the watch: /healthz and RSS, and (unless told otherwise) the household count unchanged. */
  async function guarded<T>(fn: () => Promise<T>, opts: { unchanged?: boolean } = { unchanged: true }): Promise<T> {
    const before = opts.unchanged ? await householdCount() : 0;
    const limit = allowance();
    const w = watch(url(), pid(), limit);
    let out: T;
    try {
      out = await fn();
    } finally {
      const r = await w.stop();
      totals.cases += 1;
      totals.stallMs = Math.max(totals.stallMs, r.stallMs);
      totals.rssMb = Math.max(totals.rssMb, r.rssMb);
      expect(r.missed, `/healthz unanswered within ${limit} ms`).toBe(0);
      expect(r.rssMb).toBeLessThan(RSS_BOUND_MB);
    }
    if (opts.unchanged) expect(await householdCount()).toBe(before);
    return out;
  }

  const createOne = (who: string, head: string, idn: string, over: Record<string, unknown> = {}) => q(who,
    `mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok errors { field code message } household { id code members { id } } } }`,
    { i: [{ category: 'MONITORED', regionCode: VILLAGE, address: '王太村', members: [{ name: head, idNumber: idn, relation: 'HEAD' }], ...over }] });
  const made = async (who = 'county', over: Record<string, unknown> = {}, members?: unknown[]) => {
    const r = await q(who, `mutation($i: [HouseholdCreateInput!]!) { createHouseholds(input: $i) { ok errors { code message } household { id code members { id } } } }`,
      { i: [{ category: 'MONITORED', regionCode: VILLAGE, address: '王太村', members: members ?? [{ name: '马海', idNumber: idNumber(), relation: 'HEAD' }], ...over }] });
    expect(r.data.createHouseholds[0].errors).toEqual([]);
    return r.data.createHouseholds[0].household as { id: string; code: string; members: { id: string }[] };
  };
  const twenty = <T>(fn: (i: number) => Promise<T>) => Promise.all(Array.from({ length: 20 }, (_, i) => fn(i)));

  beforeAll(async () => {
    srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '300' }, { db });
    for (const name of ['county', 'yanghe', 'lijun', 'renshe', 'minzheng', 'auditor']) u[name] = await loginHeaders(srv.url, name);
  }, 180_000);
  afterAll(async () => {
    console.log(`[hostile ${db}] cases: ${totals.cases}, longest /healthz stall: ${totals.stallMs} ms, peak RSS: ${totals.rssMb} MB (bound ${RSS_BOUND_MB} MB)`);
    await restarted?.stop();
    await srv?.stop();
  });

  describe('spreadsheet and CSV bombs are refused fast, with flat memory', () => {
    it.each([...XLSX_CASES, ...CSV_CASES].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const bytes = c.build();
      const res = await guarded(() => importFile(url(), u.yanghe!, bytes, c.file));
      expect(res.status).toBe(c.status);
      expect(res.body.errors[0]).toMatchObject({ code: c.code });
      // zh-CN, and never a JavaScript message
      expect(res.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      expect(res.body.errors[0].message).not.toMatch(/undefined|Cannot read|Error:|NaN/);
    });

    it('a file over the upload limit is refused as TOO_LARGE (413)', async () => {
      const res = await guarded(() => importFile(url(), u.yanghe!, Buffer.alloc(51 << 20, 0x41), 'big.csv'));
      expect(res.status).toBe(413);
      expect(res.body.errors[0]).toMatchObject({ code: 'TOO_LARGE', field: 'file' });
    });

    it.each([['a sheet at the limits (1,000 columns, a 32,767-character cell)', 1000, 32_767], ['a plain three-row sheet', 3, 10]])('%s still imports', async (_n, cols, cell) => {
      const head = ['户主姓名', '户主身份证号', '所在村(社区)', ...Array.from({ length: cols - 3 }, (_, i) => `备用${i}`)].slice(0, Math.max(cols, 3));
      const rows = [head.join(','), ...[1, 2, 3].map(() => ['马合', idNumber(), '杨和镇 王太村', 'x'.repeat(cell)].slice(0, Math.max(cols, 3)).join(','))];
      const res = await guarded(() => importFile(url(), u.yanghe!, Buffer.from(rows.join('\n')), 'ok.csv', { category: 'MONITORED' }));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 3, valid: 3, created: 3, committed: false });
    });
  });

  describe('races: 20 concurrent requests for every uniqueness rule', () => {
    it('enrolDibao for one household: exactly 1 succeeds, 19 are ALREADY_ENROLLED', async () => {
      const h = await made();
      const res = await guarded(() => twenty(() => q('county', `mutation($h: ID!) { enrolDibao(input: { householdId: $h, monthlyAmount: 300 }) { ok errors { code message } } }`, { h: h.id })));
      const r = res.map((x) => x.data.enrolDibao);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('ALREADY_ENROLLED'));
      const cases = (await q('county', `query($r: String) { dibaoCases(first: 500, where: { regionCode: $r }) { edges { node { householdId state } } } }`, { r: VILLAGE })).data.dibaoCases.edges;
      expect(cases.filter((e: any) => e.node.householdId === h.id && e.node.state === 'ACTIVE')).toHaveLength(1);
    });

    it('enrolDibao of one member alone (单人保): exactly 1 succeeds, 19 are ALREADY_ENROLLED', async () => {
      const h = await made('county', {}, [
        { name: '马父', idNumber: idNumber(), relation: 'HEAD' },
        { name: '马子', idNumber: idNumber(), relation: 'SON', disabilityType: 'PHYSICAL', disabilityGrade: 'GRADE_1' },
      ]);
      const m = h.members[1]!.id;
      const res = await guarded(() => twenty(() => q('county', `mutation($h: ID!, $m: ID) { enrolDibao(input: { householdId: $h, memberId: $m, dependsOnFamily: true }) { ok errors { code } } }`, { h: h.id, m })));
      const r = res.map((x) => x.data.enrolDibao);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('ALREADY_ENROLLED'));
    });

    it('10 whole-household and 10 single-person enrolments of one household at once: exactly 1 succeeds', async () => {
      const h = await made('county', {}, [
        { name: '马母', idNumber: idNumber(true), relation: 'HEAD' },
        { name: '马女', idNumber: idNumber(true), relation: 'DAUGHTER', disabilityType: 'PHYSICAL', disabilityGrade: 'GRADE_2' },
      ]);
      const m = h.members[1]!.id;
      const res = await guarded(() => twenty((i) => q('county', `mutation($h: ID!, $m: ID, $d: Boolean) { enrolDibao(input: { householdId: $h, memberId: $m, dependsOnFamily: $d }) { ok errors { code } } }`,
        i % 2 ? { h: h.id, m, d: true } : { h: h.id })));
      const r = res.map((x) => x.data.enrolDibao);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('ALREADY_ENROLLED'));
    });

    it('createHouseholds of 20 different people in one village: all succeed with 20 distinct codes', async () => {
      const before = await householdCount();
      const res = await guarded(() => twenty((i) => createOne('yanghe', `并发${i}`, idNumber())), { unchanged: false });
      const r = res.map((x) => x.data.createHouseholds[0]);
      expect(r.map((x) => x.errors)).toEqual(Array(20).fill([]));
      expect(new Set(r.map((x) => x.household.code)).size).toBe(20);
      expect(await householdCount()).toBe(before + 20);
    });

    it('createHouseholds with one head ID number: 1 succeeds, 19 are DUPLICATE_PERSON', async () => {
      const idn = idNumber();
      const res = await guarded(() => twenty((i) => createOne(i % 2 ? 'yanghe' : 'county', `同号${i}`, idn)), { unchanged: false });
      const r = res.map((x) => x.data.createHouseholds[0]);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('DUPLICATE_PERSON'));
    });

    it('createHouseholds with one explicit 户编号: 1 succeeds, 19 are refused', async () => {
      const code = `YN9${String(Date.now()).slice(-6)}`;
      const res = await guarded(() => twenty((i) => createOne('county', `同编号${i}`, idNumber(), { code })), { unchanged: false });
      const r = res.map((x) => x.data.createHouseholds[0]);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].field)).toEqual(Array(19).fill('code'));
      // the counter then carries on past the explicit code: a new household gets a fresh one
      const next = await made();
      expect(next.code > code).toBe(true);
    });

    it('enrolTekun of one person: exactly 1 succeeds, 19 are ALREADY_ENROLLED', async () => {
      const h = await made('county', { address: '敬老院' }, [{ name: '特困老人', idNumber: idNumber(), relation: 'HEAD' }]);
      const res = await guarded(() => twenty(() => q('county', `mutation($m: ID!) { enrolTekun(input: { memberId: $m, supportMode: CENTRALISED, careProviderOrg: "永宁县中心敬老院", startDate: "2026-01-01" }) { ok errors { code } } }`, { m: h.members[0]!.id })));
      const r = res.map((x) => x.data.enrolTekun);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('ALREADY_ENROLLED'));
    });

    it('20 relief grants against one reserve fund: the balance never goes negative', async () => {
      const fund = async () => (await q('county', `query($r: String) { reserveFunds(regionCode: $r) { balance } }`, { r: YANGHE })).data.reserveFunds[0].balance as number;
      if ((await fund()) < 5500) await q('county', `mutation { topUpReserveFund(townshipCode: "${YANGHE}", amount: 5500) { ok } }`);
      const balance = await fund();
      const amount = Math.floor((balance / 5.5) * 100) / 100;
      const h = await made();
      // 一事一议 grants are requests the county decides (issue 16): 20 requests, then 20 approvals at once draw on the fund.
      const asked = await guarded(() => twenty(() => q('county', `mutation($h: ID!, $a: Float!) { grantRelief(input: { householdId: $h, type: EXPENDITURE, amount: $a, cause: "并发测试", caseByCase: true, meetingRef: "一事一议〔2026〕1号" }) { ok errors { code } grant { id version approval } } }`, { h: h.id, a: amount })));
      const requests = asked.map((x) => x.data.grantRelief);
      expect(requests.every((x) => x.ok && x.grant.approval === 'PENDING')).toBe(true);
      expect(await fund()).toBe(balance);
      const res = await guarded(() => twenty((i) => q('county', `mutation($i: DecideReliefInput!) { decideReliefRequest(input: $i) { ok errors { code } } }`,
        { i: { grantId: requests[i]!.grant.id, version: requests[i]!.grant.version, approve: true } })));
      const r = res.map((x) => x.data.decideReliefRequest);
      expect(r.filter((x) => x.ok)).toHaveLength(5);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(15).fill('INSUFFICIENT_FUNDS'));
      const after = await fund();
      expect(after).toBeGreaterThanOrEqual(0);
      expect(after).toBeCloseTo(balance - 5 * amount, 2);
    });

    it('20 concurrent edits of one household at one version: 1 succeeds, 19 are VERSION_CONFLICT', async () => {
      const h = await made();
      const res = await guarded(() => twenty((i) => q('yanghe', `mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { ok errors { code } } }`, { i: [{ id: h.id, version: 1, remarks: `编辑${i}` }] })));
      const r = res.map((x) => x.data.updateHouseholds[0]);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('VERSION_CONFLICT'));
    });

    it('20 concurrent addMembers of one ID number to 20 households: 1 succeeds, 19 are DUPLICATE_PERSON', async () => {
      const homes = await Promise.all(Array.from({ length: 20 }, () => made()));
      const idn = idNumber();
      const res = await guarded(() => twenty((i) => q('yanghe', `mutation($i: [MemberAddInput!]!) { addMembers(input: $i) { ok errors { code message } } }`, { i: [{ householdId: homes[i]!.id, name: '同一人', idNumber: idn, relation: 'SON' }] })));
      const r = res.map((x) => x.data.addMembers[0]);
      expect(r.filter((x) => x.ok)).toHaveLength(1);
      expect(r.filter((x) => !x.ok).map((x) => x.errors[0].code)).toEqual(Array(19).fill('DUPLICATE_PERSON'));
    });

    it('20 concurrent at-risk checks of one household: one check, one OPEN referral', async () => {
      const h = await made();
      const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
      const res = await guarded(() => twenty(() => q('yanghe', `mutation($r: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $r) { ok errors { code } } }`,
        // a complete check (visit date and every income source), so it is judged for risk: the failed food check opens a referral
        { r: [{ householdId: h.id, month, visitDate: `${month}-01`, incomeWages: 3000, incomeBusiness: 0, incomeProperty: 0, incomeTransfer: 0, foodOk: false, riskFound: true, riskTypes: ['因病'] }] })));
      const r = res.map((x) => x.data?.saveMonthlyChecks?.[0] ?? { ok: false, errors: x.errors });
      expect(r.filter((x) => x.ok).length).toBeGreaterThanOrEqual(1);
      expect(r.filter((x) => !x.ok).every((x) => x.errors?.[0]?.code === 'VERSION_CONFLICT')).toBe(true);
      const open = (await q('county', `query($r: String) { riskReferrals(first: 500, where: { regionCode: $r, state: OPEN }) { edges { node { householdId } } } }`, { r: VILLAGE })).data.riskReferrals.edges;
      expect(open.filter((e: any) => e.node.householdId === h.id)).toHaveLength(1);
    });
  });

  describe('evidence files go through multipart', () => {
    const upload = (who: string, files: Buffer[], names = files.map((_, i) => `佐证${i}.pdf`)) => {
      const form = new FormData();
      files.forEach((b, i) => form.append('file', new Blob([new Uint8Array(b)], { type: 'application/pdf' }), names[i]!));
      return postForm(url(), '/api/evidence', form, u[who] ?? {});
    };
    let assignment: { id: string; version: number };
    let reporter = 'renshe';
    let other = 'minzheng';
    beforeAll(async () => {
      // A unit with a row it may still report on (the demo's statuses vary by unit).
      for (const [who, them] of [['renshe', 'minzheng'], ['minzheng', 'renshe'], ['yanghe', 'renshe']] as const) {
        const list = (await q(who, '{ assignments(first: 500) { edges { node { id version status } } } }')).data?.assignments?.edges.map((e: any) => e.node) ?? [];
        const open = list.find((a: any) => a.status === 'NOT_STARTED' || a.status === 'IN_PROGRESS');
        if (open) {
          [assignment, reporter, other] = [open, who, them];
          break;
        }
      }
      expect(assignment).toBeDefined();
    });

    it('ten 5 MB files are accepted, attached by id, and served to their unit only (others: 404 as missing)', async () => {
      const files = Array.from({ length: 10 }, (_, i) => Buffer.alloc(5 << 20, i + 1));
      const up = await guarded(() => upload(reporter, files));
      expect(up.status).toBe(201);
      expect(up.body.files).toHaveLength(10);
      const ids = up.body.files.map((f: any) => f.id);
      const rep = await q(reporter, `mutation($a: ID!, $v: Int!, $ids: [ID!]) { reportProgress(assignmentId: $a, version: $v, text: "十份佐证", evidenceIds: $ids) { id version reports { evidence { id url size } } } }`,
        { a: assignment.id, v: assignment.version, ids });
      expect(rep.errors).toBeUndefined();
      assignment = { id: assignment.id, version: rep.data.reportProgress.version };
      const ev = rep.data.reportProgress.reports.flatMap((r: any) => r.evidence);
      expect(ev.filter((e: any) => e.size === 5 << 20).length).toBeGreaterThanOrEqual(10);
      const own = await fetch(`${url()}${ev[0].url}`, { headers: u[reporter] });
      expect(own.status).toBe(200);
      expect((await own.arrayBuffer()).byteLength).toBe(5 << 20);
      const foreign = await fetch(`${url()}${ev[0].url}`, { headers: u[other] });
      const missing = await fetch(`${url()}/api/evidence/987654321`, { headers: u[other] });
      expect([foreign.status, missing.status]).toEqual([404, 404]);
      expect(((await foreign.json()) as any).errors[0].extensions.code).toBe(((await missing.json()) as any).errors[0].extensions.code);
      // used ids cannot be attached again, nor by another user
      const again = await q(reporter, `mutation($a: ID!, $v: Int!, $ids: [ID!]) { reportProgress(assignmentId: $a, version: $v, text: "再次", evidenceIds: $ids) { id } }`, { a: assignment.id, v: assignment.version, ids });
      expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['eleven files', 'renshe', 11, 5, 400, 'OUT_OF_RANGE'],
      ['one file 1 byte over 5 MB', 'renshe', 1, (5 << 20) + 1, 413, 'FILE_TOO_LARGE'],
      ['an empty file', 'renshe', 1, 0, 400, 'BAD_USER_INPUT'],
      ['no token', 'anon', 1, 5, 401, 'UNAUTHENTICATED'],
      ['the auditor (no tasks:write)', 'auditor', 1, 5, 403, 'FORBIDDEN'],
    ] as const)('%s is refused', async (_n, who, count, size, status, code) => {
      const res = await guarded(() => upload(who, Array.from({ length: count }, () => Buffer.alloc(size, 7))));
      expect(res.status).toBe(status);
      expect(res.body.errors[0].extensions.code).toBe(code);
    });

    it('a JSON body instead of multipart is refused', async () => {
      const r = await guarded(() => fetch(`${url()}/api/evidence`, { method: 'POST', headers: { ...u.renshe, 'content-type': 'application/json' }, body: '{}' }));
      expect(r.status).toBe(400);
    });

    it('another user\'s upload ids cannot be attached', async () => {
      const up = await upload(other, [Buffer.from('另一单位的文件')]);
      const res = await q(reporter, `mutation($a: ID!, $v: Int!, $ids: [ID!]) { reportProgress(assignmentId: $a, version: $v, text: "借用", evidenceIds: $ids) { id } }`,
        { a: assignment.id, v: assignment.version, ids: [up.body.files[0].id] });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('foreign and missing ids answer alike; messages name nothing outside the caller\'s region', () => {
    let foreign: { id: string; code: string; members: { id: string }[] };
    let foreignHeadId: string;
    beforeAll(async () => {
      foreignHeadId = idNumber();
      foreign = await made('county', { regionCode: LIJUN_VILLAGE, address: '李俊镇西邵村' }, [
        { name: '外镇户主', idNumber: foreignHeadId, relation: 'HEAD' }, { name: '外镇成员', idNumber: idNumber(), relation: 'SON' }]);
      await q('county', `mutation($h: ID!) { enrolDibao(input: { householdId: $h }) { ok } }`, { h: foreign.id });
    });
    const ops: [string, (id: string) => Promise<unknown>][] = [
      ['household(id)', async (id) => (await q('yanghe', `query($id: ID!) { household(id: $id) { id } }`, { id })).data.household],
      ['updateHouseholds', async (id) => (await q('yanghe', `mutation($i: [HouseholdUpdateInput!]!) { updateHouseholds(input: $i) { errors { code } } }`, { i: [{ id, version: 1, remarks: 'x' }] })).data.updateHouseholds[0].errors[0].code],
      ['deleteHouseholds', async (id) => (await q('yanghe', `mutation($ids: [ID!]!) { deleteHouseholds(ids: $ids) { errors { code } } }`, { ids: [id] })).data.deleteHouseholds[0].errors[0].code],
      ['addMembers', async (id) => (await q('yanghe', `mutation($i: [MemberAddInput!]!) { addMembers(input: $i) { errors { code } } }`, { i: [{ householdId: id, name: '甲', idNumber: idNumber(), relation: 'SON' }] })).data.addMembers[0].errors[0].code],
      ['enrolDibao', async (id) => (await q('yanghe', `mutation($h: ID!) { enrolDibao(input: { householdId: $h }) { errors { code } } }`, { h: id })).data.enrolDibao.errors[0].code],
      ['grantRelief', async (id) => (await q('yanghe', `mutation($h: ID!) { grantRelief(input: { householdId: $h, type: EMERGENCY, amount: 10, cause: "x" }) { errors { code } } }`, { h: id })).data.grantRelief.errors[0].code],
    ];
    it.each(ops)('%s: a foreign household and a missing one answer the same', async (_n, op) => {
      const [a, b] = await guarded(async () => [await op(foreign.id), await op('99999999')]);
      expect(a).toEqual(b);
      // enrolDibao is the county's approval now (issue 16): a township user hears FORBIDDEN, for any id alike.
      expect(a === null || a === (_n === 'enrolDibao' ? 'FORBIDDEN' : 'NOT_FOUND')).toBe(true);
    });

    it.each([
      ['updateMembers', (id: string) => q('yanghe', `mutation($i: [MemberUpdateInput!]!) { updateMembers(input: $i) { errors { code } } }`, { i: [{ id, version: 1, name: 'x' }] }), 'updateMembers'],
      ['enrolTekun', (id: string) => q('yanghe', `mutation($m: ID!) { enrolTekun(input: { memberId: $m, supportMode: CENTRALISED, careProviderOrg: "x" }) { errors { code } } }`, { m: id }), 'enrolTekun'],
    ] as const)('%s: a foreign member and a missing one answer the same', async (_n, op, key) => {
      const [a, b] = await guarded(async () => [await op(foreign.members[1]!.id), await op('99999999')]);
      const code = (r: any) => (r.data[key].errors ?? r.data[key][0].errors)[0].code;
      // enrolTekun is the county's approval now (issue 16): a township user hears FORBIDDEN, for any id alike.
      const expected = key === 'enrolTekun' ? 'FORBIDDEN' : 'NOT_FOUND';
      expect(code(a)).toBe(expected);
      expect(code(b)).toBe(expected);
    });

    it.each([
      ['assignment(id)', async (id: string) => (await q('yanghe', `query($id: ID!) { assignment(id: $id) { id } }`, { id })).data.assignment],
      ['reportProgress', async (id: string) => (await q('yanghe', `mutation($id: ID!) { reportProgress(assignmentId: $id, version: 1, text: "x") { id } }`, { id })).errors?.[0]?.extensions?.code],
    ] as const)('%s: another unit\'s assignment and a missing one answer the same', async (_n, op) => {
      const theirs = (await q('lijun', '{ assignments(first: 1) { edges { node { id } } } }')).data.assignments.edges[0].node.id;
      const [a, b] = await guarded(async () => [await op(theirs), await op('99999999')]);
      expect(a).toEqual(b);
      expect(a === null || a === 'NOT_FOUND').toBe(true);
    });

    it('endDibao: another township\'s case and a missing one answer the same', async () => {
      const cases = (await q('county', `query($r: String) { dibaoCases(first: 5, where: { regionCode: $r }) { edges { node { id version } } } }`, { r: LIJUN_VILLAGE })).data.dibaoCases.edges;
      const c = cases[0].node;
      const end = (id: string) => q('yanghe', `mutation($i: EndDibaoInput!) { endDibao(input: $i) { errors { field code } } }`, { i: { caseId: id, version: c.version, reason: 'x' } });
      const [a, b] = await guarded(async () => [await end(c.id), await end('99999999')]);
      expect(a.data.endDibao.errors).toEqual(b.data.endDibao.errors);
      expect(a.data.endDibao.errors[0].code).toBe('NOT_FOUND');
    });

    it('createHouseholds with a foreign head\'s ID number: DUPLICATE_PERSON naming neither household nor township', async () => {
      const r = (await guarded(() => createOne('yanghe', '冒名', foreignHeadId))).data.createHouseholds[0];
      expect(r.errors[0]).toMatchObject({ code: 'DUPLICATE_PERSON', message: '该身份证号已登记在其他户，一人只能属于一个在册家庭' });
      expect(JSON.stringify(r)).not.toMatch(new RegExp(`${foreign.code}|李俊|西邵|外镇`));
    });

    it('an import dry run with a foreign head\'s ID number says only that it is registered elsewhere', async () => {
      const csv = `户主姓名,户主身份证号,所在村(社区)\n冒名,${foreignHeadId},杨和镇 王太村\n`;
      const res = await guarded(() => importFile(url(), u.yanghe!, Buffer.from(csv), 'dup.csv', { category: 'MONITORED' }));
      expect(res.status).toBe(200);
      expect(res.body.errors.map((e: any) => e.code)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res.body.errors)).not.toMatch(new RegExp(`${foreign.code}|李俊|西邵|外镇`));
    });
  });

  describe('kill -9 and restart on the same database', () => {
    it('during concurrent writes: every acknowledged create is there, whole; nothing partial', async () => {
      const acked: string[] = [];
      const marker = `KILL9W${db}`;
      const writes = Array.from({ length: 120 }, (_, i) => createOne('county', `断电${i}`, idNumber(), { address: `${marker}-${i}` })
        .then((r) => { if (r.data?.createHouseholds?.[0]?.ok) acked.push(r.data.createHouseholds[0].household.id); }, () => undefined));
      for (let t = 0; acked.length < 20 && t < 6000; t++) await new Promise((r) => setTimeout(r, 5));
      expect(acked.length).toBeGreaterThanOrEqual(20);
      await srv.kill9();
      await Promise.allSettled(writes);
      restarted = await startBuiltServer({ DATABASE_URL: srv.databaseUrl, DOUDI_DEMO_HOUSEHOLDS: '300' });
      for (const name of Object.keys(u)) u[name] = await loginHeaders(url(), name);
      const found = await guarded(async () => (await q('county', `query($m: String!) { households(first: 500, where: { address: { contains: $m } }) { edges { node { id memberCount members { id } } } } }`, { m: marker })).data.households.edges.map((e: any) => e.node));
      const ids = new Set(found.map((h: any) => h.id));
      expect(acked.filter((id) => !ids.has(id))).toEqual([]);
      for (const h of found) expect([h.memberCount, h.members.length]).toEqual([1, 1]);
    }, 120_000);

    it('during an all-or-nothing import: all of it or none of it', async () => {
      const marker = `KILL9I${db}`;
      const rows = Array.from({ length: 5000 }, (_, i) => `导入${i},${idNumber()},杨和镇 王太村,${marker}-${i}`);
      const csv = Buffer.from(`户主姓名,户主身份证号,所在村(社区),住址\n${rows.join('\n')}\n`);
      const form = new FormData();
      for (const [k, v] of Object.entries({ mode: 'commit', atomic: 'true', category: 'MONITORED' })) form.append(k, v);
      form.append('file', new Blob([new Uint8Array(csv)]), 'kill.csv');
      const live = restarted!;
      const res = await fetch(`${live.url}/api/imports`, { method: 'POST', body: form, headers: { ...u.county, accept: 'application/x-ndjson' } });
      const reader = res.body!.getReader();
      let text = '';
      while (!/"phase":"commit"/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += Buffer.from(value!).toString();
      }
      await live.kill9();
      const again = await startBuiltServer({ DATABASE_URL: live.databaseUrl, DOUDI_DEMO_HOUSEHOLDS: '300' });
      restarted = again;
      for (const name of Object.keys(u)) u[name] = await loginHeaders(url(), name);
      const n = await guarded(async () => (await q('county', `query($m: String!) { households(first: 1, where: { address: { contains: $m } }) { totalCount } }`, { m: marker })).data.households.totalCount);
      expect([0, 5000]).toContain(n);
      await live.stop();
    }, 120_000);
  });
});
