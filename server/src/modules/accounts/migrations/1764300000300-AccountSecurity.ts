import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { bool, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Account security, second pass: confirmed addresses, one-time links, temporary passwords, second factors, the member's change history. */
export class AccountSecurity1764300000300 implements MigrationInterface {
  name = 'AccountSecurity1764300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('account', [
      new TableColumn(datetime('emailVerifiedAt', true)),
      new TableColumn({ ...bool('mustChangePassword'), default: 0 }),
      new TableColumn(datetime('passwordExpiresAt', true)),
      new TableColumn(datetime('secondFactorAt', true)),
      new TableColumn(varchar('totpSecret', 200, true)),
      new TableColumn(varchar('totpPendingSecret', 200, true)),
      new TableColumn(int('totpLastStep', true)),
    ]);
    await q.createTable(
      new Table({
        name: 'account_token',
        columns: [
          id(),
          int('accountId'),
          varchar('purpose', 30),
          varchar('tokenHash', 64, true),
          varchar('email', 254, true),
          datetime('createdAt'),
          datetime('expiresAt'),
          datetime('usedAt', true),
        ],
        indices: [index('UQ_account_token_hash', ['tokenHash'], true), index('IDX_account_token_account', ['accountId', 'purpose'])],
        foreignKeys: [fk('FK_account_token_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recovery_code',
        columns: [id(), int('accountId'), varchar('codeHash', 64), datetime('createdAt'), datetime('usedAt', true)],
        indices: [index('IDX_recovery_code_account', ['accountId'])],
        foreignKeys: [fk('FK_recovery_code_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'throttle_bucket',
        columns: [{ ...varchar('throttleKey', 100), isPrimary: true }, datetime('windowStartedAt'), int('count')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'account_change',
        columns: [id(), int('accountId'), datetime('at'), varchar('kind', 40), text('fields', true), bool('byAdministrator')],
        indices: [index('IDX_account_change_account', ['accountId', 'at'])],
        foreignKeys: [fk('FK_account_change_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'passkey',
        columns: [
          id(),
          int('accountId'),
          varchar('credentialId', 512),
          text('publicKey'),
          { name: 'counter', type: 'bigint' },
          text('transports', true),
          varchar('name', 100),
          datetime('createdAt'),
          datetime('lastUsedAt', true),
        ],
        indices: [index('UQ_passkey_credential', ['credentialId'], true), index('IDX_passkey_account', ['accountId'])],
        foreignKeys: [fk('FK_passkey_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['passkey', 'account_change', 'throttle_bucket', 'recovery_code', 'account_token']) await q.dropTable(table);
    for (const column of ['totpLastStep', 'totpPendingSecret', 'totpSecret', 'secondFactorAt', 'passwordExpiresAt', 'mustChangePassword', 'emailVerifiedAt'])
      await q.dropColumn('account', column);
  }
}
