import { randomInt } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import {
  USERNAME_PATTERN, isRole, maskPhone, regionByCode, responsibleUnitByCode, validatePhone, type Role,
} from '@doudi/shared';
import { forbidden, unauthenticated } from '../../common/access.js';
import { appError } from '../../common/errors.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { queryRows, sql, fromDbDate, likeEscape } from '../../common/sql.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import { AppUser } from './user.entity.js';
import { AuthToken } from './token.entity.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertStrongPassword } from './password-policy.js';
import { evictPrincipals } from './principal-cache.js';
import type { CreateUserInput, SessionNode, UpdateUserInput, UserAccountConnection, UserAccountNode, UserWhere, UserWithPassword } from './user.types.js';

const bad = (field: string, message: string) => appError('BAD_USER_INPUT', message, { field });
const notFound = (id: string) => appError('NOT_FOUND', `用户 ${id} 不存在`, { field: 'id' });

/** One-time passwords: 12 characters of an alphabet without look-alikes (no 0/o, 1/l/i), in groups of four. */
const OTP_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function oneTimePassword(): string {
  const chars = Array.from({ length: 12 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** Where a role places a user: township staff in a township (their unit is the township), reporters in a unit. */
export function placement(role: Role, regionCode: string | null | undefined, unitCode: string | null | undefined): { regionCode: string | null; unitCode: string | null } {
  if (role === 'TOWNSHIP_STAFF') {
    const r = regionCode ? regionByCode(regionCode) : undefined;
    if (!r || r.level !== 'TOWNSHIP') throw bad('regionCode', '乡镇经办人必须指定所属乡镇（本县的 9 位乡镇区划代码）');
    return { regionCode: r.code, unitCode: r.code };
  }
  if (role === 'UNIT_REPORTER') {
    const u = unitCode ? responsibleUnitByCode(unitCode) : undefined;
    if (!u) throw bad('unitCode', `责任单位填报员必须指定所属单位（如 MZJ 民政局）；“${unitCode ?? ''}”不是本县的责任单位`);
    return { regionCode: null, unitCode: u.code };
  }
  return { regionCode: null, unitCode: null };
}

function cleanDisplayName(raw: string): string {
  const name = raw.normalize('NFKC').trim();
  if (!name) throw appError('REQUIRED', '姓名不能为空', { field: 'displayName' });
  if ([...name].length > 64) throw appError('TOO_LONG', '姓名最多 64 个字符', { field: 'displayName' });
  return name;
}

function cleanPhone(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const r = validatePhone(raw);
  if (!r.ok) throw appError('INVALID_PHONE', r.message, { field: 'phone' });
  return r.value;
}

/** What an account's audit rows record of it: never the password hash. */
const snapshot = (u: AppUser) => ({
  username: u.username, displayName: u.displayName, role: u.role, regionCode: u.regionCode ?? null, unitCode: u.unitCode ?? null,
  phone: u.phone ?? null, disabled: u.disabled,
});

/**
 * Personal accounts (issue 14): the administrator's user management, and a user's own password and sessions. Every
 * change is audited in its transaction (entity `user`); every change that touches who a user is or whether it may
 * sign in ends or refreshes its cached sessions on every instance (evictPrincipals).
 */
export class UserService {
  constructor(private readonly deps: ServiceDeps) {}

  private get access() {
    return this.deps.access;
  }

  private node(u: AppUser, lastSeenAt: Date | null = null): UserAccountNode {
    return {
      id: String(u.id), username: u.username, displayName: u.displayName, role: u.role, regionCode: u.regionCode ?? null,
      unitCode: u.unitCode ?? null, phone: u.phone ? (this.access.seesPii ? u.phone : maskPhone(u.phone)) : null,
      disabled: u.disabled, mustChangePassword: u.mustChangePassword, version: u.version, createdAt: u.createdAt,
      updatedAt: u.updatedAt, disabledAt: u.disabledAt ?? null, lastSeenAt,
    };
  }

  async users(where: UserWhere | null | undefined, first: number, after: string | null | undefined): Promise<UserAccountConnection> {
    this.access.requireAdmin();
    checkPageSize(first);
    const cond: FilterQuery<AppUser>[] = [];
    const below = idBelow(after, 'users:D');
    if (below != null) cond.push({ id: { $lt: below } });
    const search = where?.search?.trim();
    if (search) {
      if (search.length > 64) throw appError('TOO_LONG', '搜索词最多 64 个字符', { field: 'search' });
      // Wildcards typed are plain characters (ESCAPE); usernames are stored lower-case.
      const found = await queryRows<{ id: number | string }>(this.deps.em, sql(
        `SELECT id FROM app_user WHERE username LIKE ? ESCAPE '\\' OR display_name LIKE ? ESCAPE '\\'`,
        `%${likeEscape(search.toLowerCase())}%`, `%${likeEscape(search)}%`));
      cond.push({ id: { $in: found.map((r) => Number(r.id)) } });
    }
    if (where?.role) {
      if (!isRole(where.role)) throw bad('role', `角色“${where.role.slice(0, 32)}”不存在`);
      cond.push({ role: where.role });
    }
    if (where?.unitCode) cond.push({ unitCode: where.unitCode.slice(0, 32) });
    if (where?.disabled != null) cond.push({ disabled: where.disabled });
    const rows = await this.deps.em.fork().find(AppUser, cond.length ? { $and: cond } : {}, { orderBy: { id: 'desc' }, limit: first + 1 });
    const seen = await this.lastSeen(rows.slice(0, first).map((u) => u.id));
    return idDescPage(rows, first, after, 'users:D', (u) => this.node(u, seen.get(u.id) ?? null));
  }

  private async lastSeen(ids: number[]): Promise<Map<number, Date>> {
    if (!ids.length) return new Map();
    const rows = await queryRows<{ user_id: number | string; at: unknown }>(this.deps.em, sql(
      `SELECT user_id, MAX(last_used_at) AS at FROM auth_token WHERE kind = 'SESSION' AND user_id IN (${ids.map(() => '?').join(', ')}) GROUP BY user_id`,
      ...ids));
    return new Map(rows.filter((r) => r.at != null).map((r) => [Number(r.user_id), fromDbDate(r.at)]));
  }

  async createUser(input: CreateUserInput): Promise<UserWithPassword> {
    this.access.requireAdmin();
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      throw bad('username', '用户名须以小写字母开头，只含小写字母、数字、点、下划线和连字符，2–64 个字符');
    }
    if (!isRole(input.role)) throw bad('role', `角色“${input.role.slice(0, 32)}”不存在`);
    const place = placement(input.role, input.regionCode, input.unitCode);
    const displayName = cleanDisplayName(input.displayName);
    const phone = cleanPhone(input.phone);
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const now = this.deps.clock.now();
    const user = await this.deps.em.fork().transactional(async (em) => {
      if (await em.count(AppUser, { username })) throw bad('username', `用户名“${username}”已存在`);
      const u = em.create(AppUser, {
        username, displayName, role: input.role, ...place, phone, passwordHash, mustChangePassword: true, createdAt: now, updatedAt: now,
      });
      await em.flush();
      this.audit(em, u, now, [{ action: 'CREATE', entityType: 'user', entityId: String(u.id), after: snapshot(u) }]);
      await em.flush();
      return u;
    }).catch((err: unknown) => {
      // Two admins creating the same username at once: the second meets the unique index.
      if (err instanceof UniqueConstraintViolationException) throw bad('username', `用户名“${username}”已存在`);
      throw err;
    });
    return { user: this.node(user), oneTimePassword: password };
  }

  async updateUser(input: UpdateUserInput): Promise<UserAccountNode> {
    this.access.requireAdmin();
    const now = this.deps.clock.now();
    const user = await this.mutate(input.id, input.version, now, (u) => {
      const role = input.role ?? u.role;
      if (!isRole(role)) throw bad('role', `角色“${role.slice(0, 32)}”不存在`);
      if (role !== u.role && this.isSelf(u)) throw appError('INVALID_STATE', '不能修改自己的角色', { field: 'role' });
      const placeChanged = input.role != null || input.regionCode !== undefined || input.unitCode !== undefined;
      const place = placeChanged
        ? placement(role, input.regionCode === undefined ? u.regionCode : input.regionCode, input.unitCode === undefined ? u.unitCode : input.unitCode)
        : { regionCode: u.regionCode ?? null, unitCode: u.unitCode ?? null };
      return {
        displayName: input.displayName == null ? u.displayName : cleanDisplayName(input.displayName),
        role, ...place, phone: input.phone === undefined || input.phone === null ? u.phone ?? null : cleanPhone(input.phone),
      };
    });
    return this.node(user);
  }

  async disableUser(id: string): Promise<UserAccountNode> {
    this.access.requireAdmin();
    const now = this.deps.clock.now();
    return this.node(await this.mutate(id, null, now, (u) => {
      if (this.isSelf(u)) throw appError('INVALID_STATE', '不能停用自己的账号', { field: 'id' });
      return { disabled: true, disabledAt: u.disabled ? u.disabledAt ?? now : now };
    }, true));
  }

  async enableUser(id: string): Promise<UserAccountNode> {
    this.access.requireAdmin();
    return this.node(await this.mutate(id, null, this.deps.clock.now(), () => ({ disabled: false, disabledAt: null })));
  }

  /** A new one-time password; the user's sessions end at once. */
  async resetPassword(id: string): Promise<UserWithPassword> {
    this.access.requireAdmin();
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const user = await this.mutate(id, null, this.deps.clock.now(), (u) => {
      if (this.isSelf(u)) throw appError('INVALID_STATE', '请用“修改密码”修改自己的密码', { field: 'id' });
      return { passwordHash, mustChangePassword: true };
    }, true);
    return { user: this.node(user), oneTimePassword: password };
  }

  /** The caller's own password: the old one, then a new one that keeps the rules; its other sessions end. */
  async changePassword(oldPassword: string, newPassword: string): Promise<boolean> {
    const p = this.access.principal;
    if (!p) throw unauthenticated();
    if (p.kind !== 'session' || p.userId == null) throw forbidden('API 令牌没有密码');
    const em = this.deps.em.fork();
    const current = await em.findOne(AppUser, { id: p.userId });
    if (!current) throw unauthenticated();
    if (oldPassword.length > 256 || !(await verifyPassword(oldPassword, current.passwordHash))) throw bad('oldPassword', '原密码不正确');
    assertStrongPassword(newPassword, current.username);
    if (newPassword === oldPassword) throw appError('WEAK_PASSWORD', '密码不符合要求：新密码不能与原密码相同', { field: 'newPassword', reason: '新密码不能与原密码相同' });
    const passwordHash = await hashPassword(newPassword);
    await this.mutate(String(p.userId), null, this.deps.clock.now(), () => ({ passwordHash, mustChangePassword: false }), true, p.tokenId);
    return true;
  }

  async mySessions(): Promise<SessionNode[]> {
    const p = this.access.principal;
    if (!p) throw unauthenticated();
    if (p.kind !== 'session' || p.userId == null) return [];
    const now = this.deps.clock.now();
    const rows = await this.deps.em.fork().find(AuthToken, { kind: 'SESSION', userId: p.userId, revokedAt: null, expiresAt: { $gt: now } }, { orderBy: { id: 'desc' }, limit: 200 });
    return rows.map((t) => ({ id: String(t.id), createdAt: t.createdAt, lastUsedAt: t.lastUsedAt ?? null, expiresAt: t.expiresAt, current: t.id === p.tokenId }));
  }

  /** Ends one of the caller's own sessions (another one's id answers NOT_FOUND). */
  async endSession(id: string): Promise<boolean> {
    const p = this.access.principal;
    if (!p) throw unauthenticated();
    const n = /^\d{1,12}$/.test(id) ? Number(id) : -1;
    const em = this.deps.em.fork();
    const t = p.kind === 'session' && p.userId != null ? await em.findOne(AuthToken, { id: n, kind: 'SESSION', userId: p.userId }) : null;
    if (!t || t.revokedAt) throw appError('NOT_FOUND', `会话 ${id.slice(0, 20)} 不存在或已结束`, { field: 'id' });
    t.revokedAt = this.deps.clock.now();
    await em.flush();
    await evictPrincipals({ hash: t.tokenHash });
    return true;
  }

  private isSelf(u: AppUser): boolean {
    return this.access.principal?.kind === 'session' && this.access.principal.userId === u.id;
  }

  private audit(em: EntityManager, u: AppUser, now: Date, entries: AuditEntry[]): void {
    recordAudit(em, { ...this.deps.stamp, changeSet: null }, now, entries.map((e) => ({ ...e, regionCode: u.regionCode ?? null })));
  }

  /**
   * Loads the user, applies the change, checks the version (when given), audits field by field and commits; with
   * `endSessions` the user's sessions (all but `keepToken`) are revoked in the same transaction. Afterwards every
   * instance forgets the user's cached sessions.
   */
  private async mutate(
    id: string, version: number | null, now: Date, change: (u: AppUser) => Partial<AppUser>, endSessions = false, keepToken: number | null = null,
  ): Promise<AppUser> {
    const n = /^\d{1,12}$/.test(id) ? Number(id) : -1;
    const user = await this.deps.em.fork().transactional(async (em) => {
      const u = await em.findOne(AppUser, { id: n });
      if (!u) throw notFound(id.slice(0, 20));
      // Written with one compare-and-set below, not by the unit of work: the entity is detached first.
      em.clear();
      if (version != null && u.version !== version) {
        throw appError('VERSION_CONFLICT', `该用户已被他人修改（当前版本 ${u.version}，提交的版本 ${version}），请刷新后重试`, { field: 'version', currentVersion: u.version });
      }
      const before = { ...snapshot(u), password: null as string | null };
      const next = change(u);
      const staysAdmin = (next.role ?? u.role) === 'ADMIN' && !(next.disabled ?? u.disabled);
      if (u.role === 'ADMIN' && !u.disabled && !staysAdmin && (await em.count(AppUser, { role: 'ADMIN', disabled: false, id: { $ne: u.id } })) === 0) {
        throw appError('INVALID_STATE', '至少要保留一个可用的系统管理员账号', { field: 'id' });
      }
      const after = { ...snapshot({ ...u, ...next } as AppUser), password: next.passwordHash ? (next.mustChangePassword ? '（已重置为一次性密码）' : '（已修改）') : null };
      const entries: AuditEntry[] = [];
      for (const k of Object.keys(after) as (keyof typeof after)[]) {
        if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
          entries.push({ action: 'UPDATE', entityType: 'user', entityId: String(u.id), field: k, before: k === 'password' ? null : before[k], after: after[k] });
        }
      }
      // A save that changes nothing (and revokes nothing) writes nothing: the version stays.
      if (!entries.length && !endSessions) return u;
      const written = await em.nativeUpdate(AppUser, { id: u.id, version: u.version }, { ...next, updatedAt: now, version: u.version + 1 });
      if (written !== 1) throw appError('VERSION_CONFLICT', '该用户已被他人修改，请刷新后重试', { field: 'version' });
      Object.assign(u, next, { updatedAt: now, version: u.version + 1 });
      if (endSessions) {
        await em.nativeUpdate(AuthToken, { userId: u.id, kind: 'SESSION', revokedAt: null, ...(keepToken ? { id: { $ne: keepToken } } : {}) }, { revokedAt: now });
      }
      this.audit(em, u, now, entries);
      await em.flush();
      return u;
    });
    // A role, unit, name or password flag is part of the cached principal; disabling and resets end the sessions.
    await evictPrincipals({ userId: user.id });
    return user;
  }
}
