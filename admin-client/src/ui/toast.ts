import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';

/** The result of an action, shown for a few seconds at the top (announced by screen readers via role=alert). */
export function toastSuccess(message: string): void {
  ElMessage({ message, type: 'success', showClose: true, duration: 4000 });
}

export function toastError(message: string): void {
  ElMessage({ message, type: 'error', showClose: true, duration: 8000 });
}
