// The integrator's guide (docs/integrators.md), run as printed: a token made with the CLI as §1 says, then the curl,
// Python (`requests`) and TypeScript (GraphQL Code Generator, the real CLI, against the running server with the
// token) examples, each against the production build. The code blocks are read from the guide itself, so the guide
// cannot drift from what works.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { gql, repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

const guide = readFileSync(join(repoRoot, 'docs', 'integrators.md'), 'utf8');

/** The fenced block whose first line is the marker comment `# example: NAME` or `// example: NAME`. */
function example(name: string): string {
  const blocks = [...guide.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.filter((b) => new RegExp(`^(#|//) example: ${name.replace(/[.]/g, '\\.')}\\n`).test(b));
  if (found.length !== 1) throw new Error(`docs/integrators.md: ${found.length} blocks marked "example: ${name}"`);
  return found[0]!;
}

/**
 * Runs a program to its end without blocking the event loop (spawnSync would: the HTTP client's idle sockets could
 * not see the server close them meanwhile, and the next request would meet a closed one).
 */
function runProc(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const YANGHE = '640121100';
let srv: RunningServer;
let env: NodeJS.ProcessEnv;
let auth: Record<string, string>;

beforeAll(async () => {
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '80' });
  // §1: a township's token from the CLI, on the server's own database
  const cli = await runProc(process.execPath, [join(repoRoot, 'server', 'dist', 'cli.js'), 'token', 'create', '--name', '杨和镇比对',
    '--scopes', 'ledger:read', '--region', YANGHE, '--days', '1'], { env: { ...process.env, DATABASE_URL: srv.databaseUrl } });
  expect(cli.status, cli.stderr).toBe(0);
  const out = cli.stdout;
  const secret = out.trim().split('\n').at(-1)!.trim();
  expect(out).toContain('shown once');
  env = { ...process.env, DOUDI_URL: srv.url, DOUDI_TOKEN: secret };
  auth = { authorization: `Bearer ${secret}` };
});
afterAll(async () => {
  await srv?.stop();
});

/** What the API itself says: the township's households, in code order. */
async function expected(where: Record<string, unknown>): Promise<{ code: string }[]> {
  const rows: { code: string }[] = [];
  let after: string | null = null;
  do {
    const r = await gql(srv.url, 'query($w: HouseholdWhere, $a: String) { households(where: $w, first: 500, after: $a, orderBy: [{ field: code, direction: ASC }]) { pageInfo { hasNextPage endCursor } edges { node { code riskTypes } } } }',
      { w: where, a: after }, auth);
    expect(r.errors).toBeUndefined();
    rows.push(...r.data.households.edges.map((e: { node: { code: string } }) => e.node));
    after = r.data.households.pageInfo.hasNextPage ? r.data.households.pageInfo.endCursor : null;
  } while (after);
  return rows;
}

describe('docs/integrators.md examples, run against the built server', () => {
  it('the token is confined to its township and cannot read outside it', async () => {
    const r = await gql(srv.url, '{ households(first: 500) { edges { node { regionCode } } } }', undefined, auth);
    expect(r.data.households.edges.length).toBeGreaterThan(0);
    for (const e of r.data.households.edges) expect(e.node.regionCode.startsWith(YANGHE)).toBe(true);
  });

  it('curl: the first page of monitored households, as JSON', async () => {
    const r = await runProc('bash', ['-c', example('curl')], { env });
    expect(r.status, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.errors).toBeUndefined();
    const want = await expected({ regionCode: { startsWith: YANGHE }, category: { eq: 'MONITORED' } });
    expect(body.data.households.totalCount).toBe(want.length);
    expect(body.data.households.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(want.slice(0, 20).map((h) => h.code));
  });

  it('Python with requests: every household of the township over several pages, as CSV', async () => {
    const dir = mkdtempSync(join(repoRoot, 'test', '.tmp-python-'));
    try {
      const script = join(dir, 'households.py');
      writeFileSync(script, example('python'));
      const hasRequests = (await runProc('python3', ['-c', 'import requests'])).status === 0;
      if (!hasRequests) {
        // No `requests` on this machine: the query is at least checked against the schema.
        const query = /QUERY = """([\s\S]*?)"""/.exec(example('python'))![1]!;
        const schema = buildSchema(readFileSync(join(repoRoot, 'server', 'schema.graphql'), 'utf8'));
        expect(validate(schema, parse(query))).toEqual([]);
        return;
      }
      const r = await runProc('python3', [script, YANGHE, '7'], { env });
      expect(r.status, r.stderr).toBe(0);
      const lines = r.stdout.trim().split(/\r?\n/);
      expect(lines[0]).toBe('code,regionName,headName,category,riskStatus,memberCount,incomePerCapita');
      const codes = lines.slice(1).map((l) => l.split(',')[0]);
      const want = await expected({ regionCode: { startsWith: YANGHE } });
      expect(want.length).toBeGreaterThan(7); // several pages of 7
      expect(codes).toEqual(want.map((h) => h.code));
      // an error comes back as its code
      const bad = await runProc('python3', [script, YANGHE, '100000'], { env });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('OUT_OF_RANGE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('TypeScript: GraphQL Code Generator reads the schema from the server with the token; typed documents compile and run', async () => {
    // Inside client/ so that the generator, TypeScript and @graphql-typed-document-node/core resolve from its node_modules.
    const dir = mkdtempSync(join(repoRoot, 'client', '.tmp-integrator-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'codegen.ts'), example('codegen.ts'));
      writeFileSync(join(dir, 'src', 'at-risk.ts'), example('src/at-risk.ts'));
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'commonjs' }));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node10', strict: true, outDir: 'dist', rootDir: 'src', skipLibCheck: true, lib: ['ES2023', 'DOM'], types: ['node'], typeRoots: [join(repoRoot, 'server', 'node_modules', '@types')], ignoreDeprecations: '5.0' },
        include: ['src'],
      }));
      const bin = (name: string) => join(repoRoot, 'client', 'node_modules', '.bin', name);
      const codegen = await runProc(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: dir, env });
      expect(codegen.status, `${codegen.stdout}\n${codegen.stderr}`).toBe(0);
      expect(existsSync(join(dir, 'src', 'gql', 'graphql.ts'))).toBe(true);
      const generated = readFileSync(join(dir, 'src', 'gql', 'graphql.ts'), 'utf8');
      expect(generated).toContain('export type AtRiskQuery');
      const tsc = await runProc(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
      expect(tsc.status, tsc.stdout).toBe(0);
      const run = await runProc(process.execPath, [join(dir, 'dist', 'at-risk.js'), YANGHE], { env });
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout) as { households: number; byRisk: Record<string, number> };
      const want = await expected({ regionCode: { startsWith: YANGHE }, riskStatus: { eq: 'MONITORING' } });
      expect(result.households).toBe(want.length);
      const byRisk: Record<string, number> = {};
      for (const h of want as unknown as { riskTypes: string[] }[]) for (const t of h.riskTypes) byRisk[t] = (byRisk[t] ?? 0) + 1;
      expect(result.byRisk).toEqual(byRisk);
      // a typed document catches a wrong field before anything runs
      writeFileSync(join(dir, 'src', 'wrong.ts'), "import { graphql } from './gql';\nexport const W = graphql(`query W { households { edges { node { noSuchField } } } }`);\n");
      const wrong = await runProc(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: dir, env });
      expect(wrong.status).not.toBe(0); // the same config generated a moment ago: only the wrong field differs
      expect(readFileSync(join(dir, 'src', 'gql', 'graphql.ts'), 'utf8')).not.toContain('WQuery');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000); // two generator runs and a compile on a shared machine
});
