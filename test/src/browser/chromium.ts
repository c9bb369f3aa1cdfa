/// <reference lib="dom" />
// Browser-test helpers: Debian's Chromium through playwright-core, logging in, and the AG Grid DOM of a ledger.
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Response } from 'playwright-core';
import { DEMO_PASSWORD, gql, loginHeaders, startBuiltServer, type RunningServer } from '../server-process.js';

// DOUDI_CHROMIUM is the documented name (scripts/test.mjs sets it); CHROMIUM_PATH is still accepted.
export const CHROMIUM_PATH = process.env.DOUDI_CHROMIUM || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface BrowserSuite {
  srv: RunningServer;
  browser: Browser;
  /** Content-Security-Policy violations reported by any page of the suite since the last test ended. */
  cspViolations: string[];
}

/**
 * Every page of every context of `browser` reports its `securitypolicyviolation` events into `sink`: an init script
 * listens before any of the page's own scripts run and calls a binding of the context.
 */
export function watchCsp(browser: Browser, sink: string[]): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    await context.exposeBinding('__doudiCspViolation', ({ page }, v: string) => {
      sink.push(`${page?.url() ?? '?'}: ${v}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __doudiCspViolation?: (v: string) => void }).__doudiCspViolation;
        report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber} ${e.sample ?? ''}`);
      });
    });
    return context;
  };
}

/**
 * The one set-up of a browser test file: the production build on a fresh database with `households` demo households,
 * and one Chromium, started before the file's tests (then `ready` runs) and stopped after them; `env` adds to the
 * server's environment.
 */
export function useBrowserSuite(households: number, ready: (s: BrowserSuite) => unknown, env: Record<string, string> = {}): void {
  const s = { cspViolations: [] as string[] } as BrowserSuite;
  beforeAll(async () => {
    [s.srv, s.browser] = await Promise.all([startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: String(households), ...env }), launchChromium()]);
    watchCsp(s.browser, s.cspViolations);
    await ready(s);
  });
  // The client works under the server's strict Content-Security-Policy: any violation fails the test it happened in.
  afterEach(() => {
    const seen = s.cspViolations.splice(0);
    expect(seen, 'Content-Security-Policy violations').toEqual([]);
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.srv?.stop();
  });
}

/** A fresh browser profile (own sessionStorage and clipboard permission), like another clerk's machine. */
export async function newContext(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  return context;
}

/** Logs in through the login page and waits for the user's start page (a ledger; the office's board). */
export async function login(page: Page, url: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${url}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => u.pathname.startsWith('/ledger/') || u.pathname.startsWith('/duty/'));
}

export async function openLedger(page: Page, url: string, category: string): Promise<void> {
  await page.goto(`${url}/ledger/${category}`);
  await waitForRows(page);
}

/** Waits until the first row of the main rows has data painted. */
export async function waitForRows(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const c = document.querySelector('.ag-row[row-index="0"] .ag-cell[col-id="code"]');
    return !!c && !!c.textContent?.trim();
  }, null, { timeout: 30_000 });
}

/** A cell of the main rows (AG Grid 36: one element per row; pinned-bottom rows are numbered b-0, b-1, …). */
export const cell = (page: Page, rowIndex: number, colId: string): Locator =>
  page.locator(`.ag-row[row-index="${rowIndex}"] .ag-cell[col-id="${colId}"]`);

/** A cell of the new-row drafts pinned at the bottom. */
export const draftCell = (page: Page, index: number, colId: string): Locator =>
  page.locator(`.ag-row[row-index="b-${index}"] .ag-cell[col-id="${colId}"]`);

export async function cellText(page: Page, rowIndex: number, colId: string): Promise<string> {
  return ((await cell(page, rowIndex, colId).textContent()) ?? '').trim();
}

/** Types a value into a cell the way a clerk does: select it, type, Enter. */
export async function typeInto(page: Page, rowIndex: number, colId: string, text: string): Promise<void> {
  await cell(page, rowIndex, colId).click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
}

/** Puts text on the system clipboard and pastes it with Ctrl+V into the focused cell. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Waits until every save has been answered (the status is no longer 保存中). AG Grid hands an edit to the page
 * (onCellEditRequest) in a task of its own (setTimeout 0), after the key that ended the edit: one task queued now
 * runs after it, so the save has started (and shows 保存中) before the status is read.
 */
export async function settled(page: Page): Promise<string> {
  const status = page.locator('[data-testid="save-status"]').first();
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="save-status"]');
    return !!s && s.getAttribute('data-state') !== 'saving';
  });
  return (await status.getAttribute('data-state')) ?? '';
}

/**
 * Resolves once a grid's live updates have started (client grid/live.ts): the changes cursor read, then the rows read
 * once more. Set it up before opening the page; a test that types before it may meet that reload.
 */
export function liveGridStarted(page: Page, rowsField: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let cursorRead = false;
    const timer = setTimeout(() => done(new Error(`the grid's live updates did not start (${rowsField})`)), 60_000);
    const done = (err?: Error) => {
      clearTimeout(timer);
      page.off('response', onResponse);
      if (err) reject(err);
      else resolve();
    };
    const onResponse = (r: Response) => {
      const body = r.request().postData() ?? '';
      if (body.includes('changesCursor')) cursorRead = true;
      else if (cursorRead && body.includes(`${rowsField}(`)) void r.finished().then(() => done());
    };
    page.on('response', onResponse);
  });
}

/** The API as a given demo user, for checking what the browser did. */
export async function apiAs(url: string, username: string) {
  const headers = await loginHeaders(url, username);
  return (query: string, variables?: Record<string, unknown>) => gql(url, query, variables, headers);
}

/** The mutations that write data (not presence) a page sends from now on. */
export function recordMutations(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql') || r.method() !== 'POST') return;
    const body = r.postData() ?? '';
    // Data writes only: presence's setPresenceEditing (who edits which row) changes no record.
    if (/"query":"\s*mutation/.test(body) && !/setPresenceEditing/.test(body)) seen.push(body);
  });
  return seen;
}
