// Column filters without AG Grid's filter modules (CustomFilterModule and what it pulls in cost ~17 kB gzipped before
// the first ledger row): the header keeps AG Grid's own look (a header template with a filter button in the place
// and with the classes of AG Grid's), a click opens our popup with the column's filter component (grid/filters/,
// loaded when a filter is first opened), and the filter model — the same shape AG Grid's getFilterModel() gave, so
// saved layouts keep working — lives here. The server does the filtering; the grid knows nothing of the filters.
import { h, render, type Component } from 'vue';
import type { ColDef, FilterModel, GridApi, HeaderClassParams } from 'ag-grid-community';

/** What a filter component gets (the part of AG Grid's FilterDisplayParams our filters used) and its own params. */
export interface HeaderFilterParams<M> {
  model: M | null;
  onModelChange(model: M | null): void;
}

export interface HeaderFilter {
  load: () => Promise<{ default: Component }>;
  params?: Record<string, unknown>;
}

// AG Grid's default header (agColumnHeader) with our button where its filter button was: sorting, the sort
// indicator, moving and resizing stay AG Grid's.
const TEMPLATE = `<div class="ag-cell-label-container" role="presentation">
<span class="ag-header-icon ag-header-cell-filter-button dg-filter-button" role="button"><span class="ag-icon ag-icon-filter"></span></span>
<div data-ref="eLabel" class="ag-header-cell-label" role="presentation">
<span data-ref="eText" class="ag-header-cell-text"></span>
<ag-sort-indicator data-ref="eSortIndicator"></ag-sort-indicator>
</div></div>`;

type Controller = ReturnType<typeof createHeaderFilters>;
const byGrid = new WeakMap<object, Controller>();

/** The column definition of a column with a header filter. */
export function headerFilterColumn(filter: HeaderFilter): Partial<ColDef> {
  return {
    context: { headerFilter: filter },
    headerComponentParams: { template: TEMPLATE },
    // the button shows AG Grid's "filter active" look while the column filters
    headerClass: (p: HeaderClassParams) => {
      const id = p.column?.getColId();
      return id && byGrid.get(p.api)?.model()[id] ? 'dg-filtered' : '';
    },
  };
}

/**
 * The filters of one grid. `onChange` runs after the user changed a filter (not after `set`, the restore of a saved
 * layout). `attach` once the grid is ready, `detach` when it goes.
 */
export function createHeaderFilters(onChange: (model: FilterModel) => void) {
  let model: FilterModel = {};
  let api: GridApi | null = null;
  let host: HTMLElement | null = null;
  let pop: { el: HTMLElement; colId: string; close: () => void } | null = null;

  const ctl = {
    model: () => model,
    /** Restores a saved model (no onChange). */
    set(m: FilterModel | null | undefined) {
      model = { ...(m ?? {}) };
      api?.refreshHeader();
    },
    /** From the grid's onGridReady: the buttons of its header open the filters. */
    attach(gridApi: GridApi) {
      api = gridApi;
      byGrid.set(gridApi, ctl);
      host = document.querySelector<HTMLElement>(`[grid-id="${gridApi.getGridId()}"]`);
      host?.addEventListener('click', onClick);
      api.refreshHeader();
    },
    detach() {
      pop?.close();
      host?.removeEventListener('click', onClick);
      api = host = null;
    },
  };

  function change(colId: string, m: unknown) {
    const next = { ...model };
    if (m === null || m === undefined) delete next[colId];
    else next[colId] = m;
    if (JSON.stringify(next) === JSON.stringify(model)) return;
    model = next;
    if (api && !api.isDestroyed()) api.refreshHeader();
    onChange(model);
  }

  function onClick(e: MouseEvent) {
    const button = (e.target as HTMLElement).closest<HTMLElement>('.dg-filter-button');
    const colId = button?.closest('.ag-header-cell')?.getAttribute('col-id');
    if (!button || !colId || !api) return;
    e.stopPropagation();
    const again = pop?.colId === colId;
    pop?.close();
    if (!again) open(colId, button);
  }

  function open(colId: string, button: HTMLElement) {
    const filter = api?.getColumn(colId)?.getColDef().context?.headerFilter as HeaderFilter | undefined;
    if (!filter) return;
    const el = document.createElement('div');
    el.className = 'dg-filter-pop';
    el.dataset.colId = colId;
    const r = button.getBoundingClientRect();
    el.style.top = `${r.bottom + 2}px`;
    el.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - 240))}px`;
    document.body.appendChild(el);
    let alive = true;
    const onDoc = (ev: MouseEvent) => {
      if (!el.contains(ev.target as Node) && !button.contains(ev.target as Node)) close();
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') close();
    };
    function close() {
      if (!alive) return;
      alive = false;
      document.removeEventListener('mousedown', onDoc, true);
      document.removeEventListener('keydown', onKey);
      render(null, el);
      el.remove();
      if (pop?.el === el) pop = null;
    }
    document.addEventListener('mousedown', onDoc, true);
    document.addEventListener('keydown', onKey);
    pop = { el, colId, close };
    void filter.load().then(({ default: comp }) => {
      if (!alive) return;
      const params = { ...filter.params, model: model[colId] ?? null, onModelChange: (m: unknown) => change(colId, m) };
      const vnode = h(comp, { params });
      render(vnode, el);
      (vnode.component?.exposed as { afterGuiAttached?: () => void } | null)?.afterGuiAttached?.();
    });
  }

  return ctl;
}
