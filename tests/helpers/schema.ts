import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

export interface Coordinate {
  type: string;
  field: string;
  access: string[] | undefined;
  personal: unknown;
}

/** Every field of every object type, including Query and Mutation, but not introspection. */
export function coordinates(schema: GraphQLSchema): Coordinate[] {
  const out: Coordinate[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const ext = field.extensions as { access?: string[]; personal?: unknown };
      out.push({ type: type.name, field: field.name, access: ext.access, personal: ext.personal });
    }
  }
  return out;
}
