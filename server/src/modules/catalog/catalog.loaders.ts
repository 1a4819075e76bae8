import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { scopeByField } from '../../core/scope';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort, CohortStatus } from './cohort.entity';
import { canSeeDrafts } from './catalog.service';

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** One loader set per request; each nested list costs one query whatever the number of parents. */
export const catalogLoaders = defineLoaders((ctx) => ({
  fieldByCode: new DataLoader<FieldCode, StudyField | null>(async (codes) => {
    const rows = await repo(ctx, StudyField).findBy({ code: In([...codes]) });
    return codes.map((code) => rows.find((r) => r.code === code) ?? null);
  }),
  courseById: new DataLoader<number, Course | null>(async (ids) => {
    const qb = repo(ctx, Course)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [...ids] });
    const rows = await scopeByField(ctx, qb, 'c.fieldCode').getMany();
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
  coursesByField: new DataLoader<FieldCode, Course[]>(async (codes) => {
    const qb = repo(ctx, Course)
      .createQueryBuilder('c')
      .where('c.fieldCode IN (:...codes)', { codes: [...codes] })
      .orderBy('c.id', 'ASC');
    return groupBy(codes, await scopeByField(ctx, qb, 'c.fieldCode').getMany(), (c) => c.fieldCode);
  }),
  cohortsByCourse: new DataLoader<number, Cohort[]>(async (courseIds) => {
    const qb = repo(ctx, Cohort)
      .createQueryBuilder('h')
      .where('h.courseId IN (:...courseIds)', { courseIds: [...courseIds] })
      .orderBy('h.academicYear', 'DESC')
      .addOrderBy('h.id', 'ASC');
    if (!canSeeDrafts(ctx)) qb.andWhere('h.status <> :draft', { draft: CohortStatus.DRAFT });
    return groupBy(courseIds, await scopeByField(ctx, qb, 'h.fieldCode').getMany(), (h) => h.courseId);
  }),
}));
