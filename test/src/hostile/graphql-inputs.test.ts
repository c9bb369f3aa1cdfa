// Hostile GraphQL and HTTP inputs against the built server, on each database: oversized, nested and control-character
// variants of every argument and input field of the schema (read by introspection), cursors, login, malformed JSON
// bodies carrying personal data, export filters, heavy-job slots. Every case must get its coded answer (never a 500 or
// INTERNAL_SERVER_ERROR), while /healthz keeps answering within 1 s, memory stays bounded and no data changes.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DATABASES, loginHeaders, startBuiltServer, type RunningServer } from '../server-process.js';
import {
  fingerprint, introspect, named, sampleValue, typeText, unwrap, watchServer, type InputValue, type Schema, type TypeRef,
} from './support.js';

/** The stated bound on the server's resident memory while the suite runs. */
const RSS_BOUND_MB = 600;
const LONG = 'x'.repeat(300_001); // longer than every string bound (the widest, a view state, is 256 KiB)
const NUL = 'a\u0000b';
const PII = { password: 'Hostile-Secret-9f3k', idNumber: '640121199001011234', phone: '13912345678', name: '张敏感' };

interface Answer { status: number; code: string | undefined; text: string }
interface Case { name: string; code: string; status?: number; run: () => Promise<Answer> }

async function post(url: string, body: string, headers: Record<string, string>, contentType = 'application/json'): Promise<Answer> {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  const text = await r.text();
  let code: string | undefined;
  try {
    const j = JSON.parse(text);
    code = j.errors?.[0]?.extensions?.code ?? j.code;
  } catch {
    code = undefined;
  }
  return { status: r.status, code, text: text.slice(0, 300) };
}

const gqlCase = (url: string, headers: Record<string, string>, query: string, variables?: unknown) =>
  () => post(url, JSON.stringify({ query, variables }), headers);

/** Sets `value` at `path` inside a copy of `base` (creating objects and a first list element on the way). */
function withAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const arr = Array.isArray(base) ? [...base] : [];
    arr[head] = withAt(arr[head] ?? {}, rest, value);
    return arr;
  }
  const obj = { ...((base && typeof base === 'object' && !Array.isArray(base)) ? base : {}) } as Record<string, unknown>;
  obj[head] = withAt(obj[head], rest, value);
  return obj;
}

const isStringy = (t: TypeRef) => unwrap(t).kind === 'SCALAR' && ['String', 'ID'].includes(named(t).name!);

/** Every place a hostile value can go inside an argument's type: strings, lists, self-nesting (and/or). */
interface Spot { path: (string | number)[]; type: TypeRef; owner: string; field: string }
function spots(schema: Schema, t: TypeRef, owner: string, field: string, path: (string | number)[] = [], seen = new Set<string>()): Spot[] {
  const out: Spot[] = [{ path, type: t, owner, field }];
  const u = unwrap(t);
  const inner = u.kind === 'LIST' ? unwrap(u.ofType!) : u;
  const innerPath = u.kind === 'LIST' ? [...path, 0] : path;
  if (inner.kind !== 'INPUT_OBJECT' || seen.has(inner.name!) || path.length > 4) return out;
  const type = schema.types.get(inner.name!)!;
  const next = new Set(seen).add(inner.name!);
  for (const f of type.inputFields ?? []) out.push(...spots(schema, f.type, inner.name!, f.name, [...innerPath, f.name], next));
  return out;
}

function nest(key: string, depth: number, leaf: unknown): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = { [key]: [v] };
  return v;
}

