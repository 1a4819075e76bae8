import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badInput, type FieldError } from '../errors';

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

/** class-validator on every input object; failures become BAD_USER_INPUT naming each field. */
export const validateInput: ValidatorFn = async (value) => {
  if (value === null || value === undefined || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || item.constructor === Object) continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false, value: false } });
    // One message per field: the first rule that failed says what to fix.
    const seen = new Set<string>();
    if (errors.length) throw badInput(flatten(errors).filter((e) => !seen.has(e.field) && seen.add(e.field)));
  }
};
