import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, date, datetime, fk, id, index, int, text, varchar } from '../../../core/migration-helpers';

/** Fields (reference data), courses and cohorts. */
export class CatalogTables1764300000000 implements MigrationInterface {
  name = 'CatalogTables1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'field',
        columns: [{ name: 'code', type: 'varchar', length: '20', isPrimary: true }, varchar('nameJa', 100), varchar('nameEn', 100), int('years'), int('sortOrder')],
      }),
    );

    // The five fields are reference data every installation needs, so they come with the schema.
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('field', ['code', 'nameJa', 'nameEn', 'years', 'sortOrder'])
      .values([
        { code: 'welfare', nameJa: '地域福祉', nameEn: 'Community welfare', years: 2, sortOrder: 1 },
        { code: 'disaster', nameJa: '防災', nameEn: 'Disaster prevention', years: 1, sortOrder: 2 },
        { code: 'agriculture', nameJa: '農', nameEn: 'Urban agriculture', years: 1, sortOrder: 3 },
        { code: 'greenery', nameJa: 'みどり', nameEn: 'Greenery', years: 2, sortOrder: 4 },
        { code: 'recycling', nameJa: 'リサイクル', nameEn: 'Recycling', years: 1, sortOrder: 5 },
      ])
      .execute();

    await q.createTable(
      new Table({
        name: 'course',
        columns: [
          id(),
          varchar('fieldCode', 20),
          varchar('title', 200),
          varchar('titleEn', 200, true),
          text('description'),
          int('years'),
          varchar('eligibilityRule', 60),
          bool('motivationRequired'),
          int('minAttendanceRate'),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_course_field', ['fieldCode'])],
        foreignKeys: [fk('FK_course_field', 'fieldCode', 'field', 'code', 'RESTRICT')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'cohort',
        columns: [
          id(),
          int('courseId'),
          varchar('fieldCode', 20),
          int('academicYear'),
          int('capacity'),
          datetime('applicationOpensAt'),
          datetime('applicationClosesAt'),
          date('startsOn'),
          date('endsOn'),
          varchar('selectionMethod', 10),
          varchar('status', 20),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('IDX_cohort_course', ['courseId']), index('IDX_cohort_status', ['status']), index('IDX_cohort_field', ['fieldCode'])],
        foreignKeys: [fk('FK_cohort_course', 'courseId', 'course', 'id', 'RESTRICT'), fk('FK_cohort_field', 'fieldCode', 'field', 'code', 'RESTRICT')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['cohort', 'course', 'field']) await q.dropTable(table);
  }
}
