import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Contractors, accounts, consent, login sessions and refresh tokens, login failures. */
export class AccountsTables1764300000100 implements MigrationInterface {
  name = 'AccountsTables1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'contractor',
        columns: [
          id(),
          varchar('name', 200),
          varchar('fieldCode', 20),
          date('contractStartsOn'),
          date('contractEndsOn'),
          text('allowedCidrs'),
          datetime('endedAt', true),
          datetime('createdAt'),
        ],
        foreignKeys: [fk('FK_contractor_field', 'fieldCode', 'field', 'code', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'account',
        columns: [
          id(),
          varchar('loginId', 20),
          varchar('role', 30),
          varchar('name', 100),
          varchar('nameKana', 100),
          varchar('email', 254),
          varchar('phone', 20, true),
          varchar('residency', 20, true),
          varchar('address', 300, true),
          varchar('workplaceOrSchool', 200, true),
          varchar('passwordHash', 255),
          int('contractorId', true),
          varchar('status', 20),
          { name: 'failedLoginCount', type: 'integer', default: 0 },
          datetime('lockedUntil', true),
          datetime('passwordChangedAt'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('UQ_account_login_id', ['loginId'], true), index('UQ_account_email', ['email'], true), index('IDX_account_contractor', ['contractorId'])],
        foreignKeys: [fk('FK_account_contractor', 'contractorId', 'contractor', 'id', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'consent',
        columns: [id(), int('accountId'), varchar('kind', 40), varchar('version', 20), datetime('acceptedAt')],
        indices: [index('IDX_consent_account', ['accountId'])],
        foreignKeys: [fk('FK_consent_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          int('accountId'),
          datetime('createdAt'),
          datetime('expiresAt'),
          datetime('revokedAt', true),
          varchar('revokedReason', 40, true),
        ],
        indices: [index('IDX_session_account', ['accountId'])],
        foreignKeys: [fk('FK_session_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'refresh_token',
        columns: [id(), varchar('sessionId', 36), varchar('tokenHash', 64), datetime('createdAt'), datetime('usedAt', true)],
        indices: [index('IDX_refresh_token_session', ['sessionId']), index('UQ_refresh_token_hash', ['tokenHash'], true)],
        foreignKeys: [fk('FK_refresh_token_session', 'sessionId', 'session', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'login_failure',
        columns: [id(), varchar('throttleKey', 80), datetime('at')],
        indices: [index('IDX_login_failure_key_at', ['throttleKey', 'at'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['login_failure', 'refresh_token', 'session', 'consent', 'account', 'contractor']) await q.dropTable(table);
  }
}
