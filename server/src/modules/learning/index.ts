/**
 * Learning: class sessions and attendance (schedule part), completion rules, progress, the
 * completion run and withdrawal (completion part), completion certificates and their public
 * verification (certificate part). Each part lists its own entities, migrations and resolvers.
 */
import { learningPersonalData } from './personal-data';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { Job } from '../../core/jobs';
import { ClassSession } from './class-session.entity';
import { AttendanceStatus } from './attendance-status.entity';
import { Attendance } from './attendance.entity';
import { AttendanceChange } from './attendance-change.entity';
import { Completion } from './completion.entity';
import { LearningTables1764600000000 } from './migrations/1764600000000-LearningTables';
import type { LearningDeps } from './learning.deps';
import { buildSchedule, schedulePart } from './schedule.part';
import { buildCompletion, completionPart } from './completion.part';
import { buildCertificate, certificatePart } from './certificate.part';
import { buildCheckin, checkinPart } from './checkin.part';

export { ClassSession, ClassSessionKind } from './class-session.entity';
export { AttendanceStatus, DEFAULT_ATTENDANCE_STATUSES } from './attendance-status.entity';
export { Attendance } from './attendance.entity';
export { AttendanceChange } from './attendance-change.entity';
export { Completion, CompletionOutcome } from './completion.entity';

const parts = [schedulePart, completionPart, certificatePart, checkinPart];

export const learningManifest: ModuleManifest = {
  name: 'learning',
  personalTables: learningPersonalData,
  entities: [ClassSession, AttendanceStatus, Attendance, AttendanceChange, Completion, ...parts.flatMap((p) => p.entities)],
  migrations: [LearningTables1764600000000, ...parts.flatMap((p) => p.migrations)],
  resolvers: parts.flatMap((p) => p.resolvers),
  publicCoordinates: parts.flatMap((p) => p.publicCoordinates),
};

export function buildLearning(infra: Infrastructure, deps: LearningDeps) {
  const schedule = buildSchedule(infra, deps);
  const completion = buildCompletion(infra, deps);
  const certificate = buildCertificate(infra, deps);
  const checkin = buildCheckin(infra, deps, schedule.recordAttendance);
  completion.useCertificates(certificate.issuer);
  const jobs: Job[] = [...completion.jobs];
  return {
    schedule,
    completion,
    certificate,
    checkin,
    jobs,
    resolvers: [...schedule.resolvers, ...completion.resolvers, ...certificate.resolvers, ...checkin.resolvers],
  };
}
