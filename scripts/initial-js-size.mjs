#!/usr/bin/env node
// Prints each client's initial JS (the entry script and the chunks index.html preloads), gzipped,
// and fails when one is over its budget. Lazy routes load later and are not counted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const BUDGETS_KB = { 'member-client': 150, 'admin-client': 250 };
let over = false;

for (const [client, budget] of Object.entries(BUDGETS_KB)) {
  const dist = path.join(root, client, 'dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) files.add(m[1]);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = fs.readFileSync(path.join(dist, file.replace(/^\/(admin\/)?/, '')));
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  const ok = gzip / 1024 <= budget;
  if (!ok) over = true;
  console.log(`${client}: initial JS ${kb(gzip)} KB gzip (${kb(raw)} KB raw, ${files.size} files), budget ${budget} KB ${ok ? 'ok' : 'OVER'}`);
}
if (over) process.exit(1);
