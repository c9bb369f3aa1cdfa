// The month's round (本月走访) for one township: every household of the ledgers with its check or its absence, in the
// shared spreadsheet (keys, paste, fill-down, per-cell validation, save status, conflicts), the outside filters
// (未走访, state, at risk, search), the completion per township, submit / lock, corrections and 风险消除.
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import type { GridOptions } from 'ag-grid-community';
import { TOWNSHIPS, townshipCodeOf } from '@doudi/shared';
import { t } from '../../i18n';
import { INFINITE_ROW_MODEL, createInfiniteSource, type Page, type RowCount } from '../../grid/infinite-source';
import { onChangeSetApplied } from '../../grid/change-sets';
import { debounce } from '../../grid/view-state';
import { useSpreadsheet, type Spreadsheet } from '../../grid/use-spreadsheet';
import { deferredLive } from '../../grid/live-hook';
import { can, isCountyRole, session } from '../auth/session';
import { toast } from '../../components/toast';
import { confirmDialog } from '../../components/confirm';
import {
  fetchChecks, fetchCompletion, lockMonth, saveChecks, submitChecks, type CheckRow, type CheckState, type CheckWhere, type Completion,
} from './check-api';
import { checkColumns } from './check-columns';
import { ml } from './labels';
import type { BulkResult } from './bulk-result.vue';

export { addMonths, currentMonth, isMonth } from './months';

/** The township a township user is confined to (null for county-wide users). */
export function ownTownship(): string | null {
  const r = session.user?.regionCode;
  return r ? townshipCodeOf(r) : null;
}

export interface CheckFilters {
  township: string | null;
  month: string;
  visited: boolean | null;
  state: CheckState | null;
  atRisk: boolean | null;
  /** 风险待帮扶: households with an open risk referral (?referral=open) */
  openReferral: boolean | null;
  /** one ledger (?category=…), as a drill from 统计 asks */
  category: string | null;
  search: string;
}

