import { useI18n } from 'vue-i18n';
import type { UiMessage } from '../lib/errors';

/** Translate API messageKeys with a fallback to the server's own message. */
export function useMessages() {
  const { t, te } = useI18n();
  function tm(m: UiMessage | null | undefined): string {
    if (!m) return '';
    if (te(m.key)) return t(m.key, (m.params ?? {}) as Record<string, unknown>);
    return m.fallback || t('errors.generic');
  }
  return { tm };
}
