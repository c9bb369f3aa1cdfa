// POST /api/evidence — evidence files as multipart/form-data (field `file`, up to MAX_EVIDENCE_FILES of them, each up to
// DOUDI_EVIDENCE_MAX_MB), streamed to the content-addressed store: ten 5 MB files never pass through a JSON body.
// Answers the upload ids that reportProgress(evidenceIds) attaches; only their uploader may attach them.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import type { Router } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { signedInRoute, type FileRouteOpts } from '../../common/file-route.js';
import { cleanFileName, contentTypeFor, MAX_EVIDENCE_FILES, type EvidenceStore } from './evidence.store.js';
import { PendingEvidence } from './pending-evidence.entity.js';
import type { ErrorCode } from '@doudi/shared';

class Refusal extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
  }
}

interface Received { fileName: string; contentType: string; size: number; sha256: string }

/** Streams every `file` part into the store (hashing as it goes); refuses the whole request when one is too large. */
function receive(req: import('express').Request, store: EvidenceStore, maxBytes: number): Promise<Received[]> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: maxBytes + 1, files: MAX_EVIDENCE_FILES + 1, fields: 10, fieldSize: 1024, parts: MAX_EVIDENCE_FILES + 11 }, defParamCharset: 'utf8' });
    } catch {
      reject(new Refusal(400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传佐证材料（字段 file）'));
      return;
    }
    mkdirSync(store.dir, { recursive: true });
    const out: Received[] = [];
    const temps: string[] = [];
    const writes: Promise<void>[] = [];
    let refusal: Refusal | null = null;
    let count = 0;
    bb.on('file', (name, stream, info) => {
      count += 1;
      if (name !== 'file' || count > MAX_EVIDENCE_FILES || refusal) {
        if (count > MAX_EVIDENCE_FILES) refusal ??= new Refusal(400, 'OUT_OF_RANGE', `每次最多上传 ${MAX_EVIDENCE_FILES} 个佐证材料`);
        stream.resume();
        return;
      }
      const tmp = join(store.dir, `upload-${randomBytes(8).toString('hex')}.tmp`);
      temps.push(tmp);
      const hash = createHash('sha256');
      let size = 0;
      const fileName = cleanFileName(info.filename || '附件');
      const tap = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          hash.update(chunk);
          size += chunk.length;
          cb(null, chunk);
        },
      });
      writes.push(pipeline(stream, tap, createWriteStream(tmp, { flags: 'wx' })).then(async () => {
        // busboy's limit is one byte over ours: a file of exactly the documented size passes.
        if (size > maxBytes) refusal ??= new Refusal(413, 'FILE_TOO_LARGE', `佐证材料“${fileName}”超过 ${Math.round(maxBytes / 1048576)} MB 上限`);
        if (refusal) return;
        if (!size) {
          refusal ??= new Refusal(400, 'BAD_USER_INPUT', `佐证材料“${fileName}”是空文件`);
          return;
        }
        const sha256 = hash.digest('hex');
        const target = store.pathOf(sha256);
        // Content-addressed: the same file uploaded twice is kept once; a name never comes from the user.
        if (!existsSync(target)) {
          mkdirSync(join(store.dir, sha256.slice(0, 2)), { recursive: true });
          await rename(tmp, target);
        }
        out.push({ fileName, contentType: contentTypeFor(fileName, info.mimeType), size, sha256 });
      }));
    });
    const cleanup = () => Promise.all(temps.map((t) => rm(t, { force: true })));
    bb.on('error', () => {
      void cleanup();
      reject(new Refusal(400, 'BAD_USER_INPUT', '上传数据不完整'));
    });
    bb.on('close', () => {
      Promise.allSettled(writes).then(async (settled) => {
        await cleanup();
        if (refusal) return reject(refusal);
        if (settled.some((s) => s.status === 'rejected')) return reject(new Refusal(400, 'BAD_USER_INPUT', '上传数据不完整'));
        if (!out.length) return reject(new Refusal(400, 'BAD_USER_INPUT', '请选择要上传的佐证材料（字段 file）'));
        resolve(out);
      }, reject);
    });
    req.pipe(bb);
  });
}

export function mountEvidenceUpload(router: Router, orm: Orm, config: AppConfig, clock: Clock, store: EvidenceStore): void {
  // Evidence of accountability reports (tasks:write) and of applications' steps (ledger:write).
  const opts: FileRouteOpts = {
    scopes: ['tasks:write', 'ledger:write'],
    what: 'evidence upload',
    onError: (err, fail, res) => {
      if (!(err instanceof Refusal)) return false;
      // The rest of the body is not read: close the connection after answering.
      res.setHeader('Connection', 'close');
      fail(err.status, err.code, err.message);
      return true;
    },
  };
  router.post('/api/evidence', signedInRoute(orm, config, clock, opts, async ({ req, res, em, access }) => {
    const files = await receive(req, store, config.tasks.evidenceMaxBytes);
    const now = clock.now();
    const rows = files.map((f) => em.create(PendingEvidence, { actor: access.actor, ...f, at: now }));
    await em.flush();
    // Uploads never attached within a day are forgotten (the bytes stay: a report may share them by hash).
    await em.nativeDelete(PendingEvidence, { at: { $lt: new Date(now.getTime() - 86_400_000) } });
    res.status(201).json({ files: rows.map((r) => ({ id: String(r.id), fileName: r.fileName, contentType: r.contentType, size: r.size })) });
  }));
}
