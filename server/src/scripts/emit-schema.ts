// Writes schema.graphql and docs/personal-data-register.md from the code. A test fails when a committed file differs.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaFile } from '../core/graphql/print';
import { resolverClasses } from '../modules';
import { renderRegisterFile } from '../modules/privacy/register-markdown';

async function main(): Promise<void> {
  const file = path.resolve(__dirname, '..', '..', '..', 'schema.graphql');
  fs.writeFileSync(file, await renderSchemaFile(resolverClasses));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  const root = path.dirname(file);
  const register = path.join(root, 'docs', 'personal-data-register.md');
  fs.writeFileSync(register, await renderRegisterFile(resolverClasses, root));
  console.log(`wrote ${path.relative(process.cwd(), register)}`);
}

void main();
