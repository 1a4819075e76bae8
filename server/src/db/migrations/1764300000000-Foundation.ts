import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, date, datetime, fk, id, index, int, text, varchar } from './helpers';

export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'field',
      columns: [
        { name: 'code', type: 'varchar', length: '20', isPrimary: true },
        varchar('nameJa', 100), varchar('nameEn', 100), int('years'), int('sortOrder'),
      ],
    }));

    // The five fields are reference data every installation needs, so they come with the schema.
    await q.manager.createQueryBuilder().insert().into('field', ['code', 'nameJa', 'nameEn', 'years', 'sortOrder']).values([
      { code: 'welfare', nameJa: '地域福祉', nameEn: 'Community welfare', years: 2, sortOrder: 1 },
      { code: 'disaster', nameJa: '防災', nameEn: 'Disaster prevention', years: 1, sortOrder: 2 },
      { code: 'agriculture', nameJa: '農', nameEn: 'Urban agriculture', years: 1, sortOrder: 3 },
      { code: 'greenery', nameJa: 'みどり', nameEn: 'Greenery', years: 2, sortOrder: 4 },
      { code: 'recycling', nameJa: 'リサイクル', nameEn: 'Recycling', years: 1, sortOrder: 5 },
    ]).execute();

    await q.createTable(new Table({
      name: 'course',
      columns: [
        id(), varchar('fieldCode', 20), varchar('title', 200), varchar('titleEn', 200, true), text('description'), int('years'),
        varchar('eligibilityRule', 60), bool('motivationRequired'), int('minAttendanceRate'), datetime('createdAt'), datetime('updatedAt'),
      ],
      indices: [index('IDX_course_field', ['fieldCode'])],
      foreignKeys: [fk('FK_course_field', 'fieldCode', 'field', 'code', 'RESTRICT')],
    }));

    await q.createTable(new Table({
      name: 'cohort',
      columns: [
        id(), int('courseId'), int('academicYear'), int('capacity'), datetime('applicationOpensAt'), datetime('applicationClosesAt'),
        date('startsOn'), date('endsOn'), varchar('selectionMethod', 10), varchar('status', 20), datetime('createdAt'), datetime('updatedAt'),
      ],
      indices: [index('IDX_cohort_course', ['courseId']), index('IDX_cohort_status', ['status'])],
      foreignKeys: [fk('FK_cohort_course', 'courseId', 'course', 'id', 'RESTRICT')],
    }));

    await q.createTable(new Table({
      name: 'contractor',
      columns: [id(), varchar('name', 200), varchar('fieldCode', 20), date('contractStartsOn'), date('contractEndsOn'), text('allowedCidrs'), datetime('endedAt', true), datetime('createdAt')],
      foreignKeys: [fk('FK_contractor_field', 'fieldCode', 'field', 'code', 'RESTRICT')],
    }));

    await q.createTable(new Table({
      name: 'account',
      columns: [
        id(), varchar('loginId', 20), varchar('role', 30), varchar('name', 100), varchar('nameKana', 100), varchar('email', 254),
        varchar('phone', 20, true), varchar('residency', 20, true), varchar('address', 300, true), varchar('workplaceOrSchool', 200, true),
        varchar('passwordHash', 255), int('contractorId', true), varchar('status', 20),
        { name: 'failedLoginCount', type: 'integer', default: 0 }, datetime('lockedUntil', true), datetime('passwordChangedAt'),
        datetime('createdAt'), datetime('updatedAt'),
      ],
      indices: [index('UQ_account_login_id', ['loginId'], true), index('UQ_account_email', ['email'], true), index('IDX_account_contractor', ['contractorId'])],
      foreignKeys: [fk('FK_account_contractor', 'contractorId', 'contractor', 'id', 'RESTRICT')],
    }));

    await q.createTable(new Table({
      name: 'consent',
      columns: [id(), int('accountId'), varchar('kind', 40), varchar('version', 20), datetime('acceptedAt')],
      indices: [index('IDX_consent_account', ['accountId'])],
      foreignKeys: [fk('FK_consent_account', 'accountId', 'account', 'id', 'CASCADE')],
    }));

    await q.createTable(new Table({
      name: 'session',
      columns: [
        { name: 'id', type: 'varchar', length: '36', isPrimary: true }, int('accountId'), datetime('createdAt'), datetime('expiresAt'),
        datetime('revokedAt', true), varchar('revokedReason', 40, true),
      ],
      indices: [index('IDX_session_account', ['accountId'])],
      foreignKeys: [fk('FK_session_account', 'accountId', 'account', 'id', 'CASCADE')],
    }));

    await q.createTable(new Table({
      name: 'refresh_token',
      columns: [id(), varchar('sessionId', 36), varchar('tokenHash', 64), datetime('createdAt'), datetime('usedAt', true)],
      indices: [index('IDX_refresh_token_session', ['sessionId']), index('UQ_refresh_token_hash', ['tokenHash'], true)],
      foreignKeys: [fk('FK_refresh_token_session', 'sessionId', 'session', 'id', 'CASCADE')],
    }));

    await q.createTable(new Table({
      name: 'login_failure',
      columns: [id(), varchar('throttleKey', 80), datetime('at')],
      indices: [index('IDX_login_failure_key_at', ['throttleKey', 'at'])],
    }));

    await q.createTable(new Table({
      name: 'audit_log',
      columns: [
        id(), datetime('at'), int('actorId', true), varchar('actorRole', 30), varchar('action', 40), varchar('operation', 200, true),
        varchar('targetType', 60, true), text('targetIdList', true), text('fieldList', true), varchar('outcome', 20),
        varchar('reason', 60, true), varchar('ip', 64, true), varchar('requestId', 64, true),
      ],
      indices: [index('IDX_audit_at', ['at']), index('IDX_audit_actor', ['actorId'])],
    }));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'login_failure', 'refresh_token', 'session', 'consent', 'account', 'contractor', 'cohort', 'course', 'field']) {
      await q.dropTable(table);
    }
  }
}
