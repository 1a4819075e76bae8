import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';
import { i18n } from '../i18n';

export interface ConfirmStep {
  /** What the step is, e.g. 「抽選対象を確定します」. */
  title: string;
  /** What will happen, and what cannot be undone afterwards. */
  message: string;
  /** The button that runs it, named after the action (never just 「OK」). */
  confirmLabel: string;
  /** Irreversible or taking something away: the button is red. */
  danger?: boolean;
}

/**
 * Asks before an irreversible or heavy step. Resolves true when confirmed, false when cancelled
 * (Esc, the close button or キャンセル). The dialog is modal and keeps the focus inside.
 */
export async function confirmStep(step: ConfirmStep): Promise<boolean> {
  const t = i18n.i18n.global.t;
  try {
    await ElMessageBox.confirm(step.message, step.title, {
      confirmButtonText: step.confirmLabel,
      cancelButtonText: t('common.cancel'),
      type: step.danger ? 'warning' : 'info',
      confirmButtonClass: step.danger ? 'el-button--danger' : undefined,
      customClass: 'confirm-step',
      autofocus: true,
      closeOnClickModal: false,
      distinguishCancelAndClose: false,
    });
    return true;
  } catch {
    return false;
  }
}
