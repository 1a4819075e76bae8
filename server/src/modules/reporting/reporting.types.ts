import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Eligibility, FieldCode } from '../catalog';
import { IntroductionStatus } from '../community';
import { WithdrawalReason } from '../intake';

/** How the figures are protected, repeated in the descriptions the reporting tools read. */
export const SUPPRESSION_METHOD =
  'Small cells are suppressed (秘匿): a count from 1 to threshold − 1 comes back as null with suppressed: true (threshold: REPORT_SUPPRESSION_THRESHOLD, default 5, never below 3). Zeros are shown: a 0 tells nothing about a person. Secondary suppression hides further cells (the smallest non-zero ones, a total only when nothing else is left) so that no suppressed cell can be recovered by subtracting shown cells from a shown total: every row and column with a suppressed cell holds at least two, and no suppressed cell is the only link between two groups of suppressed cells.';

// Counts over many people, never one person's row: the reporting role and report:read staff.
@Allow(Permission.ReportRead)
@ObjectType({ description: `A count, or null with suppressed: true when it is a small cell (or hides one: secondary suppression). ${SUPPRESSION_METHOD}` })
export class FigureCell {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  value: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'A share from 0 to 1: null with suppressed: true when a count it is made of is suppressed; null with suppressed: false when its base is empty.' })
export class RateCell {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

/** The intake and completion cells of one row (a field, a cohort or a total): the fields every such type inherits. */
@Allow(Permission.ReportRead)
@ObjectType({ description: 'The intake and completion figures of one row of a report.' })
export class IntakeFigureCells {
  @Field(() => FigureCell, { description: 'Applications received, whatever became of them.' })
  applications: FigureCell;

  @Field(() => FigureCell, { description: 'Applications found eligible.' })
  eligible: FigureCell;

  @Field(() => FigureCell, { description: 'Offered a seat (selected or moved up from the waitlist), whatever they answered.' })
  accepted: FigureCell;

  @Field(() => FigureCell, { description: 'Took the seat (students).' })
  enrolled: FigureCell;

  @Field(() => FigureCell, { description: 'Enrolled, then cancelled before the start or withdrew.' })
  withdrawn: FigureCell;

  @Field(() => FigureCell, { description: 'Completion decided: completed.' })
  completed: FigureCell;

  @Field(() => FigureCell, { description: 'Completion decided: not completed.' })
  notCompleted: FigureCell;

  @Field(() => RateCell, { description: 'completed / (completed + notCompleted); suppressed when either is.' })
  completionRate: RateCell;

  @Field(() => RateCell, { description: 'The mean over the decided completions of attended / planned sessions; suppressed when completed or notCompleted is.' })
  meanAttendanceRate: RateCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description:
    'One field’s figures for an academic year (the cohorts of that year), or the total over the five fields. Each count is suppressed per column across the five fields and the total row, so that a field’s value cannot be recovered from the total.',
})
export class FieldFigures extends IntakeFigureCells {
  @Field(() => FieldCode, { nullable: true, description: 'Null on the total row.' })
  fieldCode: FieldCode | null;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'Withdrawn students by reason category (a cancellation without a reason counts as OTHER); suppressed as a series with the withdrawn total.' })
export class ReasonFigure {
  @Field(() => WithdrawalReason)
  reason: WithdrawalReason;

  @Field(() => FigureCell)
  count: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: `The intake and completion figures of an academic year by field. ${SUPPRESSION_METHOD}` })
export class EnrollmentFigures {
  @Field(() => Int)
  academicYear: number;

  @Field(() => Int, { description: 'The suppression threshold in force: counts below it (and above 0) are suppressed.' })
  threshold: number;

  @Field(() => [FieldFigures], { description: 'The five fields, in catalogue order.' })
  fields: FieldFigures[];

  @Field(() => FieldFigures)
  total: FieldFigures;

