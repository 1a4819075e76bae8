/** The check-in and CSV import part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { LearningDeps } from './learning.deps';
import type { RecordAttendance } from './learning.contract';
import { CheckIn } from './check-in.entity';
import { CheckInUse } from './check-in-use.entity';
import { CheckIn1764600000400 } from './migrations/1764600000400-CheckIn';
import { CheckInService } from './check-in.service';
import { CheckInResolver } from './check-in.resolver';
import { AttendanceImportService } from './attendance-import.service';
import { AttendanceImportResolver } from './attendance-import.resolver';

export const checkinPart = {
  entities: [CheckIn, CheckInUse] as Function[],
  migrations: [CheckIn1764600000400] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [CheckInResolver, AttendanceImportResolver] as Function[],
  publicCoordinates: [] as string[],
};

export function buildCheckin(infra: Infrastructure, deps: LearningDeps, record: RecordAttendance) {
  const checkIns = new CheckInService(infra.config, record);
  const attendanceImport = new AttendanceImportService(deps.catalog, record);
  return { checkIns, attendanceImport, resolvers: [new CheckInResolver(checkIns), new AttendanceImportResolver(attendanceImport)] as object[] };
}