export function useMonthlyChecks(initial: CheckFilters) {
  const user = session.user?.username ?? 'anonymous';
  const fixed = ownTownship();
  const township = ref<string | null>(fixed ?? initial.township);
  // One grid per month (the page rebuilds the view when the month changes): drafts are kept per month.
  const month = computed(() => initial.month);
  const visited = ref<boolean | null>(initial.visited);
  const state = ref<CheckState | null>(initial.state);
  const atRisk = ref<boolean | null>(initial.atRisk);
  const openReferral = ref<boolean | null>(initial.openReferral);
  const category = ref<string | null>(initial.category);
  const search = ref(initial.search);
  const count = shallowRef<RowCount | null>(null);
  const completion = ref<Completion[]>([]);
  /** the bulk step under way (its button shows it and every bulk button waits) */
  const running = ref<'submit' | 'lock' | null>(null);
  const busy = computed(() => running.value !== null);
  /** the last bulk step's result: stays until dismissed */
  const result = ref<BulkResult | null>(null);
  const canWrite = () => can('ledger:write');
  // Locking is the county's (the server refuses others): the office and the auditor read only.
  const isCounty = computed(() => !fixed && isCountyRole(session.user?.role));
  const canLock = computed(() => isCounty.value && canWrite());

  const where = (): CheckWhere => ({
    month: month.value,
    regionCode: township.value,
    visited: visited.value,
    state: state.value,
    atRisk: atRisk.value,
    openReferral: openReferral.value,
    category: category.value,
    search: search.value.trim() || null,
  });

  const source = createInfiniteSource<CheckRow>(
    async (a): Promise<Page<CheckRow>> => {
      const page = await fetchChecks(where(), a);
      return { ...page, rows: sheet.pipeline.fresher(page.rows) };
    },
    (c) => (count.value = c),
    (e) => toast('error', t('loadFailed', { msg: e.message })),
  );

  const rowById = (id: string): CheckRow | undefined => sheet.api()?.getRowNode(id)?.data;
  const sheet: Spreadsheet<CheckRow> = useSpreadsheet<CheckRow>({
    columns: () => checkColumns(canWrite),
    adapter: { save: (req, cs) => saveChecks(month.value, req, rowById, cs) },
    rowModel: 'infinite',
    loadRange: source.loadRange,
    readOnly: () => !canWrite(),
    canAddRows: () => false,
    onRowSaved: () => completionSoon(),
    notify: toast,
    persistKey: `monthly.${user}.${month.value}`,
  });

  async function loadCompletion() {
    try {
      completion.value = await fetchCompletion(month.value, fixed ?? null);
    } catch (e) {
      toast('error', t('loadFailed', { msg: (e as Error).message }));
    }
  }
  const completionSoon = debounce(() => void loadCompletion(), 400);

  function refresh() {
    source.reset(true);
    sheet.api()?.refreshInfiniteCache();
    void loadCompletion();
  }
  function reload() {
    // A reload reads every filter, the search too: a search reload still pending would only reload again later and
    // take the focus (and the keys a clerk is typing) away from the cell just clicked.
    debouncedReload.cancel();
    source.reset();
    const api = sheet.api();
    if (api) {
      api.purgeInfiniteCache();
      api.ensureIndexVisible(0, 'top');
    }
  }
  const debouncedReload = debounce(reload, 300);
  watch(search, () => debouncedReload());
  watch([township, visited, state, atRisk, openReferral, category], reload);
  onBeforeUnmount(onChangeSetApplied(refresh));

  // ---- live: other people's saved checks (grid/live.ts, loaded once the first rows are painted) -------------------
  const live = deferredLive(() => import('./monthly-live').then((mod) => mod.startMonthlyLive({
    sheet, month: () => month.value, regionCode: () => township.value, refresh, self: () => user,
  })));
  watch(township, () => live.restart());
  onBeforeUnmount(() => live.stop());

  const gridOptions: GridOptions<CheckRow> = {
    ...INFINITE_ROW_MODEL,
    onFirstDataRendered: () => live.start(),
    rowClassRules: {
      'mc-at-risk': (p) => !!p.data?.atRisk,
      'mc-row-locked': (p) => p.data?.state === 'LOCKED',
    },
    onGridReady: (e) => {
      e.api.setGridOption('datasource', source.datasource);
      void loadCompletion();
    },
  };

  /** The row under the cursor (for 更正 and 风险消除). */
  const focusedRow = computed<CheckRow | null>(() => {
    const f = sheet.focused.value;
    void sheet.states.rev.value;
    if (!f || f.section !== 'main') return null;
    return sheet.api()?.getDisplayedRowAtIndex(f.row)?.data ?? null;
  });

  const townshipName = (code: string | null) => (code ? (TOWNSHIPS.find((x) => x.code === code)?.name ?? code) : t('allRegions'));
  const mine = computed(() => completion.value.find((c) => c.townshipCode === township.value) ?? null);

  async function submit() {
    const code = township.value;
    if (!code || running.value) return;
    if (!(await confirmDialog(t('mcSubmitConfirm', { town: townshipName(code), month: month.value }), t('mcSubmit')))) return;
    running.value = 'submit';
    result.value = null;
    const vars = { town: townshipName(code), month: month.value };
    try {
      const r = await submitChecks(code, month.value);
      result.value = {
        kind: 'submit',
        tone: r.refused.length ? 'warning' : r.ok ? 'success' : 'warning',
        title: ml('resSubmit', { ...vars, n: r.ok }),
        note: r.refused.length ? ml('resSubmitRefused', { k: new Set(r.refused.map((x) => x.householdId ?? x.message)).size }) : r.ok ? undefined : ml('resNothing'),
        refused: r.refused.map((x) => x.message),
        show: r.refused.length ? 'unvisited' : undefined,
      };
    } catch (e) {
      result.value = { kind: 'submit', tone: 'error', title: ml('resFailed', { what: t('mcSubmit'), msg: (e as Error).message }), refused: [] };
    } finally {
      running.value = null;
      refresh();
    }
  }

  async function lock() {
    const code = township.value;
    if (!code || running.value) return;
    if (!(await confirmDialog(t('mcLockConfirm', { town: townshipName(code), month: month.value }), t('mcLock')))) return;
    running.value = 'lock';
    result.value = null;
    try {
      const r = await lockMonth(code, month.value);
      const d = Number(r.notSubmitted ?? 0);
      const v = Number(r.notVisited ?? 0);
      result.value = {
        kind: 'lock',
        tone: d || v ? 'warning' : 'success',
        title: ml('resLock', { town: townshipName(code), month: month.value, n: Number(r.locked ?? 0) }),
        note: d || v ? ml('resLockRest', { d, v }) : undefined,
        refused: [],
        show: v ? 'unvisited' : d ? 'drafts' : undefined,
      };
    } catch (e) {
      result.value = { kind: 'lock', tone: 'error', title: ml('resFailed', { what: t('mcLock'), msg: (e as Error).message }), refused: [] };
    } finally {
      running.value = null;
      refresh();
    }
  }

  /** The grid filter a result offers: the households still to visit, or the drafts still to submit. */
  function showRest(what: 'unvisited' | 'drafts') {
    search.value = '';
    atRisk.value = null;
    openReferral.value = null;
    if (what === 'unvisited') {
      state.value = null;
      visited.value = false;
    } else {
      visited.value = null;
      state.value = 'DRAFT';
    }
  }

  return {
    sheet, gridOptions, township, month, visited, state, atRisk, openReferral, category, search, count, completion, mine, busy, running, result,
    fixed, isCounty, canLock, focusedRow, canWrite, townshipName, refresh, submit, lock, showRest, loadCompletion,
  };
}

export type MonthlyChecks = ReturnType<typeof useMonthlyChecks>;
