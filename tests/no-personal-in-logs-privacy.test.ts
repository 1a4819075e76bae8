import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { REDACT_PATHS, type AppLogger } from '../server/src/core/logger';
import { startTestServer, type TestServer } from './helpers/server';
import { fullMember, type FullMember } from './helpers/full-member';
import { ok } from './helpers/intake';

/**
 * The later flows leave no personal information in any log line or mail either (issue 13, point 9;
 * tests/no-personal-in-logs.test.ts covers intake, learning and follow-up through real SMTP). A
 * member with a marker in every personal value goes through every flow (community included),
 * downloads their data, staff produce it at the counter, a new privacy notice is published and
 * accepted, and the member is erased. Every log line at debug level and every mail written (its
 * decoded subject and text, and the raw file but for the To header) is searched for every marker.
 */
let t: TestServer;
let m: FullMember;
const logLines: string[] = [];

beforeAll(async () => {
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { service: 'college-portal' } },
    { write: (line: string) => void logLines.push(line) },
  ) as unknown as AppLogger;
  t = await startTestServer({ logger, env: { LOG_LEVEL: 'debug' } });
  m = await fullMember(t, { passkey: false });
}, 180_000);
afterAll(() => t.close());

test('export, counter export, re-consent and erasure leave no marker in the logs or the mail', async () => {
  const [admin, staff] = await Promise.all([t.tokenFor('admin'), t.tokenFor('staff')]);
  // Requests that fail and that echo input, with personal values in them.
  await t.gql(`mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { accessToken } }`, { i: m.loginId, p: 'wrong password!' });
  await t.gql(`query($s: String!) { members(search: $s) { total } }`, { s: m.markers.name }, { token: staff });
  // The new flows.
  await ok(t, `{ myPersonalData { json } }`, {}, m.token);
  await ok(t, `mutation($id: ID!) { produceMemberDataExport(accountId: $id, channel: COUNTER, identityChecked: true) { fileName } }`, { id: String(m.accountId) }, staff);
  await ok(t, `{ myAccessHistory { total } }`, {}, m.token);
  await ok(
    t,
    `mutation($input: PrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }`,
    { input: { version: '2027-01', textJa: '新しい個人情報の取扱い', textEn: 'The new notice', effectiveFrom: new Date(Date.now() + 1000).toISOString() } },
    admin,
  );
  await new Promise((r) => setTimeout(r, 1100));
  await ok(t, `mutation { acceptPrivacyNotice(version: "2027-01") }`, {}, m.token);
  const request = (await ok(t, `mutation { requestErasure(confirm: true) { id } }`, {}, m.token)).requestErasure;
  // The cooling-off period (0 in tests) would have let the outbox send the "request received" mail first.
  await t.mails();
  await ok(t, `mutation($id: ID!) { executeErasure(requestId: $id) { id } }`, { id: request.id }, admin);
  await t.settle();

  const mails = await t.mails();
  const mailDir = path.join(t.config.dataDir, 'mail');
  const raw = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8')) : [];
  // The search can find: logs and mails were really written, the erasure's mails among them.
  expect(logLines.length).toBeGreaterThan(50);
  expect(logLines.join('')).toContain('request completed');
  expect(mails.some((x) => x.subject.includes('削除のお申し出'))).toBe(true);
  expect(mails.some((x) => x.subject.includes('削除しました'))).toBe(true);
  expect(raw.length).toBeGreaterThan(3);

  const hits: string[] = [];
  const search = (where: string, text: string) => {
    for (const [field, marker] of Object.entries(m.markers)) if (text.includes(marker)) hits.push(`${where}: ${field}`);
  };
  logLines.forEach((line, i) => search(`log line ${i}`, line));
  mails.forEach((x, i) => search(`mail ${i}`, `${x.subject}\n${x.text}`));
  // The raw files, but for the To header (the address is there by necessity).
  raw.forEach((file, i) => search(`mail file ${i}`, file.replace(/^To: .*$/m, '')));
  expect(hits).toEqual([]);
});
