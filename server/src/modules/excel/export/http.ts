// What the export endpoints share: the caller from the Bearer token (as /graphql and /api/evidence do), JSON errors
// with a code and the field at fault, and the GraphQL input types used to read `where` / `orderBy` from the URL.
import type { Request, Response } from 'express';
import { GraphQLError, coerceInputValue, isInputType, type GraphQLInputType, GraphQLList, GraphQLNonNull } from 'graphql';
import type { EntityManager } from '@mikro-orm/core';
import { isErrorCode, type ErrorCode } from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import { Access, type Scope } from '../../../common/access.js';
import { missingScopeMessage } from '@doudi/shared';
import { principalOfRequest } from '../../auth/auth.service.js';
import { getSchema } from '../../../schema.js';
import { INPUT_LIMITS, checkValue } from '../../../common/input-limits.js';
import { QUERY_TIMEOUT_MESSAGE, internalMessage, isQueryTimeout, logInternalError } from '../../../common/errors.js';

export class ExportError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string, readonly field?: string, readonly extra: Record<string, unknown> = {}) {
    super(message);
  }
}

export const badRequest = (field: string, message: string, code: ErrorCode = 'BAD_USER_INPUT') => new ExportError(400, code, message, field);

/** The caller; 401 without a valid token, 403 without the scope. */
export async function authenticate(req: Request, em: EntityManager, config: AppConfig, clock: Clock, scope: Scope): Promise<Access> {
  const principal = await principalOfRequest(req.headers, em, clock, config.auth);
  if (!principal) throw new ExportError(401, 'UNAUTHENTICATED', '请先登录（缺少或无效的 Authorization: Bearer 令牌）');
  const access = new Access(principal);
  if (!access.has(scope)) {
    throw new ExportError(403, 'FORBIDDEN', missingScopeMessage(scope), undefined, { scope });
  }
  return access;
}

/**
 * The answer to a refused export: `{ code, field, message, errors: [{ message, extensions: { code, field } }] }` —
 * the flat form for scripts, the GraphQL-style list like the API's other endpoints.
 */
export function sendError(res: Response, err: unknown, what: string): void {
  let e: ExportError;
  if (err instanceof ExportError) e = err;
  else if (err instanceof GraphQLError && isErrorCode(err.extensions?.code) && err.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    const code = err.extensions.code as ErrorCode;
    const status = code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : code === 'TOO_MANY_JOBS' ? 429 : 400;
    e = new ExportError(status, code, err.message, err.extensions?.field as string | undefined);
  } else if (isQueryTimeout(err)) {
    e = new ExportError(503, 'QUERY_TIMEOUT', QUERY_TIMEOUT_MESSAGE);
  } else {
    // Logged with an id (class and place, never the message: driver messages may quote personal data).
    const errorId = logInternalError(what, err);
    e = new ExportError(500, 'INTERNAL_SERVER_ERROR', internalMessage(errorId), undefined, { errorId });
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const extensions = { code: e.code, ...(e.field ? { field: e.field } : {}), ...e.extra };
  res.status(e.status).set('Cache-Control', 'no-store').json({
    code: e.code, ...(e.field ? { field: e.field } : {}), message: e.message, errors: [{ message: e.message, extensions }],
  });
}

/** A query-string parameter given at most once. */
export function param(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badRequest(name, `参数 ${name} 只能给一次`);
  return v;
}

async function inputType(name: string, list = false): Promise<GraphQLInputType> {
  const t = (await getSchema()).getType(name);
  if (!t || !isInputType(t)) throw new Error(`schema has no input type ${name}`);
  return list ? new GraphQLList(new GraphQLNonNull(t)) : t;
}

/**
 * A JSON parameter read exactly as GraphQL reads the same argument (enum names, nested and/or, scalar coercion,
 * defaults such as the sort direction): `where` and `orderBy` mean what they mean in the `households` query.
 * A bad value → 400 naming the path, e.g. `where.category.eq`.
 */
export async function jsonArg<T>(req: Request, name: string, typeName: string, list = false): Promise<T | null> {
  const raw = param(req, name);
  if (raw === undefined || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest(name, `参数 ${name} 不是有效的 JSON`);
  }
  if (parsed === null) return null;
  const type = await inputType(typeName, list);
  // The same bounds as the API's (depth, breadth, list and string length, control characters), before coercion.
  try {
    checkValue(parsed, type, { key: '?', argName: name, depth: 0, listCap: INPUT_LIMITS.list }, name);
  } catch (err) {
    if (err instanceof GraphQLError) throw badRequest(String(err.extensions.field ?? name), err.message, err.extensions.code as ErrorCode);
    throw err;
  }
  let first: ExportError | null = null;
  const value = coerceInputValue(parsed, type, (path, _invalid, error) => {
    if (first) return;
    // An unknown or missing field is reported at its parent: name it (where.nonsense, where.month — not where).
    const unknown = /^Field "([^"]+)" (is not defined by type|of required type)/.exec(error.message)?.[1];
    const field = [name, ...path, ...(unknown ? [unknown] : [])].join('.');
    first = badRequest(field, `参数 ${field} 无效：${error.message}`);
  });
  if (first) throw first;
  return value as T;
}
