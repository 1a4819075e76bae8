import { inject, type App, type InjectionKey } from 'vue';
import { createI18n, type I18nOptions } from 'vue-i18n';
import glossaryJa from './glossary/ja.json';
import glossaryEn from './glossary/en.json';

export type AppLocale = 'ja' | 'en';
export const LOCALES: readonly AppLocale[] = ['ja', 'en'];

const SET_LOCALE: InjectionKey<(locale: AppLocale) => Promise<void>> = Symbol('setLocale');

/** The terms both clients share (status words, 修業年限, やめる …), under `glossary.*` in every locale. */
export const GLOSSARY: Record<AppLocale, typeof glossaryJa> = { ja: glossaryJa, en: glossaryEn };

type Messages = Record<string, unknown>;

export interface AppI18nOptions {
  /** localStorage key that remembers the choice, one per client (e.g. "cp.member.locale"). */
  storageKey: string;
  /** The client's own messages: Japanese always; English here, or in `lazyMessages` to load on demand. */
  messages: NonNullable<I18nOptions['messages']> & { ja: unknown; en?: unknown };
  /** Locales whose messages are loaded only when chosen (keeps them out of the initial bundle). */
  lazyMessages?: Partial<Record<AppLocale, () => Promise<Messages | { default: Messages }>>>;
  /**
   * Messages of a part of the client (e.g. the community pages), loaded with the routes that
   * need them and merged into the locale: they stay out of the initial bundle like the routes.
   */
  parts?: Record<string, Record<AppLocale, () => Promise<Messages | { default: Messages }>>>;
}

/**
 * vue-i18n set up the same way for every client: Japanese first, the choice remembered per client,
 * and <html lang> kept in step. The result is a plugin: app.use() installs vue-i18n and lets
 * <LanguageSwitcher> reach setLocale().
 */
export function createAppI18n({ storageKey, messages, lazyMessages = {}, parts = {} }: AppI18nOptions) {
  function initialLocale(): AppLocale {
    try {
      return localStorage.getItem(storageKey) === 'en' ? 'en' : 'ja';
    } catch {
      return 'ja';
    }
  }

  const withGlossary = (locale: AppLocale, own: unknown): Messages => ({ ...(own as Messages), glossary: GLOSSARY[locale] });
  const loaded: Partial<Record<AppLocale, Messages>> = {};
  for (const l of LOCALES) if (messages[l]) loaded[l] = withGlossary(l, messages[l]);

  const wanted = initialLocale();
  const i18n = createI18n({
    legacy: false,
    // A lazily loaded locale is switched to once its messages are in (see `ready`).
    locale: loaded[wanted] ? wanted : 'ja',
    fallbackLocale: 'ja',
    messages: loaded as I18nOptions['messages'],
    missingWarn: false,
    fallbackWarn: false,
  });

  const unwrap = (mod: Messages | { default: Messages }): Messages =>
    'default' in mod && typeof mod.default === 'object' ? (mod.default as Messages) : (mod as Messages);
  /** Parts asked for so far, and those merged per locale. */
  const wantedParts = new Set<string>();
  const mergedParts = new Set<string>();
  async function mergePart(name: string, locale: AppLocale): Promise<void> {
    const key = `${name}:${locale}`;
    if (mergedParts.has(key) || !parts[name]?.[locale]) return;
    i18n.global.mergeLocaleMessage(locale, unwrap(await parts[name][locale]()) as never);
    mergedParts.add(key);
  }

  async function ensureMessages(locale: AppLocale): Promise<boolean> {
    if (!loaded[locale]) {
      const load = lazyMessages[locale];
      if (!load) return false;
      loaded[locale] = withGlossary(locale, unwrap(await load()));
      i18n.global.setLocaleMessage(locale, loaded[locale] as never);
    }
    // A locale switched to later gets the parts already in use, in that language and in the fallback.
    for (const name of wantedParts) await Promise.all([mergePart(name, locale), mergePart(name, 'ja')]);
    return true;
  }

  /** Load a part's messages (for the current language and the Japanese fallback) before its routes show. */
  async function loadPart(name: string): Promise<void> {
    wantedParts.add(name);
    await Promise.all([mergePart(name, i18n.global.locale.value as AppLocale), mergePart(name, 'ja')]);
  }

  /** Switch language and keep <html lang> in step so screen readers pronounce correctly. */
  async function setLocale(locale: AppLocale): Promise<void> {
    if (!(await ensureMessages(locale))) return;
    i18n.global.locale.value = locale;
    document.documentElement.lang = locale;
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      /* private mode: the choice just isn't remembered */
    }
  }

  document.documentElement.lang = i18n.global.locale.value;
  // The remembered language, when its messages load lazily: mount after this to avoid a flash of Japanese.
  const ready: Promise<void> = wanted === i18n.global.locale.value ? Promise.resolve() : setLocale(wanted).catch(() => undefined);

  return {
    i18n,
    setLocale,
    loadPart,
    ready,
    install(app: App): void {
      app.use(i18n);
      app.provide(SET_LOCALE, setLocale);
    },
  };
}

/** setLocale() of the app's i18n (see createAppI18n). */
export function useSetLocale(): (locale: AppLocale) => Promise<void> {
  const setLocale = inject(SET_LOCALE);
  if (!setLocale) throw new Error('useSetLocale: install createAppI18n() with app.use() first');
  return setLocale;
}
