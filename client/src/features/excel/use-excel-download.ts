// A download with a progress indicator (bytes received, and an estimate from the row count the server sends first),
// for the toolbar buttons. Only this small reactive state is on the ledger's first load; the code that downloads
// (and builds the export's query) loads on the first click.
import { computed, reactive } from 'vue';
import { chinaToday } from '@doudi/shared';
import { t } from '../../i18n';

export interface DownloadState {
  running: boolean;
  received: number;
  total: number | null;
  rows: number | null;
}

/** Today as a downloaded file's name writes it (YYYYMMDD): the China date, whatever the browser's zone. */
export const fileDate = (): string => chinaToday(new Date()).replace(/-/g, '');

/** A compressed xlsx row of a ledger is roughly this many bytes: turns the row count into a progress estimate. */
const BYTES_PER_ROW = 70;

export function useExcelDownload() {
  const state = reactive<DownloadState>({ running: false, received: 0, total: null, rows: null });
  let ctrl: AbortController | null = null;

  const percent = computed<number | null>(() => {
    if (!state.running) return null;
    if (state.total) return Math.min(99, Math.round((state.received / state.total) * 100));
    if (state.rows !== null) return Math.min(99, Math.round((state.received / (state.rows * BYTES_PER_ROW + 8000)) * 100));
    return null;
  });
  const text = computed(() => {
    const kb = state.received < 1024 * 1024 ? `${Math.round(state.received / 1024)} KB` : `${(state.received / 1024 / 1024).toFixed(1)} MB`;
    const p = percent.value === null ? kb : `${kb} · ${percent.value}%`;
    return t('excelExporting', { p: state.rows !== null ? `${p} · ${state.rows.toLocaleString()}` : p });
  });

  /** Fetches `url` (or what `url()` gives once the code is loaded) with the token and saves the file. */
  async function run(url: string | (() => Promise<string>), fallbackName: string, opts: { quiet?: boolean } = {}): Promise<boolean> {
    if (state.running) return false;
    state.running = true;
    ctrl = new AbortController();
    const { runDownload } = await import('./excel-download-run');
    return runDownload(state, typeof url === 'string' ? url : await url(), fallbackName, ctrl.signal, opts.quiet ?? false).finally(() => {
      state.running = false;
      ctrl = null;
    });
  }

  return { state, percent, text, run, cancel: () => ctrl?.abort() };
}
