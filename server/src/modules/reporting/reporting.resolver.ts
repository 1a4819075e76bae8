import { Arg, Ctx as Context, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { ActivityMatrix, EnrollmentFigures, SUPPRESSION_METHOD } from './reporting.types';
import type { AggregatesService } from './aggregates.service';

@Resolver()
export class ReportingResolver {
  constructor(private readonly aggregates: AggregatesService) {}

  @Allow(Permission.ReportRead)
  @Query(() => EnrollmentFigures, {
    description: `Applications, eligible, accepted, enrolled, withdrawn (and by reason), completed and not completed, the completion and mean attendance rates, by field for the cohorts of an academic year. ${SUPPRESSION_METHOD}`,
  })
  enrollmentFigures(@Arg('academicYear', () => Int) academicYear: number, @Context() ctx: Ctx): Promise<EnrollmentFigures> {
    return this.aggregates.enrollmentFigures(ctx, academicYear);
  }

  @Allow(Permission.ReportRead)
  @Query(() => ActivityMatrix, {
    description: `Alumni by the field studied × the fields of their current activity; academicYear: the academic year of the cohorts completed, null: every year. ${SUPPRESSION_METHOD}`,
  })
  studiedActiveMatrix(@Arg('academicYear', () => Int, { nullable: true }) academicYear: number | null, @Context() ctx: Ctx): Promise<ActivityMatrix> {
    return this.aggregates.studiedActiveMatrix(ctx, academicYear ?? null);
  }
}
