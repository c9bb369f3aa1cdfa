// What a user does to a range: copy (TSV + an HTML table for Excel/WPS), paste (one request, rows past the end become
// new rows), cut, fill down, clear, Shift+arrows, undo/redo. Every one of them is one user step.
import type { GridApi } from 'ag-grid-community';
import { t } from '../i18n';
import { redo as redoStep, undo as undoStep } from './change-sets';
import type { CellStates } from './cell-states';
import type { Drafts } from './drafts';
import type { Edit, EditPipeline } from './edit-pipeline';
import type { Bounds, CellRef, RangeModel, Section } from './range';
import { formatHtmlTable, formatTsv, parseTsv } from './tsv';
import type { SheetColumn, SheetRow } from './types';
import type { SpreadsheetOptions } from './use-spreadsheet';

interface Ctx<R extends SheetRow> {
  api: () => GridApi<R> | null;
  o: SpreadsheetOptions<R>;
  range: RangeModel;
  drafts: Drafts;
  states: CellStates;
  pipeline: EditPipeline<R>;
  column: (id: string) => SheetColumn<R> | undefined;
  valueOf: (row: SheetRow | undefined, colId: string) => unknown;
  displayedCols: () => string[];
  repaint: () => void;
}

const isTextInput = (el: Element | null) =>
  !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable);

