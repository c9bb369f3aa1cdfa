// AG Grid column defs for a sheet: each cell shows the user's pending, refused or conflicting value over the saved one,
// carries its save state and range edges as classes and its message as a tooltip; plus the Excel-like row header.
import type { ColDef, ICellRendererParams, SuppressKeyboardEventParams, ValueGetterParams } from 'ag-grid-community';
import { t } from '../i18n';
import type { CellStates } from './cell-states';
import { rangeClassRules, type RangeModel, type Section } from './range';
import type { SheetColumn, SheetRow } from './types';

export const ROW_HEADER = '__row';

interface Ctx<R extends SheetRow> {
  columns: SheetColumn<R>[];
  states: CellStates;
  range: RangeModel;
  valueOf: (row: SheetRow | undefined, colId: string) => unknown;
  readOnly: () => boolean;
  onKey: (p: SuppressKeyboardEventParams<R>) => boolean;
  /** what a new row still needs is outlined in its cells */
  requiredForCreate: string[];
  /** rows open in a panel (the row header gets an open button) */
  canOpen: boolean;
}

// A header shows its whole label: widths were set for the Chinese labels, and English ones ("Head of household") are
// longer. A column is never narrower than its label plus the header's padding (16 px each side in Quartz) and the
// sort arrow a sorted column adds.
const HEADER_CHROME = 52;
let measure: CanvasRenderingContext2D | null | undefined;
function labelWidth(text: string): number {
  measure ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!measure) return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 13 : 8), 0);
  measure.font = `600 13px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return Math.ceil(measure.measureText(text).width);
}
const fitHeader = (width: number | undefined, header: string): number | undefined =>
  width === undefined ? undefined : Math.max(width, labelWidth(header) + HEADER_CHROME);

export function sheetColumnDefs<R extends SheetRow>(x: Ctx<R>): ColDef<R>[] {
  const stateOf = (p: { data?: SheetRow; colDef?: { colId?: string } | null }) =>
    x.states.get(p.data ? String(p.data.id) : undefined, p.colDef?.colId ?? '');

  function toColDef(c: SheetColumn<R>): ColDef<R> {
    const fmt = c.display ?? c.text;
    // A new row outlines what it still needs before it can be created (the code is generated, so not that).
    const required = x.requiredForCreate.includes(c.colId);
    return {
      colId: c.colId,
      field: c.colId as never,
      headerName: c.header(),
      headerTooltip: c.header(),
      editable: () => !!c.meta?.editable && !x.readOnly(),
      valueGetter: (p: ValueGetterParams<R>) => x.valueOf(p.data, c.colId),
      valueFormatter: (p) => fmt(p.value, p.data),
      tooltip: (p) => stateOf(p as never)?.message ?? undefined,
      suppressKeyboardEvent: x.onKey,
      cellClassRules: {
        ...rangeClassRules(x.range, c.colId),
        'dg-saving': (p) => stateOf(p)?.kind === 'saving',
        'dg-invalid': (p) => ['invalid', 'error'].includes(stateOf(p)?.kind ?? ''),
        'dg-conflict': (p) => stateOf(p)?.kind === 'conflict',
        'dg-readonly': () => !c.meta?.editable,
        'dg-missing': (p) => required && p.node.rowPinned === 'bottom' && (p.value === undefined || p.value === null || p.value === ''),
      },
      ...c.colDef,
      width: fitHeader(c.colDef?.width ?? c.meta?.width, c.header()),
    };
  }

  const rowHeader: ColDef<R> = {
    colId: ROW_HEADER,
    headerName: '',
    pinned: 'left',
    lockPinned: true,
    lockPosition: 'left',
    suppressMovable: true,
    suppressNavigable: true,
    sortable: false,
    resizable: false,
    width: 62,
    headerTooltip: t('rowHeaderTitle'),
    valueGetter: (p) => (p.node?.rowPinned ? t('draftRow') : (p.node?.rowIndex ?? 0) + 1),
    cellRenderer: (p: ICellRendererParams<R>) =>
      p.data && x.canOpen && !p.node.rowPinned
        ? `<span class="dg-rownum">${p.value}</span><button class="dg-open" tabindex="-1" title="${t('open')}">⋯</button>`
        : `<span class="dg-rownum">${p.value ?? ''}</span>`,
    cellClass: 'dg-rowhead',
    cellClassRules: {
      // Like Excel's row headings: the rows of the selection light up.
      'dg-rowhead-on': (p) => {
        const b = x.range.bounds();
        const section: Section = p.node.rowPinned === 'bottom' ? 'bottom' : 'main';
        return !!b && b.section === section && p.rowIndex !== null && p.rowIndex >= b.r0 && p.rowIndex <= b.r1;
      },
    },
    suppressKeyboardEvent: x.onKey,
  };

  return [rowHeader, ...x.columns.map(toColDef)];
}
