// AG Grid Community, registered module by module (AllCommunityModule would add ~100 kB gzipped), and the theme.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  HighlightChangesModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
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
    // no filter module: every column filter is our own header filter (grid/header-filters.ts, grid/filters/);
    // AG Grid's text/number/date filters were ~21 kB gz, its CustomFilterModule another ~17 kB
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

// AG Grid's own texts in Chinese (the English defaults stay for lang=en). The column filters are our own components
// with their own texts (grid/filters/).
export const zhLocaleText: Record<string, string> = {
  noRowsToShow: '没有数据',
  loadingOoo: '加载中…',
  loadingError: '加载失败',
};
