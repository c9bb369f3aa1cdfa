// Live grids (issue 18): an open grid subscribes to the changes of its rows under its current filter and shows other
// people's saved edits as they happen. Loaded with a dynamic import once the first rows are painted (nothing of it is
// on the way to the first row). Generic: the feature gives the subscription document, its variables and how to read
// a change; this file knows no domain.
//
// - A change of a row in the grid: its cells update and flash, its version advances (the next edit does not
//   conflict). A cell with the user's own unsaved value (refused, failed) becomes a conflict when the change wrote
//   that field; a save in flight is answered by the server (a conflict there is painted by the edit pipeline).
// - A row being edited is left alone until the editor closes: if the user saved the same cell, the save goes on the
//   version the user was looking at and the server's conflict answer paints the conflict; otherwise the change is
//   applied then.
// - Deleted rows, rows that may be new under the filter, and a resync marker reload the rows in place.
// - The last cursor seen is the `since` of the next subscription (after a reconnect or a new filter): the server sends
//   what was missed first.
import type { GridApi, IRowNode } from 'ag-grid-community';
import type { FieldMeta } from '@doudi/shared';
import { t } from '../i18n';
import { sameValue } from './edit-pipeline';
import { changesCursor, liveSubscribe } from '../api/live-socket';
import type { Spreadsheet } from './use-spreadsheet';
import type { SheetRow } from './types';

export interface LiveChange {
  id: string;
  version: number | null;
  actor: string;
  deleted: boolean;
  fields: { field: string; value: string | null }[];
  cursor: string | null;
  resync: boolean;
}

export interface LiveGridOptions<R extends SheetRow> {
  sheet: Spreadsheet<R>;
  /** the subscription document; it declares `$since: String` */
  query: string;
  /** its variables for the grid's current filter (since is added here) */
  variables: () => Record<string, unknown>;
  /** the change in one subscription answer */
  pick: (data: Record<string, unknown>) => LiveChange;
  /** the grid's row id for a change (default: the change's id) */
  rowId?: (c: LiveChange) => string;
  /** a field's value from the event's text (JSON for numbers and lists) */
  decode: (field: string, text: string | null) => unknown;
  /** reload the rows in place (rows appeared or went, or a resync) */
  refresh: () => void;
  /** whether a change of a row the grid does not hold may add a row under the current filter */
  mayAdd?: (c: LiveChange) => boolean;
  /** the signed-in user's actor name */
  self: () => string;
}

/**
 * A field's value from an event's text, by the field table: numbers and lists are JSON, dates and times come as JSON
 * strings, other text as it is (a phone number stays text).
 */
