/** What the clients know of an attendance status: its code and, for a course's own code, its name. */
export interface NamedStatus {
  code: string;
  label?: string | null;
  labelEn?: string | null;
}

/**
 * The name of an attendance status code: the message key `<prefix>.<code>` for the default codes,
 * else the name the course gave its own code (English on English screens when given), else `other`.
 */
export function attendanceStatusNamer(
  i18n: { t: (key: string) => string; te: (key: string) => boolean; locale: string },
  prefix: string,
  statuses: readonly NamedStatus[],
  other: string,
): (code: string) => string {
  const named = new Map(statuses.map((s) => [s.code, s]));
  return (code) => {
    if (i18n.te(`${prefix}.${code}`)) return i18n.t(`${prefix}.${code}`);
    const own = named.get(code);
    if (own?.label) return i18n.locale === 'en' && own.labelEn ? own.labelEn : own.label;
    return other;
  };
}
