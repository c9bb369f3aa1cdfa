// One monitoring ledger (one category): the infinite datasource with its outside filters (quick search, region tree,
// deleted view), the spreadsheet over it, saved column state, delete/restore, and refreshes after undo/redo.
import { onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import type { GridApi, GridOptions } from 'ag-grid-community';
import { useRoute } from '../../router-core';
import { HOUSEHOLD_FIELDS, RiskStatusDef, type HouseholdCategory } from '@doudi/shared';
import { t } from '../../i18n';
import { INFINITE_ROW_MODEL, createInfiniteSource, type Page, type RowCount } from '../../grid/infinite-source';
import { newChangeSetId, onChangeSetApplied, recordStep } from '../../grid/change-sets';
import { debounce, loadViewState, saveViewState } from '../../grid/view-state';
import { useSpreadsheet, type Notify } from '../../grid/use-spreadsheet';
import { keepMasked } from '../../grid/masking';
import { deferredLive } from '../../grid/live-hook';
import { createHeaderFilters } from '../../grid/header-filters';
import { can, session } from '../auth/session';
import { toast } from '../../components/toast';
import { confirmDialog } from '../../components/confirm';
import { deleteHouseholds, fetchHouseholds, restoreHouseholds, type Household } from './household-api';
import { householdAdapter } from './household-adapter';
import { householdColumns } from './household-columns';
import { buildWhere, sortToOrderBy } from './household-where';
import { FIRST_BLOCK, VIEW_KEY, queryKey, takeFirstBlock, takeView, type LedgerView } from './ledger-prefetch';

export const notify: Notify = toast;

export function useLedger(category: HouseholdCategory) {
  const user = session.user?.username ?? 'anonymous';
  // A drill from 统计 opens the ledger filtered: ?township=<9 or 12 digits>&risk=<RiskStatus>; ?search=<code> (a
  // household named elsewhere, e.g. the 风险待帮扶 list) fills the quick search.
  const route = useRoute();
  const param = (k: string) => (typeof route.query[k] === 'string' ? (route.query[k] as string) : '');
  const township = () => (/^\d{9}(\d{3})?$/.test(param('township')) ? param('township') : null);
  const risk = () => (RiskStatusDef.values.includes(param('risk') as never) ? param('risk') : null);
  const search = ref(param('search'));
  const regionPrefix = ref<string | null>(township());
  const riskStatus = ref<string | null>(risk());
  // Another address of the same ledger keeps this view: apply its filters (the watches below reload).
  watch(() => route.fullPath, () => {
    if (route.params.category !== category) return;
    regionPrefix.value = township();
    riskStatus.value = risk();
    search.value = param('search');
  });
  const deletedView = ref(false);
  const count = shallowRef<RowCount | null>(null);
  const opened = shallowRef<Household | null>(null);

  // The column filters of the header (grid/header-filters.ts): a change reads the rows again from the top.
  const filters = createHeaderFilters(() => {
    reload();
    saveView();
    live.restart();
  });

  const source = createInfiniteSource<Household>(
    async (a): Promise<Page<Household>> => {
      const q = {
        where: buildWhere({ category, deleted: deletedView.value, search: search.value, regionPrefix: regionPrefix.value, filterModel: filters.model(), riskStatus: riskStatus.value }),
        orderBy: sortToOrderBy(a.sortModel),
      };
      const first = !a.after && !a.offset && a.first === FIRST_BLOCK && a.withCount;
      const prefetched = first ? await takeFirstBlock(queryKey(q)) : null;
      const page = prefetched ?? (await fetchHouseholds({ ...q, first: a.first, after: a.after, offset: a.offset, withCount: a.withCount }));
      return { ...page, rows: sheet.pipeline.fresher(page.rows) };
    },
    (c) => (count.value = c),
    (e) => notify('error', t('loadFailed', { msg: e.message })),
    (rows) => sheet.api()?.setRowCount(rows, true),
  );

  const sheet = useSpreadsheet<Household>({
    columns: householdColumns,
    adapter: householdAdapter(() => category),
    rowModel: 'infinite',
    loadRange: source.loadRange,
    readOnly: () => deletedView.value || !can('ledger:write'),
    canAddRows: () => !deletedView.value && can('ledger:write'),
    onCreated: (rows) => {
      notify('success', t('created', { n: rows.length }));
      refresh();
    },
    onOpenRow: (row) => (opened.value = row),
    notify,
    persistKey: `ledger.${user}.${category}`,
    present: keepMasked<Household>(HOUSEHOLD_FIELDS),
  });

  /** Reload the rows in place (after creates, deletes, undo): the scroll position stays. */
  function refresh() {
    source.reset(true);
    sheet.api()?.refreshInfiniteCache();
  }
  /** New outside filters: start again from the top. */
  function reload() {
    debouncedReload.cancel(); // this reload reads the search too: a pending search reload would only repeat it later
    source.reset();
    sheet.range.set(null); // other rows: a selection of the old ones would delete or restore whatever took their place
    const api = sheet.api();
    if (!api) return;
    api.purgeInfiniteCache();
    api.ensureIndexVisible(0, 'top');
  }

  const debouncedReload = debounce(reload, 300);
  watch(search, () => debouncedReload());
  watch([regionPrefix, deletedView, riskStatus], () => {
    reload();
    sheet.refreshColumns(); // editable depends on the deleted view
  });
  onBeforeUnmount(onChangeSetApplied(refresh));

  // ---- column state, per user on the server ----------------------------------------------------------------------
  // Asked for at once, while the grid is being built; the grid gets its datasource only after the state is applied,
  // so the first request already carries the saved sort and filters.
  let view: LedgerView = {};
  let restoring = true;
  const viewLoaded = (async () => {
    const pre = await takeView();
    const v = pre === undefined || pre === 'failed' ? await loadViewState<LedgerView>(user, VIEW_KEY) : pre;
    view = v ?? {};
  })();

  async function restoreAndStart(api: GridApi<Household>) {
    await viewLoaded;
    if (api.isDestroyed()) return;
    const mine = view.byCategory?.[category];
    const sorts = new Map((mine?.sort ?? []).map((s) => [s.colId, s]));
    const cols = view.columns?.length ? view.columns : api.getColumnState();
    api.applyColumnState({
      state: cols.map((c) => ({ ...c, sort: sorts.get(c.colId)?.sort ?? null, sortIndex: sorts.get(c.colId)?.sortIndex ?? null })),
      applyOrder: !!view.columns?.length,
    });
    filters.set(mine?.filter);
    restoring = false;
    api.setGridOption('datasource', source.datasource);
  }

  const saveView = debounce(() => {
    const api = sheet.api();
    if (!api || api.isDestroyed() || restoring) return;
    const state = api.getColumnState();
    view = {
      columns: state.map(({ colId, width, hide, pinned }) => ({ colId, width, hide, pinned })),
      byCategory: {
        ...view.byCategory,
        [category]: {
          sort: state.filter((c) => c.sort).map(({ colId, sort, sortIndex }) => ({ colId, sort, sortIndex })),
          filter: filters.model(),
        },
      },
    };
    void saveViewState(user, VIEW_KEY, view);
  }, 800);
  onBeforeUnmount(() => saveView.flush());

  // ---- live: other people's saved edits (grid/live.ts, loaded once the first rows are painted) --------------------
  const live = deferredLive(() => import('./ledger-live').then((m) => m.startLedgerLive({
    sheet,
    where: () => buildWhere({ category, deleted: deletedView.value, search: search.value, regionPrefix: regionPrefix.value, filterModel: filters.model(), riskStatus: riskStatus.value }),
    refresh,
    self: () => user,
  })));
  watch([search, regionPrefix, deletedView, riskStatus], () => live.restart());
  onBeforeUnmount(() => live.stop());
  onBeforeUnmount(() => filters.detach());

  function gridOptions(): GridOptions<Household> {
    return {
      ...INFINITE_ROW_MODEL,
      onGridReady: (e) => {
        filters.attach(e.api);
        void restoreAndStart(e.api);
      },
      onFirstDataRendered: () => live.start(),
      onSortChanged: saveView,
      onColumnMoved: (e) => e.finished && saveView(),
      onColumnResized: (e) => e.finished && saveView(),
      onColumnVisible: saveView,
      onColumnPinned: saveView,
    };
  }

  // ---- delete and restore ----------------------------------------------------------------------------------------
  async function deleteSelected() {
    const rows = await sheet.actions.selectedRows();
    if (!rows.length) return notify('info', t('selectRowsFirst'));
    if (!(await confirmDialog(t('confirmDelete', { n: rows.length }), t('deleteRows')))) return;
    await bulk(rows, deleteHouseholds, 'deleted');
  }

  async function restoreSelected() {
    const rows = await sheet.actions.selectedRows();
    if (!rows.length) return notify('info', t('selectRowsFirst'));
    await bulk(rows, restoreHouseholds, 'restored');
  }

  async function bulk(rows: Household[], op: typeof deleteHouseholds, doneKey: 'deleted' | 'restored') {
    const step = newChangeSetId();
    try {
      const res = await op(rows.map((r) => r.id), step);
      const ok = res.filter((r) => r.ok).length;
      const failed = res.filter((r) => !r.ok).map((r) => r.errors.map((e) => e.message).join('；'));
      if (ok) {
        recordStep({ id: step, label: t(doneKey, { n: ok }) });
        notify('success', t(doneKey, { n: ok }));
      }
      if (failed.length) notify('error', failed.join('\n'));
    } catch (e) {
      notify('error', (e as Error).message);
    }
    sheet.range.set(null);
    refresh();
  }

  return { sheet, search, regionPrefix, riskStatus, deletedView, filters, count, opened, gridOptions, refresh, deleteSelected, restoreSelected };
}

export type Ledger = ReturnType<typeof useLedger>;
