// The Excel endpoints over plain HTTP (not GraphQL): multipart upload with upload progress and the server's NDJSON
// progress lines (XMLHttpRequest, whose upload.onprogress fetch does not offer), and downloads streamed through
// fetch + ReadableStream so the bytes received can be shown. Both carry the same Bearer token as the API.
import { authHeaders } from '../../api/download';

export type ImportTarget = 'households' | 'assignments' | 'comparison' | 'dibao-roll' | 'tekun-roll';

export interface ImportColumn {
  index: number;
  letter: string;
  header: string;
  /** the field the column is imported into; null: not imported */
  field: string | null;
  auto: boolean;
  /** the field the header names, imported or not (家庭人口 → memberCount, only checked) */
  known?: string | null;
  /** why the server does not import the column (a derived or read-only field, a repeated field) */
  reason?: string | null;
}

export interface ImportFieldInfo {
  field: string;
  label: string;
  required: boolean;
}

export interface ImportError {
  row: number | null;
  column: string | null;
  field: string | null;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged?: number;
  errors: ImportError[];
  /** problems that do not stop a row (家庭人口 differing from the members imported) */
  warnings?: ImportError[];
  headerRow?: number | null;
  sheet?: string | null;
  columns?: ImportColumn[];
  fields?: ImportFieldInfo[];
  changeSet?: string | null;
  importId?: string | null;
  /** commit: false when nothing was written (an invalid row under all-or-nothing, or no valid row) */
  committed?: boolean;
  mode?: 'dry-run' | 'commit';
  /** the mode the server ran: all or nothing (true) or valid rows only */
  atomic?: boolean;
  /** roll imports: ledger households created (dry run: to create) for the roll, their members, and members added to ledger households */
  newHouseholds?: { households: number; members: number; addedMembers?: number };
}

export type ImportPhase = 'upload' | 'parse' | 'validate' | 'commit';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportRequest {
  file: File | Blob;
  fileName?: string;
  target: ImportTarget;
  category?: string | null;
  mode: 'dry-run' | 'commit';
  atomic?: boolean;
  /** column index → field (null: ignore the column) */
  mapping?: Record<string, string | null> | null;
  headerRow?: number | null;
  /** more form fields the target takes (e.g. the plan of the accountability rows) */
  extra?: Record<string, string>;
}

/** A refusal of the whole request (not a row problem): HTTP status, code and a Chinese message. */
export class ExcelHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    /** the report, when the server answered one (e.g. NOT_A_SPREADSHEET comes as a report with one error) */
    readonly report: ImportReport | null = null,
  ) {
    super(message);
  }
}

/** Codes that refuse the whole file (the report has no rows to show). */
const FILE_ERRORS = new Set(['NOT_A_SPREADSHEET', 'TOO_LARGE', 'EMPTY_FILE', 'NO_HEADER']);


/** The message of an error answer: `{ errors: [{ message, extensions: { code } }] }` or a report with errors. */
function refusal(status: number, body: unknown): ExcelHttpError {
  const b = (body ?? {}) as { errors?: { message?: string; code?: string; extensions?: { code?: string } }[]; message?: string; rows?: unknown };
  const first = b.errors?.[0];
  const code = first?.code ?? first?.extensions?.code ?? (status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : `HTTP_${status}`);
  const message =
    first?.message ??
    b.message ??
    (status === 401 ? '登录已过期，请重新登录' : status === 403 ? '没有权限执行此操作' : status === 413 ? '文件太大' : `服务器错误（HTTP ${status}）`);
  const report = b && typeof b === 'object' && 'rows' in b && Array.isArray(b.errors) ? (b as unknown as ImportReport) : null;
  return new ExcelHttpError(message, status, code, report);
}

/**
 * POST /api/imports. Upload progress comes from the browser; then, with `Accept: application/x-ndjson`, the server
 * streams `{"type":"progress","phase","done","total"}` lines and ends with `{"type":"report", ...}`. A server that
 * answers plain JSON works too.
 */
