// A rectangular cell range (AG Grid Community has no range selection): an anchor where the selection started and an
// end that Shift+arrows or a mouse drag moves. Rows are indexes within one section: the main rows, or the pinned
// bottom rows (new-row drafts).
import { shallowRef } from 'vue';

export type Section = 'main' | 'bottom';

export interface CellRef {
  row: number;
  col: string;
  section: Section;
}

export interface Bounds {
  section: Section;
  r0: number;
  r1: number;
  /** column ids of the range, in display order */
  cols: string[];
}

export class RangeModel {
  anchor: CellRef | null = null;
  end: CellRef | null = null;
  /** bumped on every change */
  readonly rev = shallowRef(0);

  constructor(private readonly displayedCols: () => string[]) {}

  set(anchor: CellRef | null, end: CellRef | null = anchor): void {
    this.anchor = anchor;
    this.end = end && anchor && end.section === anchor.section ? end : anchor;
    this.rev.value++;
  }

  extendTo(end: CellRef): void {
    if (!this.anchor || this.anchor.section !== end.section) return this.set(end);
    this.end = end;
    this.rev.value++;
  }

  bounds(): Bounds | null {
    const a = this.anchor;
    const e = this.end;
    if (!a || !e) return null;
    const order = this.displayedCols();
    let c0 = order.indexOf(a.col);
    let c1 = order.indexOf(e.col);
    if (c0 < 0 || c1 < 0) {
      // a column was hidden since: fall back to the end's (or anchor's) column alone
      c0 = c1 = Math.max(c0, c1);
      if (c0 < 0) return null;
    }
    if (c0 > c1) [c0, c1] = [c1, c0];
    return { section: a.section, r0: Math.min(a.row, e.row), r1: Math.max(a.row, e.row), cols: order.slice(c0, c1 + 1) };
  }

  /** True for more than one cell. */
  isMulti(): boolean {
    const b = this.bounds();
    return !!b && (b.r1 > b.r0 || b.cols.length > 1);
  }
}

/** Classes for one cell: in the range, and which of its borders are the range's edges. */
export function rangeClassRules(range: RangeModel, colId: string) {
  // Bounds are computed once per refresh pass, not once per cell and rule.
  let cachedRev = -1;
  let cached: (Bounds & { colSet: Set<string> }) | null = null;
  const b = () => {
    // Column moves bump rev too (the sheet listens for them), so rev alone decides.
    if (cachedRev !== range.rev.value) {
      const x = range.bounds();
      cached = x && range.isMulti() ? { ...x, colSet: new Set(x.cols) } : null;
      cachedRev = range.rev.value;
    }
    return cached;
  };
  const inRange = (rowIndex: number | null, pinned: string | null | undefined) => {
    const x = b();
    if (!x || rowIndex === null || !x.colSet.has(colId)) return false;
    const section: Section = pinned === 'bottom' ? 'bottom' : 'main';
    return x.section === section && rowIndex >= x.r0 && rowIndex <= x.r1;
  };
  type P = { rowIndex: number | null; node: { rowPinned?: string | null } };
  return {
    'dg-range': (p: P) => inRange(p.rowIndex, p.node.rowPinned),
    'dg-range-top': (p: P) => inRange(p.rowIndex, p.node.rowPinned) && p.rowIndex === b()!.r0,
    'dg-range-bottom': (p: P) => inRange(p.rowIndex, p.node.rowPinned) && p.rowIndex === b()!.r1,
    'dg-range-left': (p: P) => inRange(p.rowIndex, p.node.rowPinned) && b()!.cols[0] === colId,
    'dg-range-right': (p: P) => inRange(p.rowIndex, p.node.rowPinned) && b()!.cols[b()!.cols.length - 1] === colId,
  };
}
