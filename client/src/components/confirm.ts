// Confirmation dialogs through Element Plus's message box, loaded on first use (it is not needed to show a ledger).
import { t } from '../i18n';

export async function confirmDialog(message: string, title: string): Promise<boolean> {
  const { ElMessageBox } = await import('./ep-dialogs');
  try {
    await ElMessageBox.confirm(message, title, { type: 'warning', confirmButtonText: t('confirm'), cancelButtonText: t('cancel') });
    return true;
  } catch {
    return false;
  }
}
