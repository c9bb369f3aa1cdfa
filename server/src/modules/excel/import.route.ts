// POST /api/imports — an XLSX or CSV sheet into the monitoring ledgers (households) or the accountability tables
// (assignments): dry run or commit, all-or-nothing or valid rows only; GET /api/imports/:id/errors.xlsx — the sheet
// with its problems marked. Same Bearer token and scopes as the API.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import express, { type Request, type Response, type Router } from 'express';
import type { ErrorCode } from '@doudi/shared';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import type { Clock, RequestContext } from '../../common/context.js';
import { missingScopeMessage } from '@doudi/shared';
import { Access, type Scope } from '../../common/access.js';
import { principalOfRequest } from '../auth/auth.service.js';
import { JobSlots, tooManyJobsMessage } from '../../common/jobs.js';
import { QUERY_TIMEOUT_MESSAGE, internalMessage, isQueryTimeout, logInternalError } from '../../common/errors.js';
import { ImportStore, importsDirOf, writeErrorSheet } from './import/store.js';
import { CATEGORY_VALUES, emptyReport, runImport, sortErrors } from './import/service.js';
import type { ImportOptions, ImportPhase, ImportReport } from './import/types.js';
import { ComparisonImportOptionError, runComparisonImport } from '../comparison/comparison-import.js';

class HttpFail extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string, readonly field: string | null = null) {
    super(message);
  }
}

async function authenticate(orm: Orm, config: AppConfig, clock: Clock, req: Request): Promise<{ access: Access; em: RequestContext['em'] }> {
  const em = orm.em.fork();
  const principal = await principalOfRequest(req.headers, em, clock, config.auth);
  if (!principal) throw new HttpFail(401, 'UNAUTHENTICATED', '请先登录（缺少或无效的 Authorization: Bearer 令牌）');
  return { access: new Access(principal), em };
}

function requireScope(access: Access, scope: Scope): void {
  if (!access.has(scope)) throw new HttpFail(403, 'FORBIDDEN', missingScopeMessage(scope));
}

interface Upload {
  fields: Record<string, string>;
  file: { path: string; fileName: string; size: number } | null;
  tooLarge: boolean;
}

/** Streams the multipart body: the file to `dir/upload`, the other parts as fields. */
function receive(req: Request, dir: string, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 1 << 20 }, defParamCharset: 'utf8' });
    } catch {
      reject(new HttpFail(400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传文件（字段 file）'));
      return;
    }
    const out: Upload = { fields: {}, file: null, tooLarge: false };
    const writes: Promise<void>[] = [];
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || out.file) {
        stream.resume();
        return;
      }
      const path = join(dir, 'upload');
      const file = { path, fileName: info.filename || 'upload', size: 0 };
      out.file = file;
      stream.on('data', (b: Buffer) => {
        file.size += b.length;
      });
      stream.on('limit', () => {
        out.tooLarge = true;
      });
      writes.push(pipeline(stream, createWriteStream(path)).then(() => {
        if ((stream as unknown as { truncated?: boolean }).truncated) out.tooLarge = true;
      }));
    });
    bb.on('error', (err) => reject(new HttpFail(400, 'BAD_USER_INPUT', `上传数据不完整：${(err as Error).message}`)));
    bb.on('close', () => {
      Promise.all(writes).then(() => resolve(out), reject);
    });
    // A client that goes away mid-upload: busboy would wait for the rest forever, holding the job's slot.
    req.on('close', () => {
      if (!req.complete) {
        req.unpipe(bb);
        bb.destroy();
        reject(new HttpFail(400, 'BAD_REQUEST', '上传中断'));
      }
    });
    req.pipe(bb);
  });
}

