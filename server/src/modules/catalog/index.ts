/** Catalogue: the five fields, courses and cohorts. Depends on no other module. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { StudyField } from './field.entity';
import { Course } from './course.entity';
import { Cohort } from './cohort.entity';
import { CatalogService } from './catalog.service';
import { CohortResolver, CourseResolver, StudyFieldResolver } from './catalog.resolver';
import { CatalogTables1764300000000 } from './migrations/1764300000000-CatalogTables';
import { CoursePage1764500000500 } from './migrations/1764500000500-CoursePage';

export { StudyField, FieldCode } from './field.entity';
export { Course, Eligibility } from './course.entity';
export { Cohort, CohortStatus, SelectionMethod } from './cohort.entity';
export { CatalogService, canSeeDrafts, PUBLIC_COHORT_STATUSES, type CohortEditRule } from './catalog.service';
export { catalogLoaders } from './catalog.loaders';

export const catalogManifest: ModuleManifest = {
  name: 'catalog',
  entities: [StudyField, Course, Cohort],
  migrations: [CatalogTables1764300000000, CoursePage1764500000500],
  resolvers: [StudyFieldResolver, CourseResolver, CohortResolver],
  publicCoordinates: [
    'Query.fields',
    'Query.courses',
    'Query.course',
    'Query.openCohorts',
    'Query.cohort',
    'Field.code',
    'Field.nameJa',
    'Field.nameEn',
    'Field.years',
    'Field.courses',
    'Course.id',
    'Course.fieldCode',
    'Course.field',
    'Course.title',
    'Course.titleEn',
    'Course.description',
    'Course.years',
    'Course.eligibility',
    'Course.motivationRequired',
    'Course.minAttendanceRate',
    'Course.scheduleOutline',
    'Course.cohorts',
    'Course.createdAt',
    'Course.updatedAt',
    'Cohort.id',
    'Cohort.courseId',
    'Cohort.course',
    'Cohort.academicYear',
    'Cohort.capacity',
    'Cohort.applicationOpensAt',
    'Cohort.applicationClosesAt',
    'Cohort.startsOn',
    'Cohort.endsOn',
    'Cohort.selectionMethod',
    'Cohort.status',
    'Cohort.acceptingApplications',
    'Cohort.resultsOn',
    'Cohort.announcedAt',
  ],
};

export function buildCatalog(_infra: Infrastructure) {
  const catalog = new CatalogService();
  return { catalog, resolvers: [new StudyFieldResolver(catalog), new CourseResolver(catalog), new CohortResolver(catalog)] };
}
