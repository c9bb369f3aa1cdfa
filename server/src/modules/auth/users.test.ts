import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DB_KIND, type Gql, type TestServer } from '../../test-support/harness.js';

// Issue 14, point 1: personal accounts — the administrator's user management, one-time passwords, the password rules,
// one's own password and sessions, disabling that ends sessions at once, and the audit of every account change.

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username mustChangePassword } } }`;
const USER_FIELDS = 'id username displayName role regionCode unitCode phone disabled mustChangePassword version lastSeenAt';
const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { oneTimePassword user { ${USER_FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { ${USER_FIELDS} } }`;
const CHANGE = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

let s: TestServer;
let admin: Gql;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.as('admin');
});
afterAll(async () => {
  await s?.stop();
});

async function login(username: string, password: string) {
  const res = await s.anon(LOGIN, { u: username, p: password });
  return { res, g: res.data?.login?.token ? s.withToken(res.data.login.token) : null, token: res.data?.login?.token as string | undefined };
}

/** Creates a user, signs it in with its one-time password and changes it: a session with a chosen password. */
async function personWithPassword(username: string, extra: Record<string, unknown> = {}) {
  const created = await admin(CREATE, { i: { username, displayName: `测试${username}`, role: 'TOWNSHIP_STAFF', regionCode: '640121100', ...extra } });
  expect(created.errors).toBeUndefined();
  const { g } = await login(username, created.data.createUser.oneTimePassword);
  const password = 'Kx7!qv-Lamp-2026';
  expect((await g!(CHANGE, { o: created.data.createUser.oneTimePassword, n: password })).data?.changePassword).toBe(true);
  return { id: created.data.createUser.user.id as string, password, g: g! };
}

