// Writes schema.graphql from the code, with the @personal marks. CI checks that the committed file matches.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildAppSchema } from '../core/graphql/schema';

async function main(): Promise<void> {
  const schema = lexicographicSortSchema(await buildAppSchema());
  const header = '# Emitted from the server code by `npm run schema`. Do not edit by hand.\n\n';
  const file = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
  fs.writeFileSync(file, header + printSchemaWithDirectives(schema) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

void main();
