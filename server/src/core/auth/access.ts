import { Extensions } from 'type-graphql';
import { PUBLIC } from './roles';

/** Access rule metadata as it appears in the built schema's extensions. */
export interface AccessExtensions {
  access?: readonly string[];
}

type AnyDecorator = ClassDecorator & MethodDecorator & PropertyDecorator;

/**
 * The access rule of a field, an operation, or (on a class) the default of every field of
 * that type. The codes go into the schema's extensions: the guard checks them on every
 * field and the coverage test reads every rule from the built schema. A field's own rule
 * replaces its type's default; it never widens it silently, because the pinned field
 * lists show each field's effective rule.
 */
export function Allow(...codes: string[]): AnyDecorator {
  if (codes.length === 0) throw new Error('Allow() needs at least one permission code');
  return Extensions({ access: codes }) as AnyDecorator;
}

/** Readable by anyone. Each use must also appear in a module's public coordinates, which reviewers read. */
export function Public(): AnyDecorator {
  return Extensions({ access: [PUBLIC] }) as AnyDecorator;
}
