import { createAppI18n } from '@college-portal/client-shared/i18n';
import ja from './locales/ja.json';

/**
 * vue-i18n with this client's messages; app.use(i18n) also serves <LanguageSwitcher>. English is
 * loaded only when chosen, so Japanese readers never download it.
 */
export const i18n = createAppI18n({
  storageKey: 'cp.member.locale',
  messages: { ja },
  lazyMessages: { en: () => import('./locales/en.json') },
  // Texts of the community pages (postings, consultations, disclosures) and of the alumni pages
  // (activity records, surveys) load with those routes.
  parts: {
    community: { ja: () => import('./locales/community/ja.json'), en: () => import('./locales/community/en.json') },
    alumni: { ja: () => import('./locales/alumni/ja.json'), en: () => import('./locales/alumni/en.json') },
    // The system notices' texts (results, offers, reminders…), shown on the notices page.
    notices: { ja: () => import('./locales/notices/ja.json'), en: () => import('./locales/notices/en.json') },
    // Texts of my data (export, access history, erasure).
    privacy: { ja: () => import('./locales/privacy/ja.json'), en: () => import('./locales/privacy/en.json') },
  },
});