export function createSheetActions<R extends SheetRow>(c: Ctx<R>) {
  const maxRows = c.o.maxRows ?? 5000;
  const readOnly = () => c.o.readOnly?.() ?? false;

  /** The range, or the focused cell when nothing is selected. */
  function bounds(): Bounds | null {
    const b = c.range.bounds();
    if (b) return b;
    const f = c.api()?.getFocusedCell();
    if (!f) return null;
    return { section: f.rowPinned === 'bottom' ? 'bottom' : 'main', r0: f.rowIndex, r1: f.rowIndex, cols: [f.column.getColId()] };
  }

  const draftRows = (): SheetRow[] => c.drafts.rows(c.o.adapter.createDefaults?.() ?? {});

  /** Row data for rows [start, end) of a section; undefined where there is no row. Loads rows not in the cache. */
  async function rowsAt(section: Section, start: number, end: number): Promise<(SheetRow | undefined)[]> {
    if (section === 'bottom') return draftRows().slice(start, end);
    const api = c.api();
    if (!api) return [];
    const n = api.getDisplayedRowCount();
    const out: (SheetRow | undefined)[] = [];
    for (let i = start; i < end; i++) out.push(i < n ? (api.getDisplayedRowAtIndex(i)?.data as SheetRow | undefined) : undefined);
    if (c.o.rowModel !== 'infinite' || !c.o.loadRange) return out;
    const lastKnown = api.isLastRowIndexKnown() ?? false;
    const first = out.findIndex((r, i) => !r && (start + i < n || !lastKnown));
    if (first >= 0) {
      const loaded = await c.o.loadRange(start + first, end);
      loaded.forEach((r, i) => (out[first + i] = r));
    }
    return out;
  }

  function cellText(row: SheetRow | undefined, colId: string): string {
    const col = c.column(colId);
    return col ? col.text(c.valueOf(row, colId), row as R) : '';
  }

  // ---- copy / cut / paste ------------------------------------------------------------------------------------------
  async function matrix(b: Bounds): Promise<string[][]> {
    const rows = await rowsAt(b.section, b.r0, b.r1 + 1);
    return rows.map((r) => b.cols.map((col) => cellText(r, col)));
  }

  function syncMatrix(b: Bounds): string[][] | null {
    if (b.section === 'bottom') return draftRows().slice(b.r0, b.r1 + 1).map((r) => b.cols.map((col) => cellText(r, col)));
    const api = c.api()!;
    const out: string[][] = [];
    for (let i = b.r0; i <= b.r1; i++) {
      const row = api.getDisplayedRowAtIndex(i)?.data as SheetRow | undefined;
      if (!row) return null;
      out.push(b.cols.map((col) => cellText(row, col)));
    }
    return out;
  }

  function onCopy(e: ClipboardEvent, cut = false) {
    const b = bounds();
    if (!b || b.r1 - b.r0 + 1 > maxRows) return;
    e.preventDefault();
    const m = syncMatrix(b);
    if (m) {
      e.clipboardData?.setData('text/plain', formatTsv(m));
      e.clipboardData?.setData('text/html', formatHtmlTable(m));
      done(m);
    } else {
      // Rows outside the block cache: load them, then write through the async clipboard API.
      void matrix(b).then(async (m2) => {
        const tsv = formatTsv(m2);
        try {
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': new Blob([tsv], { type: 'text/plain' }),
              'text/html': new Blob([formatHtmlTable(m2)], { type: 'text/html' }),
            }),
          ]);
        } catch {
          await navigator.clipboard.writeText(tsv);
        }
        done(m2);
      });
    }
    function done(m2: string[][]) {
      if (m2.length > 1 || (m2[0]?.length ?? 0) > 1) c.o.notify('info', t('copied', { r: m2.length, c: m2[0]?.length ?? 0 }));
      if (cut) void clearRange();
    }
  }

  async function pasteText(text: string) {
    if (readOnly()) return;
    let m = parseTsv(text);
    const b = bounds();
    if (!m.length || !b) return;
    // Excel: one value pasted over a larger selection fills all of it.
    if (m.length === 1 && m[0]!.length === 1 && (b.r1 > b.r0 || b.cols.length > 1)) {
      const v = m[0]![0]!;
      m = Array.from({ length: b.r1 - b.r0 + 1 }, () => b.cols.map(() => v));
    }
    if (m.length > maxRows) return c.o.notify('warning', t('pasteTooBig', { n: maxRows }));
    const order = c.displayedCols();
    const start = order.indexOf(b.cols[0]!);
    const width = Math.max(...m.map((r) => r.length));
    const cols = order.slice(start, start + width);
    const { keys: targets, rows: hints } = await targetKeys(b.section, b.r0, m.length);
    const edits: Edit[] = [];
    let ignored = 0;
    m.forEach((cells, i) => {
      const key = targets[i];
      cols.forEach((col, j) => {
        const raw = cells[j] ?? '';
        if (!c.column(col)?.meta?.editable) {
          if (raw.trim() !== '') ignored++;
          return;
        }
        if (key) edits.push({ rowKey: key, field: col, raw });
      });
    });
    const lastMain = b.section === 'main' ? b.r0 + targets.filter((k) => k && !k.startsWith('draft:')).length - 1 : b.r0 + m.length - 1;
    if (lastMain >= b.r0) c.range.set({ row: b.r0, col: cols[0]!, section: b.section }, { row: lastMain, col: cols[cols.length - 1]!, section: b.section });
    await c.pipeline.applyEdits(edits, t('pasteLabel', { r: m.length, c: cols.length }), hints);
    if (ignored) c.o.notify('warning', t('pasteIgnored', { n: ignored }));
  }

  /** Keys of the rows a paste of `count` rows starting at `start` lands on; rows past the end become drafts. */
  async function targetKeys(section: Section, start: number, count: number): Promise<{ keys: (string | null)[]; rows: R[] }> {
    if (section === 'bottom') return { keys: Array.from({ length: count }, (_, i) => c.drafts.at(start + i).key), rows: [] };
    const rows = await rowsAt('main', start, start + count);
    const canAdd = c.o.canAddRows?.() ?? false;
    const keys = Array.from({ length: count }, (_, i) => {
      const r = rows[i];
      if (r) return String(r.id);
      return canAdd ? c.drafts.add().key : null;
    });
    return { keys, rows: rows.filter((r): r is R => !!r) as R[] };
  }

  function attachClipboard(wrapper: HTMLElement): () => void {
    const mine = () => {
      const a = document.activeElement;
      return !!a && wrapper.contains(a) && !isTextInput(a);
    };
    const copy = (e: ClipboardEvent) => mine() && onCopy(e);
    const cut = (e: ClipboardEvent) => mine() && !readOnly() && onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (!mine()) return;
      const text = e.clipboardData?.getData('text/plain');
      if (!text) return;
      e.preventDefault();
      void pasteText(text);
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }

  // ---- fill down, clear ----------------------------------------------------------------------------------------
  async function fillDown() {
    const b = bounds();
    if (!b || readOnly()) return;
    // Excel: with one row selected, Ctrl+D copies the row above into it.
    const src = b.r0 === b.r1 ? b.r0 - 1 : b.r0;
    const first = b.r0 === b.r1 ? b.r0 : b.r0 + 1;
    if (src < 0 || b.r1 - src + 1 > maxRows) return;
    const rows = await rowsAt(b.section, src, b.r1 + 1);
    const source = rows[0];
    if (!source) return;
    const edits: Edit[] = [];
    for (let i = first - src; i < rows.length; i++) {
      const r = rows[i];
      if (!r) continue;
      for (const col of b.cols) if (c.column(col)?.meta?.editable) edits.push({ rowKey: String(r.id), field: col, raw: c.valueOf(source, col) });
    }
    await c.pipeline.applyEdits(edits, t('fillLabel'), rows.filter((r): r is R => !!r) as R[]);
  }

  async function clearRange() {
    const b = bounds();
    if (!b || readOnly() || b.r1 - b.r0 + 1 > maxRows) return;
    const rows = await rowsAt(b.section, b.r0, b.r1 + 1);
    const edits: Edit[] = [];
    for (const r of rows) {
      if (!r) continue;
      for (const col of b.cols) if (c.column(col)?.meta?.editable) edits.push({ rowKey: String(r.id), field: col, raw: null });
    }
    await c.pipeline.applyEdits(edits, t('clearLabel'), rows.filter((r): r is R => !!r) as R[]);
  }

  function extendRange(key: string) {
    const api = c.api();
    const anchor = c.range.anchor;
    const end = c.range.end ?? anchor;
    if (!api || !anchor || !end) return;
    const order = c.displayedCols();
    let ci = order.indexOf(end.col);
    let ri = end.row;
    if (key === 'ArrowUp') ri--;
    else if (key === 'ArrowDown') ri++;
    else if (key === 'ArrowLeft') ci--;
    else if (key === 'ArrowRight') ci++;
    const rowCount = end.section === 'bottom' ? c.drafts.list.length : api.getDisplayedRowCount();
    ri = Math.max(0, Math.min(rowCount - 1, ri));
    ci = Math.max(0, Math.min(order.length - 1, ci));
    const to: CellRef = { row: ri, col: order[ci]!, section: end.section };
    c.range.extendTo(to);
    if (to.section === 'main') api.ensureIndexVisible(ri);
    api.ensureColumnVisible(to.col);
  }

  /**
   * Ctrl+Home/End/↑/↓ like Excel: to the first or last row (End and Home also to the last or first column). In the
   * infinite model the target row may not be loaded yet: scroll there, then move the cursor once its block arrived.
   */
  function jump(key: string, col: string) {
    const api = c.api();
    if (!api) return;
    const order = c.displayedCols();
    const down = key === 'End' || key === 'ArrowDown';
    const row = down ? api.getDisplayedRowCount() - 1 : 0;
    const toCol = key === 'End' ? order[order.length - 1]! : key === 'Home' ? order[0]! : col;
    if (row < 0) return;
    api.ensureIndexVisible(row, down ? 'bottom' : 'top');
    api.ensureColumnVisible(toCol);
    let tries = 60;
    const land = () => {
      if (api.isDestroyed()) return;
      if (api.getDisplayedRowAtIndex(row)?.data) {
        api.setFocusedCell(row, toCol);
        c.range.set({ row, col: toCol, section: 'main' });
      } else if (tries-- > 0) {
        setTimeout(land, 50);
      }
    };
    land();
  }

  // ---- rows ----------------------------------------------------------------------------------------------------------
  /** Adds an empty new row at the bottom and puts the cursor in its first editable cell. */
  function addRow() {
    const d = c.drafts.add();
    c.repaint();
    const index = c.drafts.list.indexOf(d);
    const first = c.displayedCols().find((col) => c.column(col)?.meta?.editable);
    requestAnimationFrame(() => requestAnimationFrame(() => first && c.api()?.setFocusedCell(index, first, 'bottom')));
  }

  /** Saved rows under the range (drafts in it are dropped instead). */
  async function selectedRows(): Promise<R[]> {
    const b = bounds();
    if (!b) return [];
    if (b.section === 'bottom') {
      for (const d of c.drafts.list.slice(b.r0, b.r1 + 1)) {
        c.drafts.remove(d.key);
        c.states.clearRow(d.key);
      }
      c.range.set(null);
      c.repaint();
      return [];
    }
    return (await rowsAt('main', b.r0, b.r1 + 1)).filter((r): r is R => !!r);
  }

  async function undo() {
    const r = await undoStep();
    report(r, 'undone');
  }
  async function redo() {
    const r = await redoStep();
    report(r, 'redone');
  }
  function report(r: Awaited<ReturnType<typeof undoStep>>, doneKey: 'undone' | 'redone') {
    if (r.ok && r.message) return c.o.notify('warning', `${t(doneKey, { s: r.step?.label ?? '' })}；${t('undoPartly', { s: r.message })}`);
    if (r.ok) return c.o.notify('success', t(doneKey, { s: r.step?.label ?? '' }));
    if (r.reason === 'unsupported') return c.o.notify('warning', t('undoUnavailable'));
    if (r.reason === 'busy') return c.o.notify('info', t('undoBusy'));
    if (r.reason === 'empty') return c.o.notify('info', t(doneKey === 'undone' ? 'nothingToUndo' : 'nothingToRedo'));
    if (r.reason === 'conflict') return c.o.notify('error', t('undoConflicts', { s: r.message ?? '' }));
    c.o.notify('error', r.message ?? '');
  }

  return { attachClipboard, pasteText, fillDown, clearRange, extendRange, jump, addRow, selectedRows, rowsAt, undo, redo, bounds };
}
