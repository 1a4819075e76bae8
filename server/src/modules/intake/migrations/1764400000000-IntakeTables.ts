import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Applications and their history, enrollments and student numbers, lotteries. */
export class IntakeTables1764400000000 implements MigrationInterface {
  name = 'IntakeTables1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'application',
        columns: [
          id(),
          varchar('code', 12),
          int('cohortId'),
          int('accountId'),
          varchar('eligibilityBasis', 20),
          varchar('workplaceOrSchool', 200, true),
          text('motivation', true),
          varchar('preferredContact', 10),
          bool('emailAlerts'),
          bool('eligible'),
          varchar('ineligibleReason', 300, true),
          varchar('ineligibleReasonCode', 60, true),
          varchar('status', 20),
          varchar('decision', 10, true),
          varchar('decisionReason', 300, true),
          int('waitlistPosition', true),
          datetime('offerDeadline', true),
          datetime('submittedAt'),
          datetime('updatedAt'),
        ],
        indices: [
          index('UQ_application_member_cohort', ['cohortId', 'accountId'], true),
          index('UQ_application_code', ['code'], true),
          index('IDX_application_account', ['accountId']),
          index('IDX_application_cohort_status', ['cohortId', 'status']),
        ],
        foreignKeys: [fk('FK_application_cohort', 'cohortId', 'cohort', 'id', 'RESTRICT'), fk('FK_application_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'application_event',
        columns: [id(), int('applicationId'), datetime('at'), varchar('fromStatus', 20, true), varchar('toStatus', 20), int('actorId', true), varchar('reason', 60)],
        indices: [index('IDX_application_event_application', ['applicationId'])],
        foreignKeys: [fk('FK_application_event_application', 'applicationId', 'application', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'enrollment',
        columns: [id(), int('applicationId'), int('cohortId'), int('accountId'), varchar('studentNumber', 20), datetime('enrolledAt'), datetime('withdrawnAt', true)],
        indices: [
          index('UQ_enrollment_application', ['applicationId'], true),
          index('UQ_enrollment_student_number', ['studentNumber'], true),
          index('IDX_enrollment_cohort', ['cohortId']),
        ],
        foreignKeys: [fk('FK_enrollment_application', 'applicationId', 'application', 'id', 'CASCADE'), fk('FK_enrollment_cohort', 'cohortId', 'cohort', 'id', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'student_number_counter',
        columns: [id(), varchar('fieldCode', 20), int('academicYear'), int('lastNumber')],
        indices: [index('UQ_student_number_counter', ['fieldCode', 'academicYear'], true)],
      }),
    );

    await q.createTable(
      new Table({
        name: 'lottery_draw',
        columns: [
          id(),
          int('cohortId'),
          int('entryCount'),
          int('capacity'),
          varchar('commitment', 64),
          datetime('frozenAt'),
          varchar('seed', 100, true),
          datetime('drawnAt', true),
        ],
        indices: [index('UQ_lottery_draw_cohort', ['cohortId'], true)],
        foreignKeys: [fk('FK_lottery_draw_cohort', 'cohortId', 'cohort', 'id', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'lottery_entry',
        columns: [id(), int('drawId'), varchar('code', 12), int('place', true)],
        indices: [index('UQ_lottery_entry_code', ['drawId', 'code'], true)],
        foreignKeys: [fk('FK_lottery_entry_draw', 'drawId', 'lottery_draw', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['lottery_entry', 'lottery_draw', 'student_number_counter', 'enrollment', 'application_event', 'application']) await q.dropTable(table);
  }
}
