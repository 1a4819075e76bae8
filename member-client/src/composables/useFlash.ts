import { onMounted, ref } from 'vue';
import type { UiMessage } from '@college-portal/client-shared/lib/errors';

/**
 * A one-time status message carried across a navigation (e.g. "application sent" after the
 * form redirects to the list). Kept in memory only, so a reload does not show it again.
 */
let pending: UiMessage | null = null;

export function setFlash(message: UiMessage): void {
  pending = message;
}

/**
 * Take the pending message into a status ref. It is filled in just after mounting, so the
 * role="status" region already exists when its text arrives and screen readers announce it.
 */
export function useFlash() {
  const status = ref<UiMessage | null>(null);
  onMounted(() => {
    const message = pending;
    pending = null;
    if (message) setTimeout(() => (status.value = message), 150);
  });
  return status;
}
