import { useI18n } from 'vue-i18n';

interface Reasoned {
  ineligibleReason?: string | null;
  ineligibleReasonCode?: string | null;
  eligibilityBasis: string;
}

/**
 * Why an application is not eligible: a rule the server applied carries a code, written here in
 * the reader's language; a reason staff typed is shown as typed.
 */
export function useIneligibleReason() {
  const { t, te } = useI18n();
  return (a: Reasoned): string => {
    const key = a.ineligibleReasonCode ? `reasonCode.${a.ineligibleReasonCode}` : '';
    if (key && te(key)) return t(key, { basis: t(`glossary.residency.${a.eligibilityBasis}`) });
    return a.ineligibleReasonCode ? '' : (a.ineligibleReason ?? '');
  };
}
