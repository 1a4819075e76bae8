import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { Permission } from '../permissions';
import { assertFieldInScope, scopeByField } from '../../core/scope';
import { badField, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { fieldClause, readRows } from '../../core/rows';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort, CohortStatus } from './cohort.entity';
import type { CohortInput, CohortUpdateInput, CourseInput } from './catalog.inputs';

/** Staff see drafts; everyone else sees only cohorts that have been published. */
export function canSeeDrafts(ctx: Pick<Ctx, 'user'>): boolean {
  return !!ctx.user?.permissions.has(Permission.CatalogReadInternal);
}

/**
 * The cohorts the public (and members) see in a course's list: taking applications, closed and
 * awaiting results, announced, running. Never drafts; finished ones stay readable by id only.
 */
export const PUBLIC_COHORT_STATUSES: readonly CohortStatus[] = [CohortStatus.OPEN, CohortStatus.CLOSED, CohortStatus.SELECTED, CohortStatus.ANNOUNCED, CohortStatus.RUNNING];

/**
 * Rules other modules add to the editing of a cohort (intake: the lifecycle, a frozen
 * lottery). Called inside the editing transaction, with the cohort row locked.
 */
export interface CohortEditRule {
  checkCohortEdit(ctx: Ctx, cohort: Cohort, change: { status: CohortStatus; capacity: number }): Promise<void>;
}

export class CatalogService {
  private readonly editRules: CohortEditRule[] = [];

  /** Wired by the module list (modules/index.ts), so the dependency is visible there. */
  addCohortEditRule(rule: CohortEditRule): void {
    this.editRules.push(rule);
  }

  listFields(ctx: Ctx): Promise<StudyField[]> {
    const scope = fieldClause(ctx, 'f.code');
    return readRows(ctx.em, StudyField, 'f', `WHERE 1 = 1${scope.sql} ORDER BY f.sortOrder ASC`, scope.params);
  }

  listCourses(ctx: Ctx, fieldCode?: FieldCode | null): Promise<Course[]> {
    const qb = repo(ctx, Course).createQueryBuilder('c').orderBy('c.id', 'ASC');
    if (fieldCode) qb.andWhere('c.fieldCode = :fieldCode', { fieldCode });
    return scopeByField(ctx, qb, 'c.fieldCode').getMany();
  }

  async getCourse(ctx: Ctx, id: string | number, lock = false): Promise<Course> {
    const qb = repo(ctx, Course)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: parseId(id, 'course') });
    if (lock && lockMode(ctx.em).lock) qb.setLock('pessimistic_write');
    const course = await scopeByField(ctx, qb, 'c.fieldCode').getOne();
    if (!course) throw notFound('course');
    return course;
  }

  /** Cohorts taking applications now, by the server's clock. */
  openCohorts(ctx: Ctx): Promise<Cohort[]> {
    const scope = fieldClause(ctx, 'h.fieldCode');
    return readRows(
      ctx.em,
      Cohort,
      'h',
      `WHERE h.status = ? AND h.applicationOpensAt <= ? AND h.applicationClosesAt > ?${scope.sql} ORDER BY h.applicationClosesAt ASC, h.id ASC`,
      [CohortStatus.OPEN, ctx.now, ctx.now, ...scope.params],
    );
  }

  /**
   * One cohort within the caller's scope. With `lock` (inside a mutation) the row is read
   * under FOR UPDATE, so every check the caller makes on it holds until its transaction ends.
   */
  async getCohort(ctx: Ctx, id: string | number, options: { lock?: 'write' | 'read' } = {}): Promise<Cohort> {
    const qb = repo(ctx, Cohort)
      .createQueryBuilder('h')
      .where('h.id = :id', { id: parseId(id, 'cohort') });
    if (!canSeeDrafts(ctx)) qb.andWhere('h.status <> :draft', { draft: CohortStatus.DRAFT });
    if (options.lock && lockMode(ctx.em).lock) qb.setLock(options.lock === 'write' ? 'pessimistic_write' : 'pessimistic_read');
    const cohort = await scopeByField(ctx, qb, 'h.fieldCode').getOne();
    if (!cohort) throw notFound('cohort');
    return cohort;
  }

  async createCourse(ctx: Ctx, input: CourseInput): Promise<Course> {
    assertFieldInScope(ctx, input.fieldCode);
    const field = await this.field(ctx, input.fieldCode);
    const courses = repo(ctx, Course);
    const course = await courses.save(courses.create({ scheduleOutline: null, ...this.courseValues(input), years: field.years }));
    ctx.audit.target('Course', course.id);
    return course;
  }

  async updateCourse(ctx: Ctx, id: string, input: CourseInput): Promise<Course> {
    const course = await this.getCourse(ctx, id, true);
    assertFieldInScope(ctx, input.fieldCode);
    const field = await this.field(ctx, input.fieldCode);
    const values = { ...this.courseValues(input), years: field.years, updatedAt: ctx.now };
    await repo(ctx, Course).update({ id: course.id }, values);
    // Cohorts carry their course's field for scoping; they move with it.
    if (course.fieldCode !== input.fieldCode) await repo(ctx, Cohort).update({ courseId: course.id }, { fieldCode: input.fieldCode });
    ctx.audit.target('Course', course.id);
    return Object.assign(course, values);
  }

  async createCohort(ctx: Ctx, input: CohortInput): Promise<Cohort> {
    const course = await this.getCourse(ctx, input.courseId);
    const cohorts = repo(ctx, Cohort);
    const cohort = await cohorts.save(
      cohorts.create({
        resultsOn: null,
        announcedAt: null,
        ...this.cohortValues(input),
        courseId: course.id,
        fieldCode: course.fieldCode,
        status: input.status ?? CohortStatus.DRAFT,
      }),
    );
    ctx.audit.target('Cohort', cohort.id);
    return cohort;
  }

  async updateCohort(ctx: Ctx, id: string, input: CohortUpdateInput): Promise<Cohort> {
    const cohort = await this.getCohort(ctx, id, { lock: 'write' });
    for (const rule of this.editRules) await rule.checkCohortEdit(ctx, cohort, { status: input.status, capacity: input.capacity });
    const values = { ...this.cohortValues(input), status: input.status, updatedAt: ctx.now };
    await repo(ctx, Cohort).update({ id: cohort.id }, values);
    ctx.audit.target('Cohort', cohort.id);
    return Object.assign(cohort, values);
  }

  private async field(ctx: Ctx, code: FieldCode): Promise<StudyField> {
    const field = await repo(ctx, StudyField).findOneBy({ code });
    if (!field) throw badField('fieldCode', 'validation.fieldCode', 'Choose one of the five fields.');
    return field;
  }

  private courseValues(input: CourseInput) {
    return {
      // Left out (undefined), the outline stays as it is; null or blank clears it.
      ...(input.scheduleOutline !== undefined ? { scheduleOutline: input.scheduleOutline?.trim() || null } : {}),
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
      // Left out (undefined), the results date stays as it is; null clears it.
      ...(input.resultsOn !== undefined ? { resultsOn: input.resultsOn } : {}),
    };
  }
}
