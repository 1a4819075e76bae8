import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Personal } from '../../core/personal';
import { Permission, SELF } from '../permissions';
import { Enrollment } from '../intake';
import { Cohort } from '../catalog';
import { Completion, CompletionOutcome } from './completion.entity';
import { ProgressState } from './progress';
import { ATTENDANCE_RETENTION, ATTENDANCE_RETENTION_JA } from './attendance.entity';

registerEnumType(ProgressState, { name: 'ProgressState', description: 'WITHDRAWN students have no progress state.' });

const PROGRESS_MARK = {
  category: 'learning',
  purpose: 'Follow each student’s progress toward completion and warn them early',
  retention: ATTENDANCE_RETENTION,
  purposeJa: '修了に向けた受講の状況を見守り、早めにお知らせするため',
  retentionJa: ATTENDANCE_RETENTION_JA,
} as const;

/** A course's completion rule (修了要件): a stored version, or version 0, the field's default. */
@Allow(Permission.CompletionDecide, Permission.CatalogManage)
@ObjectType()
export class CompletionRuleInfo {
  @Field(() => ID)
  courseId: number;

  @Field(() => Int, { description: '0: the field’s default (no rule stored for the course yet).' })
  version: number;

  @Field(() => Int, { description: 'Minimum attendance rate in percent, over all planned non-cancelled counting sessions.' })
  minRatePercent: number;

  @Field(() => Boolean, { description: 'Whether the sessions marked requiredForCompletion must be attended.' })
  requireMarkedSessions: boolean;

  @Field(() => Int, { nullable: true, description: 'The most absences allowed; null: no limit.' })
  maxAbsences: number | null;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field(() => ID, { nullable: true })
  createdBy: number | null;
}

/** One student's live progress (rates in percent, over ALL planned counting sessions). */
@Allow(SELF, Permission.CompletionDecide, Permission.AttendanceRecord)
@ObjectType()
export class StudentProgress {
  /** The enrollment id (for the audit of staff reads). */
  id: number;
  /** The student's account (the subject of SELF). */
  accountId: number;

  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Personal(PROGRESS_MARK)
  @Field(() => ProgressState)
  state: ProgressState;

  @Field(() => Boolean, { description: 'Whether completion is still achievable (false when NOT_ACHIEVABLE or WITHDRAWN).' })
  achievable: boolean;

  @Field(() => Int, { description: 'Non-cancelled counting sessions, past and future.' })
  planned: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int, { description: 'Counting sessions already ended.' })
  past: number;

  @Field(() => Int, { description: 'Counting sessions not yet ended.' })
  future: number;

  @Field(() => Int, { description: 'Counting sessions recorded with a status that does not count as attended.' })
  absences: number;

  @Field(() => Int, { description: 'Required sessions missed (when the rule requires them).' })
  requiredMissed: number;

  @Personal(PROGRESS_MARK)
  @Field(() => Float, { description: 'attended / planned, in percent.' })
  rateSoFar: number;

  @Field(() => Float, { description: 'The best rate still reachable: (attended + sessions still open) / planned, in percent.' })
  bestReachableRate: number;

  @Field(() => Int)
  minRatePercent: number;

  @Field(() => Int)
  ruleVersion: number;
}

/** A running cohort and its students at risk or no longer able to complete (staff's watch list). */
@Allow(Permission.CompletionDecide, Permission.AttendanceRecord)
@ObjectType()
export class CohortAtRisk {
  @Field(() => ID)
  cohortId: number;

  @Field(() => Cohort)
  cohort: Cohort;

  @Field(() => Int, { description: 'Students not withdrawn.' })
  studentCount: number;

  @Field(() => Int)
  atRisk: number;

  @Field(() => Int)
  notAchievable: number;

  @Field(() => [StudentProgress], { description: 'The students AT_RISK or NOT_ACHIEVABLE, by student number.' })
  students: StudentProgress[];
}

/** What the completion run would decide for one student, and why. */
@Allow(Permission.CompletionDecide)
@ObjectType()
export class CompletionPreviewRow {
  id: number;
  accountId: number;

  @Field(() => Enrollment)
  enrollment: Enrollment;

  @Personal(PROGRESS_MARK)
  @Field(() => CompletionOutcome)
  outcome: CompletionOutcome;

  @Field(() => [String], { description: 'Message keys: completion.rateTooLow, completion.requiredMissed, completion.tooManyAbsences. Empty when completed.' })
  reasons: string[];

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  absences: number;

  @Field(() => Int)
  requiredMissed: number;

  @Field(() => Float, { description: 'attended / planned, in percent.' })
  rate: number;
}

/** The completion run's preview: each non-withdrawn student; withdrawn students are counted apart, never as not completed. */
@Allow(Permission.CompletionDecide)
@ObjectType()
export class CompletionPreview {
  @Field(() => CompletionRuleInfo)
  rule: CompletionRuleInfo;

  @Field(() => [CompletionPreviewRow])
  students: CompletionPreviewRow[];

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  notCompleted: number;

  @Field(() => Int)
  withdrawn: number;

  @Field(() => Boolean, { description: 'Whether the run has already been done for this cohort.' })
  alreadyRun: boolean;
}

/** What the completion run wrote. */
@Allow(Permission.CompletionDecide)
@ObjectType()
export class CompletionRunResult {
  @Field(() => [Completion])
  completions: Completion[];

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  notCompleted: number;

  @Field(() => Int)
  withdrawn: number;
}
