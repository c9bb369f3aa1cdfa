// Opening a ledger is the usual first screen: its saved layout and its first 100 rows are asked for at start-up,
// alongside the session check and the ledger's code, instead of after the grid has been built (~300 ms on a cold load).
import type { ColumnState, FilterModel } from 'ag-grid-community';
import { gql, tokenStore } from '../../api/client';
import type { Page } from '../../grid/infinite-source';
import { VIEW_STATE } from '../../grid/view-state-query';
import { fetchHouseholds, type Household } from './household-api';
import { buildWhere, sortToOrderBy } from './household-where';

export const VIEW_KEY = 'ledger.households';
export const FIRST_BLOCK = 100;

/** Column layout (order, width, visibility, pinning) is shared by the four ledgers; sort and filters are per ledger. */
export interface LedgerView {
  columns?: Pick<ColumnState, 'colId' | 'width' | 'hide' | 'pinned'>[];
  byCategory?: Record<string, { sort?: Pick<ColumnState, 'colId' | 'sort' | 'sortIndex'>[]; filter?: FilterModel }>;
}

/** The first block's query of a ledger opened fresh (no search, whole county) under a saved view. */
export function firstBlockQuery(category: string, view: LedgerView | null) {
  const mine = view?.byCategory?.[category];
  const sort = [...(mine?.sort ?? [])]
    .filter((s) => s.sort)
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((s) => ({ colId: s.colId, sort: s.sort! }));
  return {
    where: buildWhere({ category, deleted: false, search: '', regionPrefix: null, filterModel: mine?.filter ?? {} }),
    orderBy: sortToOrderBy(sort),
  };
}

/** The ledger an address opens ('/' is the first ledger for most users), or null. */
export function openingLedger(path: string): string | null {
  const m = /^\/(?:ledger\/(\w+))?\/?(?:[?#].*)?$/.exec(path);
  return m ? (m[1] ?? 'UNLIFTED') : null;
}

export const queryKey = (q: { where: unknown; orderBy: unknown }) => JSON.stringify([q.where, q.orderBy]);

let view: Promise<LedgerView | null | 'failed'> | null = null;
let first: Promise<{ key: string; page: Promise<Page<Household>> }> | null = null;

export function prefetchLedger(category: string): void {
  if (!tokenStore.get()) return;
  view = gql(VIEW_STATE, { k: VIEW_KEY }, { quiet: true })
    .then((d) => (d.viewState ? (JSON.parse(d.viewState) as LedgerView) : null))
    .catch(() => 'failed' as const);
  first = view.then((v) => {
    const q = firstBlockQuery(category, v === 'failed' ? null : v);
    const page = fetchHouseholds({ ...q, first: FIRST_BLOCK, after: null, offset: 0, withCount: true }, { quiet: true });
    page.catch(() => undefined); // unused or failed: the grid asks again
    return { key: queryKey(q), page };
  });
}

/** The prefetched saved view, once (undefined when there is none to take, 'failed' when the server did not answer). */
export function takeView(): Promise<LedgerView | null | 'failed'> | undefined {
  const v = view ?? undefined;
  view = null;
  return v;
}

/** The prefetched first block if it answers exactly this query, once. */
export async function takeFirstBlock(key: string): Promise<Page<Household> | null> {
  const f = first;
  first = null;
  if (!f) return null;
  const got = await f;
  if (got.key !== key) return null;
  try {
    return await got.page;
  } catch {
    return null;
  }
}
