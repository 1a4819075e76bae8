import { nextTick } from 'vue';

/**
 * el-dialog draws its title bar and buttons in <header> and <footer>, which assistive technology
 * (and axe) take for a second page banner and content-info landmark. They are only the dialog's
 * parts: strip their landmark role once the dialog is in the page. Give the dialog `class`.
 */
export function useDialogLandmarks(dialogClass: string): () => Promise<void> {
  return async () => {
    await nextTick();
    for (const el of document.querySelectorAll(`.${dialogClass} > header, .${dialogClass} > footer`)) el.setAttribute('role', 'none');
  };
}