  @Field(() => [ReasonFigure], { description: 'Every reason category, in a fixed order.' })
  withdrawnByReason: ReasonFigure[];
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'The alumni in one column of the matrix.' })
export class MatrixCell {
  @Field(() => String, { description: 'A FieldCode value (WELFARE…), NONE (no current activity) or OTHER (a current activity in none of the five fields).' })
  activeField: string;

  @Field(() => FigureCell, { description: 'People, not activity records.' })
  count: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'Alumni who studied one field, by the fields of their current activity.' })
export class MatrixRow {
  @Field(() => FieldCode)
  studiedField: FieldCode;

  @Field(() => [MatrixCell], { description: 'The five fields, then NONE, then OTHER.' })
  cells: MatrixCell[];

  @Field(() => FigureCell, { description: 'The sum of the row’s cells (an alumnus active in two fields counts in both).' })
  total: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description: `Alumni (completed a course) by the field studied × the fields of their current activity (the latest version of each activity record that has not ended). An alumnus of two fields counts in both rows; one active in two fields in both columns; totals are the sums of the cells. ${SUPPRESSION_METHOD}`,
})
export class ActivityMatrix {
  @Field(() => Int, { nullable: true, description: 'The academic year of the cohorts completed; null: every year.' })
  academicYear: number | null;

  @Field(() => Int, { description: 'The suppression threshold in force.' })
  threshold: number;

  @Field(() => [MatrixRow], { description: 'The five fields studied, in catalogue order.' })
  rows: MatrixRow[];

  @Field(() => [MatrixCell], { description: 'The sums of each column.' })
  columnTotals: MatrixCell[];

  @Field(() => FigureCell)
  grandTotal: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description: `Alumni with a current activity, by the field of the activity: the column totals of the studied × active matrix for the same year (the same cells, suppressed once, so the two reports cannot be set against each other). ${SUPPRESSION_METHOD}`,
})
export class AlumniActivityFigures {
  @Field(() => Int, { nullable: true, description: 'The academic year of the cohorts completed; null: every year.' })
  academicYear: number | null;

  @Field(() => Int)
  threshold: number;

  @Field(() => [MatrixCell], { description: 'The five fields, then NONE (no current activity), then OTHER.' })
  byActiveField: MatrixCell[];

  @Field(() => FigureCell, { description: 'The sum of the cells.' })
  total: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'One field’s invitations to the waves at one offset, or the total over the fields.' })
export class SurveyFieldFigures {
  @Field(() => FieldCode, { nullable: true, description: 'Null on the total row.' })
  fieldCode: FieldCode | null;

  @Field(() => FigureCell, { description: 'Alumni invited (answered + notAnswered).' })
  invited: FigureCell;

  @Field(() => FigureCell, { description: 'Invitations answered.' })
  answered: FigureCell;

  @Field(() => FigureCell, { description: 'Invitations not answered: declined, pending, expired, or cancelled when consent was withdrawn.' })
  notAnswered: FigureCell;

  @Field(() => RateCell, { description: 'answered / invited; suppressed when answered or notAnswered is.' })
  responseRate: RateCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description:
    'The waves sent at one offset after completion (e.g. 6 or 12 months) to the cohorts of the year, by field; suppressed as one table (fields × answered / not answered, with totals).',
})
export class SurveyWaveFigures {
  @Field(() => Int, { description: 'Months after completion.' })
  offsetMonths: number;

  @Field(() => [SurveyFieldFigures], { description: 'The fields in catalogue order.' })
  fields: SurveyFieldFigures[];

  @Field(() => SurveyFieldFigures)
  total: SurveyFieldFigures;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: `Follow-up survey response rates by wave (offset after completion) and field, for the cohorts of an academic year. ${SUPPRESSION_METHOD}` })
export class SurveyResponseFigures {
  @Field(() => Int)
  academicYear: number;

  @Field(() => Int)
  threshold: number;

  @Field(() => [SurveyWaveFigures], { description: 'Every offset with at least one opened wave, in order.' })
  waves: SurveyWaveFigures[];
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'The introductions in one status.' })
export class StatusCell {
  @Field(() => IntroductionStatus)
  status: IntroductionStatus;

