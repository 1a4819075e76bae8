import type { PersonalTable } from '../../core/personal-data';
import { ErasureRequest } from './erasure-request.entity';

/** Where the privacy module keeps a member's personal information (see core/personal-data.ts). */
export const privacyPersonalData: readonly PersonalTable[] = [
  {
    entity: ErasureRequest,
    section: 'account',
    titleJa: '削除のお申し出',
    owner: { column: 'accountId' },
    labels: {
      channel: 'お申し出の方法',
      reason: '理由',
      status: '状態',
      requestedAt: 'お申し出の日時',
      executableFrom: '削除できる日時',
      cancelledAt: '取り消した日時',
      executedAt: '削除した日時',
    },
    values: {
      channel: { self: 'マイページから', counter: '窓口で', post: '郵送で', representative: '代理人から' },
      reason: { memberRequest: 'ご本人の求め', purposeEnded: '利用目的の終了', consentWithdrawn: '同意の撤回' },
      status: { pending: '受付中', cancelled: '取り消し', executed: '削除済み' },
    },
    // Kept as proof that the erasure was asked for and done; it names the account only by its id.
    erase: { keep: { overwrite: {} } },
  },
];
