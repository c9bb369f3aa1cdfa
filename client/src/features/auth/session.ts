// Who is using the app: the logged-in user of this tab, from `me` or `login`.
import { reactive } from 'vue';
import { REGIONS, ROLE_LABELS as SHARED_ROLE_LABELS, regionPath, COUNTY_ROLES, type Scope } from '@doudi/shared';
import { gql, GqlError, tokenStore } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { UserFieldsFragment } from '../../generated/gql/graphql';
import { clearPersistedSheets } from '../../grid/persist';

/** scopes: ledger:read, ledger:write, pii:read, tasks:read, tasks:write, audit:read */
export type User = UserFieldsFragment;

graphql(`fragment UserFields on User { username displayName role regionCode unitCode scopes mustChangePassword }`);
const ME = graphql(`query Me { me { ...UserFields } }`);
const LOGIN = graphql(`mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { ...UserFields } } }`);
const LOGOUT = graphql(`mutation Logout { logout }`);
const CHANGE_PASSWORD = graphql(`mutation ChangePassword($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`);

export const session = reactive({
  /** auth once the session is known (the server checks tokens) */
  mode: 'unknown' as 'unknown' | 'auth',
  user: null as User | null,
});


let started: Promise<void> | null = null;

/** Resolves the mode and, with a stored token, the user. Runs once; later calls share the result. */
export function initSession(): Promise<void> {
  started ??= (async () => {
    // Without a token the answer is known (not logged in): asking `me` would only log a 401 in the console. This
    // server has login, so no token means auth mode with nobody logged in.
    if (!tokenStore.get()) {
      session.mode = 'auth';
      session.user = null;
      return;
    }
    try {
      const data = await gql(ME, {}, { quiet: true });
      session.mode = 'auth';
      session.user = data.me;
    } catch (e) {
      if (e instanceof GqlError && e.code === 'UNAUTHENTICATED') {
        session.mode = 'auth';
        session.user = null;
        tokenStore.clear();
      } else {
        started = null; // a network error: try again on the next navigation
        throw e;
      }
    }
  })();
  return started;
}

export async function login(username: string, password: string): Promise<User> {
  const data = await gql(LOGIN, { u: username, p: password }, { quiet: true });
  tokenStore.set(data.login.token);
  session.user = data.login.user;
  return data.login.user;
}

export async function logout(): Promise<void> {
  try {
    await gql(LOGOUT, {}, { quiet: true });
  } catch {
    // the token is dropped locally either way
  }
  tokenStore.clear();
  clearPersistedSheets(); // a deliberate logout leaves nothing of the user's data in the tab
  session.user = null;
}

/** Changes the user's own password (WEAK_PASSWORD says why a new one is refused); a one-time password is then gone. */
export async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  await gql(CHANGE_PASSWORD, { o: oldPassword, n: newPassword });
  if (session.user) session.user = { ...session.user, mustChangePassword: false };
}

/** After UNAUTHENTICATED: forget the user so the guard sends them to the login page. */
export function dropSession(): void {
  tokenStore.clear();
  if (session.mode === 'auth') session.user = null;
}

// Role names come from @doudi/shared.
const ROLE_LABELS: Record<string, { zh: string; en: string }> = SHARED_ROLE_LABELS;

export const can = (scope: Scope): boolean => !!session.user?.scopes?.includes(scope);

/** Whether the user acts for the whole county (county staff or the administrator). */
export const isCountyRole = (role: string | undefined): boolean => (COUNTY_ROLES as readonly string[]).includes(role ?? '');

export function roleLabel(role: string, lang: 'zh' | 'en'): string {
  return ROLE_LABELS[role]?.[lang] ?? role;
}

/** The user's scope as a place name: 杨和镇 for a township user, 永宁县 for county staff. */
export function scopeLabel(user: User): string {
  if (!user.regionCode) return REGIONS[0]!.name;
  return regionPath(user.regionCode);
}
