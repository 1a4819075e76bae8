import type { RetentionSettings } from '../../config';
import type { PersonalMark } from '../../core/personal';

export type RetentionUnit = 'months' | 'years' | 'days';
type Category = PersonalMark['category'];

/** One retention rule (保存期間の規則): what it covers, the setting that fixes its period, and what it says in Japanese. */
export interface RetentionRule {
  id: string;
  /** The categories of @Personal marks the rule governs (the register shows it on their rows). */
  categories: readonly Category[];
  /** The tables the purge trims or deletes under this rule (none: the rule is only counted or announced). */
  tables: readonly string[];
  /** The environment setting that holds the period. */
  setting: string;
  unit: RetentionUnit;
  value(settings: RetentionSettings): number;
  /** The rule in words, with the configured period. */
  descriptionJa(settings: RetentionSettings): string;
}

/** The rules' ids (stable: the register, the audit rows and the console name rules by them). */
export const RULE_IDS = {
  notEnrolled: 'application.notEnrolled',
  followUp: 'followUp.afterCompletion',
  inactiveAccount: 'account.inactive',
  inactiveNotice: 'account.inactiveNotice',
  audit: 'audit.log',
} as const;
const { notEnrolled: RULE_NOT_ENROLLED, followUp: RULE_FOLLOW_UP, inactiveAccount: RULE_INACTIVE_ACCOUNT, inactiveNotice: RULE_INACTIVE_NOTICE, audit: RULE_AUDIT } = RULE_IDS;

/** The rules, in the order the register and the console list them. */
export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    id: RULE_NOT_ENROLLED,
    categories: ['application'],
    tables: ['application'],
    setting: 'RETENTION_NOT_ENROLLED_MONTHS',
    unit: 'months',
    value: (s) => s.notEnrolledMonths,
    descriptionJa: (s) =>
      `受講に至らなかった申込：選考結果の発表から${s.notEnrolledMonths}か月後に、申込の個人情報（志望動機、勤務先または学校名）と職員の記入した理由を消去します。統計のため、申込番号・講座・状態の記録は残します。`,
  },
  {
    id: RULE_FOLLOW_UP,
    categories: ['followUp'],
    tables: ['survey_invitation', 'activity_record', 'activity_record_version', 'group_note'],
    setting: 'RETENTION_FOLLOW_UP_YEARS',
    unit: 'years',
    value: (s) => s.followUpYears,
    descriptionJa: (s) =>
      `修了後の追跡調査の情報：修了から${s.followUpYears}年後に、アンケートの回答・活動状況の記録・団体から伺った内容を削除します（回答の有無の記録は残します）。直近${s.followUpYears}年以内に追跡調査への協力に改めて同意いただいている場合は削除しません。`,
  },
  {
    id: RULE_INACTIVE_ACCOUNT,
    categories: ['identity', 'contact', 'residency', 'credential', 'learning', 'community', 'matching'],
    tables: ['account'],
    setting: 'RETENTION_INACTIVE_ACCOUNT_YEARS',
    unit: 'years',
    value: (s) => s.inactiveAccountYears,
    descriptionJa: (s) =>
      `利用のないアカウント：最後のログインから${s.inactiveAccountYears}年間ログインがなく、受講中の講座もない会員のアカウントを、事前にお知らせしたうえで削除します（本人の申出による削除と同じ方法で、個人情報を残しません）。`,
  },
  {
    id: RULE_INACTIVE_NOTICE,
    categories: [],
    tables: [],
    setting: 'RETENTION_INACTIVE_NOTICE_DAYS',
    unit: 'days',
    value: (s) => s.inactiveNoticeDays,
    descriptionJa: (s) =>
      `アカウント削除の事前のお知らせ：削除する日の${s.inactiveNoticeDays}日前に、マイページのお知らせとメールで削除の予定日をお知らせします（一度だけ）。それまでにログインすれば削除しません。`,
  },
  {
    id: RULE_AUDIT,
    categories: [],
    tables: ['audit_log'],
    setting: 'RETENTION_AUDIT_YEARS',
    unit: 'years',
    value: (s) => s.auditYears,
    descriptionJa: (s) =>
      `監査ログ：${s.auditYears}年間保存します。改ざんを検知するハッシュの連鎖を保つため自動では削除せず、保存期間を過ぎた件数を試算で示すだけです（監査ログには個人情報の値を記録しません）。`,
  },
];

export function retentionRule(id: string): RetentionRule {
  const rule = RETENTION_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no retention rule ${id}`);
  return rule;
}

/** The rule that governs a category of marks (every category has one). */
export function ruleOfCategory(category: string): RetentionRule {
  const rule = RETENTION_RULES.find((r) => (r.categories as readonly string[]).includes(category));
  if (!rule) throw new Error(`no retention rule covers the category ${category}`);
  return rule;
}

/** now minus a period, on the calendar (UTC). */
export function periodBefore(now: Date, amount: number, unit: RetentionUnit): Date {
  const d = new Date(now.getTime());
  if (unit === 'days') d.setUTCDate(d.getUTCDate() - amount);
  else if (unit === 'months') d.setUTCMonth(d.getUTCMonth() - amount);
  else d.setUTCFullYear(d.getUTCFullYear() - amount);
  return d;
}

/** A moment plus a period, on the calendar (UTC). */
export function periodAfter(at: Date, amount: number, unit: RetentionUnit): Date {
  return periodBefore(at, -amount, unit);
}
