#!/usr/bin/env node
// `npm run lint`: ESLint, Prettier (check only), vue-tsc for both clients, dependency-cruiser.
// Runs every check, in this order, then prints a summary; exits non-zero if any check failed.
// `npm run lint -- --bail` stops at the first failure instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const checks = [
  { name: 'eslint', cmd: 'eslint', args: ['--max-warnings=0', '.'] },
  { name: 'prettier --check', cmd: 'prettier', args: ['--check', '--log-level=warn', '.'] },
  { name: 'vue-tsc member-client', cmd: 'vue-tsc', args: ['--noEmit', '-p', 'member-client/tsconfig.json'] },
  { name: 'vue-tsc admin-client', cmd: 'vue-tsc', args: ['--noEmit', '-p', 'admin-client/tsconfig.json'] },
  { name: 'dependency-cruiser', cmd: 'depcruise', args: ['server/src', '--config', '.dependency-cruiser.cjs'] },
];

const bail = process.argv.includes('--bail');
const results = [];
for (const check of checks) {
  const file = bin(check.cmd);
  if (!existsSync(file)) {
    console.error(`lint: ${file} is missing; run npm ci first.`);
    process.exit(2);
  }
  console.log(`\n== ${check.name}: ${check.cmd} ${check.args.join(' ')}`);
  const t0 = performance.now();
  const r = spawnSync(file, check.args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = (performance.now() - t0) / 1000;
  const ok = r.status === 0;
  results.push({ name: check.name, ok, seconds, detail: r.error ? String(r.error) : r.signal ? `signal ${r.signal}` : `exit ${r.status}` });
  console.log(`-- ${check.name}: ${ok ? 'OK' : 'FAILED'} in ${seconds.toFixed(1)}s`);
  if (!ok && bail) break;
}

console.log('\nlint summary:');
for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'}  ${r.name.padEnd(24)} ${r.seconds.toFixed(1).padStart(5)}s${r.ok ? '' : `  (${r.detail})`}`);
const skipped = checks.slice(results.length);
for (const c of skipped) console.log(`  skipped ${c.name}`);
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\n${failed.length} of ${checks.length} lint checks failed.` : `\nAll ${checks.length} lint checks passed.`);
process.exit(failed.length || skipped.length ? 1 : 0);