export function postImport(req: ImportRequest, onProgress: (p: ImportProgress) => void, signal?: AbortSignal): Promise<ImportReport> {
  const form = new FormData();
  form.append('target', req.target);
  if (req.category) form.append('category', req.category);
  form.append('mode', req.mode);
  form.append('atomic', req.atomic === false ? 'false' : 'true');
  if (req.mapping) form.append('mapping', JSON.stringify(req.mapping));
  if (req.headerRow) form.append('headerRow', String(req.headerRow));
  for (const [k, v] of Object.entries(req.extra ?? {})) form.append(k, v);
  // the file last: busboy hands the fields over before the file's bytes
  form.append('file', req.file, req.fileName ?? (req.file as File).name ?? 'upload.xlsx');

  return new Promise<ImportReport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json;q=0.9');
    xhr.responseType = 'text';
    let seen = 0;
    let report: ImportReport | null = null;
    let errorLine: unknown = null;
    const ndjson = () => /ndjson/.test(xhr.getResponseHeader('content-type') ?? '');
    // Complete lines only, except at the end of the answer.
    const readLines = (final: boolean) => {
      if (!ndjson()) return;
      const text = xhr.responseText;
      for (;;) {
        const nl = text.indexOf('\n', seen);
        if (nl < 0 && !(final && seen < text.length)) break;
        const end = nl < 0 ? text.length : nl;
        const line = text.slice(seen, end).trim();
        seen = end + 1;
        if (!line) continue;
        let msg: { type?: string; phase?: ImportPhase; done?: number; total?: number } & Record<string, unknown>;
        try {
          msg = JSON.parse(line);
        } catch {
          continue;
        }
        if (msg.type === 'progress' && msg.phase) onProgress({ phase: msg.phase, done: msg.done ?? 0, total: msg.total ?? 0 });
        else if (msg.type === 'report') {
          const { type: _type, ...rest } = msg;
          report = rest as unknown as ImportReport;
        } else if (msg.type === 'error' || Array.isArray(msg.errors)) errorLine = msg;
      }
    };
    xhr.upload.onprogress = (e) => onProgress({ phase: 'upload', done: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onprogress = () => readLines(false);
    xhr.onerror = () => reject(new ExcelHttpError('无法连接服务器', 0, 'NETWORK'));
    xhr.onabort = () => reject(new DOMException('已取消', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      if (ndjson()) {
        readLines(true);
        body = report ?? errorLine;
      } else {
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // not JSON: a proxy page or an empty answer
        }
      }
      const r = body as ImportReport | null;
      const isReport = !!r && typeof r === 'object' && typeof r.rows === 'number' && Array.isArray(r.errors);
      // A whole-file refusal (not a spreadsheet, too large) comes as a report with one error and no rows.
      const fatal = isReport && r!.errors.some((e) => e.row == null && (FILE_ERRORS.has(e.code) || !r!.columns?.length));
      if (isReport && !fatal && xhr.status < 400) return resolve(r!);
      if (isReport) return reject(new ExcelHttpError(r!.errors[0]?.message ?? `服务器错误（HTTP ${xhr.status}）`, xhr.status, r!.errors[0]?.code ?? 'BAD_REQUEST', r));
      reject(refusal(xhr.status, body));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

export interface DownloadProgress {
  received: number;
  /** Content-Length when the server sent one */
  total: number | null;
  /** X-Doudi-Row-Count: how many rows the file holds */
  rows: number | null;
}

/** The file name from Content-Disposition (RFC 5987 `filename*=UTF-8''…` first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1]!.trim() : fallback;
}

/** GET a file with the Bearer token, reading the body chunk by chunk for the progress indicator. */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onProgress: (p: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string; rows: number | null }> {
  let res: Response;
  try {
    res = await fetch(url, { headers: authHeaders(), signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ExcelHttpError('无法连接服务器', 0, 'NETWORK');
  }
  if (!res.ok) {
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      // not JSON
    }
    throw refusal(res.status, body);
  }
  const rowsHeader = res.headers.get('x-doudi-row-count');
  const rows = rowsHeader !== null && rowsHeader !== '' && Number.isFinite(Number(rowsHeader)) ? Number(rowsHeader) : null;
  const lengthHeader = res.headers.get('content-length');
  const total = lengthHeader ? Number(lengthHeader) : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total, rows });
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress({ received, total, rows });
    }
  } else {
    const buf = new Uint8Array(await res.arrayBuffer());
    chunks.push(buf);
    received = buf.byteLength;
    onProgress({ received, total, rows });
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), fileName, rows };
}

/** Rough bytes per exported row (xlsx, compressed): turns the row count into a progress estimate. */
export const BYTES_PER_ROW = 60;

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
