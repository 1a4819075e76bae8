import fs from 'node:fs';
import path from 'node:path';
import { renderSchemaFile } from '../server/src/core/graphql/print';
import { resolverClasses } from '../server/src/modules';

test('the committed schema.graphql is what the code emits (run `npm run schema`)', async () => {
  const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
  expect(committed).toBe(await renderSchemaFile(resolverClasses));
});
