import { GraphQLError } from 'graphql';
import { missingScopeMessage, townshipCodeOf, type Role, type Scope } from '@doudi/shared';
import { type Sql, sql } from './sql.js';

// Roles, scopes and their labels live in @doudi/shared (the client shows the same ones).
export { ROLES, SCOPES, ROLE_SCOPES, type Role, type Scope } from '@doudi/shared';

/** Who is calling: a logged-in user (session token) or a third-party tool (API token). */
export interface Principal {
  kind: 'session' | 'api-token';
  /** The user's username, or `token:<name>` for an API token. */
  actor: string;
  userId: number | null;
  tokenId: number;
  role: Role | null;
  /** Region-code prefix the caller is confined to; null = the whole county. */
  regionCode: string | null;
  unitCode: string | null;
  scopes: ReadonlySet<Scope>;
  /** API tokens: their own requests per minute and per day; null: the server's defaults (DOUDI_TOKEN_*). */
  limits?: { ratePerMinute: number | null; dailyQuota: number | null };
  /** Sessions: the user's display name, and whether it signed in with a one-time password (then only
   *  changePassword, me and logout are allowed: PASSWORD_CHANGE_REQUIRED). */
  displayName?: string;
  mustChangePassword?: boolean;
}

export function forbidden(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extra } });
}

export function unauthenticated(message = '请先登录'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The one place where "who may see and change what" is decided. Every query and mutation gets an Access from the
 * request context; household reads and writes go through `householdScope()` / `canTouchRegion()`, so no resolver
 * carries its own rule.
 */
export class Access {
  constructor(readonly principal: Principal | null) {}

  get actor(): string {
    return this.principal?.actor ?? 'anonymous';
  }

  has(scope: Scope): boolean {
    return this.principal?.scopes.has(scope) ?? false;
  }

  require(scope: Scope): void {
    if (!this.principal) throw unauthenticated();
    if (!this.has(scope)) throw forbidden(missingScopeMessage(scope), { scope });
  }

  get isAdmin(): boolean {
    return this.principal?.role === 'ADMIN';
  }

  requireAdmin(): void {
    if (!this.principal) throw unauthenticated();
    if (!this.isAdmin) throw forbidden('只有系统管理员可以进行此操作');
  }

  /** Personal data (ID numbers, phones, birth dates, health) is shown unmasked only with pii:read. */
  get seesPii(): boolean {
    return this.has('pii:read');
  }

  /** SQL conditions confining households (alias `h`) to the caller's region. */
  householdScope(): Sql[] {
    const prefix = this.principal?.regionCode;
    if (!prefix) return [];
    if (prefix.length === 9) return [sql('h.township_code = ?', prefix)];
    if (prefix.length === 12) return [sql('h.region_code = ?', prefix)];
    return [sql('h.region_code LIKE ?', `${prefix}%`)];
  }

  /** Whether a region code (of a household, or one it would move to) is inside the caller's region. */
  canTouchRegion(regionCode: string | null | undefined): boolean {
    const prefix = this.principal?.regionCode;
    if (!prefix) return true;
    return Boolean(regionCode && regionCode.startsWith(prefix));
  }

  // ---- accountability tables (责任台账) ------------------------------------------------------------------------

  /**
   * The responsible unit a caller is confined to in the accountability tables: a unit reporter's or a township
   * user's own unit (their unitCode), or the township of an API token with a region; null = every unit.
   * A confined caller without a unit gets '' (matches no row).
   */
  get taskUnit(): string | null {
    const p = this.principal;
    if (!p) return '';
    if (p.role === 'UNIT_REPORTER') return p.unitCode ?? '';
    // A township user's unit is its township (demo users carry it as unitCode too).
    if (p.role === 'TOWNSHIP_STAFF') return p.unitCode ?? (p.regionCode ? townshipCodeOf(p.regionCode) ?? '' : '');
    if (p.kind === 'api-token' && p.regionCode) return townshipCodeOf(p.regionCode) ?? '';
    return null;
  }

  /** Whether the caller may read a unit's rows. */
  canSeeUnit(unitCode: string): boolean {
    const u = this.taskUnit;
    return u === null || u === unitCode;
  }

  /** Reporting and asking for close-off: the unit itself (tasks:write, its own rows), or the administrator. */
  canReportFor(unitCode: string): boolean {
    if (!this.has('tasks:write')) return false;
    if (this.isAdmin) return true;
    const u = this.taskUnit;
    return u !== null && u !== '' && u === unitCode;
  }

  /** Approving, sending back, urging, entering plans: the leadership group's office (领导小组办公室) and the admin. */
  get isTaskOffice(): boolean {
    const role = this.principal?.role;
    return this.has('tasks:write') && (role === 'LEADERSHIP_OFFICE' || role === 'ADMIN');
  }

  /** The township a caller is confined to, if any. */
  get township(): string | null {
    const p = this.principal?.regionCode;
    return p ? townshipCodeOf(p) : null;
  }
}
