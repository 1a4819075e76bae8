import type { Config } from '../../config';
import { personalRegister } from '../../core/personal';
import type { PersonalDataField, PrivacyNotice } from './privacy.types';

/** The privacy notice members accept at registration (purpose of use, no use beyond it, no provision to third parties). */
export class PrivacyService {
  constructor(private readonly config: Config) {}

  currentNotice(): PrivacyNotice {
    return {
      version: this.config.privacyNoticeVersion,
      purposeJa: [
        '練馬区は、パワーアップカレッジねりまの運営（受講申込の受付・選考、受講管理、修了後の活動支援と追跡調査）のために、登録された個人情報を利用します。',
        '目的の範囲を超えて利用することはなく、ご本人の同意がある場合を除き、第三者に提供しません。',
        '委託事業者は、担当する分野の業務に必要な範囲でのみ取り扱います。',
        '個人情報は修了後の追跡調査期間まで保有し、ご本人からの申出があった場合などは速やかに削除します。',
      ].join('\n'),
      purposeEn: [
        'Nerima ward uses the personal information you register to run Power Up College Nerima: accepting and selecting applications, managing courses, and supporting and following up your community activity after completion.',
        'It is not used beyond these purposes, and it is not provided to third parties without your consent.',
        'Contractors handle it only as far as their own field requires.',
        'It is kept until the follow-up period after completion ends, and deleted promptly on your request.',
      ].join('\n'),
    };
  }

  /** The register of personal information, built from the marks on the entities. */
  register(): PersonalDataField[] {
    return personalRegister().map((m) => ({ ...m }));
  }
}
