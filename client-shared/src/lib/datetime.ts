/** All dates are shown in Japan time, whatever the browser's own time zone is. */
const TOKYO = 'Asia/Tokyo';
const JST_OFFSET_MS = 9 * 3600_000;

function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'ja-JP';
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** The calendar fields of an instant in Japan time (Japan has no DST, so a fixed offset is exact). */
function tokyoParts(d: Date) {
  const t = new Date(d.getTime() + JST_OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    weekday: t.getUTCDay(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
  };
}

/**
 * Japanese dates are written out by hand rather than by Intl, whose ja-JP output differs between
 * ICU versions (browsers, Node): always 2026年12月16日(水), and 15:00 / 9:00 for times.
 */
function jaDate(p: ReturnType<typeof tokyoParts>): string {
  return `${p.year}年${p.month}月${p.day}日(${WEEKDAYS_JA[p.weekday]})`;
}

function jaTime(p: ReturnType<typeof tokyoParts>): string {
  return `${p.hour}:${String(p.minute).padStart(2, '0')}`;
}

/** An instant as 2026年12月16日(水) 15:00 in Japan time (ja), or Wed 16 December 2026, 15:00 (en). */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (locale !== 'en') {
    const p = tokyoParts(d);
    return `${jaDate(p)} ${jaTime(p)}`;
  }
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}

/** A LocalDate (YYYY-MM-DD) is a calendar day in Japan: anchor it at Tokyo midnight. 2026年12月16日(水) in ja. */
export function formatDate(localDate: string | null | undefined, locale: string): string {
  if (!localDate) return '';
  const d = new Date(`${localDate.slice(0, 10)}T00:00:00+09:00`);
  if (Number.isNaN(d.getTime())) return localDate;
  if (locale !== 'en') return jaDate(tokyoParts(d));
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
  }).format(d);
}

/** The time of day only (15:00), Japan time. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : jaTime(tokyoParts(d));
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
