// The accountability tables (责任台账) in a real Chromium against the production build: a unit reports with a file
// and asks for close-off, the office decides from the timeline, the board shows it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server-process.js';
import type { RunningServer } from '../server-process.js';
import { apiAs, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let office: Awaited<ReturnType<typeof apiAs>>;

useBrowserSuite(60, async (s) => {
  ({ srv, browser } = s);
  office = await apiAs(srv.url, 'office');
});

/** Logs in through the login page; lands wherever the app sends this user. */
async function as(username: string): Promise<Page> {
  const context = await newContext(browser, srv.url);
  const page = await context.newPage();
  await page.goto(`${srv.url}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

const ROW = 'id status version unit { code } measure { no }';
async function rowsOf(api: typeof office, where: Record<string, unknown>) {
  const res = await api(`query($w: AssignmentWhere) { assignments(where: $w, first: 500) { totalCount edges { node { ${ROW} } } } }`, { w: where });
  expect(res.errors).toBeUndefined();
  return res.data.assignments.edges.map((e: any) => e.node) as { id: string; status: string; version: number; unit: { code: string }; measure: { no: number } }[];
}
const used = new Set<string>();
/** An open row of a unit (NOT_STARTED or IN_PROGRESS) that no earlier test has touched, and the unit's API. */
async function openRow(username: string, unitCode: string) {
  const api = await apiAs(srv.url, username);
  const rows = await rowsOf(api, { unitCode });
  const r = rows.find((x) => (x.status === 'NOT_STARTED' || x.status === 'IN_PROGRESS') && !used.has(x.id));
  if (!r) throw new Error(`no open row of ${unitCode} in the demo data`);
  used.add(r.id);
  return { ...r, api };
}
const status = async (id: string) => (await office(`query($id: ID!) { assignment(id: $id) { status version } }`, { id })).data.assignment;

describe('a unit and the office', () => {
  it('a unit reports with a file and requests close-off; the office approves from the timeline; the board shows it closed', async () => {
    const row = await openRow('yanghe', '640121100');
    const unit = await as('yanghe'); // a township's staff: their township's rows
    await unit.goto(`${srv.url}/duty`);
    await unit.waitForURL(/\/duty\/mine/);
    await unit.locator(`[data-row="${row.id}"]`).click();
    await unit.locator('[data-testid="report-form"]').waitFor();
    await unit.fill('[data-testid="report-text"]', '杨和镇已完成低保对象摸底，建立台账。');
    await unit.setInputFiles('[data-testid="report-files"]', { name: '就业帮扶台账.txt', mimeType: 'text/plain', buffer: Buffer.from('人社局 就业帮扶台账 2021') });
    await unit.click('[data-testid="report-submit"]');
    await unit.locator('[data-testid="evidence-link"]', { hasText: '就业帮扶台账.txt' }).waitFor();
    await expect.poll(() => unit.getAttribute('[data-testid="assignment-panel"]', 'data-status')).toBe('IN_PROGRESS');
    await unit.click('[data-testid="request-close"]');
    await expect.poll(() => unit.getAttribute('[data-testid="assignment-panel"]', 'data-status')).toBe('CLOSE_REQUESTED');
    await expect.poll(() => unit.locator(`[data-row="${row.id}"] [data-testid="row-status"]`).textContent()).toBe('申请销号');
    expect((await status(row.id)).status).toBe('CLOSE_REQUESTED');

    const off = await as('office');
    await off.goto(`${srv.url}/duty`);
    await off.waitForURL(/\/duty\/board/);
    const cell = off.locator(`[data-cell="${row.id}"]`);
    await expect.poll(() => cell.getAttribute('data-status')).toBe('CLOSE_REQUESTED');
    await cell.click();
    const timeline = off.locator('[data-testid="timeline"]');
    await timeline.locator('[data-kind="REPORTED"]', { hasText: '杨和镇已完成低保对象摸底' }).waitFor();
    await timeline.locator('[data-kind="CLOSE_REQUESTED"]').last().waitFor();
    // the evidence downloads with the bearer token, the same bytes as uploaded
    const [download] = await Promise.all([off.waitForEvent('download'), off.locator('[data-testid="evidence-link"]', { hasText: '就业帮扶台账.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('就业帮扶台账.txt');
    expect(readFileSync((await download.path())!, 'utf8')).toBe('人社局 就业帮扶台账 2021');

    // newest first: the request to decide on heads the timeline
    expect(await timeline.locator('li').first().getAttribute('data-kind')).toBe('CLOSE_REQUESTED');
    // the board's date of the last report has the year
    expect(await cell.locator('.last').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // 同意销号 cannot be undone: it asks first, naming the unit and the measure; cancelling changes nothing
    await off.click('[data-testid="approve"]');
    const box = off.locator('.el-message-box');
    await box.waitFor();
    expect(await box.textContent()).toContain(`同意“杨和镇”第${row.measure.no}项`);
    expect(await box.textContent()).toContain('不能撤销');
    await off.click('.el-message-box__btns button:not(.el-button--primary)');
    await box.waitFor({ state: 'hidden' });
    expect((await status(row.id)).status).toBe('CLOSE_REQUESTED');
    expect(await cell.getAttribute('data-status')).toBe('CLOSE_REQUESTED');
    expect(await off.getAttribute('[data-testid="assignment-panel"]', 'data-status')).toBe('CLOSE_REQUESTED');
    // confirmed: closed off
    await off.click('[data-testid="approve"]');
    await off.click('.el-message-box__btns .el-button--primary');
    await expect.poll(() => cell.getAttribute('data-status')).toBe('CLOSED');
    expect(await cell.textContent()).toContain('已销号');
    await timeline.locator('[data-kind="CLOSE_APPROVED"]').last().waitFor();
    expect((await status(row.id)).status).toBe('CLOSED');

    // the unit sees it closed after a reload, with no report form left
    await unit.reload();
    await expect.poll(() => unit.locator(`[data-row="${row.id}"]`).getAttribute('data-status')).toBe('CLOSED');
    await unit.locator('[data-testid="timeline"] [data-kind="CLOSE_APPROVED"]').last().waitFor();
    expect(await unit.locator('[data-testid="report-form"]').count()).toBe(0);
    await unit.context().close();
    await off.context().close();
  });

  it('the office sends a request back with a reason; the unit sees it in progress again, with the reason', async () => {
    const row = await openRow('wanghong', '640121103');
    let r = await row.api(`mutation($id: ID!, $v: Int!) { reportProgress(assignmentId: $id, version: $v, text: "已报送") { version } }`, { id: row.id, v: row.version });
    expect(r.errors).toBeUndefined();
    r = await row.api(`mutation($id: ID!, $v: Int!) { requestClose(assignmentId: $id, version: $v) { version } }`, { id: row.id, v: r.data.reportProgress.version });
    expect(r.errors).toBeUndefined();

    const off = await as('office');
    await off.goto(`${srv.url}/duty/board?a=${row.id}`);
    await off.locator('[data-testid="reject"]').waitFor();
    await off.click('[data-testid="reject"]'); // no reason: refused in the page, nothing sent
    await expect.poll(() => off.textContent('[data-testid="panel-error"]')).toContain('退回须填写理由');
    await off.fill('[data-testid="reject-reason"]', '佐证材料不全，请补充花名册');
    await off.click('[data-testid="reject"]');
    await expect.poll(() => off.getAttribute('[data-testid="assignment-panel"]', 'data-status')).toBe('IN_PROGRESS');
    await expect.poll(() => off.locator(`[data-cell="${row.id}"]`).getAttribute('data-status')).toBe('IN_PROGRESS');

    const unit = await as('wanghong');
    await unit.goto(`${srv.url}/duty/mine?a=${row.id}`);
    await expect.poll(() => unit.locator(`[data-row="${row.id}"]`).getAttribute('data-status')).toBe('IN_PROGRESS');
    await expect.poll(() => unit.locator('[data-testid="reject-text"]').last().textContent()).toContain('佐证材料不全，请补充花名册');
    await unit.locator('[data-testid="report-form"]').waitFor(); // it can report again
    await unit.context().close();
    await off.context().close();
  });

  it('a unit sees only its own rows: a township user its township, a bureau its bureau', async () => {
    const town = await as('yanghe');
    await town.goto(`${srv.url}/duty`);
    await town.waitForURL(/\/duty\/mine/);
    await town.locator('[data-row]').first().waitFor();
    const units = await town.locator('[data-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
    expect(new Set(units)).toEqual(new Set(['640121100']));
    const all = await rowsOf(office, { unitCode: '640121100' });
    expect(units).toHaveLength(all.length);

    // another unit's row, asked for by address, is not shown
    const other = (await rowsOf(office, { unitCode: 'MZJ' }))[0]!;
    await town.goto(`${srv.url}/duty/mine?a=${other.id}`);
    await town.locator('[data-testid="panel-error"]').waitFor();
    expect(await town.locator('[data-testid="timeline"]').count()).toBe(0);
    expect(await town.locator(`[data-row="${other.id}"]`).count()).toBe(0);
    await town.context().close();

    const bureau = await as('renshe');
    await bureau.waitForURL(/\/duty\/mine/); // no ledgers for a bureau's reporter: it starts on its own page
    await bureau.locator('[data-row]').first().waitFor();
    const mine = await bureau.locator('[data-row]').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
    expect(mine).toEqual((await rowsOf(office, { unitCode: 'RSJ' })).map(() => 'RSJ'));
    await bureau.context().close();
  });

  it('an urged row shows a notice to the unit until it reports', async () => {
    const row = await openRow('minning', '640121104');
    const off = await as('office');
    await off.goto(`${srv.url}/duty/board?a=${row.id}`);
    await off.fill('[data-testid="urge-text"]', '请于本周内报送');
    await off.click('[data-testid="urge"]');
    await off.locator('[data-testid="timeline"] [data-kind="URGED"]', { hasText: '请于本周内报送' }).waitFor();

    const unit = await as('minning');
    await unit.goto(`${srv.url}/duty/mine?a=${row.id}`);
    await unit.locator('[data-testid="urge-banner"]', { hasText: '请于本周内报送' }).waitFor();
    await unit.locator('[data-testid="urge-notice"]').waitFor();
    await unit.fill('[data-testid="report-text"]', '本周已报送');
    await unit.click('[data-testid="report-submit"]');
    await unit.locator('[data-testid="timeline"] [data-kind="REPORTED"]', { hasText: '本周已报送' }).waitFor();
    await expect.poll(() => unit.locator('[data-testid="urge-notice"]').count()).toBe(0);
    await unit.reload();
    await unit.locator(`[data-row="${row.id}"]`).waitFor();
    expect(await unit.locator('[data-testid="urge-banner"]', { hasText: '请于本周内报送' }).count()).toBe(0);
    await unit.context().close();
    await off.context().close();
  });

  it('in a browser set to New York, the timeline and the board show China time; in English an urged row says "Urged"', async () => {
    const row = await openRow('office', 'MZJ');
    const urged = await office(`mutation($id: ID!, $v: Int!) { urgeAssignment(assignmentId: $id, version: $v, text: "请报送") { events { kind at } } }`, { id: row.id, v: row.version });
    expect(urged.errors).toBeUndefined();
    // the API lists the timeline oldest first: this urge is the last of its kind (the page shows it first)
    const at: string = urged.data.urgeAssignment.events.filter((e: { kind: string }) => e.kind === 'URGED').at(-1).at;
    // China time written out by hand (UTC+8, no daylight saving): New York is 12 or 13 hours behind it
    const china = new Date(Date.parse(at) + 8 * 3600_000).toISOString();
    const expected = `${china.slice(0, 10)} ${china.slice(11, 16)}`;

    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN', timezoneId: 'America/New_York' });
    const off = await context.newPage();
    expect(await off.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    await off.goto(`${srv.url}/login`);
    await off.fill('input[name="username"]', 'office');
    await off.fill('input[name="password"]', DEMO_PASSWORD);
    await off.click('button[type="submit"]');
    await off.waitForURL((u) => !u.pathname.startsWith('/login'));
    await off.goto(`${srv.url}/duty/board?a=${row.id}`);
    const ev = off.locator('[data-testid="timeline"] [data-kind="URGED"]').first();
    await ev.waitFor();
    expect(await ev.locator('.when').first().textContent()).toContain(`${expected} · `);

    await off.click('[data-testid="lang-en"]');
    const mark = off.locator(`[data-cell="${row.id}"] [data-mark="urged"]`);
    await expect.poll(() => mark.textContent()).toBe('Urged');
    await context.close();
  });

  it('a stale version is shown as a conflict with a reload, and the step works after it', async () => {
    const row = await openRow('lijun', '640121101');
    const off = await as('office');
    await off.goto(`${srv.url}/duty/board?a=${row.id}`);
    await off.locator('[data-testid="urge"]').waitFor();
    // meanwhile the unit reports: the page's version is stale
    const r = await row.api(`mutation($id: ID!, $v: Int!) { reportProgress(assignmentId: $id, version: $v, text: "同时报送") { version } }`, { id: row.id, v: (await status(row.id)).version });
    expect(r.errors).toBeUndefined();
    await off.click('[data-testid="urge"]');
    await off.locator('[data-testid="version-conflict"]').waitFor();
    expect(await off.textContent('[data-testid="panel-error"]')).toContain('版本冲突');
    await off.click('[data-testid="conflict-reload"]');
    await expect.poll(() => off.locator('[data-testid="version-conflict"]').count()).toBe(0);
    await off.locator('[data-testid="timeline"] [data-kind="REPORTED"]', { hasText: '同时报送' }).waitFor();
    await off.click('[data-testid="urge"]');
    await off.locator('[data-testid="timeline"] [data-kind="URGED"]').last().waitFor();
    await off.context().close();
  });
});

describe('exports', () => {
  it('exports the board as a CSV with a UTF-8 BOM and Chinese headers, and shows a monthly bulletin', async () => {
    const off = await as('office');
    await off.goto(`${srv.url}/duty/board`);
    await off.locator('[data-cell]').first().waitFor();
    const [download] = await Promise.all([off.waitForEvent('download'), off.click('[data-testid="board-export"]')]);
    expect(download.suggestedFilename()).toMatch(/^责任台账-.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toContain('措施序号,工作措施');
    const plans = (await office(`{ plans { id } }`)).data.plans;
    expect(lines.length - 1).toBe((await rowsOf(office, { planId: plans[0].id })).length);

    await off.click('[data-testid="to-bulletin"]');
    await off.locator('[data-testid="bulletin"] [data-unit]').first().waitFor();
    expect(await off.textContent('[data-testid="bulletin-summary"]')).toMatch(/本月在办事项共 \d+ 项/);
    // 在办 counts the items not closed off (figures.ts), the number the server gives, with its definition as a tooltip
    const month = await off.locator('[data-testid="bulletin-month"]').inputValue();
    const bulletin = (await office(`query($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { total openCount closedCount units { unit { code } openCount } } }`, { m: month, p: plans[0].id })).data.bulletin;
    const closedSoFar = (await rowsOf(office, { planId: plans[0].id })).filter((r) => r.status === 'CLOSED').length;
    expect(closedSoFar).toBeGreaterThan(0);
    expect(bulletin.openCount).toBe(bulletin.total - closedSoFar);
    expect(await off.textContent('[data-testid="bulletin-summary"]')).toContain(`本月在办事项共 ${bulletin.openCount} 项`);
    expect(await off.getAttribute('[data-testid="bulletin-summary"]', 'title')).toContain('尚未销号');
    expect(await off.getAttribute('[data-testid="bulletin"] th[data-figure="tasksOpen"]', 'title')).toContain('尚未销号');
    const firstUnit = bulletin.units[0];
    expect((await off.textContent(`[data-testid="bulletin"] tr[data-unit="${firstUnit.unit.code}"] td[data-cell="open"]`))?.trim()).toBe(String(firstUnit.openCount));
    // 动态救助: the referral loop per township, the server's figures (the demo has active and overdue referrals)
    const refs = (await office(`query($m: String!) { bulletin(month: $m) { referrals { townshipCode active overdue } } }`, { m: month })).data.bulletin.referrals;
    expect(refs.some((r: any) => r.overdue > 0)).toBe(true);
    expect(await off.locator('[data-testid="bulletin-referrals"] tr[data-township]').count()).toBe(refs.length);
    for (const r of refs.slice(0, 3)) {
      const row = off.locator(`[data-testid="bulletin-referrals"] tr[data-township="${r.townshipCode}"]`);
      expect([(await row.locator('td[data-cell="active"]').textContent())?.trim(), (await row.locator('td[data-cell="overdue"]').textContent())?.trim()])
        .toEqual([String(r.active), String(r.overdue)]);
    }
    expect(await off.textContent('[data-testid="bulletin-referrals"] .summary')).toContain(`其中逾期未启动救助 ${refs.reduce((n: number, r: any) => n + r.overdue, 0)} 户`);
    const [bul] = await Promise.all([off.waitForEvent('download'), off.click('[data-testid="bulletin-export"]')]);
    expect(bul.suggestedFilename()).toMatch(/^月度通报-\d{4}-\d{2}\.csv$/);
    expect([...readFileSync((await bul.path())!).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await off.context().close();
  });
});
