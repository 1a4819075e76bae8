#!/usr/bin/env node
// Writes server/src/scripts/bench/operations.json: the canonical operations of `npm run bench`
// exactly as the clients send them (codegen's documents with the __typename fields Apollo Client
// adds). A test fails when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WANTED = {
  'member-client': ['Fields', 'OpenCohorts', 'PublicNotices', 'MyAccount', 'UnreadNoticeCount', 'MyApplications', 'ApplyToCohort', 'Login'],
  'admin-client': ['CohortApplications', 'ConsoleAttendanceGrid'],
};

export function operations() {
  const out = {};
  for (const [client, names] of Object.entries(WANTED)) {
    const source = fs.readFileSync(path.join(root, client, 'src/gql/graphql.ts'), 'utf8');
    for (const name of names) {
      const match = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode`).exec(source);
      if (!match) throw new Error(`${client}: no ${name}Document in src/gql/graphql.ts`);
      out[name] = print(addTypenameToDocument(JSON.parse(match[1])));
    }
  }
  return out;
}

const file = path.join(root, 'server/src/scripts/bench/operations.json');
if (process.argv[2] === '--check') {
  const fresh = JSON.stringify(operations(), null, 2) + '\n';
  if (fs.readFileSync(file, 'utf8') !== fresh) {
    console.error('server/src/scripts/bench/operations.json is stale: run node scripts/bench-operations.mjs');
    process.exit(1);
  }
} else {
  fs.writeFileSync(file, JSON.stringify(operations(), null, 2) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
