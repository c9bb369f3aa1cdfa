import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, MutableClock, TEST_DB_KIND, TEST_PASSWORD, type TestServer } from '../../test-support/harness.js';
import { china, makeHousehold } from '../../test-support/assistance-kit.js';
import { findingsOf } from '../../test-support/comparison-kit.js';

// A source through the import wizard's path: POST /api/imports with target=comparison and a kind (a GBK CSV with a
// title row, a 15-digit number, a bad row and a footer), dry run then commit; the source file and the findings'
// Excel export with the same masking as the screen.

const FIX = fileURLToPath(new URL('../../../test-fixtures/comparison/', import.meta.url));
const clock = new MutableClock(china('2026-06-15T10:00:00'));
let s: TestServer;
const tokens = new Map<string, string>();
async function token(user: string): Promise<string> {
  if (!tokens.has(user)) {
    const res = await s.anon(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: user, p: TEST_PASSWORD });
    tokens.set(user, res.data.login.token as string);
  }
  return tokens.get(user)!;
}
async function upload(fields: Record<string, string>, user = 'county', file = 'death-gbk.csv') {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(readFileSync(`${FIX}${file}`))]), file);
  const res = await fetch(`${s.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await token(user)}` } });
  return { status: res.status, body: (await res.json()) as any };
}
const get = async (path: string, user: string) => fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${await token(user)}` } });

beforeAll(async () => {
  s = await startTestServer({ clock });
  await makeHousehold(s.gql, {}, [{ name: '纳富贵', idNumber: '640121194803030014', relation: 'HEAD' }, { name: '苏桂兰', idNumber: '640121195204040020', relation: 'SPOUSE' }]);
});
afterAll(async () => {
  await s?.stop();
});

describe(`comparison sources through POST /api/imports on ${TEST_DB_KIND}`, () => {
  it('dry run: finds the header under the title, maps the columns, converts the 15-digit number, reports the bad row by its cell', async () => {
    const r = await upload({ target: 'comparison', kind: 'DEATH', asOf: '2026-05-31', mode: 'dry-run' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ headerRow: 3, rows: 3, valid: 2, invalid: 1, committed: false, created: 2 });
    expect(r.body.columns.map((c: any) => [c.letter, c.field])).toEqual([['A', null], ['B', 'idNumber'], ['C', 'name'], ['D', 'deathDate'], ['E', null]]);
    expect(r.body.errors).toEqual([{ row: 6, column: 'B', field: 'idNumber', code: 'INVALID_ID_NUMBER', message: expect.stringContaining('18位') }]);
    expect((await s.gql('{ comparisonSources { id } }')).data.comparisonSources).toEqual([]);
  });

  it('options and scope: a missing kind, a township user, a required column missing after the mapping', async () => {
    expect((await upload({ target: 'comparison', mode: 'dry-run' })).body.errors[0]).toMatchObject({ field: 'kind', code: 'BAD_USER_INPUT' });
    expect((await upload({ target: 'comparison', kind: 'DEATH', mode: 'dry-run' }, 'yanghe')).status).toBe(403);
    const unmapped = await upload({ target: 'comparison', kind: 'DEATH', mode: 'dry-run', mapping: JSON.stringify({ D: null }) });
    expect(unmapped.body.errors).toEqual([expect.objectContaining({ field: 'deathDate', code: 'MISSING_COLUMN', message: '缺少必填列“死亡日期”' })]);
  });

  it('commit (valid rows only): stores the source with its file hash, runs the comparison, the findings reach the township', async () => {
    const r = await upload({ target: 'comparison', kind: 'DEATH', asOf: '2026-05-31', mode: 'commit', atomic: 'false', agency: '永宁县公安局' });
    expect(r.body).toMatchObject({ committed: true, created: 2, invalid: 1, findings: 2 });
    const [src] = (await s.gql('{ comparisonSources { id kind agency asOf via rowCount fileName fileSha256 status matchedRows } }')).data.comparisonSources;
    expect(src).toMatchObject({ kind: 'DEATH', agency: '永宁县公安局', asOf: '2026-05-31', via: 'IMPORT', rowCount: 2, fileName: 'death-gbk.csv', status: 'MATCHED', matchedRows: 2 });
    const { createHash } = await import('node:crypto');
    expect(src.fileSha256).toBe(createHash('sha256').update(readFileSync(`${FIX}death-gbk.csv`)).digest('hex'));
    const file = await get(`/api/comparison/sources/${src.id}/file`, 'county');
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(readFileSync(`${FIX}death-gbk.csv`))).toBe(true);
    expect((await get(`/api/comparison/sources/${src.id}/file`, 'office')).status).toBe(403);
    const fs = await findingsOf(await s.as('yanghe'), { sourceId: src.id });
    expect(fs.map((f) => [f.rule, f.personName, f.rowNo]).sort()).toEqual([['DECEASED_IN_LEDGER', '纳富贵', 4], ['DECEASED_IN_LEDGER', '苏桂兰', 5]]);
  });

  it('exports the findings to Excel masked as on screen: ID numbers masked for a reader without pii:read', async () => {
    const read = async (user: string) => {
      const res = await get('/api/comparison/findings.xlsx?rule=DECEASED_IN_LEDGER', user);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const ws = wb.worksheets[0]!;
      return { header: ws.getRow(1).values as unknown[], ids: [ws.getRow(2).getCell(7).value, ws.getRow(3).getCell(7).value].map(String).sort() };
    };
    const county = await read('county');
    expect(county.header).toContain('身份证号');
    expect(county.ids).toEqual(['640121194803030014', '640121195204040020']);
    const office = await read('office');
    expect(office.ids).toEqual(['640121********0014', '640121********0020']);
    expect((await get('/api/comparison/findings.xlsx?state=NOPE', 'county')).status).toBe(400);
    expect((await fetch(`${s.url}/api/comparison/findings.xlsx`)).status).toBe(401);
  });
});
