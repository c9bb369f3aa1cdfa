import { Router } from 'express';
import type { Orm } from '../db/orm.js';
import type { DbKind } from '../config.js';
import { isDraining } from './lifecycle.js';

/**
 * `GET /readyz`: ready to take traffic — the database answers (`SELECT 1`), no migration is pending, and the process
 * is not stopping. 200 or 503 with the reason as JSON. (`/healthz` only says the process is up.)
 */
export function readyRouter(orm: Orm, kind: DbKind): Router {
  const router = Router();
  router.get('/readyz', async (_req, res) => {
    const body: { status: string; db: string; database: boolean; pendingMigrations: number | null; draining: boolean } = {
      status: 'ok', db: kind, database: false, pendingMigrations: null, draining: isDraining(),
    };
    try {
      await orm.em.getConnection().execute('SELECT 1');
      body.database = true;
      body.pendingMigrations = (await orm.getMigrator().getPendingMigrations()).length;
    } catch {
      // reported below as not ready; the cause goes to no one (a driver message may quote connection details)
    }
    const ready = body.database && body.pendingMigrations === 0 && !body.draining;
    if (!ready) body.status = body.draining ? 'stopping' : 'unavailable';
    res.status(ready ? 200 : 503).set('cache-control', 'no-store').json(body);
  });
  return router;
}
