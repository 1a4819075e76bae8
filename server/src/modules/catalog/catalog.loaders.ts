import DataLoader from 'dataloader';
import { defineLoaders } from '../../core/loaders';
import { fieldClause, placeholders, readRows } from '../../core/rows';
import { StudyField, FieldCode } from './field.entity';
import { Course } from './course.entity';
import { Cohort } from './cohort.entity';
import { canSeeDrafts, PUBLIC_COHORT_STATUSES } from './catalog.service';

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/** One loader set per request; each nested list costs one query whatever the number of parents. */
export const catalogLoaders = defineLoaders((ctx) => ({
  fieldByCode: new DataLoader<FieldCode, StudyField | null>(async (codes) => {
    const rows = await readRows(ctx.em, StudyField, 'f', `WHERE f.code IN (${placeholders(codes)})`, [...codes]);
    return codes.map((code) => rows.find((r) => r.code === code) ?? null);
  }),
  courseById: new DataLoader<number, Course | null>(async (ids) => {
    const scope = fieldClause(ctx, 'c.fieldCode');
    const rows = await readRows(ctx.em, Course, 'c', `WHERE c.id IN (${placeholders(ids)})${scope.sql}`, [...ids, ...scope.params]);
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
  coursesByField: new DataLoader<FieldCode, Course[]>(async (codes) => {
    const scope = fieldClause(ctx, 'c.fieldCode');
    const rows = await readRows(ctx.em, Course, 'c', `WHERE c.fieldCode IN (${placeholders(codes)})${scope.sql} ORDER BY c.id ASC`, [...codes, ...scope.params]);
    return groupBy(codes, rows, (c) => c.fieldCode);
  }),
  cohortsByCourse: new DataLoader<number, Cohort[]>(async (courseIds) => {
    const scope = fieldClause(ctx, 'h.fieldCode');
    // Staff see every cohort in their scope; everyone else the public ones (PUBLIC_COHORT_STATUSES).
    const visible = canSeeDrafts(ctx) ? [] : PUBLIC_COHORT_STATUSES;
    const statuses = visible.length ? ` AND h.status IN (${placeholders(visible)})` : '';
    const rows = await readRows(
      ctx.em,
      Cohort,
      'h',
      `WHERE h.courseId IN (${placeholders(courseIds)})${statuses}${scope.sql} ORDER BY h.academicYear DESC, h.applicationOpensAt DESC, h.id DESC`,
      [...courseIds, ...visible, ...scope.params],
    );
    return groupBy(courseIds, rows, (h) => h.courseId);
  }),
}));
