#!/usr/bin/env node
// `npm run verify-lottery -- transcript.json`: recomputes a lottery from its transcript and says whether it matches.
// Exit status: 0 matches, 1 does not match, 2 the file could not be read (or no verifier could be loaded).
//
// The check is checkTranscript() in server/src/modules/intake/lottery.ts, the same code the server
// draws with. That file imports node:crypto only, so in a checkout (with the dev dependencies that
// `npm install` brings) it runs straight from the TypeScript source: no server build, and never a
// stale one. Without the TypeScript compiler it falls back to the built server (server/dist).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'server/src/modules/intake/lottery.ts');
const built = path.join(root, 'server/dist/modules/intake/lottery.js');
const require = createRequire(import.meta.url);

async function loadVerifier() {
  let ts;
  try {
    ts = require('typescript');
  } catch {
    ts = null;
  }
  if (ts && fs.existsSync(source)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
      fileName: source,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  }
  if (fs.existsSync(built)) return require(built);
  console.error('cannot load the verifier: install the dev dependencies (npm install) or build the server (npm run build -w server)');
  process.exit(2);
}

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
const { checkTranscript } = await loadVerifier();
if (typeof checkTranscript !== 'function') {
  console.error('the built server is out of date: run npm run build -w server');
  process.exit(2);
}
const result = checkTranscript(transcript);
for (const line of result.lines) console.log(line);
process.exit(result.matches ? 0 : 1);
