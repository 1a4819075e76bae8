/** The schedule part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { LearningDeps } from './learning.deps';
import { recordAttendance } from './attendance-write';
import { ClassSessionService } from './class-session.service';
import { AttendanceService } from './attendance.service';
import { ClassSessionResolver, CohortClassSessionsResolver } from './class-session.resolver';
import { AttendanceResolver } from './attendance.resolver';
import { ClassSessionChange } from './class-session-change.entity';
import { ClassSessionChanges1764600000100 } from './migrations/1764600000100-ClassSessionChanges';
import { AttendanceStatusLabels1764600000500 } from './migrations/1764600000500-AttendanceStatusLabels';

export const schedulePart = {
  entities: [ClassSessionChange] as Function[],
  migrations: [ClassSessionChanges1764600000100, AttendanceStatusLabels1764600000500] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [ClassSessionResolver, CohortClassSessionsResolver, AttendanceResolver] as Function[],
  publicCoordinates: [] as string[],
};

export function buildSchedule(infra: Infrastructure, deps: LearningDeps) {
  void infra;
  const sessions = new ClassSessionService(deps.catalog, deps.notices);
  const attendance = new AttendanceService(sessions, deps.catalog);
  return {
    resolvers: [new ClassSessionResolver(sessions), new CohortClassSessionsResolver(), new AttendanceResolver(attendance)] as object[],
    sessions,
    attendance,
    recordAttendance,
  };
}
