// The spreadsheet behaviour on AG Grid Community: column defs that show drafts and save states, the grid options
// that make it feel like Excel (Enter moves down, Tab moves right without editing, typing starts an edit), mouse and
// keyboard range selection, and the wiring to the edit pipeline. Copy/paste/fill live in sheet-actions.ts.
import { computed, shallowRef, watch } from 'vue';
import type {
  CellClickedEvent, CellEditRequestEvent, CellFocusedEvent, GridApi, GridOptions, SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { lang, t } from '../i18n';
import { gridTheme, styleNonce, zhLocaleText } from './ag-setup';
import { CellStates } from './cell-states';
import { Drafts, isDraftKey } from './drafts';
import { createEditPipeline } from './edit-pipeline';
import { RangeModel, type CellRef } from './range';
import { ROW_HEADER, sheetColumnDefs } from './sheet-columns';
import { createSheetActions } from './sheet-actions';
import { persistSheet } from './persist';
import type { SheetAdapter, SheetColumn, SheetRow } from './types';

export { ROW_HEADER };

export type Notify = (kind: 'success' | 'info' | 'warning' | 'error', message: string) => void;

export interface SpreadsheetOptions<R extends SheetRow> {
  columns: () => SheetColumn<R>[];
  adapter: SheetAdapter<R>;
  rowModel: 'infinite' | 'clientSide';
  /** infinite model: rows [start, end) under the current sort/filter, for ranges outside the block cache */
  loadRange?: (start: number, end: number) => Promise<R[]>;
  readOnly?: () => boolean;
  canAddRows?: () => boolean;
  onCreated?: (rows: R[]) => void;
  onRowSaved?: (row: R) => void;
  onOpenRow?: (row: R) => void;
  notify: Notify;
  /** most rows one paste, fill or clear may touch */
  maxRows?: number;
  /** keep unsaved cells and new-row drafts across a reload of the tab under this key */
  persistKey?: string;
  /** shapes a row from a mutation answer before it replaces the grid's (e.g. keeps personal data masked) */
  present?: (incoming: R, current: R | undefined) => R;
}

export function useSpreadsheet<R extends SheetRow>(o: SpreadsheetOptions<R>) {
  let api: GridApi<R> | null = null;
  const el = shallowRef<HTMLElement | null>(null);
  const states = new CellStates();
  const drafts = new Drafts();
  const focused = shallowRef<CellRef | null>(null);
  const columnMap = computed(() => new Map(o.columns().map((c) => [c.colId, c])));
  const column = (id: string) => columnMap.value.get(id);
  const range = new RangeModel(displayedCols);
  const readOnly = () => o.readOnly?.() ?? false;
  if (o.persistKey) persistSheet(o.persistKey, states, drafts, t('unconfirmedSave'));

  function displayedCols(): string[] {
    if (!api || api.isDestroyed()) return [];
    return api.getAllDisplayedColumns().map((c) => c.getColId()).filter((id) => id !== ROW_HEADER);
  }

  const keyOf = (data: SheetRow | undefined): string | undefined => (data ? String(data.id) : undefined);
  /** The value a cell shows: the user's own pending value if there is one, else the saved one. */
  function valueOf(data: SheetRow | undefined, colId: string): unknown {
    const s = states.get(keyOf(data), colId);
    return s?.hasDraft ? s.draft : data?.[colId];
  }

  // One repaint per frame however many cells changed state.
  let paintQueued = false;
  let draftsRev = 0; // no drafts yet: the grid starts without pinned rows
  function repaint() {
    if (paintQueued) return;
    paintQueued = true;
    requestAnimationFrame(() => {
      paintQueued = false;
      if (!api || api.isDestroyed()) return;
      if (draftsRev !== drafts.rev.value) {
        draftsRev = drafts.rev.value;
        api.setGridOption('pinnedBottomRowData', drafts.rows(o.adapter.createDefaults?.() ?? {}) as R[]);
      }
      api.refreshCells();
    });
  }

  const pipeline = createEditPipeline<R>({
    adapter: o.adapter,
    states,
    drafts,
    column,
    rowData: (id) => api?.getRowNode(id)?.data,
    applyRow,
    repaint,
    onCreated: (rows) => o.onCreated?.(rows),
  });

  /** Puts a saved row into the grid (also used by panels that saved it elsewhere). */
  function applyRow(incoming: R) {
    const node = api?.getRowNode(String(incoming.id));
    const row = o.present ? o.present(incoming, node?.data) : incoming;
    pipeline.noteRow(row);
    if (node?.data) node.setData(row);
    o.onRowSaved?.(row);
  }

  const buildColumnDefs = () =>
    sheetColumnDefs<R>({
      columns: o.columns(),
      states,
      range,
      valueOf,
      readOnly,
      onKey,
      requiredForCreate: o.adapter.requiredForCreate ?? [],
      canOpen: !!o.onOpenRow,
    });

  // ---- range selection by mouse --------------------------------------------------------------------------------
  // Native listeners: AG Grid dispatches its cell mouse events asynchronously, after a quick Shift+click is over.
  let pointerDown = false;
  let rowMode = false;

  /** The cell under a DOM node of this grid: row index (b-N for the pinned drafts) and column from AG Grid's attributes. */
  function cellAt(target: EventTarget | null): CellRef | null {
    const cellEl = (target as HTMLElement | null)?.closest?.('.ag-cell[col-id]');
    const rowEl = cellEl?.closest('.ag-row[row-index]');
    const idx = rowEl?.getAttribute('row-index');
    if (!cellEl || !idx || !el.value?.contains(cellEl)) return null;
    const bottom = idx.startsWith('b-');
    const row = Number(bottom ? idx.slice(2) : idx);
    return Number.isInteger(row) ? { row, col: cellEl.getAttribute('col-id')!, section: bottom ? 'bottom' : 'main' } : null;
  }

  function onMouseDown(e: MouseEvent) {
    if (e.button !== 0) return;
    const at = cellAt(e.target);
    if (!at) return;
    pointerDown = true;
    const cols = displayedCols();
    rowMode = at.col === ROW_HEADER;
    const first = rowMode ? { ...at, col: cols[0]! } : at;
    const last = rowMode ? { ...at, col: cols[cols.length - 1]! } : at;
    if (e.shiftKey && range.anchor) range.extendTo(last);
    else range.set(first, last);
  }

  function onMouseOver(e: MouseEvent) {
    if (!pointerDown) return;
    const at = cellAt(e.target);
    if (!at || !range.anchor || at.section !== range.anchor.section) return;
    const cols = displayedCols();
    range.extendTo(rowMode || at.col === ROW_HEADER ? { ...at, col: cols[cols.length - 1]! } : at);
  }

  function onFocused(e: CellFocusedEvent<R>) {
    const colId = typeof e.column === 'string' ? e.column : e.column?.getColId();
    if (e.rowIndex === null || e.rowIndex === undefined || !colId || colId === ROW_HEADER) return;
    const at: CellRef = { row: e.rowIndex, col: colId, section: e.rowPinned === 'bottom' ? 'bottom' : 'main' };
    focused.value = at;
    // A click already set the range (and a Shift+click must keep its anchor); keyboard moves start a new one.
    if (!(e.sourceEvent instanceof MouseEvent)) range.set(at);
  }

  function onClicked(e: CellClickedEvent<R>) {
    if (e.column.getColId() !== ROW_HEADER || !e.data || e.node.rowPinned) return;
    if ((e.event?.target as HTMLElement | null)?.closest('.dg-open')) o.onOpenRow?.(e.data);
  }

  const onDocMouseUp = () => {
    pointerDown = false;
  };

  // ---- keys --------------------------------------------------------------------------------------------------------
  const actions = createSheetActions<R>({
    api: () => api,
    o,
    range,
    drafts,
    states,
    pipeline,
    column,
    valueOf,
    displayedCols,
    repaint,
  });

  function onKey(p: SuppressKeyboardEventParams<R>): boolean {
    const e = p.event;
    // While editing, a key the input method is using (Enter or Space to commit, arrows to choose: macOS reports them
    // as 'Enter' etc. with isComposing) is not the grid's: it must not end the edit in the middle of a word.
    if (p.editing) return isImeKey(e);
    if (e.type === 'keydown' && isImeKey(e)) return startImeEdit(p);
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    // Ctrl+C/V/X: the browser's copy/paste events do the work (they carry the clipboard); the grid must keep out.
    if (ctrl && (k === 'c' || k === 'v' || k === 'x')) return true;
    if (e.type !== 'keydown') return isOurs(e, ctrl, k);
    if (ctrl && k === 'd') return run(e, actions.fillDown);
    if (ctrl && k === 'z') return run(e, e.shiftKey ? actions.redo : actions.undo);
    if (ctrl && k === 'y') return run(e, actions.redo);
    if (ctrl && k === 'Enter') return run(e, () => (p.data && !p.node.rowPinned ? o.onOpenRow?.(p.data) : undefined));
    if (!ctrl && (k === 'Delete' || k === 'Backspace')) return run(e, actions.clearRange);
    if (e.shiftKey && !ctrl && k.startsWith('Arrow')) return run(e, () => actions.extendRange(k));
    if (ctrl && !e.shiftKey && JUMPS.has(k) && !p.node.rowPinned) return run(e, () => actions.jump(k, p.column.getColId()));
    return false;
  }
  /**
   * An input method announces itself with a keydown of key 'Process' (keyCode 229) and then composes text into the
   * focused element. AG Grid only starts an edit on a printable key, and a selected cell is a plain div that takes no
   * text, so the composition was lost: open the editor now, in this keydown, and focus its input so the composition
   * that follows lands in it. The key must not be prevented (that would cancel the composition).
   */
  function startImeEdit(p: SuppressKeyboardEventParams<R>): boolean {
    const colId = p.column.getColId();
    const rowIndex = p.node.rowIndex;
    if (readOnly() || !column(colId)?.meta?.editable || rowIndex === null || rowIndex === undefined) return true;
    p.api.startEditingCell({ rowIndex, colKey: colId, rowPinned: p.node.rowPinned ?? undefined });
    const input = editorInput();
    if (input) {
      // Typing replaces what the cell held, as a plain key does.
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.focus();
    }
    return true;
  }
  /** The open editor's text box: inline in the cell, or in AG Grid's popup layer (under the grid, or the body). */
  const editorInput = () =>
    el.value?.querySelector<HTMLInputElement>('.ag-cell-inline-editing input') ??
    document.querySelector<HTMLInputElement>('.ag-popup-editor input');
  const JUMPS = new Set(['Home', 'End', 'ArrowUp', 'ArrowDown']);
  const isOurs = (e: KeyboardEvent, ctrl: boolean, k: string) =>
    (ctrl && ['d', 'z', 'y', 'Enter'].includes(k)) || (ctrl && JUMPS.has(k)) || (!ctrl && (k === 'Delete' || k === 'Backspace')) || (e.shiftKey && k.startsWith('Arrow'));
  const isImeKey = (e: KeyboardEvent) => e.key === 'Process' || e.keyCode === 229 || e.isComposing;
  function run(e: KeyboardEvent, fn: () => unknown): boolean {
    e.preventDefault();
    void fn();
    return true;
  }

  // ---- grid options --------------------------------------------------------------------------------------------
  const gridOptions: GridOptions<R> = {
    theme: gridTheme,
    styleNonce,
    columnDefs: buildColumnDefs(),
    defaultColDef: { resizable: true, sortable: false, minWidth: 56 },
    getRowId: (p) => String(p.data.id),
    readOnlyEdit: true,
    stopEditingWhenCellsLoseFocus: true,
    enterNavigatesVertically: true,
    enterNavigatesVerticallyAfterEdit: true,
    suppressStartEditOnTab: true,
    enableFilterHandlers: true,
    maintainColumnOrder: true,
    tooltipShowDelay: 150,
    localeText: lang.value === 'zh' ? zhLocaleText : undefined,
    onGridReady: (e) => {
      api = e.api;
    },
    onCellEditRequest: (e: CellEditRequestEvent<R>) => {
      const key = keyOf(e.data);
      if (!key) return;
      const colId = e.column.getColId();
      void pipeline.applyEdits([{ rowKey: key, field: colId, raw: e.newValue }], `${column(colId)?.header() ?? colId}`);
    },
    onCellFocused: onFocused,
    onCellClicked: onClicked,
    onCellDoubleClicked: (e) => {
      if (e.column.getColId() === ROW_HEADER && e.data && !e.node.rowPinned) o.onOpenRow?.(e.data);
    },
    onColumnMoved: () => range.rev.value++,
    onColumnVisible: () => range.rev.value++,
    onColumnPinned: () => range.rev.value++,
  };

  watch(() => range.rev.value, repaint);
  watch(lang, () => api?.setGridOption('columnDefs', buildColumnDefs()));

  // Leaving while a save is unanswered could lose it: the browser asks first.
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (pipeline.status.inFlight > 0) e.preventDefault();
  };

  function attach(wrapper: HTMLElement) {
    el.value = wrapper;
    window.addEventListener('beforeunload', onBeforeUnload);
    repaint(); // drafts restored from an earlier visit
    wrapper.addEventListener('mousedown', onMouseDown, true);
    wrapper.addEventListener('mouseover', onMouseOver);
    document.addEventListener('mouseup', onDocMouseUp);
    const detachClipboard = actions.attachClipboard(wrapper);
    return () => {
      wrapper.removeEventListener('mousedown', onMouseDown, true);
      wrapper.removeEventListener('mouseover', onMouseOver);
      document.removeEventListener('mouseup', onDocMouseUp);
      window.removeEventListener('beforeunload', onBeforeUnload);
      detachClipboard();
    };
  }

  const issues = computed(() => {
    void states.rev.value;
    return states.issues();
  });

  return {
    gridOptions,
    attach,
    api: () => api,
    states,
    drafts,
    range,
    focused,
    pipeline,
    status: pipeline.status,
    issues,
    actions,
    column,
    valueOf,
    applyRow,
    repaint,
    isDraftKey,
    /** true while the user may not change anything in this sheet */
    readOnly,
    /** Re-reads the columns (e.g. after a language switch or a read-only toggle). */
    refreshColumns: () => api?.setGridOption('columnDefs', buildColumnDefs()),
  };
}

export type Spreadsheet<R extends SheetRow = SheetRow> = ReturnType<typeof useSpreadsheet<R>>;
