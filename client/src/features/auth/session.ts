// Who is using the app. Against a server without `login` (before the auth issue lands) the app runs in open mode.
import { reactive } from 'vue';
import { REGIONS, ROLE_LABELS as SHARED_ROLE_LABELS, regionPath, COUNTY_ROLES, type Role, type Scope } from '@doudi/shared';
import { gql, GqlError, isMissingFeature, tokenStore } from '../../api/client';
import { clearPersistedSheets } from '../../grid/persist';

export interface User {
  username: string;
  displayName: string;
  role: Role | 'OPEN';
  regionCode: string | null;
  unitCode: string | null;
  scopes: Scope[];
}

export const session = reactive({
  /** auth: the server checks tokens; open: the server has no login yet */
  mode: 'unknown' as 'unknown' | 'auth' | 'open',
  user: null as User | null,
});

const USER_FIELDS = 'username displayName role regionCode unitCode scopes';
// Open mode (a server without login): everything the API allows anyone.
const OPEN_USER: User = { username: 'open', displayName: '', role: 'OPEN', regionCode: null, unitCode: null, scopes: ['ledger:read', 'ledger:write'] };

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
      const data = await gql<{ me: User | null }>(`{ me { ${USER_FIELDS} } }`, {}, { quiet: true });
      session.mode = 'auth';
      session.user = data.me;
    } catch (e) {
      if (isMissingFeature(e)) {
        session.mode = 'open';
        session.user = OPEN_USER;
      } else if (e instanceof GqlError && e.code === 'UNAUTHENTICATED') {
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
  const data = await gql<{ login: { token: string; user: User } }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { ${USER_FIELDS} } } }`,
    { u: username, p: password },
    { quiet: true },
  );
  tokenStore.set(data.login.token);
  session.user = data.login.user;
  return data.login.user;
}

export async function logout(): Promise<void> {
  try {
    await gql(`mutation { logout }`, {}, { quiet: true });
  } catch {
    // the token is dropped locally either way
  }
  tokenStore.clear();
  clearPersistedSheets(); // a deliberate logout leaves nothing of the user's data in the tab
  session.user = null;
}

/** After UNAUTHENTICATED: forget the user so the guard sends them to the login page. */
export function dropSession(): void {
  tokenStore.clear();
  if (session.mode === 'auth') session.user = null;
}

// Role names come from @doudi/shared; open mode (no login on the server) is the client's own.
const ROLE_LABELS: Record<string, { zh: string; en: string }> = { ...SHARED_ROLE_LABELS, OPEN: { zh: '开放模式', en: 'Open mode' } };

export const can = (scope: Scope): boolean => !!session.user?.scopes?.includes(scope);

/** Whether the user acts for the whole county (county staff, the administrator, or open mode). */
export const isCountyRole = (role: string | undefined): boolean => role === 'OPEN' || (COUNTY_ROLES as readonly string[]).includes(role ?? '');

export function roleLabel(role: string, lang: 'zh' | 'en'): string {
  return ROLE_LABELS[role]?.[lang] ?? role;
}

/** The user's scope as a place name: 杨和镇 for a township user, 永宁县 for county staff. */
export function scopeLabel(user: User): string {
  if (!user.regionCode) return REGIONS[0]!.name;
  return regionPath(user.regionCode);
}
