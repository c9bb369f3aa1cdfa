// Files of 数据比对, with the same Bearer token as the API:
//   GET /api/comparison/findings.xlsx?rule=&state=&regionCode=&sourceId=&overdue= — the findings as on screen (same
//     scope, same masking; an unmasked export is recorded in pii_access with purpose "export");
//   GET /api/comparison/evidence/:id — a verification's evidence file, within the caller's region;
//   GET /api/comparison/sources/:id/file — the source file as loaded (compare:write and pii:read: it is personal data).
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import express, { type Request, type Response, type Router } from 'express';
import { FindingActionDef, FindingStateDef } from '@doudi/shared';
import type { Orm } from '../../db/orm.js';
import { evidenceDirOf, type AppConfig } from '../../config.js';
import type { Clock } from '../../common/context.js';
import type { Scope } from '../../common/access.js';
import { queryRows, sql } from '../../common/sql.js';
import { EvidenceStore } from '../tasks/evidence.store.js';
import { authenticate, sendError, ExportError } from '../excel/export/http.js';
import { ComparisonFindingReader } from './comparison.query.js';
import { kindLabel } from './comparison.query.js';

const RULE_RE = /^[A-Z_]{1,40}$/;

export function comparisonRouter(orm: Orm, config: AppConfig, clock: Clock): Router {
  const router = express.Router();
  const store = new EvidenceStore(evidenceDirOf(config));
  const who = async (req: Request, scope: Scope) => {
    const em = orm.em.fork();
    const access = await authenticate(req, em, config, clock, scope);
    return { em, access };
  };
  const send = (res: Response, file: { sha256: string; size: number | string; fileName: string; contentType: string }, tag: string) => {
    if (!store.has(file.sha256)) throw new ExportError(404, 'NOT_FOUND', '文件不存在');
    store.send(res, file, tag);
  };
  const idParam = (req: Request) => (/^\d{1,12}$/.test(String(req.params.id ?? '')) ? Number(req.params.id) : -1);

  router.get('/api/comparison/evidence/:id', async (req, res) => {
    try {
      const { em, access } = await who(req, 'ledger:read');
      const [f] = await queryRows<{ file_name: string; content_type: string; size: number; sha256: string; township_code: string; region_code: string }>(em, sql(
        `SELECT e.file_name, e.content_type, e.size, e.sha256, f.township_code, f.region_code FROM comparison_evidence e
          JOIN comparison_finding f ON f.id = e.finding_id WHERE e.id = ?`, idParam(req)));
      const reader = new ComparisonFindingReader({ em, kind: config.db.kind, clock, access, stamp: { actor: access.actor, requestId: '', changeSet: null }, pii: { households: new Set() } });
      // Another township's file answers as a missing one.
      if (!f || !reader.canSee(f.township_code, f.region_code)) throw new ExportError(404, 'NOT_FOUND', `佐证材料 ${String(req.params.id).slice(0, 20)} 不存在`);
      send(res, { sha256: f.sha256, size: f.size, fileName: f.file_name, contentType: f.content_type }, `evidence-${idParam(req)}`);
    } catch (err) {
      sendError(res, err, 'GET /api/comparison/evidence/:id');
    }
  });

  router.get('/api/comparison/sources/:id/file', async (req, res) => {
    try {
      const { em, access } = await who(req, 'compare:write');
      if (!access.seesPii) throw new ExportError(403, 'FORBIDDEN', '没有“查看个人敏感信息”权限（pii:read）：数据源文件含个人信息');
      const [s] = await queryRows<{ file_name: string; file_size: number; file_sha256: string }>(em, sql(
        'SELECT file_name, file_size, file_sha256 FROM comparison_source WHERE id = ?', idParam(req)));
      if (!s) throw new ExportError(404, 'NOT_FOUND', `数据源 ${String(req.params.id).slice(0, 20)} 不存在`);
      const type = /\.csv$/i.test(s.file_name) ? 'text/csv' : /\.json$/i.test(s.file_name) ? 'application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      send(res, { sha256: s.file_sha256, size: s.file_size, fileName: s.file_name, contentType: type }, `source-${idParam(req)}`);
    } catch (err) {
      sendError(res, err, 'GET /api/comparison/sources/:id/file');
    }
  });

  router.get('/api/comparison/findings.xlsx', async (req, res) => {
    try {
      const { em, access } = await who(req, 'ledger:read');
      const q = req.query as Record<string, unknown>;
      const text = (k: string, max = 40) => (typeof q[k] === 'string' && q[k] ? String(q[k]).slice(0, max) : null);
      const rule = text('rule');
      if (rule && !RULE_RE.test(rule)) throw new ExportError(400, 'INVALID_VALUE', '规则无效', 'rule');
      const state = text('state');
      if (state && !(FindingStateDef.values as readonly string[]).includes(state)) throw new ExportError(400, 'INVALID_VALUE', '状态无效', 'state');
      const overdue = text('overdue');
      const pii = { households: new Set<string>(), purpose: 'export' };
      const reader = new ComparisonFindingReader({ em, kind: config.db.kind, clock, access, stamp: { actor: access.actor, requestId: randomUUID(), changeSet: null }, pii });
      const rows = await reader.all({ rule, state, regionCode: text('regionCode', 12), sourceId: text('sourceId', 12), overdue: overdue === null ? null : overdue === 'true' });
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('数据比对疑点');
      ws.columns = [
        { header: '疑点编号', width: 10 }, { header: '比对规则', width: 26 }, { header: '核查状态', width: 10 }, { header: '乡镇（街道）', width: 14 },
        { header: '户编号', width: 16 }, { header: '姓名', width: 10 }, { header: '身份证号', width: 21 }, { header: '数据源', width: 20 },
        { header: '行号', width: 8 }, { header: '疑点说明', width: 50 }, { header: '发现日期', width: 12 }, { header: '核查期限', width: 12 },
        { header: '是否逾期', width: 9 }, { header: '处理结果', width: 18 }, { header: '关联记录', width: 14 }, { header: '核查人', width: 12 },
      ];
      ws.getRow(1).font = { bold: true };
      for (const f of rows) {
        ws.addRow([Number(f.id), f.ruleLabel, FindingStateDef.labels[f.state as 'OPEN'].zh, f.townshipName, f.householdCode ?? '', f.personName, f.idNumber,
          kindLabel(f.kind), f.rowNo, f.reason, f.raisedOn, f.dueDate, f.overdue ? '是' : '否', f.action ? FindingActionDef.labels[f.action as 'NONE'].zh : '',
          f.actionRef ?? '', f.verifiedBy ?? '']);
      }
      ws.getColumn(7).numFmt = '@';
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="comparison-findings.xlsx"; filename*=UTF-8''${encodeURIComponent('数据比对疑点.xlsx')}`);
      res.setHeader('Cache-Control', 'private, no-store');
      await wb.xlsx.write(res);
      res.end();
    } catch (err) {
      sendError(res, err, 'GET /api/comparison/findings.xlsx');
    }
  });
  return router;
}
