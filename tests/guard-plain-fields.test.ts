import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { guardSchema } from '../server/src/core/graphql/guard';
import { buildAppSchema } from '../server/src/core/graphql/schema';
import { createLogger } from '../server/src/core/logger';
import type { Database } from '../server/src/core/tx';
import { resolverClasses } from '../server/src/modules';
import { coordinates } from './helpers/schema';
import { PUBLIC } from '../server/src/modules/permissions';

/**
 * The guard wraps every field, except a plain property that anyone may read and that is not
 * personal: that one is left to the executor's own property read (graphql-jit inlines it). This
 * pins which fields those are, so that no field with a rule to check, a personal mark to audit or
 * a resolver of its own ever loses its wrapper.
 */
const fieldsOf = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).flatMap((type) =>
    type instanceof GraphQLObjectType && !type.name.startsWith('__') ? Object.values(type.getFields()).map((field) => ({ coordinate: `${type.name}.${field.name}`, field })) : [],
  );

let guarded: GraphQLSchema;
let resolvers: Map<string, unknown>;

beforeAll(async () => {
  // A second build of the same classes: type-graphql's own resolvers, before the guard replaces them.
  const unguarded = await buildAppSchema({ resolvers: resolverClasses, guard: (built) => built });
  resolvers = new Map(fieldsOf(unguarded).map(({ coordinate, field }) => [coordinate, field.resolve]));
  guarded = await buildAppSchema({ resolvers: resolverClasses, guard: (built, plain) => guardSchema(built, {} as Database, createLogger('silent'), plain) });
});

test('only public, unmarked, plain properties of object types are left unwrapped', () => {
  const rules = new Map(coordinates(guarded).map((c) => [`${c.type}.${c.field}`, c]));
  const unwrapped = fieldsOf(guarded).filter(({ field }) => field.resolve === undefined);
  expect(unwrapped.length).toBeGreaterThan(20);
  for (const { coordinate } of unwrapped) {
    const rule = rules.get(coordinate)!;
    expect([coordinate, rule.access?.includes(PUBLIC), rule.personal ?? null, ['Query', 'Mutation'].includes(rule.type)]).toEqual([coordinate, true, null, false]);
  }
});

test('the catalogue properties are read directly; fields with resolvers, rules or marks keep the guard', () => {
  const wrapped = new Map(fieldsOf(guarded).map(({ coordinate, field }) => [coordinate, field.resolve !== undefined]));
  for (const plain of ['Field.code', 'Field.nameJa', 'Course.title', 'Cohort.academicYear', 'Cohort.capacity']) expect([plain, wrapped.get(plain)]).toEqual([plain, false]);
  // A field resolver (the course's field, the cohort's course), a root field, a staff-only field.
  for (const kept of ['Course.field', 'Cohort.course', 'Query.openCohorts', 'Account.name']) expect([kept, wrapped.get(kept)]).toEqual([kept, true]);
  // type-graphql's own resolver existed for every field left to the executor (it only read the property).
  for (const [coordinate, isWrapped] of wrapped) if (!isWrapped) expect([coordinate, typeof resolvers.get(coordinate)]).toEqual([coordinate, 'function']);
});
