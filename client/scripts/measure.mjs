#!/usr/bin/env node
// Measures the ledger client in a real Chromium (playwright-core + Debian's chromium):
//   - first rows painted after opening a ledger (a full page load, logged in), median of several loads;
//   - switching to another ledger tab until its rows are painted;
//   - jumping to the last row (Ctrl+End) until it is painted;
//   - the JavaScript the ledger page loads, gzipped (what the browser fetched, re-gzipped at level 9).
// Usage (after `pnpm build`):
//   node client/scripts/measure.mjs                       starts server/dist/main.js on a scratch SQLite with demo data
//   node client/scripts/measure.mjs --households 20000    more demo households for the scratch server
//   node client/scripts/measure.mjs --url http://host:4000 --user admin --password …   measures a running server
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import net from 'node:net';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]?.startsWith('--') ? 'true' : all[i + 1]]] : acc), []),
);
const runs = Number(args.runs ?? 5);
const category = args.category ?? 'MONITORED';

async function freePort() {
  return new Promise((res) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), 'doudi-measure-'));
  const port = await freePort();
  const password = 'measure-demo-password';
  const child = spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), DATABASE_URL: join(dir, 'm.sqlite'), DOUDI_DEMO_PASSWORD: password, DOUDI_DEMO_HOUSEHOLDS: args.households ?? '3000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${out}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      // starting
    }
    if (Date.now() > deadline) throw new Error(`server not ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    password,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const firstRowPainted = (page) =>
  page.waitForFunction(() => {
    const cell = document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="headName"]');
    return cell && cell.textContent.trim() ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 30_000 });

const own = args.url ? null : await startServer();
const url = args.url ?? own.url;
const user = args.user ?? 'admin';
const password = args.password ?? own?.password ?? process.env.DOUDI_DEMO_PASSWORD;
const browser = await chromium.launch({
  executablePath: process.env.DOUDI_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  // Log in once (the token lives in sessionStorage, which survives reloads of the tab).
  await page.goto(`${url}/login`);
  // The login page (lazily loaded), or the ledger straight away on a server without login.
  await page.waitForSelector('input[name="username"], .ag-row', { timeout: 30_000 });
  if (await page.locator('input[name="username"]').count()) {
    await page.fill('input[name="username"]', user);
    await page.fill('input[name="password"]', password ?? '');
    await page.click('button[type="submit"]');
  }
  await page.waitForSelector('.ag-row', { timeout: 30_000 });

  // JavaScript of a ledger page load, from an empty cache.
  const client = await context.newCDPSession(page);
  await client.send('Network.clearBrowserCache');
  const scripts = new Map();
  const onResponse = async (r) => {
    if (r.request().resourceType() !== 'script') return;
    try {
      scripts.set(r.url(), await r.body());
    } catch {
      // redirected or aborted
    }
  };
  page.on('response', onResponse);
  const loads = [];
  for (let i = 0; i < runs; i++) {
    if (i > 0) await client.send('Network.clearBrowserCache');
    await page.goto(`${url}/ledger/${category}`);
    loads.push(await (await firstRowPainted(page)).jsonValue());
  }
  page.off('response', onResponse);
  let raw = 0;
  let gz = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }

  // Another ledger tab (client-side navigation).
  const tabs = [];
  for (const c of ['UNLIFTED', 'MARGINAL', 'SUDDEN', category]) {
    const t0 = await page.evaluate(() => performance.now());
    await page.click(`[data-category="${c}"] >> nth=0`);
    await page.waitForSelector(`.ledger[data-category="${c}"]`);
    tabs.push((await (await firstRowPainted(page)).jsonValue()) - t0);
  }

  // The end of the ledger: Ctrl+End from the first cell, until the last row is painted. Past the server's count cap
  // the client first finds the end in the background ("至少 N 户" turns into "共 N 户").
  await page.goto(`${url}/ledger/${category}`);
  await firstRowPainted(page);
  const tCount0 = await page.evaluate(() => performance.now());
  const tCount = await page
    .waitForFunction(() => document.querySelector('[data-testid="row-count"]')?.textContent?.includes('共') && performance.now(), null, { timeout: 60_000 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  await page.click('.ag-row[row-index="0"] .ag-cell[col-id="headName"]');
  await page.waitForSelector('.ag-cell-focus');
  const count = await page.textContent('[data-testid="row-count"]');
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+End');
  const expectedLast = Number((count ?? '').replace(/[^\d]/g, '')) - 1;
  const tEnd = await page.waitForFunction((lastIndex) => {
    const rows = [...document.querySelectorAll('.ag-row[row-index]')].filter((r) => !r.closest('.ag-floating-bottom'));
    const max = Math.max(...rows.map((r) => Number(r.getAttribute('row-index'))));
    const last = rows.find((r) => Number(r.getAttribute('row-index')) === max);
    const cell = last?.querySelector('.ag-cell[col-id="headName"]');
    return max >= lastIndex && cell && cell.textContent.trim() ? [performance.now(), max] : false;
  }, expectedLast, { polling: 'raf', timeout: 60_000 }).then((h) => h.jsonValue()).catch((e) => {
    console.error(`Ctrl+End: ${String(e).split('\n')[0]}`);
    return null;
  });

  const fmt = (ms) => `${Math.round(ms)} ms`;
  console.log(`server: ${url} (${own ? `scratch, ${args.households ?? 3000} demo households` : 'given'}), ledger ${category}: ${count}`);
  console.log(`first rows painted, full page load (median of ${runs}, empty cache): ${fmt(median(loads))}  [${loads.map(fmt).join(', ')}]`);
  console.log(`switch ledger tab → rows painted (median): ${fmt(median(tabs))}  [${tabs.map(fmt).join(', ')}]`);
  console.log(`exact row count known after first paint: ${tCount === null ? 'not within 60 s' : fmt(tCount - tCount0)}`);
  console.log(`Ctrl+End → last row painted: ${tEnd === null ? 'not reached in 60 s' : `${fmt(tEnd[0] - t0)} (row ${tEnd[1] + 1})`}`);
  console.log(`initial JavaScript of the ledger page: ${scripts.size} files, ${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzipped`);
  for (const [u, body] of [...scripts].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(7)} kB gz  ${u.replace(url, '')}`);
  }
} finally {
  await browser.close();
  await own?.stop();
}
