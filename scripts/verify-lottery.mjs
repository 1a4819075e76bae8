#!/usr/bin/env node
// `npm run verify-lottery -- transcript.json`: recomputes a lottery from its transcript and says whether it matches.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'server/dist/modules/intake/lottery.js');
if (!fs.existsSync(built)) {
  const r = spawnSync('npm', ['run', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(2);
}
const { verifyTranscript, LOTTERY_ALGORITHM } = createRequire(import.meta.url)(built);

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run verify-lottery -- <transcript.json>');
  process.exit(2);
}
let transcript;
try {
  transcript = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(2);
}
if (transcript.algorithm && transcript.algorithm !== LOTTERY_ALGORITHM) {
  console.error(`unknown algorithm: ${transcript.algorithm}`);
  process.exit(1);
}
const problems = verifyTranscript(transcript);
const summary = `cohort ${transcript.cohortId}: ${transcript.codes?.length ?? 0} entries, capacity ${transcript.capacity}, seed ${JSON.stringify(transcript.seed)}`;
if (problems.length === 0) {
  console.log(`MATCHES: ${summary}`);
  console.log(`commitment ${transcript.commitment} is SHA-256 of the sorted list; the order follows from the list and the seed.`);
  process.exit(0);
}
console.log(`DOES NOT MATCH: ${summary}`);
for (const p of problems) console.log(`  - ${p}`);
process.exit(1);
