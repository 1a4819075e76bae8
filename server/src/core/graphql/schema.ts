import { buildSchema } from 'type-graphql';
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
  guard?: (schema: GraphQLSchema) => GraphQLSchema;
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
  return parts.guard ? parts.guard(schema) : schema;
}
