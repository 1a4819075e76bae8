import type { PersonalTable } from '../../core/personal-data';
import { YES_NO } from '../../core/personal-data';
import { Enrollment } from '../intake';
import { Attendance } from './attendance.entity';
import { AttendanceChange } from './attendance-change.entity';
import { Certificate } from './certificate.entity';
import { CertificateIssue } from './certificate-issue.entity';
import { CheckInUse } from './check-in-use.entity';
import { Completion } from './completion.entity';
import { ProgressNotice } from './progress-notice.entity';

const ATTENDANCE = { present: '出席', late: '遅刻', leftEarly: '早退', absent: '欠席', excused: '届出欠席' };
const SOURCE = { entry: '職員が記録', grid: '職員が一覧で記録', csv: '一括取り込み', checkin: 'QRコードで出席' };

/** Where the learning module keeps a member's personal information (see core/personal-data.ts). */
export const learningPersonalData: readonly PersonalTable[] = [
  {
    entity: Attendance,
    section: 'learning',
    titleJa: '出欠',
    owner: { column: 'accountId' },
    labels: { classSessionId: '講義回', statusCode: '出欠', source: '記録の方法', updatedAt: '記録した日時' },
    values: { statusCode: ATTENDANCE, source: SOURCE },
    erase: { keep: { overwrite: {}, kept: ['statusCode'] } },
  },
  {
    entity: AttendanceChange,
    section: 'learning',
    titleJa: '出欠の訂正',
    owner: { column: 'accountId' },
    labels: { at: '日時', fromStatus: '訂正前', toStatus: '訂正後', reason: '理由', source: '記録の方法' },
    values: { fromStatus: ATTENDANCE, toStatus: ATTENDANCE, source: SOURCE },
    erase: { keep: { overwrite: { reason: null } } },
  },
  {
    entity: CheckInUse,
    section: 'learning',
    titleJa: 'QRコードでの出席',
    owner: { column: 'enrollmentId', parent: Enrollment },
    labels: { classSessionId: '講義回', at: '日時' },
    erase: 'delete',
  },
  {
    entity: ProgressNotice,
    section: 'learning',
    titleJa: '出席状況のお知らせ',
    owner: { column: 'enrollmentId', parent: Enrollment },
    labels: { kind: '種類', createdAt: '日時' },
    values: { kind: { atRisk: '修了が危ぶまれるお知らせ', notAchievable: '修了の条件に届かないお知らせ' } },
    erase: 'delete',
  },
  {
    entity: Completion,
    section: 'learning',
    titleJa: '修了の判定',
    owner: { column: 'accountId' },
    labels: {
      cohortId: '講座',
      outcome: '修了・未修了',
      completedOn: '判定した日',
      attended: '出席した回数',
      planned: '予定の回数',
      overridden: '判定の変更',
      overrideReason: '変更の理由',
    },
    values: { outcome: { completed: '修了', notCompleted: '未修了' }, overridden: YES_NO },
    erase: { keep: { overwrite: { overrideReason: null }, kept: ['outcome'] } },
  },
  {
    entity: Certificate,
    section: 'learning',
    titleJa: '修了証',
    owner: { column: 'accountId' },
    labels: { cohortId: '講座', number: '修了証番号', checkCode: '確認コード', issuedAt: '発行した日時', revokedAt: '取り消した日時', revokeReason: '取り消しの理由' },
    erase: {
      // Verification by number and check code keeps answering; the holder's name is gone with the account.
      keep: { overwrite: { revokeReason: null } },
    },
  },
  {
    entity: CertificateIssue,
    section: 'learning',
    titleJa: '修了証の発行',
    owner: { column: 'certificateId', parent: Certificate },
    labels: { issuedAt: '発行した日時', supersededAt: '再発行で無効になった日時', reason: '発行の理由' },
    values: { reason: { first: '初回の発行', lost: '紛失による再発行', damaged: '破損による再発行', corrected: '訂正による再発行', reinstated: '取り消しの解除' } },
    erase: { keep: { overwrite: {} } },
  },
];
