// AG Grid Community, registered module by module (AllCommunityModule would add ~100 kB gzipped), and the theme.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  CustomFilterModule,
  DateFilterModule,
  EventApiModule,
  HighlightChangesModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,

  ValidationModule,
  themeQuartz,
} from 'ag-grid-community';

let done = false;
export function registerAgGrid(): void {
  if (done) return;
  done = true;
  ModuleRegistry.registerModules([
    InfiniteRowModelModule,
    ClientSideRowModelModule,
    TextEditorModule,
    CustomEditorModule,
    TextFilterModule,
    NumberFilterModule,
    DateFilterModule,
    CustomFilterModule,
    PinnedRowModule,
    CellStyleModule,
    RowStyleModule,
    TooltipModule,
    LocaleModule,
    RenderApiModule,
    RowApiModule,
    ScrollApiModule,
    ColumnApiModule,
    EventApiModule,
    // api.flashCells: a cell another person changed flashes (live grids, grid/live.ts)
    HighlightChangesModule,
    // Warnings about missing modules and bad options, in development only (tree-shaken from the build).
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}

/**
 * The nonce of the page's Content-Security-Policy (the server puts it in <meta name="csp-nonce"> of each page it
 * serves): AG Grid injects its theme as <style> elements, which the policy admits only with this nonce.
 */
export const styleNonce: string | undefined =
  typeof document === 'undefined' ? undefined : document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;

// System fonts only: Quartz's default names a Google font, and nothing may be fetched from the internet.
export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 6,
  accentColor: '#b3261e',
  wrapperBorderRadius: 0,
  borderRadius: 2,
  cellHorizontalPadding: 8,
  headerBackgroundColor: '#f5f6f7',
  oddRowBackgroundColor: '#fcfcfd',
});

// Built-in filter UI text in Chinese (the English defaults stay for lang=en).
export const zhLocaleText: Record<string, string> = {
  contains: '包含',
  notContains: '不包含',
  equals: '等于',
  notEqual: '不等于',
  startsWith: '开头是',
  endsWith: '结尾是',
  blank: '为空',
  notBlank: '不为空',
  lessThan: '小于',
  greaterThan: '大于',
  lessThanOrEqual: '小于等于',
  greaterThanOrEqual: '大于等于',
  inRange: '介于',
  inRangeStart: '从',
  inRangeEnd: '到',
  before: '早于',
  after: '晚于',
  filterOoo: '筛选…',
  andCondition: '且',
  orCondition: '或',
  applyFilter: '应用',
  resetFilter: '重置',
  clearFilter: '清除',
  cancelFilter: '取消',
  noRowsToShow: '没有数据',
  loadingOoo: '加载中…',
  loadingError: '加载失败',
  dateFormatOoo: 'yyyy-mm-dd',
  ariaFilterValue: '筛选值',
};
