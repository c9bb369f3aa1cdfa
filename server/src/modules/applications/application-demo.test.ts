import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { china } from '../../test-support/assistance-kit.js';

// The demo applications: every queue has something on first start, overdue ones included, and the lists of measures 2–3.
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ seed: 600, clock });
});
afterAll(async () => s?.stop());

describe(`demo applications on ${TEST_DB_KIND}`, () => {
  it('fill every queue of every township, with overdue ones, an approval with its case and a rejection', async () => {
    const all = (await s.gql(`{ applications(first: 500) { totalCount edges { node { stage overdue townshipCode kind dibaoCaseId openObjections } } } }`)).data.applications;
    const nodes = all.edges.map((e: any) => e.node);
    for (const stage of ['ECONOMIC_CHECK', 'HOME_VISIT', 'DEMOCRATIC_REVIEW', 'PUBLIC_NOTICE', 'DECISION', 'APPROVED', 'REJECTED']) {
      expect(new Set(nodes.filter((n: any) => n.stage === stage).map((n: any) => n.townshipCode)).size, stage).toBeGreaterThanOrEqual(5);
    }
    expect(nodes.filter((n: any) => n.overdue).length).toBeGreaterThanOrEqual(10);
    expect(nodes.some((n: any) => n.stage === 'PUBLIC_NOTICE' && n.openObjections === 1)).toBe(true);
    expect(nodes.filter((n: any) => n.stage === 'APPROVED').every((n: any) => n.dibaoCaseId)).toBe(true);
    expect(nodes.some((n: any) => n.kind === 'TEKUN')).toBe(true);
    const overdue = (await s.gql(`{ applications(where: { overdue: true }, first: 500) { totalCount } }`)).data.applications.totalCount;
    expect(overdue).toBe(nodes.filter((n: any) => n.overdue).length);
    const yanghe = await s.as('yanghe');
    const mine = (await yanghe(`{ applications(where: { step: DECISION }) { edges { node { townshipCode } } } }`)).data.applications.edges;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: any) => e.node.townshipCode === '640121100')).toBe(true);
  });

  it('have 渐退 candidates and 因疫 households not yet covered', async () => {
    expect((await s.gql(`{ gradualExitCandidates { householdId } }`)).data.gradualExitCandidates.length).toBeGreaterThan(0);
    expect((await s.gql(`{ epidemicUncovered { householdId } }`)).data.epidemicUncovered.length).toBeGreaterThan(0);
  });

  it('export the queues and lists to Excel with the screen\'s masking (ID numbers only with pii:read, then logged)', async () => {
    const token = async (u: string) => (await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u, p: TEST_PASSWORD })).data.login.token as string;
    const sheet = async (user: string, path: string) => {
      const res = await fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${await token(user)}` } });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const ws = wb.worksheets[0]!;
      const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
      const rows = [] as unknown[][];
      ws.eachRow((row, n) => { if (n > 2) rows.push((row.values as unknown[]).slice(1)); });
      return { header, rows, count: res.headers.get('x-doudi-row-count') };
    };
    const where = encodeURIComponent(JSON.stringify({ step: 'DECISION' }));
    const screen = (await s.gql(`{ applications(where: { step: DECISION }, first: 500) { totalCount } }`)).data.applications.totalCount;
    const county = await sheet('county', `/api/exports/applications.xlsx?where=${where}`);
    expect(county.rows).toHaveLength(screen);
    const idCol = county.header.indexOf('身份证号');
    expect(String(county.rows[0]![idCol])).toMatch(/^\d{17}[\dX]$/);
    const masked = await sheet('auditor', `/api/exports/applications.xlsx?where=${where}`);
    expect(String(masked.rows[0]![idCol])).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const logged = (await s.gql(`{ piiAccessEvents(first: 20) { edges { node { actor purpose entityIds } } } }`)).data.piiAccessEvents.edges.map((e: any) => e.node);
    expect(logged.find((n: any) => n.actor === 'county' && n.purpose === 'export').entityIds.length).toBe(screen);
    expect(logged.some((n: any) => n.actor === 'auditor')).toBe(false);
    const yanghe = await sheet('yanghe', '/api/exports/epidemic-uncovered.xlsx');
    const mine = (await (await s.as('yanghe'))(`{ epidemicUncovered { householdCode } }`)).data.epidemicUncovered;
    expect(yanghe.rows.map((r) => String(r[0]))).toEqual(mine.map((r: any) => r.householdCode));
    expect((await sheet('county', '/api/exports/gradual-exit-candidates.xlsx')).rows.length).toBeGreaterThan(0);
    const bad = await fetch(`${s.url}/api/exports/applications.xlsx?where=${encodeURIComponent('{"step":"NOPE"}')}`, { headers: { authorization: `Bearer ${await token('county')}` } });
    expect(bad.status).toBe(400);
  });
});
