/**
 * The Japanese words of the yearly report: the same as the clients show (field names from the
 * catalogue's nameJa, admin-client/src/locales/ja.json for reasons and introduction statuses,
 * client-shared/src/glossary/ja.json for the eligibility bases).
 */

/** FieldCode → the catalogue's nameJa (catalog migration; what useFields() shows). */
export const FIELD_JA: Readonly<Record<string, string>> = {
  WELFARE: '地域福祉',
  DISASTER: '防災',
  AGRICULTURE: '農',
  GREENERY: 'みどり',
  RECYCLING: 'リサイクル',
};

/** The columns of the studied × active matrix that are not fields. */
export const ACTIVE_FIELD_JA: Readonly<Record<string, string>> = {
  ...FIELD_JA,
  NONE: '現在の活動なし',
  OTHER: '5分野以外の活動',
};

/** WithdrawalReason (admin-client learning.withdraw.reason). */
export const REASON_JA: Readonly<Record<string, string>> = {
  HEALTH: '健康上の理由',
  WORK: '仕事の都合',
  FAMILY: '家庭の事情',
  MOVED_AWAY: '転居',
  OTHER: 'その他',
};

/** IntroductionStatus (admin-client consultations intro.status). */
export const STATUS_JA: Readonly<Record<string, string>> = {
  PLANNED: '調整中',
  PENDING: '保留',
  JOINED: '参加した',
  NOT_A_FIT: '合わなかった',
};

/** Eligibility (glossary residency). */
export const BASIS_JA: Readonly<Record<string, string>> = {
  RESIDENT: '区内在住',
  WORKER: '区内在勤',
  STUDENT: '区内在学',
};

export const TOTAL_JA = '合計';
/** The row of introductions of members with no completed course (studiedField null). */
export const NO_COURSE_JA = '修了した講座なし';

/** A label, or the code itself when the server sends one this version does not know (never a blank). */
export const label = (table: Readonly<Record<string, string>>, code: string | null | undefined, fallback = TOTAL_JA): string =>
  code === null || code === undefined ? fallback : (table[code] ?? code);

/** The symbols of the tables (e-Stat's conventions). */
export const SUPPRESSED_MARK = 'x';
export const NOT_APPLICABLE_MARK = '-';
export const SUPPRESSED_NOTE = '秘匿（小さい数、またはそれを引き算で求められないように伏せた数）';
export const NOT_APPLICABLE_NOTE = '該当なし（割合の分母が0のため算出できません）';
