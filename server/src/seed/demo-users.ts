import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../common/access.js';
import { AppUser } from '../modules/auth/user.entity.js';
import { hashPassword } from '../modules/auth/password.js';
import { weakPasswordReason } from '../modules/auth/password-policy.js';
import { oneTimePassword } from '../modules/auth/user.service.js';
import { recordAudit } from '../modules/audit/audit.service.js';

/** Responsible units (bureaus) of the plan, with the demo reporter who reports for each. */
export const DEMO_BUREAUS = [
  { username: 'minzheng', unitCode: 'MZJ', name: '民政局' },
  { username: 'caizheng', unitCode: 'CZJ', name: '财政局' },
  { username: 'renshe', unitCode: 'RSJ', name: '人社局' },
  { username: 'weijian', unitCode: 'WJJ', name: '卫健局' },
  { username: 'fulian', unitCode: 'FL', name: '妇联' },
  { username: 'fupin', unitCode: 'FPB', name: '扶贫办' },
] as const;

/** One township user per township, named by pinyin. */
export const DEMO_TOWNSHIPS = [
  { username: 'tuanjie', regionCode: '640121001', name: '团结西路街道' },
  { username: 'yanghe', regionCode: '640121100', name: '杨和镇' },
  { username: 'lijun', regionCode: '640121101', name: '李俊镇' },
  { username: 'wangyuan', regionCode: '640121102', name: '望远镇' },
  { username: 'wanghong', regionCode: '640121103', name: '望洪镇' },
  { username: 'minning', regionCode: '640121104', name: '闽宁镇' },
  { username: 'shengli', regionCode: '640121200', name: '胜利乡' },
  { username: 'huangyangtan', regionCode: '640121400', name: '黄羊滩农场' },
  { username: 'yuquanying', regionCode: '640121401', name: '玉泉营农场' },
] as const;

export interface DemoUserDef {
  username: string;
  displayName: string;
  role: Role;
  regionCode?: string;
  unitCode?: string;
}

export const DEMO_USERS: DemoUserDef[] = [
  { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
  { username: 'county', displayName: '县民政局社会救助办公室', role: 'COUNTY_STAFF' },
  { username: 'office', displayName: '领导小组办公室', role: 'LEADERSHIP_OFFICE' },
  { username: 'auditor', displayName: '县纪委监委（审计）', role: 'AUDITOR' },
  ...DEMO_BUREAUS.map((b) => ({ username: b.username, displayName: `${b.name}填报员`, role: 'UNIT_REPORTER' as Role, unitCode: b.unitCode })),
  ...DEMO_TOWNSHIPS.map((t) => ({ username: t.username, displayName: `${t.name}民生服务中心`, role: 'TOWNSHIP_STAFF' as Role, regionCode: t.regionCode, unitCode: t.regionCode })),
];

/**
 * Creates the demo accounts into an empty user table. Their password is DOUDI_DEMO_PASSWORD, or one generated here
 * and printed once (it is not stored anywhere but as a hash).
 */
export async function seedDemoUsers(em: EntityManager, password: string | null, log: (l: string) => void): Promise<void> {
  if ((await em.count(AppUser, {})) > 0) return;
  const pw = password ?? randomBytes(9).toString('base64url');
  // One hash (with its own salt) for all demo accounts: scrypt is slow on purpose.
  const hash = await hashPassword(pw);
  for (const u of DEMO_USERS) {
    em.create(AppUser, { username: u.username, displayName: u.displayName, role: u.role, regionCode: u.regionCode ?? null, unitCode: u.unitCode ?? null, passwordHash: hash });
  }
  await em.flush();
  if (password) log(`[doudi] demo accounts created (${DEMO_USERS.length}); password from DOUDI_DEMO_PASSWORD`);
  else log(`[doudi] demo accounts created (${DEMO_USERS.length}): ${DEMO_USERS.map((u) => u.username).join(', ')}\n[doudi] their password (shown once): ${pw}`);
}

/**
 * Accounts of a first start (into an empty user table): the demo accounts when demo data is seeded, otherwise one
 * `admin` — with DOUDI_ADMIN_PASSWORD (which must keep the password rules), or a one-time password printed once here
 * that must be changed at the first sign-in.
 */
export async function seedAccounts(
  em: EntityManager, opts: { demoAccounts: boolean; demoPassword: string | null; adminPassword: string | null }, log: (l: string) => void, now = new Date(),
): Promise<void> {
  if (opts.demoAccounts) return seedDemoUsers(em, opts.demoPassword, log);
  if ((await em.count(AppUser, {})) > 0) return;
  const given = opts.adminPassword;
  const reason = given ? weakPasswordReason(given, 'admin') : null;
  if (reason) throw new Error(`DOUDI_ADMIN_PASSWORD does not keep the password rules: ${reason}`);
  const password = given ?? oneTimePassword();
  const admin = em.create(AppUser, {
    username: 'admin', displayName: '系统管理员', role: 'ADMIN', passwordHash: await hashPassword(password), mustChangePassword: !given,
    createdAt: now, updatedAt: now,
  });
  await em.flush();
  recordAudit(em, { actor: 'system', requestId: 'first-start', changeSet: null }, now, [{
    action: 'CREATE', entityType: 'user', entityId: String(admin.id),
    after: { username: 'admin', displayName: admin.displayName, role: 'ADMIN', regionCode: null, unitCode: null, phone: null, disabled: false },
  }]);
  await em.flush();
  if (given) log('[doudi] first start: account `admin` created with the password of DOUDI_ADMIN_PASSWORD (no demo accounts)');
  else log(`[doudi] first start: account \`admin\` created (no demo accounts); its one-time password (shown once, to be changed at the first sign-in): ${password}`);
}
