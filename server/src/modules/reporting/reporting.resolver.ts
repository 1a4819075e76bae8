import { Arg, Ctx as Context, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { badField } from '../../core/errors';
import { Permission } from '../permissions';
import {
  ActivityMatrix,
  AlumniActivityFigures,
  CohortFiguresReport,
  EligibilityFigures,
  EnrollmentFigures,
  IntroductionFigures,
  SUPPRESSION_METHOD,
  SurveyResponseFigures,
} from './reporting.types';
import { MAX_TREND_YEARS, type AggregatesService } from './aggregates.service';

/** Contractor staff (report:read in their field) get their field's rows and totals over it; everyone else the five fields. */
const SCOPE = 'Contractor staff see their own field only: the rows of other fields are left out and the totals are over their field.';

/** Years the ward could ask about: the programme's first to a few ahead. */
function year(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) throw badField(name, 'report.yearInvalid', 'The academic year must be between 2000 and 2100.');
  return value;
}

@Resolver()
export class ReportingResolver {
  constructor(private readonly aggregates: AggregatesService) {}

  @Allow(Permission.ReportRead)
  @Query(() => EnrollmentFigures, {
    description: `Applications, eligible, accepted, enrolled, withdrawn (and by reason), completed and not completed, the completion and mean attendance rates, by field for the cohorts of an academic year. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  enrollmentFigures(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<EnrollmentFigures> {
    return this.aggregates.enrollmentFigures(ctx, year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => CohortFiguresReport, {
    description: `The enrollment figures of each cohort of an academic year, with their total. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  cohortFigures(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<CohortFiguresReport> {
    return this.aggregates.cohortFigures(ctx, year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => [EnrollmentFigures], {
    description: `The enrollment figures of each academic year from fromYear to toYear (at most ${MAX_TREND_YEARS} years), for year-over-year trends; each year is suppressed on its own. ${SCOPE}`,
  })
  enrollmentTrend(@Arg('fromYear', () => Int) fromYear: number, @Arg('toYear', () => Int) toYear: number, @Context() ctx: Ctx): Promise<EnrollmentFigures[]> {
    year('fromYear', fromYear);
    year('toYear', toYear);
    if (toYear < fromYear) throw badField('toYear', 'report.yearRangeReversed', 'toYear must not be before fromYear.');
    if (toYear - fromYear + 1 > MAX_TREND_YEARS) throw badField('toYear', 'report.yearRangeTooLong', `At most ${MAX_TREND_YEARS} years at once.`);
    return this.aggregates.enrollmentTrend(ctx, fromYear, toYear);
  }

  @Allow(Permission.ReportRead)
  @Query(() => ActivityMatrix, {
    description: `Alumni by the field studied × the fields of their current activity; academicYear: the academic year of the cohorts completed, null: every year. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  studiedActiveMatrix(@Arg('academicYear', () => Int, { nullable: true }) academicYear: number | null, @Context() ctx: Ctx): Promise<ActivityMatrix> {
    return this.aggregates.studiedActiveMatrix(ctx, academicYear === null || academicYear === undefined ? null : year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => AlumniActivityFigures, {
    description: `Alumni with a current activity by the field of the activity (the matrix's column totals); academicYear as for studiedActiveMatrix. ${SCOPE}`,
  })
  alumniActivity(@Arg('academicYear', () => Int, { nullable: true }) academicYear: number | null, @Context() ctx: Ctx): Promise<AlumniActivityFigures> {
    return this.aggregates.alumniActivity(ctx, academicYear === null || academicYear === undefined ? null : year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => SurveyResponseFigures, {
    description: `Follow-up survey response rates by wave offset and field, for the cohorts of an academic year. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  surveyResponseRates(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<SurveyResponseFigures> {
    return this.aggregates.surveyResponseRates(ctx, year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => IntroductionFigures, {
    description: `Introductions to community groups made in an academic year and their outcomes, by the field studied. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  introductionOutcomes(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<IntroductionFigures> {
    return this.aggregates.introductionOutcomes(ctx, year('academicYear', academicYear));
  }

  @Allow(Permission.ReportRead)
  @Query(() => EligibilityFigures, {
    description: `Applications and completions of an academic year by field and eligibility basis (lives, works or studies in the ward); age and district are not collected, so there is no breakdown by them. ${SCOPE} ${SUPPRESSION_METHOD}`,
  })
  eligibilityFigures(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<EligibilityFigures> {
    return this.aggregates.eligibilityFigures(ctx, year('academicYear', academicYear));
  }
}
