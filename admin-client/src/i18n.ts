import { createI18n } from 'vue-i18n';
import ja from './locales/ja.json';
import en from './locales/en.json';

export type AppLocale = 'ja' | 'en';
export const LOCALES: readonly AppLocale[] = ['ja', 'en'];
const STORAGE_KEY = 'cp.admin.locale';

function initialLocale(): AppLocale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ja';
  } catch {
    return 'ja';
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'ja',
  messages: { ja, en },
  missingWarn: false,
  fallbackWarn: false,
});

/** Switch language and keep <html lang> in step so screen readers pronounce correctly. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice just isn't remembered */
  }
}

document.documentElement.lang = i18n.global.locale.value;
