// 用户管理 and 修改密码 in a real Chromium against the production build (issue 14, point 1): the administrator creates a
// person with a one-time password shown once; that person must change it at the first sign-in; edits, disabling (the
// person's open page loses its session at once), enabling and resets; 修改密码 from the top bar.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../server-process.js';
import { apiAs, login, newContext, useBrowserSuite } from './chromium.js';

let srv: RunningServer;
let browser: Browser;
let admin: Awaited<ReturnType<typeof apiAs>>;

useBrowserSuite(50, async (s) => {
  ({ srv, browser } = s);
  admin = await apiAs(srv.url, 'admin');
});

/** Waits for the page (a busy machine may take seconds); asserts the value, never a time. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const OTP = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;
const row = (page: Page, username: string) => page.locator(`[data-testid="users-table"] tr[data-username="${username}"]`);

async function openUsers(): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await login(page, srv.url, 'admin');
  await page.click('[data-nav="users"]');
  await page.waitForURL((u) => u.pathname === '/users');
  await page.waitForSelector('[data-testid="users-table"] tr[data-username="yanghe"]');
  return page;
}

/** Takes the one-time password from its dialog and closes it; the password is then nowhere on the page. */
async function takeOtp(page: Page): Promise<string> {
  const value = page.locator('[data-testid="one-time-password-value"]');
  await value.waitFor();
  const otp = (await value.textContent())!.trim();
  expect(otp).toMatch(OTP);
  await page.click('[data-testid="one-time-password-done"]');
  await poll(() => page.locator('[data-testid="one-time-password"]').count()).toBe(0);
  expect(await page.content()).not.toContain(otp);
  return otp;
}

