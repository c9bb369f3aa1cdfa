// One streamed XLSX download: a title row, bold Chinese headers (frozen), column widths and number formats from the
// column catalogue, then data rows committed as they come. Rows past Excel's limit continue on a second sheet.
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import type { CellValue, ExcelColumn } from '../columns.js';

/** Excel's last row is 1,048,576; two rows go to the title and the headers. */
export const MAX_DATA_ROWS_PER_SHEET = 1_048_576 - 2;

/** Bytes of sheet XML (or of zip output on the socket) allowed to wait before the next page is read. */
const SINK_LIMIT = 1024 * 1024;

/** An event, or a timeout (a drain that never comes, or one emitted before we listened, must not hang the export). */
function waitFor(emitter: NodeJS.EventEmitter | null, event: string, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(t);
      emitter?.off(event, done);
      emitter?.off('close', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    emitter?.once(event, done);
    emitter?.once('close', done);
  });
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB0B7C3' } };

export interface SheetSpec<R> {
  sheetName: string;
  /** Text of the title row (merged across the columns); null: no title row (templates). */
  title: string | null;
  columns: readonly ExcelColumn<R>[];
  /** Leading columns kept in view when scrolling right (the grid's pinned columns). */
  frozenColumns?: number;
}

/**
 * Streams a workbook into an HTTP response. `add(row)` writes and commits one row; `flush()` waits while the socket
 * is backed up (call it between database pages); `aborted` turns true when the client goes away.
 */
export class StreamedSheet<R> {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private ws!: ExcelJS.Worksheet;
  private sheetNo = 0;
  private rowsInSheet = 0;
  private closed = false;
  /** One style object per column, shared by all its cells: exceljs caches the style id per object (a fresh object
   *  per cell costs a style lookup per cell, the largest single cost of a big export). */
  private readonly styles: Partial<ExcelJS.Style>[];
  aborted = false;
  rows = 0;

  constructor(private readonly res: Response, private readonly spec: SheetSpec<R>) {
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: res, useSharedStrings: false, useStyles: true,
      // Fast deflate: a sheet of text compresses about 6× even at level 1; levels above cost CPU, not much size.
      zip: { zlib: { level: 1 } },
    });
    this.wb.creator = '兜底台账';
    // Every column gets an explicit format, so a shared style never depends on the cell's type (dates need theirs).
    this.styles = spec.columns.map((c) => Object.freeze({ numFmt: c.numFmt ?? 'General' }) as Partial<ExcelJS.Style>);
    res.on('close', () => {
      if (!res.writableFinished) this.aborted = true;
    });
    // A client that hangs up mid-download makes the zip write into a closed socket: not an error of ours.
    res.on('error', () => { this.aborted = true; });
    (this.wb as unknown as { zip?: NodeJS.EventEmitter }).zip?.on('error', () => { this.aborted = true; });
    this.openSheet();
  }

  private openSheet(): void {
    this.sheetNo += 1;
    const { spec } = this;
    const headerRows = spec.title ? 2 : 1;
    const name = this.sheetNo === 1 ? spec.sheetName : `${spec.sheetName}(${this.sheetNo})`;
    this.ws = this.wb.addWorksheet(name.slice(0, 31), {
      views: [{ state: 'frozen', xSplit: spec.frozenColumns ?? 0, ySplit: headerRows }],
      properties: { defaultRowHeight: 18 },
    });
    // Widths and data formats per column (no `header`: the header row is written below, after the title).
    this.ws.columns = spec.columns.map((c, i) => ({ key: c.field, width: c.width, style: this.styles[i] }));
    const n = Math.max(1, spec.columns.length);
    if (spec.title) {
      const t = this.ws.addRow([spec.title]);
      t.height = 26;
      t.getCell(1).font = { bold: true, size: 14 };
      t.getCell(1).alignment = { vertical: 'middle', horizontal: 'center' };
      if (n > 1) this.ws.mergeCells(1, 1, 1, n);
      t.commit();
    }
    const h = this.ws.addRow(spec.columns.map((c) => c.zh));
    h.height = 22;
    h.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      cell.numFmt = 'General';
    });
    h.commit();
    this.rowsInSheet = 0;
  }

  /** Writes one data row (cell values in the columns' order). */
  addValues(values: CellValue[]): void {
    if (this.rowsInSheet >= MAX_DATA_ROWS_PER_SHEET) {
      this.ws.commit();
      this.openSheet();
    }
    const row = this.ws.addRow(values);
    for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = this.styles[i]!;
    row.commit();
    this.rowsInSheet += 1;
    this.rows += 1;
  }

  add(row: R): void {
    const cols = this.spec.columns;
    const values = new Array<CellValue>(cols.length);
    for (let i = 0; i < cols.length; i++) values[i] = cols[i]!.value(row);
    this.addValues(values);
  }

  /**
   * The stream the zip reads this sheet's XML from. exceljs writes committed rows into it without looking at its
   * backlog, so the backlog is watched here: it grows whenever deflate or the socket is slower than the database.
   */
  private sink(): { len: number; emitter: NodeJS.EventEmitter | null } {
    const ws = this.ws as unknown as { stream?: { pipes?: { _writableState?: { length: number }; writableLength?: number; on?: unknown }[] } };
    const dest = ws.stream?.pipes?.[0];
    const len = dest?._writableState?.length ?? dest?.writableLength ?? 0;
    return { len, emitter: dest && typeof dest.on === 'function' ? (dest as unknown as NodeJS.EventEmitter) : null };
  }

  /**
   * Backpressure, between database pages: resolves once the rows written so far have gone through deflate and the
   * socket has room again (or the client is gone), so at most about a page of XML waits in memory.
   */
  async flush(): Promise<void> {
    const res = this.res;
    for (;;) {
      // Let deflate (on the thread pool) and the socket make progress.
      await new Promise<void>((r) => setImmediate(r));
      if (this.aborted) return;
      const { len, emitter } = this.sink();
      if (len > SINK_LIMIT) {
        await waitFor(emitter, 'drain', 20);
        continue;
      }
      if (res.writableNeedDrain || res.writableLength > SINK_LIMIT) {
        await waitFor(res, 'drain', 20);
        continue;
      }
      return;
    }
  }

  /** Finishes the workbook (central directory, styles) and ends the response. */
  async finish(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.ws.commit();
    await this.wb.commit();
  }

  /** Stops after a client disconnect or an error mid-stream: the download is cut, nothing else is written. */
  abort(): void {
    this.aborted = true;
    this.closed = true;
    const zip = (this.wb as unknown as { zip?: { abort?: () => void } }).zip;
    try {
      zip?.abort?.();
    } catch {
      // already finished or torn down
    }
    if (!this.res.destroyed) this.res.destroy();
  }
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<utf-8>` (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
