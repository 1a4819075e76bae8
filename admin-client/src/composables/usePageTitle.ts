import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';

/** Every page names itself in document.title, and follows language switches. */
export function usePageTitle(title: () => string): void {
  const { t, locale } = useI18n();
  watchEffect(() => {
    void locale.value;
    document.title = `${title()} | ${t('app.console')} | ${t('app.name')}`;
  });
}