async function signInWithOtp(username: string, otp: string): Promise<Page> {
  const page = await (await newContext(browser, srv.url)).newPage();
  await page.goto(`${srv.url}/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', otp);
  await page.click('button[type="submit"]');
  await page.waitForURL((u) => u.pathname === '/password');
  await page.waitForSelector('[data-testid="change-password"]');
  return page;
}

async function fillPassword(page: Page, old: string, next: string, again = next): Promise<void> {
  await page.fill('[data-testid="change-password"] input[name="oldPassword"]', old);
  await page.fill('[data-testid="change-password"] input[name="newPassword"]', next);
  await page.fill('[data-testid="change-password"] input[name="confirmPassword"]', again);
  await page.click('[data-testid="change-password-save"]');
}

describe('用户管理 and 修改密码', () => {
  it('creates a person whose one-time password is shown once and must be changed at the first sign-in', async () => {
    const page = await openUsers();
    expect(await row(page, 'county').locator('td').nth(2).textContent()).toBe('县民政局');
    await page.click('[data-testid="users-new"]');
    const form = page.locator('[data-testid="user-form"]');
    await form.locator('input[name="username"]').fill('he.ping');
    await form.locator('input[name="displayName"]').fill('何平');
    await form.locator('select[name="role"]').selectOption('TOWNSHIP_STAFF');
    await form.locator('select[name="regionCode"]').selectOption('640121100');
    await form.locator('input[name="phone"]').fill('13800138000');
    // a refusal of the server shows in the form: a bad phone
    await form.locator('input[name="phone"]').fill('12345');
    await page.click('[data-testid="user-form-save"]');
    await poll(() => page.locator('[data-testid="user-form-error"]').textContent()).toContain('联系电话');
    await form.locator('input[name="phone"]').fill('13800138000');
    await page.click('[data-testid="user-form-save"]');
    const otp = await takeOtp(page);
    await poll(() => row(page, 'he.ping').locator('[data-col="status"]').textContent()).toContain('待改密');
    expect(await row(page, 'he.ping').textContent()).toContain('杨和镇');

    // the person signs in: only 修改密码, which cannot be closed
    const person = await signInWithOtp('he.ping', otp);
    expect(await person.locator('.el-dialog__headerbtn').count()).toBe(0);
    await fillPassword(person, otp, 'short');
    await poll(() => person.locator('[data-testid="change-password-error"]').textContent()).toBe('密码至少 10 个字符（当前 5 个）');
    await fillPassword(person, otp, 'he.ping-2026-x');
    await poll(() => person.locator('[data-testid="change-password-error"]').textContent()).toBe('密码不能是用户名，也不能包含用户名');
    await fillPassword(person, otp, 'password123');
    await poll(() => person.locator('[data-testid="change-password-error"]').textContent()).toContain('密码过于常见');
    await fillPassword(person, otp, 'Yanghe-Lamp-Violet-8', 'Yanghe-Lamp-Violet-9');
    await poll(() => person.locator('[data-testid="change-password-error"]').textContent()).toBe('两次输入的新密码不一致');
    await fillPassword(person, otp, 'Yanghe-Lamp-Violet-8');
    await person.waitForURL((u) => u.pathname.startsWith('/ledger/'));
    await poll(() => person.locator('[data-testid="user"]').textContent()).toContain('何平');
    await poll(() => person.locator('[data-testid="change-password"]').count()).toBe(0);
    // no 用户管理 for a township user
    expect(await person.locator('[data-nav="users"]').count()).toBe(0);

    // edit: the name; disable: the person's open page loses its session on its next request
    await page.reload();
    await row(page, 'he.ping').locator('[data-action="edit"]').click();
    await page.locator('[data-testid="user-form"] input[name="displayName"]').fill('何平（民政）');
    await page.click('[data-testid="user-form-save"]');
    await poll(() => row(page, 'he.ping').locator('td').nth(1).textContent()).toBe('何平(民政)');
    await row(page, 'he.ping').locator('[data-action="toggle"]').click();
    await page.click('.el-message-box .el-button--primary');
    await poll(() => row(page, 'he.ping').locator('[data-col="status"]').textContent()).toContain('已停用');
    await person.reload();
    await person.waitForURL((u) => u.pathname === '/login');

    // enable, then reset: a new one-time password, shown once
    await row(page, 'he.ping').locator('[data-action="toggle"]').click();
    await poll(() => row(page, 'he.ping').locator('[data-col="status"]').textContent()).toContain('正常');
    await row(page, 'he.ping').locator('[data-action="reset"]').click();
    await page.click('.el-message-box .el-button--primary');
    const otp2 = await takeOtp(page);
    expect(otp2).not.toBe(otp);
    const again = await signInWithOtp('he.ping', otp2);
    await fillPassword(again, otp2, 'Yanghe-Desk-Amber-31');
    await again.waitForURL((u) => u.pathname.startsWith('/ledger/'));

    // every step is in the audit trail, by admin
    const trail = await admin(`{ auditEvents(where: { entityType: "user", actor: "admin" }, first: 20) { edges { node { field } } } }`);
    expect(trail.data.auditEvents.edges.map((e: { node: { field: string | null } }) => e.node.field)).toEqual(['password', 'disabled', 'disabled', 'displayName', null]);
  });

  it('修改密码 from the top bar: the old password is checked, the other sessions end', async () => {
    const created = await admin(`mutation { createUser(input: { username: "lu.yan", displayName: "陆燕", role: "COUNTY_STAFF" }) { oneTimePassword } }`);
    const otp = created.data.createUser.oneTimePassword as string;
    const first = await signInWithOtp('lu.yan', otp);
    await fillPassword(first, otp, 'County-Office-Pine-44');
    await first.waitForURL((u) => u.pathname.startsWith('/ledger/'));

    const other = await (await newContext(browser, srv.url)).newPage();
    await login(other, srv.url, 'lu.yan', 'County-Office-Pine-44');

    await first.click('[data-testid="change-password-open"]');
    await first.waitForSelector('[data-testid="change-password"]');
    await fillPassword(first, 'not-the-password', 'County-Office-Birch-45');
    await poll(() => first.locator('[data-testid="change-password-error"]').textContent()).toBe('原密码不正确');
    await fillPassword(first, 'County-Office-Pine-44', 'County-Office-Birch-45');
    await poll(() => first.locator('[data-testid="change-password"]').count()).toBe(0);
    await poll(() => first.locator('[data-testid="toast"]').allTextContents()).toContain('密码已修改；您在其他设备上的登录已结束');
    // this tab goes on; the other one is sent to the login page
    await first.reload();
    await first.waitForSelector('[data-testid="user"]');
    expect(first.url()).not.toContain('/login');
    await other.reload();
    await other.waitForURL((u) => u.pathname === '/login');
  });
});
