import express, { type Router } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import { evidenceDirOf } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { logger } from '../../common/log.js';
import { Access } from '../../common/access.js';
import { queryRows, sql } from '../../common/sql.js';
import { principalOfRequest } from '../auth/auth.service.js';
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
  router.get('/api/evidence/:id', async (req, res) => {
    const fail = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    try {
      const em = orm.em.fork();
      const principal = await principalOfRequest(req.headers, em, clock, config.auth);
      const access = new Access(principal);
      if (!principal) return fail(401, 'UNAUTHENTICATED', '请先登录（缺少或无效的 Authorization: Bearer 令牌）');
      if (!access.has('tasks:read')) return fail(403, 'FORBIDDEN', '没有“查看责任台账”权限（tasks:read）');
      const id = /^\d{1,12}$/.test(req.params.id ?? '') ? Number(req.params.id) : -1;
      const [f] = await queryRows<{ file_name: string; content_type: string; size: number | string; sha256: string; unit_code: string }>(em, sql(
        'SELECT f.file_name, f.content_type, f.size, f.sha256, a.unit_code FROM evidence_file f JOIN progress_report r ON r.id = f.report_id ' +
        'JOIN assignment a ON a.id = r.assignment_id WHERE f.id = ?', id));
      // Another unit's file answers as a missing one: an id tells nothing about what exists elsewhere.
      if (!f || !store.has(f.sha256) || !access.canSeeUnit(f.unit_code)) return fail(404, 'NOT_FOUND', `佐证材料 ${req.params.id} 不存在`);
      res.setHeader('ETag', `"${f.sha256}"`);
      store.send(res, { sha256: f.sha256, size: f.size, fileName: f.file_name, contentType: f.content_type }, `evidence-${id}`);
    } catch (err) {
      logger().error({ err }, 'evidence download failed');
      if (!res.headersSent) fail(500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，请稍后重试');
    }
  });
  mountEvidenceUpload(router, orm, config, clock, store);
  return router;
}
