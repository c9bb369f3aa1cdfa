import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { E2E_DATABASES, e2eRedisUrl, gql, repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

// Issue 14, points 1 and 2 against the production build: a production first start (DOUDI_SEED_DEMO=false) has no demo
// account and prints the admin's one-time password once; `pnpm doudi user:*` (the built CLI) manages users of a
// running server.

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword } } }';
const OTP = /[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}/g;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each(E2E_DATABASES)('a production first start on %s', (db) => {
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers.reverse()) await s.stop().catch(() => undefined);
  });

  it('creates only `admin`, whose one-time password is printed once and must be changed; a restart prints nothing', async () => {
    const first = await startBuiltServer({ DOUDI_SEED_DEMO: 'false', DOUDI_DEMO_PASSWORD: '' }, { db });
    servers.push(first);
    const out = first.output();
    const printed = out.match(OTP) ?? [];
    expect(printed).toHaveLength(1);
    expect(out).toMatch(/first start: account `admin` created \(no demo accounts\)/);
    expect(out).not.toMatch(/demo accounts created/);
    for (const u of ['county', 'yanghe', 'renshe', 'auditor']) {
      expect(code(await gql(first.url, LOGIN, { u, p: 'e2e-demo-password' }))).toBe('UNAUTHENTICATED');
    }
    const admin = await gql(first.url, LOGIN, { u: 'admin', p: printed[0] });
    expect(admin.data.login.user.mustChangePassword).toBe(true);
    const h = bearer(admin.data.login.token);
    expect(code(await gql(first.url, '{ users { edges { node { username } } } }', {}, h))).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await gql(first.url, 'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "Yongning-Ops-Desk-42") }', { o: printed[0] }, h);
    expect(changed.data.changePassword).toBe(true);
    const users = await gql(first.url, '{ users { edges { node { username role } } } households(first: 1) { totalCount } }', {}, h);
    expect(users.data.users.edges).toEqual([{ node: { username: 'admin', role: 'ADMIN' } }]);
    expect(users.data.households.totalCount).toBe(0);

    // A second start on the same database: nothing created, nothing printed.
    const dbUrl = first.databaseUrl;
    first.child.kill('SIGTERM');
    await new Promise((r) => (first.child.exitCode !== null ? r(null) : first.child.once('exit', r)));
    const second = await startBuiltServer({ DOUDI_SEED_DEMO: 'false', DATABASE_URL: dbUrl });
    servers.push(second);
    expect(second.output().match(OTP)).toBeNull();
    expect(second.output()).not.toMatch(/account `admin` created/);
    expect((await gql(second.url, LOGIN, { u: 'admin', p: 'Yongning-Ops-Desk-42' })).data.login.user.mustChangePassword).toBe(false);
  }, 300_000);
});

describe('`pnpm doudi user:*` (the built CLI) against a running built server', () => {
  let srv: RunningServer;
  let redis: string | null = null;
  const env = () => ({ ...(redis ? { DOUDI_REDIS_URL: redis } : {}) });
  beforeAll(async () => {
    redis = await e2eRedisUrl();
    srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '20', ...env() });
  });
  afterAll(async () => {
    if (process.env.DEBUG_OUT) console.log(srv?.output());
    await srv?.stop();
  });
  // Asynchronous on purpose: a blocked event loop would keep the client from seeing the server close idle connections.
  const cli = (args: string[]) => new Promise<{ status: number | null; stdout: string; stderr: string }>((res) => {
    const child = spawn(process.execPath, [join(repoRoot, 'server', 'dist', 'cli.js'), ...args], {
      env: { ...process.env, DATABASE_URL: srv.databaseUrl, ...env() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => res({ status, stdout, stderr }));
  });

  it('creates, lists, resets, disables and enables a user; refusals exit 1 with the code', async () => {
    const created = (await cli(['user:create', '--username', 'ma.li', '--name', '马丽', '--role', 'TOWNSHIP_STAFF', '--region', '640121104', '--phone', '13800138000']));
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/user #\d+ ma\.li \(马丽, TOWNSHIP_STAFF, 640121104\) created/);
    const otp = created.stdout.match(OTP)![0];
    const list = (await cli(['user:list', '--search', 'ma.li']));
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/ma\.li\t马丽\tTOWNSHIP_STAFF\t640121104\tactive\tone-time password/);
    // the phone is personal data: never printed by the list
    expect(list.stdout).not.toContain('13800138000');

    const signIn = await gql(srv.url, LOGIN, { u: 'ma.li', p: otp });
    expect(signIn.data.login.user.mustChangePassword).toBe(true);
    const h = bearer(signIn.data.login.token);
    expect((await gql(srv.url, 'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "Minning-Desk-Lamp-7") }', { o: otp }, h)).data.changePassword).toBe(true);
    expect((await gql(srv.url, '{ households(first: 1) { totalCount } }', {}, h)).errors).toBeUndefined();

    const disabled = (await cli(['user:disable', '--username', 'ma.li']));
    expect(disabled.status).toBe(0);
    expect(disabled.stdout).toMatch(/user ma\.li disabled; its sessions have ended/);
    expect(code(await gql(srv.url, LOGIN, { u: 'ma.li', p: 'Minning-Desk-Lamp-7' }))).toBe('UNAUTHENTICATED');
    // With Redis the running server forgets the session at once; without, within its short cache TTL.
    if (redis) expect(code(await gql(srv.url, '{ me { username } }', {}, h))).toBe('UNAUTHENTICATED');
    expect((await cli(['user:enable', '--username', 'ma.li'])).stdout).toMatch(/user ma\.li enabled/);
    expect((await gql(srv.url, LOGIN, { u: 'ma.li', p: 'Minning-Desk-Lamp-7' })).data.login.token).toBeTruthy();

    const reset = (await cli(['user:reset', '--username', 'ma.li']));
    expect(reset.status).toBe(0);
    const otp2 = reset.stdout.match(OTP)![0];
    expect(code(await gql(srv.url, LOGIN, { u: 'ma.li', p: 'Minning-Desk-Lamp-7' }))).toBe('UNAUTHENTICATED');
    expect((await gql(srv.url, LOGIN, { u: 'ma.li', p: otp2 })).data.login.user.mustChangePassword).toBe(true);

    const dup = (await cli(['user:create', '--username', 'ma.li', '--name', '马丽', '--role', 'COUNTY_STAFF']));
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/BAD_USER_INPUT: 用户名“ma\.li”已存在/);
    const badRole = (await cli(['user:create', '--username', 'x.y', '--name', 'x', '--role', 'ROOT']));
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toMatch(/BAD_USER_INPUT: 角色“ROOT”不存在/);
    expect((await cli(['user:disable', '--username', 'nobody'])).stderr).toMatch(/no such user: nobody/);
    expect((await cli(['user:disable', '--username', 'admin'])).stderr).toMatch(/INVALID_STATE: 至少要保留一个可用的系统管理员账号/);

    // the audit trail names the CLI
    const admin = bearer((await gql(srv.url, LOGIN, { u: 'admin', p: 'e2e-demo-password' })).data.login.token);
    const trail = await gql(srv.url, '{ auditEvents(where: { entityType: "user", actor: "cli" }, first: 50) { edges { node { action field } } } }', {}, admin);
    expect(trail.data.auditEvents.edges.map((e: { node: { action: string; field: string | null } }) => `${e.node.action}:${e.node.field ?? ''}`))
      .toEqual(['UPDATE:password', 'UPDATE:disabled', 'UPDATE:disabled', 'CREATE:']);
  }, 300_000);
});