function parseOptions(fields: Record<string, string>): ImportOptions {
  const target = (fields.target ?? 'households').trim();
  if (target !== 'households' && target !== 'assignments' && target !== 'dibao-roll' && target !== 'tekun-roll') {
    throw new HttpFail(400, 'BAD_USER_INPUT', `target“${target.slice(0, 40)}”无效，应为 households、assignments、dibao-roll、tekun-roll 或 comparison`, 'target');
  }
  const mode = (fields.mode ?? 'dry-run').trim();
  if (mode !== 'dry-run' && mode !== 'commit') throw new HttpFail(400, 'BAD_USER_INPUT', `mode“${mode}”无效，应为 dry-run 或 commit`, 'mode');
  const atomicText = (fields.atomic ?? 'true').trim().toLowerCase();
  if (!['true', 'false', '1', '0'].includes(atomicText)) throw new HttpFail(400, 'BAD_USER_INPUT', `atomic“${atomicText}”无效，应为 true 或 false`, 'atomic');
  const category = (fields.category ?? '').trim() || null;
  if (category && !CATEGORY_VALUES.has(category)) {
    throw new HttpFail(400, 'BAD_USER_INPUT', `category“${category}”无效，应为 ${[...CATEGORY_VALUES].join('、')} 之一`, 'category');
  }
  let mapping: Record<string, string | null> | null = null;
  if (fields.mapping?.trim()) {
    try {
      const m = JSON.parse(fields.mapping) as unknown;
      if (!m || typeof m !== 'object' || Array.isArray(m)) throw new Error('not an object');
      for (const v of Object.values(m)) if (v !== null && typeof v !== 'string') throw new Error('bad value');
      mapping = m as Record<string, string | null>;
    } catch {
      throw new HttpFail(400, 'BAD_USER_INPUT', 'mapping 应为 JSON 对象，如 {"3": "headName", "5": null}', 'mapping');
    }
  }
  const hr = (fields.headerRow ?? '').trim();
  const headerRow = hr ? Number(hr) : null;
  if (headerRow !== null && (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1000)) {
    throw new HttpFail(400, 'BAD_USER_INPUT', `headerRow“${hr}”应为 1 到 1000 之间的行号`, 'headerRow');
  }
  return { target, mode, atomic: atomicText === 'true' || atomicText === '1', category, mapping, headerRow };
}

