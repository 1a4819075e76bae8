import type { Ctx } from '../../core/context';
import { Permission } from '../../core/auth/permissions';
import { assertFieldInScope, scopeByField } from '../../core/scope';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { inTransaction, lockMode } from '../../core/tx';
import { Application, LotteryDraw } from '../intake/application.entity';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort, CohortStatus } from './cohort.entity';
import type { CohortInput, CohortUpdateInput, CourseInput } from './catalog.inputs';

/** Staff see drafts; everyone else sees only cohorts that have been published. */
export function canSeeDrafts(ctx: Pick<Ctx, 'user'>): boolean {
  return !!ctx.user?.permissions.has(Permission.CatalogReadInternal);
}

export class CatalogService {
  listFields(ctx: Ctx): Promise<StudyField[]> {
    const qb = ctx.db.getRepository(StudyField).createQueryBuilder('f').orderBy('f.sortOrder', 'ASC');
    return scopeByField(ctx, qb, 'f.code').getMany();
  }

  listCourses(ctx: Ctx, fieldCode?: FieldCode | null): Promise<Course[]> {
    const qb = ctx.db.getRepository(Course).createQueryBuilder('c').orderBy('c.id', 'ASC');
    if (fieldCode) qb.andWhere('c.fieldCode = :fieldCode', { fieldCode });
    return scopeByField(ctx, qb, 'c.fieldCode').getMany();
  }

  async getCourse(ctx: Ctx, id: string | number): Promise<Course> {
    const qb = ctx.db.getRepository(Course).createQueryBuilder('c').where('c.id = :id', { id: parseId(id, 'course') });
    const course = await scopeByField(ctx, qb, 'c.fieldCode').getOne();
    if (!course) throw notFound('course');
    return course;
  }

  /** Cohorts taking applications now, by the server's clock. */
  openCohorts(ctx: Ctx): Promise<Cohort[]> {
    const qb = ctx.db
      .getRepository(Cohort)
      .createQueryBuilder('h')
      .innerJoin(Course, 'c', 'c.id = h.courseId')
      .where('h.status = :open', { open: CohortStatus.OPEN })
      .andWhere('h.applicationOpensAt <= :now AND h.applicationClosesAt > :now', { now: ctx.now })
      .orderBy('h.applicationClosesAt', 'ASC')
      .addOrderBy('h.id', 'ASC');
    return scopeByField(ctx, qb, 'c.fieldCode').getMany();
  }

  async getCohort(ctx: Ctx, id: string | number): Promise<Cohort> {
    const qb = ctx.db
      .getRepository(Cohort)
      .createQueryBuilder('h')
      .innerJoin(Course, 'c', 'c.id = h.courseId')
      .where('h.id = :id', { id: parseId(id, 'cohort') });
    if (!canSeeDrafts(ctx)) qb.andWhere('h.status <> :draft', { draft: CohortStatus.DRAFT });
    const cohort = await scopeByField(ctx, qb, 'c.fieldCode').getOne();
    if (!cohort) throw notFound('cohort');
    return cohort;
  }

  async createCourse(ctx: Ctx, input: CourseInput): Promise<Course> {
    assertFieldInScope(ctx, input.fieldCode);
    const field = await this.field(ctx, input.fieldCode);
    const repo = ctx.db.getRepository(Course);
    const course = await repo.save(repo.create({ ...this.courseValues(input), years: field.years }));
    ctx.audit.target('Course', course.id);
    return course;
  }

  async updateCourse(ctx: Ctx, id: string, input: CourseInput): Promise<Course> {
    const course = await this.getCourse(ctx, id);
    assertFieldInScope(ctx, input.fieldCode);
    const field = await this.field(ctx, input.fieldCode);
    Object.assign(course, this.courseValues(input), { years: field.years });
    ctx.audit.target('Course', course.id);
    return ctx.db.getRepository(Course).save(course);
  }

  async createCohort(ctx: Ctx, input: CohortInput): Promise<Cohort> {
    const course = await this.getCourse(ctx, input.courseId);
    const repo = ctx.db.getRepository(Cohort);
    const cohort = await repo.save(repo.create({ ...this.cohortValues(input), courseId: course.id, status: input.status ?? CohortStatus.DRAFT }));
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  async updateCohort(ctx: Ctx, id: string, input: CohortUpdateInput): Promise<Cohort> {
    const visible = await this.getCohort(ctx, id);
    const cohort = await inTransaction(ctx.db, async (em) => {
      const cohort = await em.getRepository(Cohort).findOneOrFail({ where: { id: visible.id }, ...lockMode(em) });
      if (![CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.CLOSED].includes(cohort.status)) {
        throw conflict('cohort.locked', 'This cohort has passed selection; its intake details can no longer be edited.');
      }
      const applications = await em.getRepository(Application).countBy({ cohortId: cohort.id });
      if (applications > 0 && input.capacity !== cohort.capacity && (await em.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id }))) {
        throw conflict('lottery.frozen', 'The lottery list is frozen with this capacity; it can no longer change.');
      }
      // Status changes follow the same lifecycle as the dedicated mutation.
      ctx.services.selection.assertMove(cohort, input.status, applications > 0, await em.getRepository(LotteryDraw).existsBy({ cohortId: cohort.id }));
      Object.assign(cohort, this.cohortValues(input), { status: input.status });
      return em.getRepository(Cohort).save(cohort);
    });
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  private async field(ctx: Ctx, code: FieldCode): Promise<StudyField> {
    const field = await ctx.db.getRepository(StudyField).findOneBy({ code });
    if (!field) throw badField('fieldCode', 'validation.fieldCode', 'Choose one of the five fields.');
    return field;
  }

  private courseValues(input: CourseInput) {
    return {
      fieldCode: input.fieldCode,
      title: input.title.trim(),
      titleEn: input.titleEn?.trim() || null,
      description: input.description.trim(),
      eligibilityRule: [...new Set(input.eligibility)].sort().join(','),
      motivationRequired: input.motivationRequired,
      minAttendanceRate: input.minAttendanceRate,
    };
  }

  private cohortValues(input: CohortUpdateInput) {
    return {
      academicYear: input.academicYear,
      capacity: input.capacity,
      applicationOpensAt: input.applicationOpensAt,
      applicationClosesAt: input.applicationClosesAt,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      selectionMethod: input.selectionMethod,
    };
  }
}
