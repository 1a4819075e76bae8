import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Ctx } from './context';
import type { FieldCode } from '../modules/catalog/field.entity';
import { forbidden } from './errors';

/**
 * Contractor field scope, in one place. Every service list and every nested loader
 * that reaches field-owned rows goes through these helpers.
 */
export function fieldScope(ctx: Pick<Ctx, 'user'>): FieldCode | null {
  return ctx.user?.contractor?.fieldCode ?? null;
}

/** Adds "AND <column> = :scopeField" for contractor staff; no-op for everyone else. */
export function scopeByField<T extends ObjectLiteral>(ctx: Pick<Ctx, 'user'>, qb: SelectQueryBuilder<T>, fieldColumn: string): SelectQueryBuilder<T> {
  const scoped = fieldScope(ctx);
  return scoped ? qb.andWhere(`${fieldColumn} = :scopeField`, { scopeField: scoped }) : qb;
}

export function inFieldScope(ctx: Pick<Ctx, 'user'>, fieldCode: FieldCode): boolean {
  const scoped = fieldScope(ctx);
  return !scoped || scoped === fieldCode;
}

/** For writes that name a field: refuse a contractor writing outside its field. */
export function assertFieldInScope(ctx: Pick<Ctx, 'user'>, fieldCode: FieldCode): void {
  if (!inFieldScope(ctx, fieldCode)) throw forbidden('Contractor staff can work only in their own field.');
}