export function importRouter(orm: Orm, config: AppConfig, clock: Clock, jobs = new JobSlots(config.limits.jobsPerUser, config.limits.jobsTotal)): Router {
  const router = express.Router();
  const store = new ImportStore(importsDirOf(config));

  router.post('/api/imports', async (req: Request, res: Response) => {
    const ndjson = /application\/x-ndjson/i.test(String(req.headers.accept ?? ''));
    let streaming = false;
    const send = (status: number, report: ImportReport) => {
      const body = { ...report, errors: sortErrors(report.errors), warnings: sortErrors(report.warnings) };
      if (streaming) {
        res.end(`${JSON.stringify({ type: 'report', ...body })}\n`);
      } else if (ndjson) {
        res.status(status).type('application/x-ndjson; charset=utf-8').end(`${JSON.stringify({ type: 'report', ...body })}\n`);
      } else res.status(status).json(body);
    };
    const fail = (status: number, code: string, message: string, field: string | null = null) => {
      const opts = { mode: 'dry-run' as const, atomic: true, target: 'households' as const };
      send(status, { ...emptyReport(opts), errors: [{ row: null, column: null, field, code, message }] });
    };
    const id = randomUUID();
    let kept = false;
    let release: (() => void) | null = null;
    try {
      const { access, em } = await authenticate(orm, config, clock, req);
      // The scope is known only once the fields are read; a caller with neither read scope is refused at once.
      if (!access.has('ledger:read') && !access.has('tasks:read') && !access.has('compare:write')) requireScope(access, 'ledger:read');
      release = jobs.acquire(access.actor);
      if (!release) {
        // The body is not read: close the connection once the answer is sent instead of draining it.
        res.setHeader('Connection', 'close');
        throw new HttpFail(429, 'TOO_MANY_JOBS', tooManyJobsMessage(jobs));
      }
      const dir = store.newDir(id);
      const maxBytes = config.excel.importMaxBytes;
      const upload = await receive(req, dir, maxBytes);
      if (upload.tooLarge) {
        store.drop(id);
        return fail(413, 'TOO_LARGE', `文件超过 ${maxBytes >= 1 << 20 ? `${+(maxBytes / (1 << 20)).toFixed(1)} MB` : `${Math.ceil(maxBytes / 1024)} KB`}，请拆分后分批导入`, 'file');
      }
      if (!upload.file || upload.file.size === 0) {
        store.drop(id);
        return fail(400, 'BAD_USER_INPUT', '请选择要导入的文件（字段 file）', 'file');
      }
      // 数据比对 (target=comparison, with kind, agency, asOf): loaded as a source by the comparison module.
      const comparison = (upload.fields.target ?? '').trim() === 'comparison';
      const opts = parseOptions(comparison ? { ...upload.fields, target: 'households', category: '' } : upload.fields);
      const scope: Scope = comparison ? 'compare:write' : opts.target !== 'assignments' ? (opts.mode === 'commit' ? 'ledger:write' : 'ledger:read') : (opts.mode === 'commit' ? 'tasks:write' : 'tasks:read');
      requireScope(access, scope);
      // Rolls become approved cases: a township checks its roll (dry run); the county commits it (no direct enrolment).
      if ((opts.target === 'dibao-roll' || opts.target === 'tekun-roll') && opts.mode === 'commit' && access.principal?.regionCode) {
        throw new HttpFail(403, 'FORBIDDEN', '存量名册导入后即为已批准的案件，须由县民政局确认导入；乡镇(街道)可先试导入（dry-run）核对');
      }
      const ctx: RequestContext = {
        em, readEm: em, config, clock, requestId: String(req.headers['x-request-id'] ?? '').slice(0, 64) || randomUUID(), changeSet: null,
        access, pii: { households: new Set() }, loaders: new Map(),
      };
      let lastLine = 0;
      const progress = ndjson
        ? (phase: ImportPhase, done: number, total: number) => {
          const t = Date.now();
          if (done !== total && t - lastLine < 200) return;
          lastLine = t;
          if (!streaming) {
            streaming = true;
            res.status(200).type('application/x-ndjson; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.flushHeaders();
          }
          res.write(`${JSON.stringify({ type: 'progress', phase, done, total })}\n`);
        }
        : undefined;
      let outcome;
      try {
        outcome = comparison ? await runComparisonImport(ctx, upload.file, upload.fields, opts, progress) : await runImport(ctx, upload.file, opts, progress);
      } catch (err) {
        if (err instanceof ComparisonImportOptionError) throw new HttpFail(400, 'BAD_USER_INPUT', err.message, err.field);
        throw err;
      }
      jobs.recordRows('import', outcome.report.rows ?? 0);
      if (outcome.format) {
        store.keep({
          id, actor: access.actor, dir, path: upload.file.path, fileName: upload.file.fileName, format: outcome.format,
          headerRow: outcome.report.headerRow, width: Math.max(outcome.width, outcome.report.columns.length), errors: outcome.report.errors,
          warnings: outcome.report.warnings,
        }, Date.now());
        kept = true;
        outcome.report.importId = id;
      }
      send(outcome.status, outcome.report);
    } catch (err) {
      if (err instanceof HttpFail) {
        if (!res.headersSent) fail(err.status, err.code, err.message, err.field);
        else send(err.status, { ...emptyReport({ mode: 'dry-run', atomic: true, target: 'households' }), errors: [{ row: null, column: null, field: err.field, code: err.code, message: err.message }] });
      } else {
        // Logged with an id: class and place only, messages of database errors can quote ID numbers.
        const timeout = isQueryTimeout(err);
        const code = timeout ? 'QUERY_TIMEOUT' : 'INTERNAL_SERVER_ERROR';
        const message = timeout ? QUERY_TIMEOUT_MESSAGE : internalMessage(logInternalError('POST /api/imports', err));
        const status = timeout ? 503 : 500;
        if (!res.headersSent) fail(status, code, message);
        else send(status, { ...emptyReport({ mode: 'dry-run', atomic: true, target: 'households' }), errors: [{ row: null, column: null, field: null, code, message }] });
      }
    } finally {
      release?.();
      if (!kept) store.drop(id);
    }
  });

  router.get('/api/imports/:id/errors.xlsx', async (req: Request, res: Response) => {
    const fail = (status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
    try {
      const { access } = await authenticate(orm, config, clock, req);
      const entry = /^[0-9a-f-]{36}$/.test(String(req.params.id)) ? store.get(String(req.params.id), Date.now()) : null;
      // Another user's upload is as absent as an expired one.
      if (!entry || entry.actor !== access.actor) return fail(404, 'NOT_FOUND', '没有找到这次导入（检查结果只保留 1 小时），请重新上传');
      const base = entry.fileName.replace(/\.(xlsx|xlsm|csv|txt)$/i, '');
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="import-errors.xlsx"; filename*=UTF-8''${encodeURIComponent(`${base}-错误说明.xlsx`)}`);
      res.setHeader('Cache-Control', 'private, no-store');
      await writeErrorSheet(entry, res);
      res.end();
    } catch (err) {
      if (err instanceof HttpFail) {
        if (!res.headersSent) fail(err.status, err.code, err.message);
        return;
      }
      const errorId = logInternalError('GET /api/imports/:id/errors.xlsx', err);
      if (!res.headersSent) fail(500, 'INTERNAL_SERVER_ERROR', internalMessage(errorId));
      else res.destroy();
    }
  });
  return router;
}
