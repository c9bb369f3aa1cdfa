// Every date an export writes is China time, whatever the server's zone: this server process runs in UTC (as a
// cloud server usually does) at 19:55 UTC on 31 March — already 03:55 on 1 April in 永宁县.
process.env.TZ = 'UTC';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestServer, TEST_DB_KIND, TEST_PASSWORD, MutableClock, type TestServer } from '../../test-support/harness.js';

let s: TestServer;
const clock = new MutableClock(new Date('2026-03-31T19:55:00Z'));

beforeAll(async () => {
  s = await startTestServer({ seed: 40, clock });
});
afterAll(async () => {
  await s?.stop();
});

async function xlsx(path: string, params: Record<string, unknown>) {
  const login = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'county', p: TEST_PASSWORD });
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) q.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${s.url}${path}?${q}`, { headers: { authorization: `Bearer ${login.data.login.token}` } });
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { wb, disposition: res.headers.get('content-disposition') ?? '' };
}

describe(`exports in China time on a UTC server, on ${TEST_DB_KIND}`, () => {
  it('runs in UTC (the premise of this test)', () => {
    expect(new Date('2026-03-31T19:55:00Z').getHours()).toBe(19);
  });

  it('titles and names the workbook with the China date and time, and writes 更新时间 in China time', async () => {
    const page = await s.gql(`{ households(first: 1, orderBy: [{ field: code }]) { edges { node { code updatedAt } } } }`);
    expect(page.errors).toBeUndefined();
    const h = page.data.households.edges[0].node;
    const { wb, disposition } = await xlsx('/api/exports/households.xlsx', { columns: 'code,updatedAt', orderBy: [{ field: 'code' }] });
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toMatch(/（2026年4月，2026-04-01 03:55 导出）$/);
    expect(disposition).toContain('_2026-04.xlsx');
    expect(ws.getRow(2).getCell(2).value).toBe('更新时间');
    expect(ws.getRow(3).getCell(1).value).toBe(h.code);
    // exceljs reads the cell's serial back as UTC fields: they must be the China wall clock of updatedAt
    const cell = ws.getRow(3).getCell(2).value as Date;
    expect(cell).toBeInstanceOf(Date);
    expect(cell.getTime()).toBe(new Date(h.updatedAt).getTime() + 8 * 3600_000);
  });

  it('titles the accountability and monthly-check exports in China time', async () => {
    const tasks = await xlsx('/api/exports/assignments.xlsx', {});
    expect(String(tasks.wb.worksheets[0]!.getCell('A1').value)).toMatch(/责任台账（2026年4月，2026-04-01 03:55 导出）$/);
    expect(tasks.disposition).toContain('assignments_2026-04.xlsx');
    const checks = await xlsx('/api/exports/monthly-checks.xlsx', { where: { month: '2026-03' } });
    expect(String(checks.wb.worksheets[0]!.getCell('A1').value)).toMatch(/（2026年3月，2026-04-01 03:55 导出）$/);
  });
});
