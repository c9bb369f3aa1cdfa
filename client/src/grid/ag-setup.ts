// AG Grid Community, registered module by module (AllCommunityModule would add ~100 kB gzipped), and the theme.
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
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
  buttonStyleQuartz,
  checkboxStyleDefault,
  colorSchemeVariable,
  columnDropStyleBordered,
  createPart,
  createTheme,
  inputStyleBordered,
  tabStyleQuartz,
} from 'ag-grid-community';
import { ICON_FRAGMENTS, ICON_SVGS } from './ag-icons';

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
    // no HighlightChangesModule: a cell another person changed flashes by grid/live.ts's own flashCells
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

// Quartz's icons, only those our grids can show (ag-icons.ts), written as AG Grid's iconSetQuartzRegular writes them.
const quartzSvg = (fragment: string) =>
  '<svg xmlns="http://www.w3.org/2000/svg" class="ag-icon" fill="none" stroke-linecap="round" stroke-linejoin="round" stroke="black" stroke-width="1.5" viewBox="0 0 24 24"><style>* { vector-effect: non-scaling-stroke; }</style>' +
  fragment + '</svg>';
const iconCss = () =>
  Object.entries({ ...Object.fromEntries(Object.entries(ICON_FRAGMENTS).map(([k, f]) => [k, quartzSvg(f)])), ...ICON_SVGS })
    .map(([name, svg]) => `.ag-icon-${name}::before { mask-image: url('data:image/svg+xml,${encodeURIComponent(svg)}'); }\n`)
    .join('');

// themeQuartz part by part (ag-grid-community's makeThemeQuartzTreeShakeable) with the icon set above in place of
// the full one (~7 kB gzipped less before the first ledger row); its styleQuartz part only styles the pager, unused.
// System fonts only: Quartz's default names a Google font, and nothing may be fetched from the internet.
export const gridTheme = createTheme()
  .withPart(buttonStyleQuartz)
  .withPart(checkboxStyleDefault)
  .withPart(colorSchemeVariable)
  .withPart(createPart({ feature: 'iconSet', css: iconCss }))
  .withPart(tabStyleQuartz)
  .withPart(inputStyleBordered)
  .withPart(columnDropStyleBordered)
  .withParams({
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
