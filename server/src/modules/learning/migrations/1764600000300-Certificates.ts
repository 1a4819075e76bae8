import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Completion certificates, their printed copies (first issue and reissues) and the number counter. */
export class Certificates1764600000300 implements MigrationInterface {
  name = 'Certificates1764600000300';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'certificate',
        columns: [
          id(),
          int('enrollmentId'),
          int('cohortId'),
          int('accountId'),
          varchar('number', 30),
          varchar('checkCode', 20),
          datetime('issuedAt'),
          datetime('revokedAt', true),
          varchar('revokeReason', 300, true),
          int('revokedBy', true),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('UQ_certificate_enrollment', ['enrollmentId'], true), index('UQ_certificate_number', ['number'], true), index('IDX_certificate_cohort', ['cohortId'])],
        foreignKeys: [
          fk('FK_certificate_enrollment', 'enrollmentId', 'enrollment', 'id', 'CASCADE'),
          fk('FK_certificate_cohort', 'cohortId', 'cohort', 'id', 'RESTRICT'),
          fk('FK_certificate_account', 'accountId', 'account', 'id', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificate_issue',
        columns: [id(), int('certificateId'), datetime('issuedAt'), datetime('supersededAt', true), varchar('reason', 10), int('issuedBy', true)],
        indices: [index('IDX_certificate_issue_certificate', ['certificateId'])],
        foreignKeys: [fk('FK_certificate_issue_certificate', 'certificateId', 'certificate', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'certificate_number_counter',
        columns: [id(), varchar('fieldCode', 20), int('academicYear'), int('lastNumber')],
        indices: [index('UQ_certificate_number_counter', ['fieldCode', 'academicYear'], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('certificate_number_counter');
    await q.dropTable('certificate_issue');
    await q.dropTable('certificate');
  }
}
