import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** The text the notice had before versions were kept as data (PrivacyService), now the first version. */
const FIRST_VERSION = '2026-04';
const FIRST_JA = [
  '練馬区は、パワーアップカレッジねりまの運営（受講申込の受付・選考、受講管理、修了後の活動支援と追跡調査）のために、登録された個人情報を利用します。',
  '目的の範囲を超えて利用することはなく、ご本人の同意がある場合を除き、第三者に提供しません。',
  '委託事業者は、担当する分野の業務に必要な範囲でのみ取り扱います。',
  '個人情報は修了後の追跡調査期間まで保有し、ご本人からの申出があった場合などは速やかに削除します。',
].join('\n');
const FIRST_EN = [
  'Nerima ward uses the personal information you register to run Power Up College Nerima: accepting and selecting applications, managing courses, and supporting and following up your community activity after completion.',
  'It is not used beyond these purposes, and it is not provided to third parties without your consent.',
  'Contractors handle it only as far as their own field requires.',
  'It is kept until the follow-up period after completion ends, and deleted promptly on your request.',
].join('\n');
/** 2026-04-01 00:00 in Tokyo, in UTC as both drivers store a datetime (a string binds on SQLite and MySQL alike). */
const FIRST_EFFECTIVE = '2026-03-31 15:00:00.000';

/** Privacy notice versions (issue 13, re-consent): every version kept, the first one seeded from the former fixed text. */
export class PrivacyNoticeVersions1764900000800 implements MigrationInterface {
  name = 'PrivacyNoticeVersions1764900000800';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'privacy_notice_version',
        columns: [id(), varchar('version', 20), text('textJa'), text('textEn'), datetime('effectiveFrom'), datetime('publishedAt'), int('publishedBy', true)],
        indices: [index('UQ_privacy_notice_version', ['version'], true), index('IDX_privacy_notice_version_effective', ['effectiveFrom'])],
      }),
    );
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('privacy_notice_version')
      .values({ version: FIRST_VERSION, textJa: FIRST_JA, textEn: FIRST_EN, effectiveFrom: FIRST_EFFECTIVE, publishedAt: FIRST_EFFECTIVE, publishedBy: null })
      .execute();
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('privacy_notice_version');
  }
}
