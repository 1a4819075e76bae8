import { nextTick } from 'vue';
import type { Router } from 'vue-router';

/** Single-page navigation gives screen readers no page-load cue: move focus to the new h1. */
export function focusHeadingAfterNavigation(router: Router): void {
  router.afterEach((to, from, failure) => {
    if (failure || !from.matched.length || to.path === from.path) return;
    void nextTick(() => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (h1) {
        h1.setAttribute('tabindex', '-1');
        h1.focus();
      }
    });
  });
}

/** Only same-app paths are accepted as post-login destinations (no open redirects). */
export function safeRedirect(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : fallback;
}
