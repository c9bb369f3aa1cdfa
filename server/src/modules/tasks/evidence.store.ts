import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import type { Response } from 'express';
import { rename, writeFile, rm } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { GraphQLError } from 'graphql';

/** Files attached to a report, at most this many per report. */
export const MAX_EVIDENCE_FILES = 10;

// Types a browser may be told; anything else is served as application/octet-stream (always as an attachment).
const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif',
  '.webp': 'image/webp', '.txt': 'text/plain', '.csv': 'text/csv', '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.wps': 'application/vnd.ms-works',
  '.et': 'application/vnd.ms-excel', '.ofd': 'application/ofd', '.zip': 'application/zip',
};
const SAFE = new Set(Object.values(TYPES));

export function contentTypeFor(fileName: string, declared?: string | null): string {
  const d = (declared ?? '').trim().toLowerCase();
  if (SAFE.has(d)) return d;
  return TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** A file name without directories or control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = String(name).replace(/[\u0000-\u001f\u007f]/g, '').split(/[\\/]/).pop()!.trim();
  return (base || '附件').slice(-200);
}

export interface DecodedUpload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const bad = (field: string, message: string, code = 'BAD_USER_INPUT', extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, field, ...extra } });

/** Checks and decodes inline uploads: count, base64, size. */
export function decodeUploads(uploads: { fileName: string; contentType?: string | null; base64: string }[], maxBytes: number): DecodedUpload[] {
  if (uploads.length > MAX_EVIDENCE_FILES) throw bad('evidence', `每次最多附 ${MAX_EVIDENCE_FILES} 个佐证材料，本次 ${uploads.length} 个`, 'OUT_OF_RANGE');
  return uploads.map((u, i) => {
    const b64 = String(u.base64 ?? '').replace(/\s+/g, '');
    // Decoded size from the length, before decoding anything big.
    const size = Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
    if (size > maxBytes) {
      throw bad(`evidence[${i}]`, `佐证材料“${cleanFileName(u.fileName)}”超过 ${Math.round(maxBytes / 1048576)} MB 上限`, 'FILE_TOO_LARGE', { maxBytes });
    }
    if (!b64 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(b64)) throw bad(`evidence[${i}]`, `佐证材料“${cleanFileName(u.fileName)}”不是有效的 base64 内容`);
    const bytes = Buffer.from(b64, 'base64');
    if (!bytes.length) throw bad(`evidence[${i}]`, `佐证材料“${cleanFileName(u.fileName)}”是空文件`);
    const fileName = cleanFileName(u.fileName);
    return { fileName, contentType: contentTypeFor(fileName, u.contentType), bytes };
  });
}

/**
 * Evidence files on disk, named by their SHA-256 (`<dir>/ab/abcdef…`): the same file uploaded twice is kept once, and
 * a name never comes from the user. Written through a temporary file and a rename, so a file is whole or absent.
 */
export class EvidenceStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad evidence hash');
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /**
   * Streams a stored file as a download: its type and size, always an attachment (`asciiName`, and the user's file
   * name in UTF-8), never sniffed, never cached. The caller has checked access and that the file is there (`has`).
   */
  send(res: Response, file: { sha256: string; size: number | string; fileName: string; contentType: string }, asciiName: string): void {
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    createReadStream(this.pathOf(file.sha256)).on('error', () => res.destroy()).pipe(res);
  }

  async put(bytes: Buffer): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (!existsSync(target)) {
      mkdirSync(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, bytes, { flag: 'wx' });
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    }
    return { sha256, size: bytes.length };
  }
}
