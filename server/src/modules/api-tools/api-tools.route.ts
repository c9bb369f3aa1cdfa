import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { logInternalError, internalMessage } from '../../common/errors.js';
import { principalOfRequest } from '../auth/auth.service.js';
import { printedSchema } from '../../schema.js';

/**
 * The strictest policy the explorer runs under (served with its page): scripts and styles only from this server, no
 * inline script, no `eval`, requests only to this origin. CodeMirror positions its widgets with style attributes,
 * hence `'unsafe-inline'` for styles (as the ledger pages need for Element Plus).
 */
export const EXPLORER_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:",
  "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const fail = (res: Response, status: number, code: string, message: string) =>
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });

/**
 * Tools for integrators, beside `/graphql` (mounted before it):
 * - `GET /graphql/schema.graphql` — the printed schema with its descriptions, byte for byte the committed
 *   `server/schema.graphql`; for signed-in callers and tokens (any scope), like introspection.
 * - `GET /graphql/explorer` — GraphiQL, bundled in `client/dist/explorer/` (its own build, loaded by no other page), when
 *   `config.explorer` is on (`DOUDI_EXPLORER`; on outside production by default). The page signs in with the user's own
 *   token (the one the client keeps) or asks for a login.
 */
export function apiToolsRouter(orm: Orm, config: AppConfig, clock: Clock, clientDist: string | null): Router {
  const router = Router();
  let sdl: Promise<string> | null = null;
  router.get('/graphql/schema.graphql', async (req, res) => {
    try {
      const principal = await principalOfRequest(req.headers, orm.em.fork(), clock, config.auth);
      if (!principal) return fail(res, 401, 'UNAUTHENTICATED', '请先登录（缺少或无效的 Authorization: Bearer 令牌）');
      sdl ??= printedSchema();
      res.status(200).type('text/plain; charset=utf-8').set('cache-control', 'private, no-cache').send(await sdl);
    } catch (err) {
      const errorId = logInternalError('GET /graphql/schema.graphql', err);
      fail(res, 500, 'INTERNAL_SERVER_ERROR', internalMessage(errorId));
    }
  });

  const explorerDir = clientDist ? join(clientDist, 'explorer') : null;
  const page = explorerDir && existsSync(join(explorerDir, 'index.html')) ? readFileSync(join(explorerDir, 'index.html'), 'utf8') : null;
  router.get(['/graphql/explorer', '/graphql/explorer/'], (_req, res) => {
    if (!config.explorer) return fail(res, 404, 'NOT_FOUND', 'API 浏览器未开启（生产环境请设置 DOUDI_EXPLORER=true）');
    if (!page) return fail(res, 404, 'NOT_FOUND', 'API 浏览器未构建：请先运行 `pnpm build`');
    res.status(200).type('text/html; charset=utf-8').set({ 'cache-control': 'no-cache', 'content-security-policy': EXPLORER_CSP }).send(page);
  });
  if (explorerDir && existsSync(explorerDir)) {
    const assets = express.static(join(explorerDir, 'assets'), { maxAge: '1h', index: false });
    router.use('/graphql/explorer/assets', (req, res) => {
      const missing = () => fail(res, 404, 'NOT_FOUND', 'API 浏览器：没有这个文件');
      if (!config.explorer) return missing();
      assets(req, res, missing);
    });
  }
  return router;
}
