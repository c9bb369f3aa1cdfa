// The download behind the toolbar's export and template buttons (loaded on the first click).
import { t } from '../../i18n';
import { toast } from '../../components/toast';
import { saveBlob } from '../../api/download';
import { downloadFile } from './excel-http';
import type { DownloadState } from './use-excel-download';

export async function runDownload(state: DownloadState, url: string, fallbackName: string, signal: AbortSignal, quiet: boolean): Promise<boolean> {
  Object.assign(state, { received: 0, total: null, rows: null });
  try {
    const { blob, fileName, rows } = await downloadFile(url, fallbackName, (p) => Object.assign(state, p), signal);
    saveBlob(blob, fileName);
    if (!quiet && rows !== null) toast('success', t('excelExported', { n: rows.toLocaleString() }));
    return true;
  } catch (e) {
    if ((e as Error).name !== 'AbortError') toast('error', t('excelExportFailed', { msg: (e as Error).message }));
    return false;
  }
}
