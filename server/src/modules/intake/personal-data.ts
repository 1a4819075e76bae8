import type { PersonalTable } from '../../core/personal-data';
import { YES_NO } from '../../core/personal-data';
import { Application } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { Enrollment } from './enrollment.entity';

export const APPLICATION_STATUS_JA: Readonly<Record<string, string>> = {
  submitted: '申込済み',
  withdrawn: '取り下げ',
  offered: '受講のご案内中',
  waitlisted: '補欠',
  rejected: '落選',
  enrolled: '受講決定',
  declined: '辞退',
  lapsed: '回答期限切れ',
  cancelled: '受講取りやめ',
};

/** Where the intake module keeps a member's personal information (see core/personal-data.ts). */
export const intakePersonalData: readonly PersonalTable[] = [
  {
    entity: Application,
    section: 'applications',
    titleJa: '申込',
    owner: { column: 'accountId' },
    labels: {
      code: '申込番号',
      cohortId: '講座',
      eligibilityBasis: '申込資格（在住・在勤・在学）',
      workplaceOrSchool: '勤務先または学校名',
      motivation: '志望動機',
      preferredContact: '希望する連絡方法',
      emailAlerts: 'メールでのお知らせ',
      eligible: '申込資格',
      status: '状態',
      decision: '選考の結果',
      decisionReason: '選考についての記録',
      ineligibleReason: '申込資格についての記録',
      waitlistPosition: '補欠の順位',
      offerDeadline: '回答の期限',
      submittedAt: '申し込んだ日時',
    },
    values: {
      eligibilityBasis: { resident: '在住', worker: '在勤', student: '在学' },
      preferredContact: { email: 'メール', phone: '電話' },
      emailAlerts: YES_NO,
      eligible: { true: 'あり', false: 'なし' },
      status: APPLICATION_STATUS_JA,
      decision: { accept: '合格', waitlist: '補欠', reject: '不合格' },
    },
    erase: {
      // Kept for the statistics (applications, eligibility, decisions) under its pseudonymous code.
      keep: { overwrite: { motivation: null, workplaceOrSchool: null, decisionReason: null, ineligibleReason: null }, kept: ['eligibilityBasis'] },
    },
  },
  {
    entity: ApplicationEvent,
    section: 'applications',
    titleJa: '申込の経過',
    owner: { column: 'applicationId', parent: Application },
    labels: { at: '日時', fromStatus: '変更前', toStatus: '変更後' },
    values: { fromStatus: APPLICATION_STATUS_JA, toStatus: APPLICATION_STATUS_JA },
    erase: { keep: { overwrite: {} } },
  },
  {
    entity: Enrollment,
    section: 'learning',
    titleJa: '受講登録',
    owner: { column: 'accountId' },
    labels: {
      cohortId: '講座',
      studentNumber: '学籍番号',
      enrolledAt: '受講が決まった日時',
      withdrawnAt: '辞退・退学の日時',
      withdrawalReason: '辞退・退学の理由',
      withdrawalText: '辞退・退学の理由（記述）',
    },
    values: { withdrawalReason: { health: '健康上の理由', work: '仕事の都合', family: '家庭の事情', movedAway: '転居', other: 'その他' } },
    erase: {
      // Student numbers are never reused: the row keeps its number, cohort and dates.
      keep: { overwrite: { withdrawalText: null }, kept: ['studentNumber'] },
    },
  },
];
