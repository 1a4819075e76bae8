import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import { notFound } from '../../core/errors';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort } from './cohort.entity';
import { CohortInput, CohortUpdateInput, CourseInput } from './catalog.inputs';
import type { CatalogService } from './catalog.service';
import { catalogLoaders } from './catalog.loaders';

@Resolver(() => StudyField)
export class StudyFieldResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [StudyField], { description: 'The five fields. Contractor staff see their own field only.' })
  fields(@Context() ctx: Ctx): Promise<StudyField[]> {
    return this.catalog.listFields(ctx);
  }

  @Public()
  @FieldResolver(() => [Course])
  courses(@Root() field: StudyField, @Context() ctx: Ctx): Promise<Course[]> {
    return catalogLoaders(ctx).coursesByField.load(field.code);
  }
}

@Resolver(() => Course)
export class CourseResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [Course])
  courses(@Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null, @Context() ctx: Ctx): Promise<Course[]> {
    return this.catalog.listCourses(ctx, fieldCode);
  }

  @Public()
  @Query(() => Course)
  course(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Course> {
    return this.catalog.getCourse(ctx, id);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Course)
  createCourse(@Arg('input', () => CourseInput) input: CourseInput, @Context() ctx: Ctx): Promise<Course> {
    return this.catalog.createCourse(ctx, input);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Course)
  updateCourse(@Arg('id', () => ID) id: string, @Arg('input', () => CourseInput) input: CourseInput, @Context() ctx: Ctx): Promise<Course> {
    return this.catalog.updateCourse(ctx, id, input);
  }

  @Public()
  @FieldResolver(() => StudyField)
  async field(@Root() course: Course, @Context() ctx: Ctx): Promise<StudyField> {
    const field = await catalogLoaders(ctx).fieldByCode.load(course.fieldCode);
    if (!field) throw notFound('field');
    return field;
  }

  @Public()
  @FieldResolver(() => [Cohort], {
    description: 'Intakes of this course, newest academic year first. Staff see all in their scope; everyone else those open, closed (awaiting results), announced or running.',
  })
  cohorts(@Root() course: Course, @Context() ctx: Ctx): Promise<Cohort[]> {
    return catalogLoaders(ctx).cohortsByCourse.load(course.id);
  }
}

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Query(() => [Cohort], { description: 'Cohorts taking applications now (server clock).' })
  openCohorts(@Context() ctx: Ctx): Promise<Cohort[]> {
    return this.catalog.openCohorts(ctx);
  }

  @Public()
  @Query(() => Cohort)
  cohort(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Cohort> {
    return this.catalog.getCohort(ctx, id);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Cohort)
  createCohort(@Arg('input', () => CohortInput) input: CohortInput, @Context() ctx: Ctx): Promise<Cohort> {
    return this.catalog.createCohort(ctx, input);
  }

  @Allow(Permission.CatalogManage)
  @Mutation(() => Cohort)
  updateCohort(@Arg('id', () => ID) id: string, @Arg('input', () => CohortUpdateInput) input: CohortUpdateInput, @Context() ctx: Ctx): Promise<Cohort> {
    return this.catalog.updateCohort(ctx, id, input);
  }

  @Public()
  @FieldResolver(() => Course)
  async course(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<Course> {
    const course = await catalogLoaders(ctx).courseById.load(cohort.courseId);
    if (!course) throw notFound('course');
    return course;
  }

  @Public()
  @FieldResolver(() => Boolean, { description: 'Open and inside the application window, by the server clock.' })
  acceptingApplications(@Root() cohort: Cohort, @Context() ctx: Ctx): boolean {
    return cohort.isAcceptingApplications(ctx.now);
  }
}
