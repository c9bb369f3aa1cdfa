// An AG Grid infinite-row-model datasource over a Relay connection. Blocks that follow a block already loaded are
// asked for by keyset cursor (`after`), which stays fast at any depth; a jump (scrollbar drag, Ctrl+End) starts from
// the nearest known cursor plus an `offset`.
import type { FilterModel, GridOptions, IDatasource, IGetRowsParams, SortModelItem } from 'ag-grid-community';

/** The infinite row model as every server-backed grid uses it: bounded memory whatever the table size (20 blocks of 100 rows). */
export const INFINITE_ROW_MODEL = {
  rowModelType: 'infinite',
  cacheBlockSize: 100,
  maxBlocksInCache: 20,
  maxConcurrentDatasourceRequests: 2,
  blockLoadDebounceMillis: 40,
  infiniteInitialRowCount: 1,
  cacheOverflowSize: 1,
} as const satisfies GridOptions;

export interface PageArgs {
  sortModel: SortModelItem[];
  filterModel: FilterModel;
  first: number;
  after: string | null;
  offset: number;
  withCount: boolean;
}

export interface Page<R> {
  rows: R[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount?: number;
  totalCountKind?: 'EXACT' | 'AT_LEAST';
}

export interface RowCount {
  n: number;
  kind: 'EXACT' | 'AT_LEAST';
}

const MAX_CURSORS = 500;
const MAX_PAGE = 500;

export function createInfiniteSource<R>(
  fetchPage: (a: PageArgs) => Promise<Page<R>>,
  onCount: (c: RowCount | null) => void,
  onError: (e: Error) => void,
  /** the end of a ledger larger than the server's count cap, once found: the grid sizes its scrollbar to it */
  onEndFound?: (rows: number) => void,
) {
  let cursors = new Map<number, string>();
  let key = '';
  /** bumped by reset(): an answer to a request sent before it belongs to the old filters */
  let generation = 0;
  let count: RowCount | null = null;
  let lastModels: { sortModel: SortModelItem[]; filterModel: FilterModel } = { sortModel: [], filterModel: {} };

  const startFor = (startRow: number): { after: string | null; offset: number } => {
    if (startRow === 0) return { after: null, offset: 0 };
    const exact = cursors.get(startRow);
    if (exact) return { after: exact, offset: 0 };
    let best = 0;
    for (const k of cursors.keys()) if (k < startRow && k > best) best = k;
    return best ? { after: cursors.get(best)!, offset: startRow - best } : { after: null, offset: startRow };
  };

  const remember = (rowIndex: number, cursor: string | null) => {
    if (!cursor) return;
    if (cursors.size >= MAX_CURSORS) cursors.delete(cursors.keys().next().value!);
    cursors.set(rowIndex, cursor);
  };

  const datasource: IDatasource = {
    getRows(p: IGetRowsParams) {
      const k = JSON.stringify([p.sortModel, p.filterModel]);
      if (k !== key) {
        key = k;
        cursors = new Map();
        count = null;
      }
      lastModels = { sortModel: p.sortModel, filterModel: p.filterModel };
      const { after, offset } = startFor(p.startRow);
      const withCount = p.startRow === 0 || count === null;
      const sent = generation;
      fetchPage({ ...lastModels, first: p.endRow - p.startRow, after, offset, withCount })
        .then((page) => {
          // the models, or the outside filters, changed while this was in flight
          if (k !== key || sent !== generation) return p.failCallback();
          remember(p.startRow + page.rows.length, page.endCursor);
          if (page.totalCount !== undefined && page.totalCountKind) {
            count = { n: page.totalCount, kind: page.totalCountKind };
            onCount(count);
            if (count.kind === 'AT_LEAST' && onEndFound) void findEnd(k, count.n);
          }
          let lastRow: number | undefined;
          if (!page.hasNextPage) lastRow = p.startRow + page.rows.length;
          else if (count?.kind === 'EXACT') lastRow = count.n;
          // AT_LEAST and more pages: the end is unknown, the infinite model grows as the user scrolls.
          p.successCallback(page.rows, lastRow);
          if (!page.hasNextPage && count && (count.kind === 'AT_LEAST' || count.n !== lastRow)) {
            count = { n: lastRow!, kind: 'EXACT' };
            onCount(count);
          }
        })
        .catch((e: Error) => {
          p.failCallback();
          onError(e);
        });
    },
  };

  // The server counts up to a cap (AT_LEAST beyond it). To let the scrollbar span a ledger of a million rows, and
  // Ctrl+End reach its last row, find the end by probing single rows: doubling, then halving (~2·log2 n requests,
  // each an index-only offset on the server), in the background.
  async function findEnd(k: string, atLeast: number) {
    const exists = async (i: number) =>
      (await fetchPage({ ...lastModels, first: 1, after: null, offset: i, withCount: false })).rows.length > 0;
    try {
      let lo = Math.max(0, atLeast - 1); // known to exist
      let hi = Math.max(lo * 2, 1);
      while (await exists(hi)) {
        if (k !== key) return;
        lo = hi;
        hi *= 2;
      }
      while (hi - lo > 1) {
        if (k !== key) return;
        const mid = Math.floor((lo + hi) / 2);
        if (await exists(mid)) lo = mid;
        else hi = mid;
      }
      if (k !== key) return;
      count = { n: lo + 1, kind: 'EXACT' };
      onCount(count);
      onEndFound?.(lo + 1);
    } catch {
      // the ledger keeps growing as the user scrolls, as before
    }
  }

  /** Rows [start, end) under the current sort and filters: for copy and paste over rows not in the block cache. */
  async function loadRange(start: number, end: number): Promise<R[]> {
    const out: R[] = [];
    let pos = start;
    while (pos < end) {
      const { after, offset } = startFor(pos);
      const page = await fetchPage({ ...lastModels, first: Math.min(MAX_PAGE, end - pos), after, offset, withCount: false });
      out.push(...page.rows);
      pos += page.rows.length;
      remember(pos, page.endCursor);
      if (!page.hasNextPage || page.rows.length === 0) break;
    }
    return out;
  }

  return {
    datasource,
    loadRange,
    /**
     * Forget cursors and the count (rows were added or removed, or the outside filters changed). `keepShown`: the
     * same rows are read again in place (a refresh): the count shown stays until the new one comes, instead of
     * blinking to "loading" and back.
     */
    reset(keepShown = false) {
      generation++;
      cursors = new Map();
      count = null;
      if (!keepShown) onCount(null);
    },
    count: () => count,
  };
}
