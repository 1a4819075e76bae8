import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { varchar } from '../../../core/migration-helpers';

/** A course's own attendance status codes carry their names (the defaults are named by the clients' message keys). */
export class AttendanceStatusLabels1764600000500 implements MigrationInterface {
  name = 'AttendanceStatusLabels1764600000500';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('attendance_status', [new TableColumn(varchar('label', 20, true)), new TableColumn(varchar('labelEn', 40, true))]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('attendance_status', ['labelEn', 'label']);
  }
}
