import { Authorized, Extensions } from 'type-graphql';
import { AccessCode, PUBLIC } from './permissions';

/**
 * The access rule of a field or operation: type-graphql's @Authorized for the check,
 * plus the same codes in the schema's extensions, so the guard can deny any field
 * that has no rule and the coverage test can read every rule from the built schema.
 */
export function Allow(...codes: Exclude<AccessCode, typeof PUBLIC>[]): MethodDecorator & PropertyDecorator {
  if (codes.length === 0) throw new Error('Allow() needs at least one permission code');
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Authorized(codes)(target, key, descriptor as never);
    Extensions({ access: codes })(target, key, descriptor as never);
  };
}

/** Readable by anyone. Each use must also appear in public-coordinates.ts, which reviewers read. */
export function Public(): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ access: [PUBLIC] })(target, key, descriptor as never);
  };
}
