import { buildSchema, getMetadataStorage } from 'type-graphql';
import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import { personalDirective } from '../personal';
import { validateInput } from './validate';
import { DateTimeScalar } from './scalars';

export interface SchemaParts {
  /** Every module's resolver classes. */
  resolvers: readonly Function[];
  /** Their instances, built with their dependencies; type-graphql asks for them by class. */
  instances?: readonly object[];
  /** Applies the access guard to the built schema (core/graphql/guard.ts); printing the schema needs none. */
  guard?: (schema: GraphQLSchema, plain: ReadonlySet<string>) => GraphQLSchema;
}

/**
 * The object fields type-graphql resolves by reading the property of the same name, with nothing
 * in between (no field resolver, no middleware, no other property name), as `Type.field`. The guard
 * may leave such a field to the executor's own property read when its rule lets anyone see it; the
 * rule is still checked (and tested) like every other. Mirrors type-graphql's own choice of
 * `createBasicFieldResolver` (schema-generator.js), and errs towards "not plain".
 */
function plainFields(): Set<string> {
  const storage = getMetadataStorage();
  const resolved = new Set(storage.fieldResolvers.map((r) => r.getObjectType?.()).filter(Boolean));
  const hasResolver = (target: Function, name: string) => resolved.has(target) && storage.fieldResolvers.some((r) => r.getObjectType?.() === target && r.methodName === name);
  const plain = new Set<string>();
  for (const type of storage.objectTypes) {
    const inherited = storage.interfaceTypes.filter((i) => type.interfaceClasses?.includes(i.target)).flatMap((i) => i.fields ?? []);
    const fields = [...inherited, ...(type.fields ?? [])];
    for (const field of fields) {
      const sameName = field.schemaName === field.name;
      if (sameName && !hasResolver(field.target, field.name) && !field.middlewares?.length && !field.roles?.length) plain.add(`${type.name}.${field.schemaName}`);
    }
    // A field declared twice (an interface's and the type's own) counts as plain only if both are.
    for (const field of fields) if (field.schemaName !== field.name || hasResolver(field.target, field.name)) plain.delete(`${type.name}.${field.schemaName}`);
  }
  return plain;
}

export async function buildAppSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  const byClass = new Map<Function, object>((parts.instances ?? []).map((i) => [i.constructor, i]));
  const schema = await buildSchema({
    resolvers: [...parts.resolvers] as [Function, ...Function[]],
    // No service locator: resolvers get their services through their constructors, built in modules/index.ts.
    container: {
      get: (cls: Function) => {
        const instance = byClass.get(cls);
        if (!instance) throw new Error(`no instance of ${cls.name}: build it in its module`);
        return instance;
      },
    },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Keep @include/@skip/@deprecated: a custom list replaces graphql-js's built-ins.
    directives: [...specifiedDirectives, personalDirective],
    validateFn: validateInput,
  });
  return parts.guard ? parts.guard(schema, plainFields()) : schema;
}
