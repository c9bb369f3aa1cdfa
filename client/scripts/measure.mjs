#!/usr/bin/env node
// Measures the ledger client the way a user meets it, in a real Chromium (playwright-core + Debian's chromium):
//   - a cold browser (new profile, empty cache) opens the site (`--open`, default `/`), is sent to the login page,
//     signs in and lands on a ledger: every script fetched from opening the site to the first row with data (not
//     AG Grid's loading rows), per file and summed, re-gzipped at level 9 (bytes are exact and reproducible; budget
//     BUDGET_KB below, the run exits 1 when over it), and the time from pressing 登录 and from the ledger's address
//     being opened to that first row;
//   - first rows painted after opening a ledger by its address in a signed-in tab (a reload, cache emptied; and with
//     the browser's cache), median of several loads;
//   - switching to another ledger tab until its rows are painted;
//   - jumping to the last row (Ctrl+End) until it is painted.
// Times depend on the machine and its load; run it on an idle machine and compare runs of the same build.
// Usage (after `pnpm build`):
//   node client/scripts/measure.mjs                       starts server/dist/main.js on a scratch SQLite with demo data
//   node client/scripts/measure.mjs --households 20000    more demo households for the scratch server
//   node client/scripts/measure.mjs --database postgresql://postgres@127.0.0.1:5432/doudi_peer --password …
//                                                         starts server/dist/main.js on an existing, seeded database
//                                                         (nothing is seeded; signing in writes a session and audit)
//   node client/scripts/measure.mjs --url http://host:4000 --user admin --password …   measures a running server
//   --runs N (loads per median, default 5), --category MONITORED (the ledger of the reload/tab/Ctrl+End steps),
//   --json out.json (the numbers, for comparing runs)
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
/** The budget of issue 19: JavaScript from opening the site to the first ledger row, gzipped. */
const BUDGET_KB = 300;

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
  const env = args.database
    ? { ...process.env, PORT: String(port), DATABASE_URL: args.database, DOUDI_DEMO_HOUSEHOLDS: '0' }
    : { ...process.env, PORT: String(port), DATABASE_URL: join(dir, 'm.sqlite'), DOUDI_DEMO_PASSWORD: password, DOUDI_DEMO_HOUSEHOLDS: args.households ?? '3000' };
  const child = spawn(process.execPath, [join(root, 'server', 'dist', 'main.js')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    child.kill('SIGTERM');
    // A graceful stop, or a hard one after 10 s (the measurement is done; nothing of the scratch server is kept).
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));
    clearTimeout(killer);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 600_000;
  try {
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
  } catch (e) {
    await stop(); // a server that did not come up is not left running
    throw e;
  }
  return { url, password: args.database ? undefined : password, stop };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const firstRowPainted = (page) =>
  page.waitForFunction(() => {
    // A row with data: not AG Grid's loading row (no data yet, a spinner or skeleton in its cells).
    const row = [...document.querySelectorAll('.ag-row[row-index="0"]')].find((r) => !r.classList.contains('ag-row-loading'));
    const cell = row?.querySelector('.ag-cell[col-id="headName"]');
    return cell && !cell.querySelector('.ag-loading, .ag-skeleton-container') && cell.textContent.trim() ? performance.now() : false;
  }, null, { polling: 'raf', timeout: 30_000 });

