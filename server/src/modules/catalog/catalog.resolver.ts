import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../../core/auth/permissions';
import { notFound } from '../../core/errors';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort } from './cohort.entity';
import { CohortInput, CohortUpdateInput, CourseInput } from './catalog.inputs';

@Resolver(() => StudyField)
export class StudyFieldResolver {
  @Public()
  @Query(() => [StudyField], { description: 'The five fields. Contractor staff see their own field only.' })
  fields(@Context() ctx: Ctx): Promise<StudyField[]> {
    return ctx.services.catalog.listFields(ctx);
  }

  @Public()
  @FieldResolver(() => [Course])
  courses(@Root() field: StudyField, @Context() ctx: Ctx): Promise<Course[]> {
    return ctx.loaders.catalog.coursesByField.load(field.code);
  }
}

@Resolver(() => Course)
export class CourseResolver {
  @Public()
  @Query(() => [Course])
  courses(@Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null, @Context() ctx: Ctx): Promise<Course[]> {
    return ctx.services.catalog.listCourses(ctx, fieldCode);
  }

  @Public()
  @Query(() => Course)
  course(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Course> {
    return ctx.services.catalog.getCourse(ctx, id);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Course)
  createCourse(@Arg('input', () => CourseInput) input: CourseInput, @Context() ctx: Ctx): Promise<Course> {
    return ctx.services.catalog.createCourse(ctx, input);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Course)
  updateCourse(@Arg('id', () => ID) id: string, @Arg('input', () => CourseInput) input: CourseInput, @Context() ctx: Ctx): Promise<Course> {
    return ctx.services.catalog.updateCourse(ctx, id, input);
  }

  @Public()
  @FieldResolver(() => StudyField)
  async field(@Root() course: Course, @Context() ctx: Ctx): Promise<StudyField> {
    const field = await ctx.loaders.catalog.fieldByCode.load(course.fieldCode);
    if (!field) throw notFound('field');
    return field;
  }

  @Public()
  @FieldResolver(() => [Cohort], { description: 'Intakes of this course. Drafts are shown to staff only.' })
  cohorts(@Root() course: Course, @Context() ctx: Ctx): Promise<Cohort[]> {
    return ctx.loaders.catalog.cohortsByCourse.load(course.id);
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  @Public()
  @Query(() => [Cohort], { description: 'Cohorts taking applications now (server clock).' })
  openCohorts(@Context() ctx: Ctx): Promise<Cohort[]> {
    return ctx.services.catalog.openCohorts(ctx);
  }

  @Public()
  @Query(() => Cohort)
  cohort(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Cohort> {
    return ctx.services.catalog.getCohort(ctx, id);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Cohort)
  createCohort(@Arg('input', () => CohortInput) input: CohortInput, @Context() ctx: Ctx): Promise<Cohort> {
    return ctx.services.catalog.createCohort(ctx, input);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Cohort)
  updateCohort(@Arg('id', () => ID) id: string, @Arg('input', () => CohortUpdateInput) input: CohortUpdateInput, @Context() ctx: Ctx): Promise<Cohort> {
    return ctx.services.catalog.updateCohort(ctx, id, input);
  }

  @Public()
  @FieldResolver(() => Course)
  async course(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<Course> {
    const course = await ctx.loaders.catalog.courseById.load(cohort.courseId);
    if (!course) throw notFound('course');
    return course;
  }

  @Public()
  @FieldResolver(() => Boolean, { description: 'Open and inside the application window, by the server clock.' })
  acceptingApplications(@Root() cohort: Cohort, @Context() ctx: Ctx): boolean {
    return cohort.isAcceptingApplications(ctx.now);
  }
}
