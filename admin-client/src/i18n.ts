import { createAppI18n } from '@college-portal/client-shared/i18n';
import ja from './locales/ja.json';
import en from './locales/en.json';

/** vue-i18n with this client's messages; app.use(i18n) also serves <LanguageSwitcher>. */
export const i18n = createAppI18n({ storageKey: 'cp.admin.locale', messages: { ja, en } });
