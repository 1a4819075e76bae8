import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Follow-up surveys: the survey, its question versions, waves per cohort, and invitations with the answers. */
export class Surveys1764700000200 implements MigrationInterface {
  name = 'Surveys1764700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'survey', columns: [id(), varchar('title', 200), varchar('fieldCode', 20, true), int('createdBy', true), datetime('createdAt')] }));
    await q.createTable(
      new Table({
        name: 'survey_version',
        columns: [id(), int('surveyId'), int('version'), text('questions'), datetime('createdAt')],
        indices: [index('UQ_survey_version', ['surveyId', 'version'], true)],
        foreignKeys: [fk('FK_survey_version_survey', 'surveyId', 'survey', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_wave',
        columns: [
          id(),
          int('surveyId'),
          int('cohortId'),
          int('offsetMonths'),
          date('opensOn'),
          { ...date('remindOn'), isNullable: true },
          date('closesOn'),
          varchar('status', 20),
          int('surveyVersionId', true),
          datetime('openedAt', true),
          datetime('remindedAt', true),
        ],
        indices: [index('IDX_survey_wave_status', ['status', 'opensOn']), index('UQ_survey_wave', ['surveyId', 'cohortId', 'offsetMonths'], true)],
        foreignKeys: [fk('FK_survey_wave_survey', 'surveyId', 'survey', 'id', 'CASCADE'), fk('FK_survey_wave_cohort', 'cohortId', 'cohort', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'survey_invitation',
        columns: [
          id(),
          int('waveId'),
          int('accountId'),
          int('surveyVersionId'),
          varchar('status', 20),
          datetime('invitedAt'),
          datetime('remindedAt', true),
          datetime('respondedAt', true),
          text('answers', true),
        ],
        indices: [index('UQ_survey_invitation', ['waveId', 'accountId'], true), index('IDX_survey_invitation_account', ['accountId'])],
        foreignKeys: [fk('FK_survey_invitation_wave', 'waveId', 'survey_wave', 'id', 'CASCADE'), fk('FK_survey_invitation_account', 'accountId', 'account', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['survey_invitation', 'survey_wave', 'survey_version', 'survey']) await q.dropTable(t);
  }
}