/** Cases for every argument of every root field: a too-long string, NUL, a too-long list, too-deep and too-broad and/or. */
function schemaCases(schema: Schema, url: string, headers: Record<string, string>): Case[] {
  const cases: Case[] = [];
  for (const [opType, rootName] of [['query', schema.query], ['mutation', schema.mutation]] as const) {
    for (const f of schema.types.get(rootName)!.fields ?? []) {
      if (f.args.length === 0) continue;
      const returnsObject = ['OBJECT', 'INTERFACE', 'UNION'].includes(schema.types.get(named(f.type).name!)!.kind);
      const sel = returnsObject ? ' { __typename }' : '';
      const operation = (tested: InputValue) => {
        const used = f.args.filter((a) => a === tested || a.type.kind === 'NON_NULL');
        const defs = used.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
        const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
        const base: Record<string, unknown> = {};
        for (const a of used) base[a.name] = sampleValue(schema, a.type);
        return { query: `${opType} (${defs}) { ${f.name}(${args})${sel} }`, base };
      };
      for (const arg of f.args) {
        const { query, base } = operation(arg);
        for (const spot of spots(schema, arg.type, `${rootName}.${f.name}`, arg.name)) {
          const where = `${f.name}(${[arg.name, ...spot.path].join('.')})`;
          const set = (value: unknown) => ({ ...base, [arg.name]: withAt(base[arg.name], spot.path, value) });
          const u = unwrap(spot.type);
          if (isStringy(spot.type)) {
            if (`${spot.owner}.${spot.field}` !== 'EvidenceUpload.base64') {
              cases.push({ name: `${where} too long`, code: 'TOO_LONG', run: gqlCase(url, headers, query, set(LONG)) });
            }
            cases.push({ name: `${where} NUL`, code: 'BAD_USER_INPUT', run: gqlCase(url, headers, query, set(NUL)) });
          } else if (u.kind === 'LIST') {
            const n = spot.path.length === 0 ? 5_001 : ['and', 'or'].includes(spot.field) ? 101 : 1_001;
            cases.push({ name: `${where} ${n} items`, code: 'TOO_LARGE', run: gqlCase(url, headers, query, set(Array.from({ length: n }, () => 0))) });
          } else if (u.kind === 'INPUT_OBJECT' && spot.path.length === 0) {
            const fields = schema.types.get(u.name!)!.inputFields ?? [];
            if (fields.some((x) => x.name === 'or')) {
              cases.push({ name: `${where} or 9 deep`, code: 'TOO_DEEP', run: gqlCase(url, headers, query, set(nest('or', 9, {}))) });
              cases.push({ name: `${where} and 50 deep`, code: 'TOO_DEEP', run: gqlCase(url, headers, query, set(nest('and', 50, {}))) });
              cases.push({ name: `${where} or 10,000 siblings`, code: 'TOO_LARGE', run: gqlCase(url, headers, query, set({ or: Array.from({ length: 10_000 }, () => ({})) })) });
              // the same as literals in the document
              const lit = `${opType} { ${f.name}(${arg.name}: ${'{ or: ['.repeat(9)}{}${'] }'.repeat(9)})${sel} }`;
              if (f.args.every((a) => a === arg || a.type.kind !== 'NON_NULL')) {
                cases.push({ name: `${where} literal or 9 deep`, code: 'TOO_DEEP', run: gqlCase(url, headers, lit) });
              }
            }
          }
        }
      }
    }
  }
  return cases;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

async function cursorCases(url: string, headers: Record<string, string>): Promise<Case[]> {
  const cases: Case[] = [];
  const connections = ['households', 'auditEvents', 'piiAccessEvents', 'dibaoCases', 'reliefGrants', 'tekunPersons', 'riskReferrals', 'assignments'];
  for (const c of connections) {
    const q = `query ($after: String) { ${c}(first: 1, after: $after) { edges { cursor } } }`;
    const page = JSON.parse((await post(url, JSON.stringify({ query: q }), headers)).text || '{}');
    const real = page.data?.[c]?.edges?.[0]?.cursor as string | undefined;
    const order = real ? (JSON.parse(Buffer.from(real, 'base64url').toString('utf8')).o as string) : 'id:A';
    const variants: [string, string, string][] = [
      ['huge', 'A'.repeat(100_000), 'TOO_LONG'],
      ['600 characters', 'A'.repeat(600), 'TOO_LONG'],
      ['garbage', '!!not a cursor!!', 'BAD_USER_INPUT'],
      // A 400-digit id makes a cursor longer than its bound; 250 digits stay within it and are out of range.
      ['400-digit id', b64(`{"o":${JSON.stringify(order)},"v":[${'9'.repeat(400)}]}`), 'TOO_LONG'],
      ['250-digit id', b64(`{"o":${JSON.stringify(order)},"v":[${'9'.repeat(250)}]}`), 'BAD_USER_INPUT'],
      ['20-digit id', b64(`{"o":${JSON.stringify(order)},"v":[${'9'.repeat(20)}]}`), 'BAD_USER_INPUT'],
      ['object value', b64(JSON.stringify({ o: order, v: [{ a: 1 }] })), 'BAD_USER_INPUT'],
      ['NUL in value', b64(JSON.stringify({ o: order, v: ['\u0000'] })), 'BAD_USER_INPUT'],
      ['not JSON', b64('{"o":'), 'BAD_USER_INPUT'],
    ];
    for (const [name, after, code] of variants) {
      cases.push({ name: `${c} cursor ${name}`, code, run: gqlCase(url, headers, q, { after }) });
    }
  }
  return cases;
}

function loginCases(url: string): Case[] {
  const q = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
  return [
    { name: 'login 10 MB username', code: 'TOO_LONG', run: gqlCase(url, {}, q, { u: 'u'.repeat(10 * 1024 * 1024), p: 'x' }) },
    { name: 'login 65-character username', code: 'TOO_LONG', run: gqlCase(url, {}, q, { u: 'u'.repeat(65), p: 'x' }) },
    { name: 'login 257-character password', code: 'TOO_LONG', run: gqlCase(url, {}, q, { u: 'admin', p: 'p'.repeat(257) }) },
    { name: 'login NUL username', code: 'BAD_USER_INPUT', run: gqlCase(url, {}, q, { u: 'adm\u0000in', p: 'x' }) },
    { name: 'login 20 MB body', code: 'TOO_LARGE', status: 413, run: gqlCase(url, {}, q, { u: 'u'.repeat(20 * 1024 * 1024), p: 'x' }) },
    { name: 'login literal 100 KB username', code: 'TOO_LONG', run: gqlCase(url, {}, `mutation { login(username: "${'u'.repeat(100_000)}", password: "x") { token } }`) },
  ];
}

function rawCases(url: string, headers: Record<string, string>): Case[] {
  const secret = `"password": "${PII.password}", "idNumber": "${PII.idNumber}", "phone": "${PII.phone}", "name": "${PII.name}"`;
  const deepText = `{ households(where: ${'{ or: ['.repeat(1_000_000)}{}${'] }'.repeat(1_000_000)}) { totalCount } }`;
  const deepJson = `{"query": "query ($w: HouseholdWhere) { households(where: $w) { totalCount } }", "variables": {"w": ${'{"or":['.repeat(1_000_000)}{}${']}'.repeat(1_000_000)}}}`;
  return [
    { name: 'malformed JSON: truncated, with personal data', code: 'BAD_REQUEST', status: 400, run: () => post(url, `{"query": "mutation { login }", "variables": { ${secret}`, {}) },
    { name: 'malformed JSON: single quotes, with personal data', code: 'BAD_REQUEST', status: 400, run: () => post(url, `{'query': 'x', ${secret}}`, {}) },
    { name: 'malformed JSON: trailing garbage, with personal data', code: 'BAD_REQUEST', status: 400, run: () => post(url, `{${secret}} ${PII.idNumber}`, headers) },
    { name: 'malformed JSON: bare text with personal data', code: 'BAD_REQUEST', status: 400, run: () => post(url, `${PII.name} ${PII.idNumber} ${PII.phone} ${PII.password}`, headers) },
    { name: 'malformed JSON: NUL byte inside', code: 'BAD_REQUEST', status: 400, run: () => post(url, `{"query": "\u0000 ${PII.idNumber}"`, headers) },
    { name: 'query text 1,000,000 deep (10 MB)', code: 'TOO_LARGE', status: 400, run: () => post(url, JSON.stringify({ query: deepText }), headers) },
    { name: 'query text 1,000 deep', code: 'TOO_DEEP', status: 400, run: () => post(url, JSON.stringify({ query: `{ households(where: ${'{ or: ['.repeat(1000)}{}${'] }'.repeat(1000)}) { totalCount } }` }), headers) },
    { name: 'query text 65 deep', code: 'TOO_DEEP', status: 400, run: () => post(url, JSON.stringify({ query: `{ households(where: ${'{ or: ['.repeat(33)}{}${'] }'.repeat(33)}) { totalCount } }` }), headers) },
    { name: 'query text 300,000 characters', code: 'TOO_LARGE', status: 400, run: () => post(url, JSON.stringify({ query: `{ me { username } }${' '.repeat(300_000)}` }), headers) },
    { name: 'JSON body 1,000,000 deep', code: 'TOO_DEEP', status: 400, run: () => post(url, deepJson, headers) },
    { name: 'string literal with an escaped NUL', code: 'BAD_USER_INPUT', run: () => post(url, JSON.stringify({ query: '{ households(where: { headName: { contains: "a\\u0000b" } }) { totalCount } }' }), headers) },
    { name: 'in with 100,000 items', code: 'TOO_LARGE', run: gqlCase(url, headers, 'query ($w: HouseholdWhere) { households(where: $w) { totalCount } }', { w: { riskTypes: { in: Array.from({ length: 100_000 }, () => 'ILLNESS') } } }) },
    { name: 'contains with a 10 MB string', code: 'TOO_LONG', run: gqlCase(url, headers, 'query ($w: HouseholdWhere) { households(where: $w) { totalCount } }', { w: { headName: { contains: 'x'.repeat(10 * 1024 * 1024) } } }) },
  ];
}

async function getExport(url: string, headers: Record<string, string>, path: string): Promise<Answer> {
  const r = await fetch(`${url}${path}`, { headers });
  const text = await r.text();
  let code: string | undefined;
  try {
    code = JSON.parse(text).code;
  } catch {
    code = undefined;
  }
  return { status: r.status, code, text: text.slice(0, 300) };
}

function exportCases(url: string, headers: Record<string, string>): Case[] {
  const cases: Case[] = [];
  const files: [string, Record<string, unknown>][] = [['households.xlsx', {}], ['monthly-checks.xlsx', { month: '2026-01' }], ['assignments.xlsx', {}]];
  for (const [file, base] of files) {
    const variants: [string, unknown, string][] = [
      ['where 50 deep', { ...base, ...(nest('and', 50, {}) as object) }, 'TOO_DEEP'],
      ['where 500 deep', { ...base, ...(nest('or', 500, {}) as object) }, 'TOO_DEEP'],
      ['NUL in a filter', { ...base, regionCode: NUL }, 'BAD_USER_INPUT'],
      ['10,001-character string', { ...base, regionCode: 'x'.repeat(10_001) }, 'TOO_LONG'],
      ['or with 101 siblings', { ...base, or: Array.from({ length: 101 }, () => ({})) }, 'TOO_LARGE'],
    ];
    for (const [name, where, code] of variants) {
      cases.push({ name: `export ${file} ${name}`, code, status: 400, run: () => getExport(url, headers, `/api/exports/${file}?where=${encodeURIComponent(JSON.stringify(where))}`) });
    }
  }
  return cases;
}

/** Starts a multipart import whose body never ends: it holds a heavy-job slot until the socket is destroyed. */
function hangingImport(url: string, headers: Record<string, string>): Promise<http.ClientRequest> {
  return new Promise((resolve) => {
    const u = new URL(`${url}/api/imports`);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=XyZ' } });
    req.on('error', () => undefined);
    req.write('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n户主姓名\r\n');
    // Give the server time to authenticate and take the slot before the next request.
    setTimeout(() => resolve(req), 300);
  });
}

async function postImport(url: string, headers: Record<string, string>): Promise<Answer> {
  const r = await fetch(`${url}/api/imports`, { method: 'POST', headers, body: new FormData() });
  const text = await r.text();
  let code: string | undefined;
  try {
    code = JSON.parse(text).errors?.[0]?.code;
  } catch {
    code = undefined;
  }
  return { status: r.status, code, text: text.slice(0, 300) };
}

async function runAll(cases: Case[], concurrency: number): Promise<{ c: Case; a: Answer }[]> {
  const out: { c: Case; a: Answer }[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < cases.length) {
      const c = cases[next++];
      out.push({ c, a: await c.run() });
    }
  }));
  return out;
}

