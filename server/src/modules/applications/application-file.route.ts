import express, { type Router } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import { evidenceDirOf } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { queryRows, sql } from '../../common/sql.js';
import { idParam, signedInRoute } from '../../common/file-route.js';
import { EvidenceStore } from '../tasks/evidence.store.js';

/**
 * GET /api/application-files/:id — an application's evidence file, for a caller with ledger:read whose region holds the
 * household (another township's file answers 404, like a missing one). Uploads go through POST /api/evidence.
 */
export function applicationFileRouter(orm: Orm, config: AppConfig, clock: Clock): Router {
  const router = express.Router();
  const store = new EvidenceStore(evidenceDirOf(config));
  router.get('/api/application-files/:id', signedInRoute(orm, config, clock, { scopes: ['ledger:read'], what: 'application file download' }, async ({ req, res, em, access, fail }) => {
    const id = idParam(req.params.id);
    const [f] = await queryRows<{ file_name: string; content_type: string; size: number | string; sha256: string; region_code: string }>(em, sql(
      'SELECT f.file_name, f.content_type, f.size, f.sha256, h.region_code FROM application_file f JOIN assistance_application a ON a.id = f.application_id ' +
      'JOIN household h ON h.id = a.household_id WHERE f.id = ?', id));
    if (!f || !store.has(f.sha256) || !access.canTouchRegion(f.region_code)) return fail(404, 'NOT_FOUND', `申请材料 ${req.params.id} 不存在`);
    store.send(res, { sha256: f.sha256, size: f.size, fileName: f.file_name, contentType: f.content_type }, `application-file-${id}`);
  }));
  return router;
}
