import { inject, type App, type InjectionKey } from 'vue';
import { createI18n, type I18nOptions } from 'vue-i18n';

export type AppLocale = 'ja' | 'en';
export const LOCALES: readonly AppLocale[] = ['ja', 'en'];

const SET_LOCALE: InjectionKey<(locale: AppLocale) => void> = Symbol('setLocale');

export interface AppI18nOptions {
  /** localStorage key that remembers the choice, one per client (e.g. "cp.member.locale"). */
  storageKey: string;
  /** The client's own messages, one set per locale. */
  messages: NonNullable<I18nOptions['messages']> & Record<AppLocale, unknown>;
}

/**
 * vue-i18n set up the same way for every client: Japanese first, the choice remembered per client,
 * and <html lang> kept in step. The result is a plugin: app.use() installs vue-i18n and lets
 * <LanguageSwitcher> reach setLocale().
 */
export function createAppI18n({ storageKey, messages }: AppI18nOptions) {
  function initialLocale(): AppLocale {
    try {
      return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';
    } catch {
      return 'ja';
    }
  }

  const i18n = createI18n({
    legacy: false,
    locale: initialLocale(),
    fallbackLocale: 'ja',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  });

  /** Switch language and keep <html lang> in step so screen readers pronounce correctly. */
  function setLocale(locale: AppLocale): void {
    i18n.global.locale.value = locale;
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      /* private mode: the choice just isn't remembered */
    }
  }

  document.documentElement.lang = i18n.global.locale.value;

  return {
    i18n,
    setLocale,
    install(app: App): void {
      app.use(i18n);
      app.provide(SET_LOCALE, setLocale);
    },
  };
}

/** setLocale() of the app's i18n (see createAppI18n). */
export function useSetLocale(): (locale: AppLocale) => void {
  const setLocale = inject(SET_LOCALE);
  if (!setLocale) throw new Error('useSetLocale: install createAppI18n() with app.use() first');
  return setLocale;
}
