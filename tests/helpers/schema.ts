import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { accessOf } from '../../server/src/core/graphql/guard';
import { buildAppSchema } from '../../server/src/core/graphql/schema';
import { resolverClasses } from '../../server/src/modules';

/** The schema as the server builds it, without a database. */
export const buildSchemaForTests = () => buildAppSchema({ resolvers: resolverClasses });

export interface Coordinate {
  type: string;
  field: string;
  /** The effective rule: the field's own, else its type's default (what the guard enforces). */
  access: string[] | undefined;
  /** The field's own rule only. */
  ownAccess: string[] | undefined;
  personal: unknown;
}

/** Every field of every object type, including Query and Mutation, but not introspection. */
export function coordinates(schema: GraphQLSchema): Coordinate[] {
  const out: Coordinate[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const ext = field.extensions as { access?: string[]; personal?: unknown };
      const access = accessOf(type, field);
      out.push({ type: type.name, field: field.name, access: access ? [...access] : undefined, ownAccess: ext.access, personal: ext.personal });
    }
  }
  return out;
}