  @Field(() => FigureCell)
  count: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'Introductions of alumni of one field (or of members with no completed course) by status.' })
export class IntroductionRow {
  @Field(() => FieldCode, { nullable: true, description: 'The field the alumnus completed; null: no completed course (an alumnus of two fields counts in both rows).' })
  studiedField: FieldCode | null;

  @Field(() => [StatusCell], { description: 'PLANNED, PENDING, JOINED, NOT_A_FIT.' })
  cells: StatusCell[];

  @Field(() => FigureCell)
  total: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description: `Introductions to community groups made in an academic year (April to March, Tokyo time) and their outcomes (status now), by the field the alumnus studied. ${SUPPRESSION_METHOD}`,
})
export class IntroductionFigures {
  @Field(() => Int)
  academicYear: number;

  @Field(() => Int)
  threshold: number;

  @Field(() => [IntroductionRow], { description: 'The five fields, then the row with studiedField null.' })
  rows: IntroductionRow[];

  @Field(() => [StatusCell])
  columnTotals: StatusCell[];

  @Field(() => FigureCell)
  grandTotal: FigureCell;

  @Field(() => RateCell, { description: 'JOINED / (JOINED + NOT_A_FIT) over the grand total: the share of decided introductions that led to joining; suppressed when either is.' })
  joinedRate: RateCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'A count by eligibility basis.' })
export class BasisCell {
  @Field(() => Eligibility)
  basis: Eligibility;

  @Field(() => FigureCell)
  count: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType()
export class BasisRow {
  @Field(() => FieldCode)
  fieldCode: FieldCode;

  @Field(() => [BasisCell], { description: 'RESIDENT, WORKER, STUDENT.' })
  cells: BasisCell[];

  @Field(() => FigureCell)
  total: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'A field × eligibility basis table, suppressed as a whole.' })
export class BasisTable {
  @Field(() => [BasisRow])
  rows: BasisRow[];

  @Field(() => [BasisCell])
  columnTotals: BasisCell[];

  @Field(() => FigureCell)
  grandTotal: FigureCell;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description: `Applications and completions of an academic year by field and by how the applicant qualified (lives, works or studies in the ward). The application form asks nothing else about the person: no age and no district, so there is no breakdown by age band or district. ${SUPPRESSION_METHOD}`,
})
export class EligibilityFigures {
  @Field(() => Int)
  academicYear: number;

  @Field(() => Int)
  threshold: number;

  @Field(() => BasisTable, { description: 'Applications received.' })
  applications: BasisTable;

  @Field(() => BasisTable, { description: 'Completed (completion decided: completed), by the basis of the application that led to the seat.' })
  completions: BasisTable;
}

@Allow(Permission.ReportRead)
@ObjectType({ description: 'One cohort’s figures: its own applications, seats, withdrawals and completions.' })
export class CohortFigures extends IntakeFigureCells {
  @Field(() => ID)
  cohortId: string;

  @Field(() => FieldCode)
  fieldCode: FieldCode;

  @Field(() => String, { description: 'The course’s title.' })
  courseTitle: string;

  @Field(() => LocalDateScalar)
  startsOn: string;
}

@Allow(Permission.ReportRead)
@ObjectType({
  description: `The intake and completion figures of each cohort of an academic year (fields in catalogue order, then the start day), with their total. Each count is suppressed per column across the cohorts and the total. ${SUPPRESSION_METHOD}`,
})
export class CohortFiguresReport {
  @Field(() => Int)
  academicYear: number;

  @Field(() => Int)
  threshold: number;

  @Field(() => [CohortFigures])
  cohorts: CohortFigures[];

  @Field(() => IntakeFigureCells, { description: 'Over the cohorts listed.' })
  total: IntakeFigureCells;

  @Field(() => [ReasonFigure])
  withdrawnByReason: ReasonFigure[];
}
