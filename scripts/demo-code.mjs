#!/usr/bin/env node
// `npm run demo-code -- S00000001`: the current TOTP code of a demo staff account, for the quick
// start (the demo seed gives each demo staff account a fixed secret; see server/src/core/auth/demo-totp.ts).
// Development only: accounts created through the admin console have secrets of their own.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'server', 'package.json'));
const loginId = (process.argv[2] ?? '').trim().toUpperCase();
if (!/^S\d{8}$/.test(loginId)) {
  console.error('usage: npm run demo-code -- S00000001   (a demo staff login ID)');
  process.exit(2);
}
let demoTotpSecret;
try {
  ({ demoTotpSecret } = require(path.join(root, 'server', 'dist', 'core', 'auth', 'demo-totp.js')));
} catch {
  console.error('Build the server first: npm start (or npm run build -w server).');
  process.exit(1);
}
const { generateSync } = require('otplib');
const period = 30;
const now = Math.floor(Date.now() / 1000);
const code = generateSync({ secret: demoTotpSecret(loginId), epoch: now, period });
console.log(`${loginId}: ${code}  (valid for ${period - (now % period)} more seconds; each code works once)`);
