import express, { type Router } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import { evidenceDirOf } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { queryRows, sql } from '../../common/sql.js';
import { idParam, signedInRoute } from '../../common/file-route.js';
import { EvidenceStore } from './evidence.store.js';
import { mountEvidenceUpload } from './evidence-upload.route.js';

/**
 * GET /api/evidence/:id — an evidence file, for a caller who may read its assignment (tasks:read, and a unit only
 * its own rows), with the same `Authorization: Bearer` token as the API. Always sent as an attachment, never sniffed.
 * POST /api/evidence — the upload (evidence-upload.route.ts).
 */
export function evidenceRouter(orm: Orm, config: AppConfig, clock: Clock): Router {
  const router = express.Router();
  const store = new EvidenceStore(evidenceDirOf(config));
  router.get('/api/evidence/:id', signedInRoute(orm, config, clock, { scopes: ['tasks:read'], what: 'evidence download' }, async ({ req, res, em, access, fail }) => {
    const id = idParam(req.params.id);
    const [f] = await queryRows<{ file_name: string; content_type: string; size: number | string; sha256: string; unit_code: string }>(em, sql(
      'SELECT f.file_name, f.content_type, f.size, f.sha256, a.unit_code FROM evidence_file f JOIN progress_report r ON r.id = f.report_id ' +
      'JOIN assignment a ON a.id = r.assignment_id WHERE f.id = ?', id));
    // Another unit's file answers as a missing one: an id tells nothing about what exists elsewhere.
    if (!f || !store.has(f.sha256) || !access.canSeeUnit(f.unit_code)) return fail(404, 'NOT_FOUND', `佐证材料 ${req.params.id} 不存在`);
    res.setHeader('ETag', `"${f.sha256}"`);
    store.send(res, { sha256: f.sha256, size: f.size, fileName: f.file_name, contentType: f.content_type }, `evidence-${id}`);
  }));
  mountEvidenceUpload(router, orm, config, clock, store);
  return router;
}