describe.each(E2E_DATABASES)('hostile GraphQL and HTTP inputs (built server, %s)', (db) => {
  let server: RunningServer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    server = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '200' }, { db });
    admin = await loginHeaders(server.url, 'admin');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers every hostile input with its code, while /healthz answers, memory stays bounded and no data changes', async () => {
    const before = await fingerprint(server.url, admin);
    const schema = await introspect(server.url, admin);
    const watch = watchServer(server.url, server.pid);
    const cases = [
      ...schemaCases(schema, server.url, admin), ...(await cursorCases(server.url, admin)), ...loginCases(server.url),
      ...rawCases(server.url, admin), ...exportCases(server.url, admin),
    ];
    const t0 = performance.now();
    const results = await runAll(cases, 4);
    const seconds = (performance.now() - t0) / 1000;
    const numbers = await watch.stop();
    const wrong = results.filter(({ c, a }) => a.code !== c.code || a.status >= 500 || (c.status !== undefined && a.status !== c.status));
    console.log(`[hostile ${db}] ${results.length} cases in ${seconds.toFixed(1)} s; /healthz polled ${numbers.polls} times, ` +
      `longest stall ${Math.round(numbers.longestStallMs)} ms, ${numbers.slow} over 1 s; peak RSS ${Math.round(numbers.peakRssMb)} MB (bound ${RSS_BOUND_MB} MB)`);
    expect(wrong.map(({ c, a }) => `${c.name}: expected ${c.code}${c.status ? `/${c.status}` : ''}, got ${a.status} ${a.code} ${a.text}`)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(120);
    expect(numbers.slow).toBe(0);
    expect(numbers.peakRssMb).toBeLessThan(RSS_BOUND_MB);
    expect(await fingerprint(server.url, admin)).toBe(before);
    // Nothing of the malformed bodies reached the log, and no JavaScript message reached a client.
    const out = server.output();
    for (const value of Object.values(PII)) expect(out).not.toContain(value);
    // Every case was the caller's fault: none of them is an internal error in the log.
    expect(out).not.toMatch(/internal error|RangeError|SyntaxError/);
    for (const { a } of results) expect(a.text).not.toMatch(/RangeError|Maximum call stack|Cannot read properties|SyntaxError|Unexpected token/);
  }, 240_000);

  it('limits heavy jobs per caller (TOO_MANY_JOBS, 429) and frees the slots of a client that went away', async () => {
    const staff = await loginHeaders(server.url, 'county');
    const held = [await hangingImport(server.url, staff), await hangingImport(server.url, staff)];
    const refused = await postImport(server.url, staff);
    expect([refused.status, refused.code]).toEqual([429, 'TOO_MANY_JOBS']);
    // another caller still has room
    expect((await postImport(server.url, admin)).code).toBe('BAD_USER_INPUT');
    for (const r of held) r.destroy();
    // The server notices the closed sockets on its own schedule: ask again until it has (at most 10 s).
    let again = await postImport(server.url, staff);
    for (let i = 0; i < 50 && again.code === 'TOO_MANY_JOBS'; i++) {
      await new Promise((r) => setTimeout(r, 200));
      again = await postImport(server.url, staff);
    }
    expect(again.code).toBe('BAD_USER_INPUT');
  });
});
