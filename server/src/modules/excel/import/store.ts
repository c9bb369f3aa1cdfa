// Uploads kept for an hour after their import, so that the same user can download the sheet with its errors marked.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { AppConfig } from '../../../config.js';
import { evidenceDirOf } from '../../../config.js';
import { readRows, type SheetFormat } from './reader.js';
import type { ImportError } from './types.js';

export const KEEP_MS = 60 * 60 * 1000;

export interface StoredImport {
  id: string;
  actor: string;
  dir: string;
  path: string;
  fileName: string;
  format: SheetFormat;
  headerRow: number | null;
  width: number;
  errors: ImportError[];
  /** Told in the sheet too, in orange, without blocking the row. */
  warnings: ImportError[];
  expiresAt: number;
}

/** Where uploads wait: `imports/` beside the SQLite file, or beside the evidence folder. */
export function importsDirOf(config: AppConfig): string {
  if (config.db.kind === 'sqlite') return resolve(dirname(config.db.url), 'imports');
  return resolve(dirname(evidenceDirOf(config)), 'imports');
}

export class ImportStore {
  private readonly entries = new Map<string, StoredImport>();

  constructor(readonly root: string) {
    // Uploads left behind by an earlier run (a restart forgets them): removed once they are past their hour.
    try {
      for (const name of readdirSync(root)) {
        const dir = join(root, name);
        if (/^[0-9a-f-]{36}$/.test(name) && Date.now() - statSync(dir).mtimeMs > KEEP_MS) rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      /* no folder yet */
    }
  }

  /** A fresh folder for one upload. */
  newDir(id: string): string {
    this.sweep();
    const dir = join(this.root, id);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  keep(entry: Omit<StoredImport, 'expiresAt'>, now: number): void {
    this.entries.set(entry.id, { ...entry, expiresAt: now + KEEP_MS });
    const t = setTimeout(() => this.drop(entry.id), KEEP_MS + 1000);
    t.unref();
  }

  get(id: string, now: number): StoredImport | null {
    const e = this.entries.get(id);
    if (!e) return null;
    if (e.expiresAt < now) {
      this.drop(id);
      return null;
    }
    return e;
  }

  drop(id: string): void {
    const e = this.entries.get(id);
    this.entries.delete(id);
    rmSync(e?.dir ?? join(this.root, id), { recursive: true, force: true });
  }

  sweep(now = Date.now()): void {
    for (const [id, e] of this.entries) if (e.expiresAt < now) this.drop(id);
  }
}

const RED: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const RED_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };
const ORANGE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } };
const WARNING_PREFIX = '提示：';

/**
 * The uploaded sheet again, streamed, with a 错误说明 column after the last column: each bad cell filled red with its
 * message as a comment, each row with its messages in the new column. Values are copied, formatting is not.
 */
export async function writeErrorSheet(entry: StoredImport, out: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('导入检查结果');
  const errCol = entry.width + 1;
  const byRow = new Map<number, ImportError[]>();
  const fileLevel: ImportError[] = [];
  const warned = new Set<ImportError>();
  for (const e of [...entry.errors, ...entry.warnings]) {
    if (e.row === null) fileLevel.push(e);
    else byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  }
  for (const w of entry.warnings) warned.add(w);
  const text = (e: ImportError) => (warned.has(e) ? WARNING_PREFIX + e.message : e.message);
  ws.getColumn(errCol).width = 60;
  const headerRow = entry.headerRow ?? 1;
  const letterIndex = (letter: string): number => [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const emit = (rowNo: number, values: (string | number | Date | null)[]) => {
    const row = ws.getRow(rowNo);
    values.forEach((v, i) => {
      if (v === null) return;
      const cell = row.getCell(i + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      else if (typeof v === 'string' && /^\d{12,}$/.test(v)) cell.numFmt = '@';
    });
    const errs = byRow.get(rowNo) ?? [];
    if (rowNo === headerRow) {
      const c = row.getCell(errCol);
      c.value = '错误说明';
      c.font = { bold: true, ...RED_FONT };
    }
    if (errs.length) {
      const notes = new Map<number, { msgs: string[]; error: boolean }>();
      for (const e of errs) {
        if (!e.column) continue;
        const n = notes.get(letterIndex(e.column)) ?? { msgs: [], error: false };
        n.msgs.push(text(e));
        n.error ||= !warned.has(e);
        notes.set(letterIndex(e.column), n);
      }
      for (const [col, n] of notes) {
        const cell = row.getCell(col);
        cell.fill = n.error ? RED : ORANGE;
        cell.note = n.msgs.join('\n');
      }
      const c = row.getCell(errCol);
      c.value = errs.map((e) => (e.column ? `${e.column}列：${text(e)}` : text(e))).join('；');
      c.font = RED_FONT;
      c.alignment = { wrapText: true, vertical: 'top' };
    }
    row.commit();
  };
  // Whole-file problems are told on the header row.
  if (fileLevel.length) byRow.set(headerRow, [...(byRow.get(headerRow) ?? []), ...fileLevel]);
  for await (const r of readRows(entry.path, entry.format)) emit(r.row, r.values);
  ws.commit();
  await wb.commit();
}
