import type { PersonalTable } from '../../core/personal-data';
import { MailOutbox } from './mail-outbox.entity';
import { Notice } from './notice.entity';
import { NoticeRead } from './notice-read.entity';

/** Where the notices module keeps a member's personal information (see core/personal-data.ts). */
export const noticesPersonalData: readonly PersonalTable[] = [
  {
    entity: Notice,
    section: 'notices',
    titleJa: 'あなた宛てのお知らせ',
    owner: { column: 'accountId' },
    labels: { kind: '種類', title: '件名', body: '本文', messageKey: '定型文', publishedAt: '送った日時', withdrawnAt: '取り消した日時' },
    values: { kind: { general: 'お知らせ', result: '選考の結果', offer: '受講のご案内' } },
  },
  {
    entity: NoticeRead,
    section: 'notices',
    titleJa: 'お知らせを読んだ記録',
    owner: { column: 'accountId' },
    labels: { noticeId: 'お知らせの番号', readAt: '読んだ日時' },
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
  },
];
