import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Ctx } from './context';
import { forbidden } from './errors';

/**
 * Contractor field scope, in one place. Every service list and every nested loader that
 * reaches field-owned rows goes through these helpers. Field-owned rows carry a field code
 * (courses, cohorts) or reach one through their cohort (applications, enrollments, …).
 */
export function fieldScope(ctx: Pick<Ctx, 'user'>): string | null {
  return ctx.user?.contractor?.fieldCode ?? null;
}

/** Adds "AND <column> = :scopeField" for contractor staff; no-op for everyone else. */
export function scopeByField<T extends ObjectLiteral>(ctx: Pick<Ctx, 'user'>, qb: SelectQueryBuilder<T>, fieldColumn: string): SelectQueryBuilder<T> {
  const scoped = fieldScope(ctx);
  return scoped ? qb.andWhere(`${fieldColumn} = :scopeField`, { scopeField: scoped }) : qb;
}

/**
 * For rows owned through a cohort: joins the cohort (as `cohortAlias`) on `<alias>.cohortId`
 * and scopes by its field. The one way a field-owned table is scoped.
 */
export function scopeByCohort<T extends ObjectLiteral>(
  ctx: Pick<Ctx, 'user'>,
  qb: SelectQueryBuilder<T>,
  cohortTable: string,
  cohortAlias = 'scope_cohort',
): SelectQueryBuilder<T> {
  if (!fieldScope(ctx)) return qb;
  qb.innerJoin(cohortTable, cohortAlias, `${cohortAlias}.id = ${qb.alias}.cohortId`);
  return scopeByField(ctx, qb, `${cohortAlias}.fieldCode`);
}

export function inFieldScope(ctx: Pick<Ctx, 'user'>, fieldCode: string): boolean {
  const scoped = fieldScope(ctx);
  return !scoped || scoped === fieldCode;
}

/** For writes that name a field: refuse a contractor writing outside its field. */
export function assertFieldInScope(ctx: Pick<Ctx, 'user'>, fieldCode: string): void {
  if (!inFieldScope(ctx, fieldCode)) throw forbidden('Contractor staff can work only in their own field.');
}
