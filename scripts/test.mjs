#!/usr/bin/env node
// The whole test suite: `pnpm test`. Builds everything, then runs
//   1. the shared package's unit tests,
//   2. the server's unit and integration tests (vitest projects `unit` and `integration`) against SQLite,
//   3. the integration tests again against PostgreSQL (the unit tests use no database server, so they run once) (DOUDI_TEST_PG, or a server on 127.0.0.1:5432 if one answers),
//   4. the black-box tests in test/: the built server started as a process, over HTTP and in Chromium (Debian's
//      package: installed here with apt-get when missing and run as root, otherwise named as missing).
// Ends with one line "test: N passed, M failed". With DOUDI_REQUIRE_PG=1 (CI), a missing PostgreSQL is a failure,
// not a skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'doudi-test-'));
let passed = 0;
let failed = 0;
const notes = [];
const failures = [];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  return r.status ?? 1;
}

function vitest(name, pkg, args = [], env = {}) {
  const report = join(out, `${name}.json`);
  console.log(`\n=== ${name} ===`);
  const status = run('pnpm', ['--filter', pkg, 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json',
    `--outputFile.json=${report}`, ...args], { env });
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    for (const file of r.testResults ?? []) {
      for (const t of file.assertionResults ?? []) {
        if (t.status !== 'failed') continue;
        const first = (t.failureMessages ?? [])[0] ?? '';
        const message = first.split('\n').slice(0, 3).join(' | ').slice(0, 400);
        failures.push(`${name}: ${file.name.replace(root, '')} > ${t.fullName}: ${message}`);
      }
      if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
        failures.push(`${name}: ${file.name.replace(root, '')}: ${String(file.message ?? '').split('\n')[0].slice(0, 400)}`);
      }
    }
    if (r.numTotalTests === 0) {
      failed += 1;
      notes.push(`${name}: no test ran`);
    }
  }
  if (status !== 0) {
    notes.push(`${name}: vitest exited with ${status}`);
    if (!existsSync(report)) failed += 1;
  }
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port, timeout: 1500 }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
    s.on('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

console.log('=== build ===');
if (run('pnpm', ['build']) !== 0) {
  console.log('test: 0 passed, 1 failed (the build failed)');
  process.exit(1);
}

vitest('shared (unit)', '@doudi/shared');
vitest('client (unit)', '@doudi/client');
vitest('server (unit, and integration on SQLite)', '@doudi/server');

let pgUrl = process.env.DOUDI_TEST_PG;
if (!pgUrl && (await reachable('127.0.0.1', 5432))) pgUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';
if (pgUrl) {
  vitest('server (integration on PostgreSQL)', '@doudi/server', ['--project', 'integration'], { DOUDI_TEST_PG: pgUrl });
} else if (process.env.DOUDI_REQUIRE_PG === '1') {
  failed += 1;
  notes.push('PostgreSQL: DOUDI_REQUIRE_PG=1 but no server answered on 127.0.0.1:5432 and DOUDI_TEST_PG is unset');
} else {
  console.log('\n=== server (integration on PostgreSQL): skipped — no server on 127.0.0.1:5432; set DOUDI_TEST_PG=postgresql://… to run it ===');
  notes.push('PostgreSQL suite skipped (no server)');
}

// The browser tests need Debian's Chromium (playwright cannot download a browser here).
const chromium = process.env.DOUDI_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0) {
    console.log('\n=== installing Chromium from Debian\'s packages (apt-get install chromium) ===');
    run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
  }
}
if (!existsSync(chromium)) {
  failed += 1;
  notes.push(`Chromium is missing at ${chromium}: install Debian's package (sudo apt-get install chromium) or set DOUDI_CHROMIUM to its path`);
} else {
  vitest('e2e (built server over HTTP, and Chromium)', '@doudi/test', [], { DOUDI_CHROMIUM: chromium, ...(pgUrl ? { DOUDI_TEST_PG: pgUrl } : {}) });
}

// The failed tests once more at the very end, so a log's last lines name them.
for (const f of failures) console.log(`failed: ${f}`);
for (const n of notes) console.log(`note: ${n}`);
console.log(`test: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