const own = args.url ? null : await startServer();
const url = args.url ?? own.url;
const user = args.user ?? 'admin';
const password = args.password ?? own?.password ?? process.env.DOUDI_DEMO_PASSWORD;
const browser = await chromium
  .launch({
    executablePath: process.env.DOUDI_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  .catch(async (e) => {
    await own?.stop(); // Chromium did not start: the scratch server is stopped, not left behind
    throw e;
  });
const gzSize = (body) => gzipSync(body, { level: 9 }).length;
/** Every script the page fetches while `fn` runs, by URL (bodies as the browser received them). */
async function scriptsDuring(page, fn) {
  const scripts = new Map();
  const pending = [];
  const onResponse = (r) => {
    if (r.request().resourceType() !== 'script') return;
    pending.push(r.body().then((b) => scripts.set(r.url(), b), () => undefined)); // redirected or aborted
  };
  page.on('response', onResponse);
  try {
    const result = await fn();
    await Promise.all(pending);
    return { scripts, result };
  } finally {
    page.off('response', onResponse);
  }
}
try {
  // 1. The way a user meets it: a cold browser (new profile, empty cache) opens the site, is sent to the login page,
  //    signs in and lands on the first ledger. Every script fetched from opening the site to the first painted row
  //    counts; the time is from pressing 登录 (opening the ledger) to its first row with data.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const cold = await scriptsDuring(page, async () => {
    await page.goto(`${url}${args.open ?? '/'}`);
    // The login page, or the ledger straight away on a server without login.
    await page.waitForSelector('input[name="username"], .ag-row', { timeout: 30_000 });
    let t0 = null;
    if (await page.locator('input[name="username"]').count()) {
      // A person takes seconds to type: what the login page fetches meanwhile has finished when 登录 is pressed.
      await page.waitForLoadState('networkidle');
      await page.fill('input[name="username"]', user);
      await page.fill('input[name="password"]', password ?? '');
      // When the router first shows a ledger address (the sign-in has been answered): "opening the ledger".
      await page.evaluate(() => {
        for (const k of ['pushState', 'replaceState']) {
          const orig = history[k].bind(history);
          history[k] = (st, title, u) => {
            if (String(u ?? '').includes('/ledger/') && window.__ledgerOpened === undefined) window.__ledgerOpened = performance.now();
            return orig(st, title, u);
          };
        }
      });
      t0 = await page.evaluate(() => performance.now());
      await page.click('button[type="submit"]');
    }
    const painted = await (await firstRowPainted(page)).jsonValue();
    const opened = await page.evaluate(() => window.__ledgerOpened ?? null);
    return { t0, painted, opened };
  });
  const coldMs = cold.result.t0 === null ? null : cold.result.painted - cold.result.t0;

  // 2. Opening a ledger by its address in a tab that is signed in (a reload), cache emptied before each load.
  const client = await context.newCDPSession(page);
  const loads = [];
  const reload = await scriptsDuring(page, async () => {
    for (let i = 0; i < runs; i++) {
      await client.send('Network.clearBrowserCache');
      await page.goto(`${url}/ledger/${category}`);
      loads.push(await (await firstRowPainted(page)).jsonValue());
    }
  });
  // 3. The same with the browser's cache (a user's second visit).
  const warm = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${url}/ledger/${category}`);
    warm.push(await (await firstRowPainted(page)).jsonValue());
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
  const sizes = (scripts) => {
    let raw = 0;
    let gz = 0;
    const rows = [];
    for (const [u, body] of scripts) {
      raw += body.length;
      const g = gzSize(body);
      gz += g;
      rows.push([g, u.replace(url, '')]);
    }
    return { raw, gz, rows: rows.sort((a, b) => b[0] - a[0]) };
  };
  const coldSizes = sizes(cold.scripts);
  const reloadSizes = sizes(reload.scripts);
  console.log(`server: ${url} (${own ? (args.database ? `started on ${args.database.replace(/\/\/[^@/]*@/, '//')}` : `scratch, ${args.households ?? 3000} demo households`) : 'given'}), ledger ${category}: ${count}`);
  const openedMs = cold.result.opened === null ? null : cold.result.painted - cold.result.opened;
  console.log(`cold browser: open ${args.open ?? '/'} → login → first ledger row: ${coldMs === null ? 'no login page' : fmt(coldMs)} after pressing 登录, ${openedMs === null ? '?' : fmt(openedMs)} after the ledger's address was opened`);
  console.log(`first rows painted, full page load of /ledger/${category} signed in (median of ${runs}, empty cache): ${fmt(median(loads))}  [${loads.map(fmt).join(', ')}]`);
  console.log(`first rows painted, full page load, browser cache (median of ${runs}): ${fmt(median(warm))}  [${warm.map(fmt).join(', ')}]`);
  console.log(`switch ledger tab → rows painted (median): ${fmt(median(tabs))}  [${tabs.map(fmt).join(', ')}]`);
  console.log(`exact row count known after first paint: ${tCount === null ? 'not within 60 s' : fmt(tCount - tCount0)}`);
  console.log(`Ctrl+End → last row painted: ${tEnd === null ? 'not reached in 60 s' : `${fmt(tEnd[0] - t0)} (row ${tEnd[1] + 1})`}`);
  console.log(`JavaScript from opening the site to the first ledger row (budget ${BUDGET_KB} kB gz): ${cold.scripts.size} files, ${(coldSizes.raw / 1024).toFixed(1)} kB raw, ${(coldSizes.gz / 1024).toFixed(1)} kB gzipped${coldSizes.gz / 1024 > BUDGET_KB ? '  OVER BUDGET' : ''}`);
  for (const [g, u] of coldSizes.rows) console.log(`  ${(g / 1024).toFixed(1).padStart(7)} kB gz  ${u}`);
  console.log(`JavaScript of a ledger page load signed in: ${reload.scripts.size} files, ${(reloadSizes.raw / 1024).toFixed(1)} kB raw, ${(reloadSizes.gz / 1024).toFixed(1)} kB gzipped`);
  if (args.json) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(args.json, JSON.stringify({ coldMs, openedMs, loads, warm, tabs, coldKb: coldSizes.gz / 1024, files: coldSizes.rows }, null, 2));
  }
  if (coldSizes.gz / 1024 > BUDGET_KB) process.exitCode = 1;
} finally {
  await browser.close();
  await own?.stop();
}
