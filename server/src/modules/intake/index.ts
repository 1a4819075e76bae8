/** Intake: applications, review and lottery selection, announcement, offers and the waitlist, enrollment and student numbers. */
import { intakePersonalData } from './personal-data';
import type { Job } from '../../core/jobs';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { SystemWork } from '../../core/system';
import type { CatalogService } from '../catalog';
import type { NoticeService } from '../notices';
import { Application } from './application.entity';
import { ApplicationEvent } from './application-event.entity';
import { Enrollment } from './enrollment.entity';
import { StudentNumberCounter } from './student-number-counter.entity';
import { LotteryDraw } from './lottery-draw.entity';
import { LotteryEntry } from './lottery-entry.entity';
import { ApplicationService } from './application.service';
import { SelectionService } from './selection.service';
import { EnrollmentService } from './enrollment.service';
import { IntakeAudiences } from './intake.audiences';
import { ApplicationResolver, CohortIntakeResolver, EnrollmentResolver } from './intake.resolver';
import { PublicLotteryResolver } from './public-lottery.resolver';
import { IntakeTables1764400000000 } from './migrations/1764400000000-IntakeTables';
import { WithdrawalReasons1764600000250 } from './migrations/1764600000250-WithdrawalReasons';
import { StaffHomeService } from './staff-home.service';
import { StaffHomeResolver } from './staff-home.resolver';
import { MemberApplicationsResolver } from './member-applications.resolver';
import { IntakeReach } from './intake.reach';

export { Application, ApplicationStatus, ContactMethod, ReviewDecision, SEAT_HOLDING } from './application.entity';
export { ApplicationEvent } from './application-event.entity';
export { Enrollment, WithdrawalReason } from './enrollment.entity';
export { recordWithdrawal } from './enrollment.service';
export { StudentNumberCounter } from './student-number-counter.entity';
export { LotteryDraw } from './lottery-draw.entity';
export { LotteryEntry } from './lottery-entry.entity';
export { newCode, BASIS_NOT_ACCEPTED } from './application.service';
export { formatStudentNumber } from './enrollment.service';
export { resultNotice } from './selection.service';
export type { IntakeAudiences } from './intake.audiences';
export { RosterCsvFormat } from './roster-csv-format';
export { draw, commitmentOf, sortCodes, verifyTranscript, checkTranscript, LOTTERY_ALGORITHM, type LotteryTranscript, type TranscriptCheck } from './lottery';

export const intakeManifest: ModuleManifest = {
  name: 'intake',
  personalTables: intakePersonalData,
  entities: [Application, ApplicationEvent, Enrollment, StudentNumberCounter, LotteryDraw, LotteryEntry],
  migrations: [IntakeTables1764400000000, WithdrawalReasons1764600000250],
  resolvers: [PublicLotteryResolver, ApplicationResolver, CohortIntakeResolver, EnrollmentResolver, StaffHomeResolver, MemberApplicationsResolver],
  publicCoordinates: [
    'Query.lotteryTranscript',
    'Query.publicLottery',
    'PublicLottery.cohortId',
    'PublicLottery.courseId',
    'PublicLottery.courseTitle',
    'PublicLottery.academicYear',
    'PublicLottery.capacity',
    'PublicLottery.entries',
    'PublicLottery.frozenAt',
    'PublicLottery.commitment',
    'PublicLottery.drawnAt',
    'PublicLottery.seed',
    'PublicLottery.announced',
    'PublicLottery.transcript',
    'Cohort.lottery',
    'LotteryInfo.commitment',
    'LotteryInfo.entries',
    'LotteryInfo.capacity',
    'LotteryInfo.frozenAt',
    'LotteryInfo.seed',
    'LotteryInfo.drawnAt',
  ],
};

export function buildIntake(infra: Infrastructure, deps: { catalog: CatalogService; notices: NoticeService; system: SystemWork }) {
  const applications = new ApplicationService(deps.catalog);
  const selection = new SelectionService(infra.config, deps.catalog, deps.notices);
  const enrollments = new EnrollmentService(infra.config, deps.catalog, applications, deps.notices, deps.system);
  const jobs: Job[] = [{ name: 'intake.offerDeadlines', intervalMs: infra.config.backgroundIntervalMs, run: (now) => enrollments.processDeadlines(now) }];
  return {
    applications,
    selection,
    enrollments,
    audiences: new IntakeAudiences(),
    reach: new IntakeReach(),
    jobs,
    resolvers: [
      new PublicLotteryResolver(selection),
      new ApplicationResolver(applications, enrollments),
      new CohortIntakeResolver(selection, enrollments),
      new EnrollmentResolver(),
      new StaffHomeResolver(new StaffHomeService()),
      new MemberApplicationsResolver(),
    ],
  };
}
