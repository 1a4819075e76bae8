// Writes schema.graphql from the code. A test fails when the committed file differs.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaFile } from '../core/graphql/print';
import { resolverClasses } from '../modules';

async function main(): Promise<void> {
  const file = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
  fs.writeFileSync(file, await renderSchemaFile(resolverClasses));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

void main();
