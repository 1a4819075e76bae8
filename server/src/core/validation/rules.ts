/**
 * The validation vocabulary: every length limit, pattern and normaliser that both the server
 * (class-validator decorators in each module's *.inputs.ts, core/graphql/validate.ts) and the
 * two clients (through @college-portal/client-shared/rules) check against.
 *
 * No imports, and nothing but constants and pure functions: tsc compiles this file into the
 * server (CommonJS) and each client's Vite bundles it as ES module source.
 *
 * Lengths are in characters as the server counts them (validator.js isLength, used by
 * class-validator's Length/MaxLength): code points, with the emoji presentation selectors
 * U+FE0E/U+FE0F not counted. Clients count with `charCount` so both sides agree.
 */

// ---------------------------------------------------------------------------
// Lengths (the database columns are at least this wide)
// ---------------------------------------------------------------------------

export const NAME_MAX = 100;
export const NAME_KANA_MAX = 100;
export const EMAIL_MAX = 254;
/** 11 digits and 2 hyphens, e.g. 090-1234-5678. */
export const PHONE_MAX = 13;
/**
 * The client allowed 200, the server (and the column) 300. 300 it is: a full address with
 * prefecture, ward, chōme-banchi-gō, building name and room number can pass 100 characters, and
 * the client refusing what the server and the column accept only turns away real addresses.
 */
export const ADDRESS_MAX = 300;
export const WORKPLACE_MAX = 200;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const PRIVACY_NOTICE_VERSION_MAX = 20;
/**
 * The longest login identifier worth looking up: an email address (login IDs are shorter).
 * Used as an explicit bound at login, where an over-long value gets the generic login failure.
 */
export const LOGIN_IDENTIFIER_MAX = EMAIL_MAX;

export const MOTIVATION_MIN = 20;
export const MOTIVATION_MAX = 2000;
/** Reasons staff give for an (in)eligibility mark or a review decision. */
export const REASON_MAX = 300;
/** The public value announced before a lottery draw. */
export const LOTTERY_SEED_MAX = 100;

export const COURSE_TITLE_MAX = 200;
export const COURSE_DESCRIPTION_MAX = 4000;
export const NOTICE_TITLE_MAX = 200;
export const NOTICE_BODY_MAX = 4000;
export const CONTRACTOR_NAME_MAX = 200;
/** Allowed client address ranges of a contractor: how many, and how long each CIDR may be. */
export const ADDRESS_RANGES_MAX = 50;
export const ADDRESS_RANGE_MAX = 64;

// ---------------------------------------------------------------------------
// Numeric ranges
// ---------------------------------------------------------------------------

export const ACADEMIC_YEAR_MIN = 2000;
export const ACADEMIC_YEAR_MAX = 2100;
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 10000;
export const ATTENDANCE_RATE_MIN = 0;
export const ATTENDANCE_RATE_MAX = 100;

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

/** Something besides white space (JavaScript's \s includes the ideographic space U+3000). */
export const NOT_BLANK = /\S/;

/**
 * フリガナ: full-width katakana or hiragana, with ASCII and ideographic spaces, containing at
 * least one kana letter. Deliberately allowed:
 * - the long vowel mark ー (U+30FC): readings such as コーヘイ need it;
 * - the iteration marks ゝゞ (U+309D/E) and ヽヾ (U+30FD/E): the client allowed them, the server
 *   did not. They are allowed, because they occur in real names and readings written the
 *   traditional way (みすゞ, いすゞ, こゝろ), and refusing someone's own name is the worse error;
 * - the middle dot ・ (U+30FB): the conventional separator in the katakana reading of a foreign
 *   resident's name (ジョン・スミス).
 * Not allowed: half-width katakana (ｶﾀｶﾅ) and Latin letters; staff read this column aloud and
 * sort by it, so it stays in one script width.
 */
export const KANA = /^(?=.*[\u3041-\u3096\u30A1-\u30FA])[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE \u3000]+$/;

/**
 * A Japanese phone number after `normalisePhone`: a leading 0, then 10 or 11 digits in all,
 * optionally hyphenated between the groups (03-1234-5678, 090-1234-5678, 0120-123-456,
 * 0312345678). The client allowed any 10–13 digits and hyphens ("----------", or numbers without
 * the leading 0); the server allowed 6 to 13 digits. Neither matched what exists: fixed lines,
 * toll-free and navi-dial numbers have 10 digits, mobile, IP and 0800 numbers 11.
 */
export const PHONE = /^(?=(?:-?\d){10,11}$)0\d{1,4}-?\d{1,4}-?\d{3,4}$/;

/** A postal code after `normalisePostalCode`: 123-4567. (No input collects one yet.) */
export const POSTAL_CODE = /^\d{3}-\d{4}$/;

/**
 * A quick check for obvious typing mistakes in an email address, for the clients. The server's
 * rule is class-validator's IsEmail, which is stricter; this only saves a round trip.
 */
export const EMAIL_LOOSE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// ---------------------------------------------------------------------------
// Counting and normalising
// ---------------------------------------------------------------------------

/** Characters as the server counts them: code points, without U+FE0E/U+FE0F. */
export function charCount(value: string): number {
  let n = 0;
  for (const c of value) if (c !== '\uFE0E' && c !== '\uFE0F') n++;
  return n;
}

/** Full-width ASCII (！ to ～, e.g. ０-９, Ａ-Ｚ, －) to ASCII, and the ideographic space to a space. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * What Japanese input methods and copy-paste put where a hyphen is meant: hyphen and dash
 * variants (‐ ‑ ‒ – — ―), the minus sign −, small and full-width hyphen-minus (﹣ －), and the
 * long vowel marks ー and ｰ that an IME in kana mode types for the "-" key.
 */
const HYPHENS = /[\u2010-\u2015\u2212\uFE63\uFF0D\u30FC\uFF70]/g;

/**
 * A phone number as typed into a Japanese form, made ready for `PHONE`: full-width digits and
 * hyphens to ASCII, hyphen look-alikes to "-", brackets and spaces between groups
 * (03(1234)5678, 090 1234 5678) to "-", repeated separators to one, separators at either end
 * and surrounding white space (also the ideographic space) removed. Anything else, such as
 * letters or "+81", is left for `PHONE` to refuse.
 */
export function normalisePhone(value: string): string {
  return toHalfWidth(value)
    .replace(HYPHENS, '-')
    .trim()
    .replace(/[()（）\s]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A postal code as typed (〒123-4567, １２３４５６７, 123ー4567) to 123-4567; a value that is
 * not seven digits comes back trimmed and width-normalised, for `POSTAL_CODE` to refuse.
 */
export function normalisePostalCode(value: string): string {
  // U+3012 〒 and U+3036 〶, the postal marks.
  const v = toHalfWidth(value)
    .replace(HYPHENS, '-')
    .trim()
    .replace(/^[\u3012\u3036]\s*/, '');
  const m = /^(\d{3})\s*-?\s*(\d{4})$/.exec(v);
  return m ? `${m[1]}-${m[2]}` : v;
}

/**
 * A login identifier as typed: trimmed and, when it is a login ID rather than an email address
 * (no "@" once width-normalised), with full-width letters and digits made ASCII
 * (Ｍ１２３４５６７８ → M12345678). Email addresses are left as typed: they are looked up as
 * registered.
 */
export function normaliseLoginIdentifier(value: string): string {
  const trimmed = value.trim();
  const folded = toHalfWidth(trimmed).trim();
  return folded.includes('@') ? trimmed : folded;
}