export function decodeByMeta(table: readonly FieldMeta[]) {
  const types = new Map(table.map((m) => [m.name, m.type]));
  return (field: string, text: string | null): unknown => {
    if (text === null) return null;
    const type = types.get(field);
    const json = type === 'number' || type === 'integer' || type === 'enumList' || text.startsWith('"') || (!type && /^(\[|\{|-?\d|true$|false$)/.test(text));
    if (!json) return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };
}

const later = (a: string | null, b: string | null): string | null =>
  !a ? b : !b ? a : a.length !== b.length ? (a.length > b.length ? a : b) : a > b ? a : b;

export function startLiveGrid<R extends SheetRow>(o: LiveGridOptions<R>) {
  const { sheet } = o;
  let cursor: string | null = null;
  /** changes of rows being edited, applied when the editor closes */
  const held = new Map<string, LiveChange[]>();
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  /** a reload that waits for the open editor to close */
  let refreshHeld = false;
  let stopped = false;

  // Reloading the rows closes an open editor and drops what the clerk is typing: while a cell is being edited the
  // reload waits, and runs when the editor closes (onEditingStopped).
  function refreshNow() {
    if (stopped) return;
    const a = api();
    if (a && a.getEditingCells().length > 0) {
      refreshHeld = true;
      return;
    }
    refreshHeld = false;
    o.refresh();
  }
  function refreshSoon() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      refreshNow();
    }, 250);
  }

  const api = (): GridApi<R> | null => {
    const a = sheet.api();
    return a && !a.isDestroyed() ? a : null;
  };
  const editing = (a: GridApi<R>, node: IRowNode<R>) => a.getEditingCells().some((c) => !c.rowPinned && c.rowIndex === node.rowIndex);

  function onChange(c: LiveChange) {
    cursor = later(cursor, c.cursor);
    if (c.resync) return refreshSoon();
    const a = api();
    if (!a) return;
    const id = o.rowId?.(c) ?? c.id;
    const node = a.getRowNode(id);
    const row = node?.data;
    if (c.deleted) {
      if (row) refreshSoon();
      return;
    }
    if (!node || !row) {
      if (o.mayAdd?.(c)) refreshSoon();
      return;
    }
    // Already in the row: the user's own save (its answer was applied), or an older change.
    if (c.version !== null && c.version <= row.version) return;
    if (editing(a, node)) {
      held.set(id, [...(held.get(id) ?? []), c]);
      return;
    }
    // The user's own change whose answer is still on its way: the answer paints it.
    const saving = [...(sheet.states.row(id)?.values() ?? [])].some((s) => s.kind === 'saving');
    if (saving && c.actor === o.self()) return;
    applyTo(a, node, c);
  }

  function applyTo(a: GridApi<R>, node: IRowNode<R>, c: LiveChange) {
    const row = node.data!;
    const id = String(row.id);
    const next: Record<string, unknown> = { ...row };
    const changed: string[] = [];
    for (const f of c.fields) {
      if (!(f.field in row) || f.field === 'id' || f.field === 'version') continue;
      const v = o.decode(f.field, f.value);
      const st = sheet.states.get(id, f.field);
      // The user's own value that did not reach the server (refused or failed) meets another person's: a conflict.
      if (st && st.kind !== 'saving' && st.hasDraft && !sameValue(st.draft, v)) {
        const text = (x: unknown) => sheet.column(f.field)?.text(x, row) ?? String(x ?? '');
        sheet.states.set(id, f.field, { kind: 'conflict', draft: st.draft, hasDraft: true, theirs: v, message: t('conflictMsg', { theirs: text(v), mine: text(st.draft) }) });
      }
      if (!sameValue(row[f.field], v)) {
        next[f.field] = v;
        changed.push(f.field);
      }
    }
    if (c.version !== null) next.version = c.version;
    sheet.pipeline.noteRow(next as R);
    node.setData(next as R);
    if (changed.length) {
      flashCells(a, node, changed);
    }
    sheet.repaint();
  }

  // An editor closed: apply what waited for it, unless the user saved that row (the server's answer carries the
  // other person's values, and a conflict where both wrote the same cell).
  function onEditingStopped(e?: { node?: IRowNode<R>; column?: { getColId(): string }; oldValue?: unknown; newValue?: unknown }) {
    // The user changed the very cell another person's held change wrote: that change is not applied (its version
    // would let the user's save overwrite it silently); the save goes on the old version and the server's conflict
    // is painted on the cell (the issue: a conflict only where the same cell was being edited).
    const id = e?.node?.id;
    const col = e?.column?.getColId();
    if (id && col && held.get(id)?.some((c) => c.fields.some((f) => f.field === col)) && !sameValue(e.oldValue, e.newValue)) {
      held.delete(id);
    }
    setTimeout(() => {
      const a = api();
      if (!a) return;
      if (refreshHeld) refreshSoon();
      for (const [id, list] of [...held]) {
        const node = a.getRowNode(id);
        if (!node?.data) {
          held.delete(id);
          continue;
        }
        if (editing(a, node)) continue;
        held.delete(id);
        const saving = [...(sheet.states.row(id)?.values() ?? [])].some((s) => s.kind === 'saving' || s.kind === 'conflict');
        if (saving) continue;
        for (const c of list) if (c.version === null || c.version > (node.data.version ?? 0)) applyTo(a, node, c);
      }
    }, 0);
  }

  let unsubscribe: (() => void) | null = null;
  function subscribe() {
    unsubscribe?.();
    unsubscribe = liveSubscribe(o.query, {
      variables: () => ({ ...o.variables(), since: cursor }),
      next: (data) => {
        const c = o.pick(data);
        if (c) onChange(c);
      },
      error: () => undefined,
    });
  }

  const a0 = api();
  a0?.addEventListener('cellEditingStopped', onEditingStopped);
  // The first rows were read before this: take the newest cursor, subscribe from it, and read the rows once more, so
  // nothing committed between the first read and the subscription is missed (what comes twice is skipped by version).
  const ready = changesCursor()
    .then((c) => {
      cursor = later(cursor, c);
    })
    .catch(() => undefined)
    .then(() => {
      if (stopped) return;
      subscribe();
      refreshNow();
    });

  return {
    /** The grid's filter changed: subscribe again (from the last cursor: nothing between is lost). */
    restart: () => void ready.then(() => !stopped && subscribe()),
    stop() {
      stopped = true;
      unsubscribe?.();
      unsubscribe = null;
      if (refreshTimer) clearTimeout(refreshTimer);
      const a = api();
      a?.removeEventListener('cellEditingStopped', onEditingStopped);
    },
    cursor: () => cursor,
  };
}

export type LiveGrid = ReturnType<typeof startLiveGrid>;

const flashing = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();
/**
 * AG Grid's change flash (api.flashCells: its classes, lit for 500 ms then a 1 s fade) without its
 * HighlightChangesModule, ~1.5 kB gzipped that every user loaded before the first ledger rows.
 */
function flashCells<R>(a: GridApi<R>, node: IRowNode<R>, cols: string[]) {
  const root = a.getGridElement();
  if (!root || node.id === undefined) return;
  const row = `.ag-row[row-id="${CSS.escape(node.id)}"]`;
  for (const col of cols) {
    for (const el of root.querySelectorAll<HTMLElement>(`${row} .ag-cell[col-id="${CSS.escape(col)}"]`)) {
      clearTimeout(flashing.get(el));
      el.classList.remove('ag-cell-data-changed-animation');
      el.style.removeProperty('transition');
      el.classList.add('ag-cell-data-changed');
      flashing.set(el, setTimeout(() => {
        el.classList.replace('ag-cell-data-changed', 'ag-cell-data-changed-animation');
        el.style.transition = 'background-color 1000ms';
        flashing.set(el, setTimeout(() => {
          el.classList.remove('ag-cell-data-changed-animation');
          el.style.removeProperty('transition');
        }, 1000));
      }, 500));
    }
  }
}
