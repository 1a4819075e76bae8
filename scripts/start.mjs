#!/usr/bin/env node
// `npm start`: build whatever is missing (server, schema-typed clients), then serve everything.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  ['server/dist/main.js', ['run', 'build', '-w', 'server']],
  ['member-client/dist/index.html', ['run', 'build', '-w', 'member-client']],
  ['admin-client/dist/index.html', ['run', 'build', '-w', 'admin-client']],
];
for (const [artifact, args] of steps) {
  if (existsSync(path.join(root, artifact))) continue;
  console.log(`Building ${artifact.split('/')[0]} (first start)…`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
