/** All dates are shown in Japan time, whatever the browser's own time zone is. */
const TOKYO = 'Asia/Tokyo';
const JST_OFFSET_MS = 9 * 3600_000;

function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'ja-JP';
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** A LocalDate (YYYY-MM-DD) is a calendar day in Japan: anchor it at Tokyo midnight. */
export function formatDate(localDate: string | null | undefined, locale: string): string {
  if (!localDate) return '';
  const d = new Date(`${localDate.slice(0, 10)}T00:00:00+09:00`);
  if (Number.isNaN(d.getTime())) return localDate;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(d);
}

/** ISO instant -> value for <input type="datetime-local">, in Tokyo time (Japan has no DST). */
export function toTokyoInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + JST_OFFSET_MS).toISOString().slice(0, 16);
}

/** <input type="datetime-local"> value, read as Tokyo time -> ISO 8601 with +09:00. */
export function fromTokyoInputValue(value: string): string {
  if (!value) return '';
  const withSeconds = value.length === 16 ? `${value}:00` : value.slice(0, 19);
  return `${withSeconds}+09:00`;
}

/** Today's calendar day in Japan, YYYY-MM-DD. */
export function tokyoToday(now: Date = new Date()): string {
  return new Date(now.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}
