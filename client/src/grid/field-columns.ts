// A sheet column from shared field metadata: how the value reads as text (clipboard, editors), how it shows, which
// editor and which server-side filter it gets. Every ledger grid builds its columns through this.
import type { ColDef } from 'ag-grid-community';
import { VILLAGES, chinaDateTime, regionPath, type FieldMeta } from '@doudi/shared';
import { enumText, fieldLabel, lang } from '../i18n';
import ChoiceEditor, { type ChoiceEditorParams } from './editors/choice-editor.vue';
import type { ConditionFilterParams } from './filters/condition-filter.vue';
import type { SheetColumn, SheetRow } from './types';
import { vueEditor } from './ag-components';
import { headerFilterColumn } from './header-filters';

const ChoiceEditorComp = vueEditor(ChoiceEditor);
// Every column filter is our own header filter (header-filters.ts) whose UI loads when a filter is first opened; the
// server does the filtering.
const conditionFilter = (params: ConditionFilterParams): Partial<ColDef> =>
  headerFilterColumn({ load: () => import('./filters/condition-filter.vue'), params: { ...params } });

const empty = (v: unknown) => v === undefined || v === null || v === '';

export function fieldText(meta: FieldMeta, v: unknown): string {
  if (empty(v)) return '';
  switch (meta.type) {
    case 'enum':
      return typeof v === 'string' ? enumText(meta.enumDef!, v) : String(v);
    case 'enumList':
      // A refused draft can be raw text; a saved value is a list of codes.
      return Array.isArray(v) ? v.map((x) => enumText(meta.enumDef!, String(x))).join(lang.value === 'zh' ? '、' : ', ') : String(v);
    case 'regionCode':
      return typeof v === 'string' && /^\d{12}$/.test(v) ? regionPath(v) : String(v);
    case 'datetime': {
      const d = new Date(String(v));
      return Number.isNaN(d.getTime()) ? String(v) : localDateTime(d);
    }
    default:
      return String(v);
  }
}

// China time, whatever the browser's zone
const localDateTime = (d: Date) => chinaDateTime(d);

function fieldDisplay(meta: FieldMeta, v: unknown): string {
  if (meta.type === 'number' && typeof v === 'number') {
    return v.toLocaleString('zh-CN', { minimumFractionDigits: meta.decimals ?? 0, maximumFractionDigits: meta.decimals ?? 2 });
  }
  return fieldText(meta, v);
}

const villageOptions = () => VILLAGES.map((r) => ({ value: r.code, label: regionPath(r.code) }));

function editorFor(meta: FieldMeta): Partial<ColDef> {
  if (!meta.editable) return {};
  const toText = (v: unknown) => fieldText(meta, v);
  if (meta.type === 'enum' || meta.type === 'enumList') {
    const def = meta.enumDef!;
    const params: ChoiceEditorParams = { options: () => def.values.map((v) => ({ value: v, label: enumText(def, v) })), multi: meta.type === 'enumList', toText };
    return { cellEditor: ChoiceEditorComp, cellEditorParams: params, cellEditorPopup: true };
  }
  if (meta.type === 'regionCode') {
    const params: ChoiceEditorParams = { options: villageOptions, toText };
    return { cellEditor: ChoiceEditorComp, cellEditorParams: params, cellEditorPopup: true };
  }
  // Numbers are typed as text too: the shared validator accepts "6,150", "6150元" and full-width digits.
  return { cellEditor: 'agTextCellEditor', cellEditorParams: { useFormatter: false } };
}

function filterFor(meta: FieldMeta): Partial<ColDef> {
  if (!meta.filterable) return {};
  switch (meta.type) {
    case 'string':
    case 'text':
      return conditionFilter({ kind: 'text', filterOptions: ['contains', 'equals', 'startsWith', 'blank', 'notBlank'], maxNumConditions: 2, debounceMs: 500 });
    case 'idNumber':
    case 'phone':
      // Personal data: exact match only (the API refuses partial matching).
      return conditionFilter({ kind: 'text', filterOptions: ['equals', 'blank', 'notBlank'], maxNumConditions: 1, debounceMs: 500 });
    case 'number':
    case 'integer':
      // a range includes both ends (the where clause's gte/lte)
      return conditionFilter({ kind: 'number', filterOptions: ['equals', 'greaterThanOrEqual', 'lessThanOrEqual', 'inRange'], maxNumConditions: 1, debounceMs: 500 });
    case 'date':
    case 'datetime':
      return conditionFilter({ kind: 'date', filterOptions: ['equals', 'greaterThan', 'lessThan', 'inRange'], maxNumConditions: 1 });
    case 'enum':
    case 'enumList':
      return headerFilterColumn({ load: () => import('./filters/enum-filter.vue'), params: { def: meta.enumDef, multi: meta.type === 'enumList' } });
    case 'regionCode':
      return headerFilterColumn({ load: () => import('./filters/region-filter.vue') });
  }
}

/** `serverSide`: the column gets its header filter (a grid whose rows the server filters); `filter: false` in extra: not. */
export function fieldColumn<R extends SheetRow>(meta: FieldMeta, extra: Partial<ColDef<R>> = {}, serverSide = true): SheetColumn<R> {
  const numeric = meta.type === 'number' || meta.type === 'integer';
  return {
    colId: meta.name,
    meta,
    header: () => fieldLabel(meta),
    text: (v) => fieldText(meta, v),
    display: (v) => fieldDisplay(meta, v),
    colDef: {
      sortable: meta.sortable,
      type: numeric ? 'rightAligned' : undefined,
      ...editorFor(meta),
      ...(serverSide && extra.filter !== false ? filterFor(meta) : {}),
      ...(extra as Partial<ColDef<R>>),
      filter: false, // never AG Grid's filters (its filter modules are not registered)
    } as ColDef<R>,
  };
}
