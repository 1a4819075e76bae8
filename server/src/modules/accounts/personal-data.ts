import type { PersonalTable } from '../../core/personal-data';
import { YES_NO } from '../../core/personal-data';
import { Account } from './account.entity';
import { AccountChange } from './account-change.entity';
import { AccountToken } from './account-token.entity';
import { Consent } from './consent.entity';
import { Passkey } from './passkey.entity';
import { RecoveryCode } from './recovery-code.entity';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

const RESIDENCY = { resident: '在住', worker: '在勤', student: '在学' };

/** Where the accounts module keeps a member's personal information (see core/personal-data.ts). */
export const accountsPersonalData: readonly PersonalTable[] = [
  {
    entity: Account,
    section: 'account',
    titleJa: '登録内容',
    owner: { column: 'id' },
    secret: ['passwordHash', 'totpSecret', 'totpPendingSecret', 'totpLastStep', 'searchName', 'searchKana'],
    labels: {
      loginId: 'ログインID',
      name: '氏名',
      nameKana: 'フリガナ',
      email: 'メールアドレス',
      phone: '電話番号',
      residency: '区との関わり',
      address: '住所',
      workplaceOrSchool: '勤務先または学校名',
      status: 'アカウントの状態',
      emailVerifiedAt: 'メールアドレスを確認した日時',
      createdAt: '登録した日時',
      updatedAt: '最後に変更した日時',
    },
    values: { residency: RESIDENCY, status: { active: '利用中', disabled: '停止中' } },
    erase: {
      // The account stays as a tombstone (its id is what the ledger rows point at); nothing in it names the person.
      keep: {
        overwrite: {
          loginId: (id) => `ERASED${id}`,
          name: '',
          nameKana: '',
          email: (id) => `erased-${id}@erased.invalid`,
          phone: null,
          residency: null,
          address: null,
          workplaceOrSchool: null,
          passwordHash: '',
          totpSecret: null,
          totpPendingSecret: null,
          searchName: null,
          searchKana: null,
          status: 'erased',
          emailVerifiedAt: null,
        },
      },
    },
  },
  {
    entity: AccountChange,
    section: 'account',
    titleJa: '登録内容の変更',
    owner: { column: 'accountId' },
    labels: { at: '日時', kind: '変更の種類', fields: '変更した項目', byAdministrator: '職員による変更' },
    // The same words as the portal's history of changes.
    values: {
      byAdministrator: YES_NO,
      kind: {
        registered: '利用者登録',
        email_confirmed: 'メールアドレスの確認',
        details: '登録内容の変更',
        email: 'メールアドレスの変更',
        password: 'パスワードの変更',
        password_reset: 'パスワードの再設定',
        second_factor: '2段階認証の設定',
        recovery_codes: '回復コード',
        passkey: 'パスキー',
        status: 'アカウントの状態の変更',
        unlock: 'ログイン制限の解除',
        temporary_password: '仮のパスワードの発行',
      },
      fields: {
        name: '氏名',
        nameKana: 'フリガナ',
        phone: '電話番号',
        residency: '区との関わり',
        address: '住所',
        workplaceOrSchool: '勤務先または学校名',
        email: 'メールアドレス',
        password: 'パスワード',
        totp: '認証アプリ',
        used: '使用',
        regenerated: '作り直し',
        added: '追加',
        removed: '削除',
        disabled: '解除',
        enabled: '有効化',
      },
    },
    erase: 'delete',
  },
  {
    entity: Consent,
    section: 'consents',
    titleJa: '同意',
    owner: { column: 'accountId' },
    labels: { kind: '同意の種類', version: '版', granted: '同意の有無', source: '記録の方法', acceptedAt: '日時' },
    values: {
      kind: { 'privacy-notice': '個人情報の取扱い', 'follow-up': '修了後の追跡調査への協力' },
      granted: { true: '同意する', false: '同意しない' },
      source: { self: 'ご本人（ウェブ）', paperForm: '書面（職員が入力）' },
    },
    erase: 'delete',
  },
  {
    entity: Session,
    section: 'security',
    titleJa: 'ログイン',
    owner: { column: 'accountId' },
    // The session id is a bearer secret while the session lives.
    secret: ['id'],
    labels: { createdAt: 'ログインした日時', expiresAt: '有効期限', revokedAt: '終了した日時', revokedReason: '終了の理由' },
    orderBy: 'createdAt',
    erase: 'delete',
  },
  {
    entity: RefreshToken,
    section: 'security',
    titleJa: 'ログインの延長',
    owner: { column: 'sessionId', parent: Session },
    secret: ['tokenHash', 'sessionId'],
    labels: { createdAt: '発行した日時', usedAt: '使った日時' },
    erase: 'delete',
  },
  {
    entity: AccountToken,
    section: 'security',
    titleJa: 'メールで送った確認用リンク',
    owner: { column: 'accountId' },
    secret: ['tokenHash'],
    labels: { purpose: '用途', email: '送り先のメールアドレス', createdAt: '作成した日時', expiresAt: '有効期限', usedAt: '使った日時' },
    values: {
      purpose: {
        confirm_registration: '登録の確認',
        confirm_email_change: 'メールアドレス変更の確認',
        password_reset: 'パスワードの再設定',
        login_id_reminder: 'ログインIDのお知らせ',
        second_factor: 'ログインの確認コード',
        passkey_registration: 'パスキーの登録',
        mail_address: 'メールアドレスの確認',
      },
    },
    erase: 'delete',
  },
  {
    entity: RecoveryCode,
    section: 'security',
    titleJa: '予備のコード',
    owner: { column: 'accountId' },
    secret: ['codeHash'],
    labels: { createdAt: '作成した日時', usedAt: '使った日時' },
    erase: 'delete',
  },
  {
    entity: Passkey,
    section: 'security',
    titleJa: 'パスキー',
    owner: { column: 'accountId' },
    secret: ['credentialId', 'publicKey', 'counter'],
    labels: { name: '名前', createdAt: '登録した日時', lastUsedAt: '最後に使った日時' },
    erase: 'delete',
  },
];
