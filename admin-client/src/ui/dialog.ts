import { nextTick } from 'vue';

/**
 * el-dialog puts its title in a <header>; outside <main> that is a second banner landmark (axe:
 * landmark-no-duplicate-banner). The dialog is already named by its title (aria-labelledby), so
 * the header is made a plain element. Call from el-dialog's @open.
 */
export function plainDialogHeader(): void {
  void nextTick(() => {
    for (const h of document.querySelectorAll('header.el-dialog__header:not([role])')) h.setAttribute('role', 'none');
  });
}
