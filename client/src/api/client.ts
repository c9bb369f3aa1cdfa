import type { TypedDocumentString } from '../generated/gql/graphql';

// The one GraphQL transport: same origin (the server serves this app and /graphql), a bearer token from
// sessionStorage, an optional change-set header that groups one user step for undo/redo.

const TOKEN_KEY = 'doudi.token';

export class GqlError extends Error {
  constructor(
    message: string,
    /** extensions.code of the first error, or NETWORK when the server could not be reached */
    readonly code: string,
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
  }
}

export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

let unauthenticatedHandler: (() => void) | null = null;
/** Called once per UNAUTHENTICATED answer (the router sends the user to the login page). */
export function onUnauthenticated(fn: () => void): void {
  unauthenticatedHandler = fn;
}

export interface GqlOptions {
  /** x-doudi-change-set: the uuid of the user step this mutation belongs to */
  changeSet?: string;
  /** don't redirect to login on UNAUTHENTICATED (probes, the login call itself) */
  quiet?: boolean;
  signal?: AbortSignal;
}

/** Variables are required when the operation declares any. */
type VariablesArg<V> = [V] extends [Record<string, never>] ? [variables?: V, opts?: GqlOptions] : [variables: V, opts?: GqlOptions];

/** Runs a typed document (`graphql(...)` from ./graphql): result and variables are the generated types. */
export async function gql<T, V>(doc: TypedDocumentString<T, V>, ...[variables, opts = {}]: VariablesArg<V>): Promise<T> {
  const query = doc.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = tokenStore.get();
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.changeSet) headers['x-doudi-change-set'] = opts.changeSet;
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables: variables ?? {} }), signal: opts.signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new GqlError('无法连接服务器', 'NETWORK');
  }
  let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await res.json();
  } catch {
    throw new GqlError(`服务器错误（HTTP ${res.status}）`, res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
  }
  if (body.errors?.length) {
    const code = String(body.errors[0]!.extensions?.code ?? (res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR'));
    if (code === 'UNAUTHENTICATED' && !opts.quiet) {
      tokenStore.clear();
      unauthenticatedHandler?.();
    }
    throw new GqlError(body.errors.map((e) => e.message).join('；'), code, body.errors);
  }
  if (res.status === 401 && !opts.quiet) {
    tokenStore.clear();
    unauthenticatedHandler?.();
  }
  return body.data as T;
}

// crypto.randomUUID needs a secure context; an intranet served over plain http is not one, getRandomValues works.
export function uuidV4(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
