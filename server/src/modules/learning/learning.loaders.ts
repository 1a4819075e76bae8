import DataLoader from 'dataloader';
import { defineLoaders } from '../../core/loaders';
import { fieldClause, placeholders, readRows } from '../../core/rows';
import type { Ctx } from '../../core/context';
import { Permission } from '../permissions';
import { ClassSession } from './class-session.entity';
import { AttendanceChange } from './attendance-change.entity';
import { ClassSessionChange } from './class-session-change.entity';

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Which class sessions the caller may see, as SQL on a session alias `s`: staff with
 * AttendanceRecord those of their field (contractor scope); a member those of cohorts they are
 * enrolled in; anyone else none.
 */
export function sessionVisibility(ctx: Ctx, alias = 's'): { join: string; where: string; params: unknown[] } {
  if (ctx.user?.permissions.has(Permission.AttendanceRecord)) {
    const scope = fieldClause(ctx, 'sc.fieldCode');
    return scope.sql ? { join: ` INNER JOIN cohort sc ON sc.id = ${alias}.cohortId`, where: scope.sql, params: scope.params } : { join: '', where: '', params: [] };
  }
  if (ctx.user?.permissions.has(Permission.StudyOwn)) {
    return { join: '', where: ` AND EXISTS (SELECT 1 FROM enrollment se WHERE se.cohortId = ${alias}.cohortId AND se.accountId = ?)`, params: [ctx.user.accountId] };
  }
  return { join: '', where: ' AND 1 = 0', params: [] };
}

/** One loader set per request; each nested list costs one query whatever the number of parents. */
export const learningLoaders = defineLoaders((ctx) => ({
  sessionsByCohort: new DataLoader<number, ClassSession[]>(async (cohortIds) => {
    const v = sessionVisibility(ctx);
    const rows = await readRows(ctx.em, ClassSession, 's', `${v.join} WHERE s.cohortId IN (${placeholders(cohortIds)})${v.where} ORDER BY s.startsAt ASC, s.id ASC`, [
      ...cohortIds,
      ...v.params,
    ]);
    return groupBy(cohortIds, rows, (s) => s.cohortId);
  }),
  /** Changes of attendance records, oldest first. The records were read through an access-checked path. */
  changesByAttendance: new DataLoader<number, AttendanceChange[]>(async (ids) => {
    const rows = await readRows(ctx.em, AttendanceChange, 'c', `WHERE c.attendanceId IN (${placeholders(ids)}) ORDER BY c.at ASC, c.id ASC`, [...ids]);
    return groupBy(ids, rows, (c) => c.attendanceId);
  }),
  /** Changes of class sessions, oldest first. The sessions were read through an access-checked path. */
  changesBySession: new DataLoader<number, ClassSessionChange[]>(async (ids) => {
    const rows = await readRows(ctx.em, ClassSessionChange, 'c', `WHERE c.classSessionId IN (${placeholders(ids)}) ORDER BY c.at ASC, c.id ASC`, [...ids]);
    return groupBy(ids, rows, (c) => c.classSessionId);
  }),
}));
