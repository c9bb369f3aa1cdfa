// The preamble of the file routes (evidence and application-file downloads, the evidence upload): a forked
// EntityManager, the caller signed in by the API's Bearer token, one of the route's scopes checked, and every refusal
// answered as the API answers errors ({ errors: [{ message, extensions: { code } }] }).
import type { EntityManager } from '@mikro-orm/core';
import type { Request, RequestHandler, Response } from 'express';
import { SCOPE_LABELS, missingScopeMessage, type ErrorCode, type Scope } from '@doudi/shared';
import type { Orm } from '../db/orm.js';
import type { AppConfig } from '../config.js';
import type { Clock } from './context.js';
import { Access } from './access.js';
import { logger } from './log.js';
import { principalOfRequest } from '../modules/auth/auth.service.js';

export type Fail = (status: number, code: ErrorCode, message: string) => void;

export interface SignedIn {
  req: Request;
  res: Response;
  em: EntityManager;
  access: Access;
  fail: Fail;
}

export interface FileRouteOpts {
  /** the caller needs one of these */
  scopes: readonly Scope[];
  /** what failed, for the log line of an unexpected error */
  what: string;
  /** answers an error the route expects (returns true), before the generic 500 */
  onError?: (err: unknown, fail: Fail, res: Response) => boolean;
}

const refusedScopes = (scopes: readonly Scope[]): string =>
  scopes.length === 1
    ? missingScopeMessage(scopes[0]!)
    : `没有${scopes.map((s) => `“${SCOPE_LABELS[s].zh}”（${s}）`).join('或')}权限`;

/** An express handler that runs `handle` for a signed-in caller holding one of `o.scopes`. */
export function signedInRoute(orm: Orm, config: AppConfig, clock: Clock, o: FileRouteOpts, handle: (s: SignedIn) => Promise<unknown>): RequestHandler {
  return async (req, res) => {
    const fail: Fail = (status, code, message) => {
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    };
    try {
      const em = orm.em.fork();
      const principal = await principalOfRequest(req.headers, em, clock, config.auth);
      if (!principal) return fail(401, 'UNAUTHENTICATED', '请先登录（缺少或无效的 Authorization: Bearer 令牌）');
      const access = new Access(principal);
      if (!o.scopes.some((s) => access.has(s))) return fail(403, 'FORBIDDEN', refusedScopes(o.scopes));
      await handle({ req, res, em, access, fail });
    } catch (err) {
      if (o.onError?.(err, fail, res)) return;
      logger().error({ err }, `${o.what} failed`);
      if (!res.headersSent) fail(500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后重试');
    }
  };
}

/** A numeric id from a route parameter; -1 (no such row) for anything else. */
export const idParam = (v: unknown): number => (typeof v === 'string' && /^\d{1,12}$/.test(v) ? Number(v) : -1);
