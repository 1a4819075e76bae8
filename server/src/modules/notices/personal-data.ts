import type { PersonalTable } from '../../core/personal-data';
import { MailOutbox } from './mail-outbox.entity';
import { Notice } from './notice.entity';
import { NoticeRead } from './notice-read.entity';
import { NoticeRevision } from './notice-revision.entity';

/** Where the notices module keeps a member's personal information (see core/personal-data.ts). */
export const noticesPersonalData: readonly PersonalTable[] = [
  {
    entity: Notice,
    section: 'notices',
    titleJa: 'あなた宛てのお知らせ',
    owner: { column: 'accountId' },
    labels: { kind: '種類', title: '件名', body: '本文', messageKey: '定型文', publishedAt: '送った日時', withdrawnAt: '取り消した日時' },
    values: { kind: { general: 'お知らせ', result: '選考の結果', offer: '受講のご案内' } },
    erase: 'delete',
  },
  {
    entity: NoticeRevision,
    section: 'notices',
    titleJa: 'お知らせの変更の記録',
    owner: { column: 'noticeId', parent: Notice },
    labels: { at: '日時', kind: '変更の種類', title: '件名', body: '本文', reason: '理由' },
    values: { kind: { created: '作成', published: '送信', edited: '訂正', withdrawn: '取り消し' } },
    erase: 'delete',
  },
  {
    entity: NoticeRead,
    section: 'notices',
    titleJa: 'お知らせを読んだ記録',
    owner: { column: 'accountId' },
    labels: { noticeId: 'お知らせの番号', readAt: '読んだ日時' },
    erase: 'delete',
  },
  {
    entity: MailOutbox,
    section: 'notices',
    titleJa: 'お送りしたメール',
    owner: { column: 'accountId' },
    secret: ['claimToken', 'tokenId'],
    labels: { template: 'メールの種類', createdAt: '作成した日時', sentAt: '送信した日時' },
    values: {
      template: {
        'confirm-registration': '登録の確認',
        'registration-attempt': '登録の申し込みがあったことのお知らせ',
        'confirm-email-change': 'メールアドレス変更の確認',
        'email-changed': 'メールアドレスが変わったことのお知らせ',
        'password-reset': 'パスワードの再設定',
        'login-id-reminder': 'ログインIDのお知らせ',
        'notice-waiting': '新しいお知らせのご案内',
        'survey-waiting': 'アンケートのご案内',
        'disclosure-waiting': '確認のお願い',
      },
    },
    erase: 'delete',
  },
];
