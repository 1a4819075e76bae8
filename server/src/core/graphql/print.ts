import { lexicographicSortSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildAppSchema } from './schema';

/** The committed schema.graphql: sorted, with the @personal marks printed. */
export async function renderSchemaFile(resolvers: readonly Function[]): Promise<string> {
  const schema = lexicographicSortSchema(await buildAppSchema({ resolvers }));
  return '# Emitted from the server code by `npm run schema`. Do not edit by hand.\n\n' + printSchemaWithDirectives(schema) + '\n';
}
