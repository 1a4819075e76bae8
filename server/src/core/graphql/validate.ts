import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badInput, type FieldError } from '../errors';

type Normaliser = (value: string) => string;

/** @Normalize rules by class prototype and property name. */
const normalisers = new WeakMap<object, Map<string, Normaliser[]>>();

/**
 * Rewrites a string property of an input class before class-validator sees it, e.g.
 * `@Normalize(normalisePhone)` for full-width digits in a phone number. The resolver, and so the
 * service, receives the rewritten value; null, undefined and non-strings are left alone.
 */
export function Normalize(fn: Normaliser): PropertyDecorator {
  return (target, property) => {
    const byProperty = normalisers.get(target) ?? new Map<string, Normaliser[]>();
    normalisers.set(target, byProperty);
    byProperty.set(String(property), [...(byProperty.get(String(property)) ?? []), fn]);
  };
}

/** Applies the @Normalize rules of the item's class and its base classes, and of nested inputs. */
function normalise(item: object): void {
  const values = item as Record<string, unknown>;
  for (let proto = Object.getPrototypeOf(item); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const [property, fns] of normalisers.get(proto) ?? []) {
      const value = values[property];
      if (typeof value === 'string') values[property] = fns.reduce((v, fn) => fn(v), value);
    }
  }
  for (const value of Object.values(values)) {
    for (const nested of Array.isArray(value) ? value : [value]) {
      if (nested !== null && typeof nested === 'object' && nested.constructor !== Object && !(nested instanceof Date)) normalise(nested);
    }
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      const ctx = error.contexts?.[rule] as { key?: string } | undefined;
      out.push({ field, messageKey: ctx?.key ?? `validation.${rule}`, message });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

/**
 * class-validator on every input object, after its @Normalize rules; failures become
 * BAD_USER_INPUT naming each field.
 */
export const validateInput: ValidatorFn = async (value) => {
  if (value === null || value === undefined || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || item.constructor === Object) continue;
    normalise(item);
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    // One message per field: the first rule that failed says what to fix.
    const seen = new Set<string>();
    if (errors.length) throw badInput(flatten(errors).filter((e) => !seen.has(e.field) && seen.add(e.field)));
  }
};
