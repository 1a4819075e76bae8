import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { datetime, varchar } from '../../../core/migration-helpers';

/**
 * The public course page: a course's schedule in outline, a cohort's results date and the time
 * its results were announced. All optional, so existing rows need nothing.
 */
export class CoursePage1764500000500 implements MigrationInterface {
  name = 'CoursePage1764500000500';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('course', new TableColumn(varchar('scheduleOutline', 500, true)));
    await q.addColumns('cohort', [new TableColumn({ name: 'resultsOn', type: 'date', isNullable: true }), new TableColumn(datetime('announcedAt', true))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('cohort', ['announcedAt', 'resultsOn']);
    await q.dropColumn('course', 'scheduleOutline');
  }
}