describe(`personal accounts on ${TEST_DB_KIND}`, () => {
  it('creates a user with a one-time password that must be changed before anything else', async () => {
    const res = await admin(CREATE, { i: { username: 'zhang.wei', displayName: '张伟', role: 'TOWNSHIP_STAFF', regionCode: '640121100', phone: '138 0013 8000' } });
    expect(res.errors).toBeUndefined();
    const { oneTimePassword, user } = res.data.createUser;
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(user).toMatchObject({ username: 'zhang.wei', displayName: '张伟', role: 'TOWNSHIP_STAFF', regionCode: '640121100', unitCode: '640121100', phone: '13800138000', disabled: false, mustChangePassword: true, version: 1 });

    const { res: signIn, g } = await login('zhang.wei', oneTimePassword);
    expect(signIn.data.login.user.mustChangePassword).toBe(true);
    const blocked = await g!(`{ households(first: 1) { totalCount } }`);
    expect(code(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.status).toBe(403);
    expect(code(await g!(`{ mySessions { id } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
    // me, changePassword and logout stay open; so does a mixed document only if every field is one of them
    expect((await g!(`{ me { username displayName mustChangePassword } }`)).data.me).toEqual({ username: 'zhang.wei', displayName: '张伟', mustChangePassword: true });
    expect(code(await g!(`{ me { username } households(first: 1) { totalCount } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
    // the file routes too
    const exp = await fetch(`${s.url}/api/exports/households.xlsx`, { headers: { authorization: `Bearer ${signIn.data.login.token}` } });
    expect(exp.status).toBe(403);
    expect(((await exp.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');

    expect((await g!(CHANGE, { o: oneTimePassword, n: 'Yanghe-minsheng-2026' })).data.changePassword).toBe(true);
    expect((await g!(`{ me { mustChangePassword } households(first: 1) { totalCount } }`)).data.me.mustChangePassword).toBe(false);
    expect(code(await login('zhang.wei', oneTimePassword).then((r) => r.res))).toBe('UNAUTHENTICATED');
    expect((await login('zhang.wei', 'Yanghe-minsheng-2026')).res.data.login.user.mustChangePassword).toBe(false);
  });

  it('refuses weak new passwords with WEAK_PASSWORD and a zh-CN reason, and a wrong old one', async () => {
    const created = await admin(CREATE, { i: { username: 'li.na', displayName: '李娜', role: 'COUNTY_STAFF' } });
    const otp = created.data.createUser.oneTimePassword as string;
    const { g } = await login('li.na', otp);
    const refuse = async (n: string, reason: string) => {
      const r = await g!(CHANGE, { o: otp, n });
      expect(code(r), n).toBe('WEAK_PASSWORD');
      expect(r.errors![0].extensions).toMatchObject({ field: 'newPassword', reason });
      expect(r.errors![0].message).toBe(`密码不符合要求：${reason}`);
    };
    await refuse('Short-1', '密码至少 10 个字符（当前 7 个）');
    await refuse('li.na-2026-xyz', '密码不能是用户名，也不能包含用户名');
    await refuse('1qaz2wsx3edc', '密码过于常见（在常用密码表中），请换一个不易猜到的密码');
    await refuse('Password2024!', '密码过于常见（在常用密码表中），请换一个不易猜到的密码');
    await refuse(otp, '新密码不能与原密码相同');
    const wrongOld = await g!(CHANGE, { o: 'not-the-old-one', n: 'Solid-Lamp-Violet-38' });
    expect(code(wrongOld)).toBe('BAD_USER_INPUT');
    expect(wrongOld.errors![0].extensions).toMatchObject({ field: 'oldPassword' });
    expect(wrongOld.errors![0].message).toBe('原密码不正确');
    expect(code(await g!(CHANGE, { o: otp, n: 'x'.repeat(300) }))).toBe('TOO_LONG');
    // still a one-time password: nothing changed
    expect((await g!(`{ me { mustChangePassword } }`)).data.me.mustChangePassword).toBe(true);
    // an API token has no password
    const tok = await admin(`mutation { createApiToken(name: "pw", scopes: ["ledger:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`);
    expect(code(await s.withToken(tok.data.createApiToken.token)(CHANGE, { o: 'a', n: 'Solid-Lamp-Violet-38' }))).toBe('FORBIDDEN');
  });

  it('lets only the administrator manage users', async () => {
    const county = await s.as('county');
    expect(code(await county(`{ users { edges { node { id } } } }`))).toBe('FORBIDDEN');
    expect(code(await county(CREATE, { i: { username: 'x.y', displayName: 'x', role: 'ADMIN' } }))).toBe('FORBIDDEN');
    expect(code(await (await s.as('yanghe'))(`mutation { disableUser(id: "1") { id } }`))).toBe('FORBIDDEN');
    expect(code(await s.anon(`{ users { edges { node { id } } } }`))).toBe('UNAUTHENTICATED');
    const tok = await admin(`mutation { createApiToken(name: "all", scopes: ["ledger:read","ledger:write","pii:read","tasks:read","tasks:write","audit:read"], expiresAt: "2099-01-01T00:00:00Z") { token } }`);
    expect(code(await s.withToken(tok.data.createApiToken.token)(`mutation { resetPassword(id: "1") { oneTimePassword } }`))).toBe('FORBIDDEN');
  });

  it('refuses bad user input field by field', async () => {
    const refuse = async (i: Record<string, unknown>, c: string, field: string) => {
      const r = await admin(CREATE, { i: { username: 'wang.fang', displayName: '王芳', role: 'COUNTY_STAFF', ...i } });
      expect(code(r), JSON.stringify(i)).toBe(c);
      expect(r.errors![0].extensions!.field).toBe(field);
    };
    await refuse({ username: 'Wang Fang' }, 'BAD_USER_INPUT', 'username');
    await refuse({ username: '9abc' }, 'BAD_USER_INPUT', 'username');
    await refuse({ username: 'yanghe' }, 'BAD_USER_INPUT', 'username');
    await refuse({ role: 'ROOT' }, 'BAD_USER_INPUT', 'role');
    await refuse({ role: 'TOWNSHIP_STAFF' }, 'BAD_USER_INPUT', 'regionCode');
    await refuse({ role: 'TOWNSHIP_STAFF', regionCode: '640121100001' }, 'BAD_USER_INPUT', 'regionCode');
    await refuse({ role: 'UNIT_REPORTER', unitCode: 'NOPE' }, 'BAD_USER_INPUT', 'unitCode');
    await refuse({ phone: '0951-1234567' }, 'INVALID_PHONE', 'phone');
    await refuse({ displayName: '   ' }, 'REQUIRED', 'displayName');
    await refuse({ displayName: '名'.repeat(65) }, 'TOO_LONG', 'displayName');
    expect((await admin(`{ users(where: { search: "wang.fang" }) { edges { node { id } } } }`)).data.users.edges).toEqual([]);
  });

  it('updates name, role and unit with a version check; the user\'s session follows at once', async () => {
    const p = await personWithPassword('zhao.lei');
    expect((await p.g(`{ me { role scopes } }`)).data.me).toMatchObject({ role: 'TOWNSHIP_STAFF' });
    // created (version 1), then the password changed (2)
    const v = (await admin(`{ users(where: { search: "zhao.lei" }) { edges { node { version } } } }`)).data.users.edges[0].node.version;
    expect(v).toBe(2);
    const up = await admin(UPDATE, { i: { id: p.id, version: v, displayName: '赵磊', role: 'UNIT_REPORTER', unitCode: 'RSJ' } });
    expect(up.errors).toBeUndefined();
    expect(up.data.updateUser).toMatchObject({ displayName: '赵磊', role: 'UNIT_REPORTER', unitCode: 'RSJ', regionCode: null, version: 3 });
    expect((await p.g(`{ me { role unitCode regionCode displayName } }`)).data.me).toEqual({ role: 'UNIT_REPORTER', unitCode: 'RSJ', regionCode: null, displayName: '赵磊' });
    expect(code(await p.g(`{ households(first: 1) { totalCount } }`))).toBe('FORBIDDEN');
    const stale = await admin(UPDATE, { i: { id: p.id, version: v, displayName: '赵磊磊' } });
    expect(code(stale)).toBe('VERSION_CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 3 });
    expect(code(await admin(UPDATE, { i: { id: '999999', version: 1, displayName: 'x' } }))).toBe('NOT_FOUND');
    expect(code(await admin(UPDATE, { i: { id: p.id, version: 3, phone: '12345' } }))).toBe('INVALID_PHONE');
    const me = (await admin(`{ me { username } users(where: { search: "admin" }) { edges { node { id version } } } }`)).data.users.edges[0].node;
    expect(code(await admin(UPDATE, { i: { id: me.id, version: me.version, role: 'COUNTY_STAFF' } }))).toBe('INVALID_STATE');
  });

  it('disabling ends the user\'s sessions at once and refuses its sign-in; enabling lets it in again', async () => {
    const p = await personWithPassword('sun.li');
    const other = (await login('sun.li', p.password)).g!;
    expect((await other(`{ households(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const off = await admin(`mutation($id: ID!) { disableUser(id: $id) { disabled disabledAt } }`, { id: p.id });
    expect(off.data.disableUser.disabled).toBe(true);
    expect(code(await p.g(`{ me { username } }`))).toBe('UNAUTHENTICATED');
    expect(code(await other(`{ me { username } }`))).toBe('UNAUTHENTICATED');
    expect(code((await login('sun.li', p.password)).res)).toBe('UNAUTHENTICATED');
    expect((await admin(`{ users(where: { disabled: true }) { edges { node { username } } } }`)).data.users.edges.map((e: { node: { username: string } }) => e.node.username)).toContain('sun.li');
    const on = await admin(`mutation($id: ID!) { enableUser(id: $id) { disabled disabledAt } }`, { id: p.id });
    expect(on.data.enableUser).toEqual({ disabled: false, disabledAt: null });
    expect((await login('sun.li', p.password)).g).not.toBeNull();
    // not oneself, and never the last administrator
    const adminId = (await admin(`{ users(where: { role: "ADMIN" }) { edges { node { id username } } } }`)).data.users.edges.find((e: { node: { username: string } }) => e.node.username === 'admin').node.id;
    expect(code(await admin(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id: adminId }))).toBe('INVALID_STATE');
    expect(code(await admin(`mutation { disableUser(id: "abc") { id } }`))).toBe('NOT_FOUND');
  });

  it('resetPassword gives a new one-time password and ends the sessions', async () => {
    const p = await personWithPassword('zhou.jie');
    const r = await admin(`mutation($id: ID!) { resetPassword(id: $id) { oneTimePassword user { mustChangePassword } } }`, { id: p.id });
    expect(r.data.resetPassword.user.mustChangePassword).toBe(true);
    expect(code(await p.g(`{ me { username } }`))).toBe('UNAUTHENTICATED');
    expect(code((await login('zhou.jie', p.password)).res)).toBe('UNAUTHENTICATED');
    const again = await login('zhou.jie', r.data.resetPassword.oneTimePassword);
    expect(again.res.data.login.user.mustChangePassword).toBe(true);
    expect(code(await again.g!(`{ households(first: 1) { totalCount } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('lists one\'s own sessions and ends one of them; another user\'s session is not found', async () => {
    const p = await personWithPassword('wu.gang');
    const second = await login('wu.gang', p.password);
    const list = (await p.g(`{ mySessions { id current expiresAt } }`)).data.mySessions as { id: string; current: boolean }[];
    expect(list).toHaveLength(2);
    expect(list.filter((x) => x.current)).toHaveLength(1);
    const other = list.find((x) => !x.current)!;
    const foreign = (await (await s.as('lijun'))(`{ mySessions { id } }`)).data.mySessions[0].id;
    expect(code(await p.g(`mutation($id: ID!) { endSession(id: $id) }`, { id: foreign }))).toBe('NOT_FOUND');
    expect((await p.g(`mutation($id: ID!) { endSession(id: $id) }`, { id: other.id })).data.endSession).toBe(true);
    expect(code(await second.g!(`{ me { username } }`))).toBe('UNAUTHENTICATED');
    expect(code(await p.g(`mutation($id: ID!) { endSession(id: $id) }`, { id: other.id }))).toBe('NOT_FOUND');
    expect((await p.g(`{ mySessions { id } }`)).data.mySessions).toHaveLength(1);
    // changing the password ends the other sessions, keeps this one
    const third = await login('wu.gang', p.password);
    expect((await p.g(CHANGE, { o: p.password, n: 'Another-Solid-Phrase-9' })).data.changePassword).toBe(true);
    expect(code(await third.g!(`{ me { username } }`))).toBe('UNAUTHENTICATED');
    expect((await p.g(`{ me { username } }`)).data.me.username).toBe('wu.gang');
  });

  it('pages users newest first and shows the last sign-in', async () => {
    const page1 = (await admin(`{ users(first: 2) { edges { cursor node { id lastSeenAt } } pageInfo { hasNextPage endCursor } } }`)).data.users;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await admin(`query($a: String) { users(first: 2, after: $a) { edges { node { id } } } }`, { a: page1.pageInfo.endCursor })).data.users;
    expect(Number(page2.edges[0].node.id)).toBeLessThan(Number(page1.edges[1].node.id));
    expect(code(await admin(`{ users(first: 501) { edges { node { id } } } }`))).toBe('OUT_OF_RANGE');
    expect(code(await admin(`{ users(after: "bogus") { edges { node { id } } } }`))).toBe('BAD_USER_INPUT');
    expect(code(await admin(`{ users(where: { role: "ROOT" }) { edges { node { id } } } }`))).toBe('BAD_USER_INPUT');
    expect(code(await admin(`query($s: String) { users(where: { search: $s }) { edges { node { id } } } }`, { s: 'x'.repeat(65) }))).toBe('TOO_LONG');
    // LIKE wildcards are plain characters in a search: `_` finds only a username with one
    await admin(CREATE, { i: { username: 'ding_yi', displayName: '丁一', role: 'AUDITOR' } });
    const names = async (q: string) => (await admin(`query($s: String) { users(where: { search: $s }) { edges { node { username } } } }`, { s: q }))
      .data.users.edges.map((e: { node: { username: string } }) => e.node.username);
    expect(await names('ding_')).toEqual(['ding_yi']);
    expect(await names('g_y')).toEqual(['ding_yi']);
    expect(await names('%')).toEqual([]);
    expect(await names('丁一')).toEqual(['ding_yi']);
    const admins = (await admin(`{ users(where: { search: "ADMIN" }) { edges { node { username lastSeenAt } } } }`)).data.users.edges;
    expect(admins[0].node.username).toBe('admin');
    expect(admins[0].node.lastSeenAt).not.toBeNull();
  });

  it('audits every account change (never a password), with the phone masked for readers without pii:read', async () => {
    const created = await admin(CREATE, { i: { username: 'qian.hong', displayName: '钱红', role: 'COUNTY_STAFF', phone: '13912345678' } });
    const id = created.data.createUser.user.id as string;
    await admin(UPDATE, { i: { id, version: 1, phone: '13987654321' } });
    await admin(`mutation($id: ID!) { resetPassword(id: $id) { oneTimePassword } }`, { id });
    await admin(`mutation($id: ID!) { disableUser(id: $id) { id } }`, { id });
    const q = `query($id: String) { auditEvents(where: { entityType: "user", entityId: $id }, first: 20) { edges { node { actor action field before after } } } }`;
    const events = (await admin(q, { id })).data.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(events.map((e: { action: string; field: string | null }) => `${e.action}:${e.field ?? ''}`)).toEqual(
      ['UPDATE:disabled', 'UPDATE:password', 'UPDATE:phone', 'CREATE:'],
    );
    expect(events.every((e: { actor: string }) => e.actor === 'admin')).toBe(true);
    const text = JSON.stringify(events);
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain(created.data.createUser.oneTimePassword);
    expect(text).toContain('13987654321');
    const auditor = await s.as('auditor');
    const masked = JSON.stringify((await auditor(q, { id })).data.auditEvents.edges);
    expect(masked).not.toContain('13987654321');
    expect(masked).not.toContain('13912345678');
    expect(masked).toContain('139****4321');
  });
});

describe(`production first start on ${TEST_DB_KIND}`, () => {
  it('creates no demo account, only `admin` with a one-time password printed once', async () => {
    const lines: string[] = [];
    const p = await startTestServer({ accounts: { demoAccounts: false }, log: (l) => lines.push(l) });
    try {
      const printed = lines.filter((l) => /one-time password/.test(l));
      expect(printed).toHaveLength(1);
      const otp = /: ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})$/.exec(printed[0]!)?.[1];
      expect(otp).toBeTruthy();
      for (const demo of ['county', 'yanghe', 'renshe']) {
        expect(code(await p.anon(LOGIN, { u: demo, p: 'test-password-1' }))).toBe('UNAUTHENTICATED');
      }
      const r = await p.anon(LOGIN, { u: 'admin', p: otp });
      expect(r.data.login.user.mustChangePassword).toBe(true);
      const g = p.withToken(r.data.login.token);
      expect(code(await g(`{ users { edges { node { username } } } }`))).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await g(CHANGE, { o: otp, n: 'Ningxia-Yongning-Root-7' })).data.changePassword).toBe(true);
      expect((await g(`{ users { edges { node { username } } } }`)).data.users.edges).toEqual([{ node: { username: 'admin' } }]);
    } finally {
      await p.stop();
    }
  });

  it('takes DOUDI_ADMIN_PASSWORD when it keeps the rules, and refuses to start with a weak one', async () => {
    const p = await startTestServer({ accounts: { demoAccounts: false, adminPassword: 'Chosen-By-The-Operator-1' } });
    try {
      const r = await p.anon(LOGIN, { u: 'admin', p: 'Chosen-By-The-Operator-1' });
      expect(r.data.login.user.mustChangePassword).toBe(false);
    } finally {
      await p.stop();
    }
    await expect(startTestServer({ accounts: { demoAccounts: false, adminPassword: 'password123' } })).rejects.toThrow(/DOUDI_ADMIN_PASSWORD.*密码/);
  });
});
