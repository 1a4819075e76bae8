import fs from 'node:fs';
import path from 'node:path';

/**
 * Every text the clients show comes from a message key: the server's error keys are translated in
 * the client that can receive them, each client's Japanese and English hold the same keys, and
 * every key the client code names exists. A new server key without a translation fails here, not
 * on a staff member's screen as the server's English fallback.
 */
const root = path.resolve(__dirname, '..');
type Tree = { [key: string]: string | Tree };

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : files(p, ext);
    return ext.test(e.name) && e.name !== 'components.d.ts' ? [p] : [];
  });
}
const json = (p: string): Tree => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8'));
const flat = (tree: Tree, prefix = ''): string[] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flat(v, `${prefix}${k}.`)));

const KEY = String.raw`'([a-z][a-zA-Z]*\.[a-zA-Z]+)'`;
/** How server code names a message key: error helpers, validator options, system notices. */
const SERVER_KEY_PATTERNS = [
  new RegExp(String.raw`\b(?:conflict|unauthenticated|key)\(\s*${KEY}`, 'g'),
  new RegExp(String.raw`\b(?:badField|NotBlank|After|OnOrAfterDateOf)\([^;]*?,\s*${KEY}`, 'g'),
  new RegExp(String.raw`\bmessageKey(?:\s*=|:)\s*${KEY}`, 'g'),
  new RegExp(String.raw`\bkey:\s*${KEY}`, 'g'),
  new RegExp(String.raw`export const [A-Z_]+ = ${KEY}`, 'g'),
  new RegExp(String.raw`new AppError\(\s*'[A-Z_]+',\s*${KEY}`, 'g'),
];
function serverKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of files(path.join(root, 'server/src'), /\.ts$/)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const pattern of SERVER_KEY_PATTERNS) for (const m of source.matchAll(pattern)) keys.add(m[1]);
  }
  return keys;
}

/** Keys only staff operations raise: the portal never calls them. */
const STAFF_ONLY = [
  'account.emailTaken',
  'application.ineligible',
  'application.notPending',
  'cohort.locked',
  'consultation.changed',
  'consultation.reasonRequired',
  'disclosure.fieldsRequired',
  'disclosure.untilInPast',
  'district.code',
  'district.neighbours',
  'erasure.coolingOff',
  'group.changed',
  'group.district',
  'group.duplicate',
  'group.fieldRequired',
  'group.interviewInFuture',
  'group.interviewer',
  'group.reasonRequired',
  'group.representativeErased',
  'groupNote.heardInFuture',
  'introduction.changed',
  'introduction.consultationClosed',
  'introduction.decided',
  'introduction.followUpInPast',
  'introduction.followUpRequired',
  'introduction.outcome',
  'introduction.reasonRequired',
  'lottery.drawn',
  'lottery.frozen',
  'lottery.notFrozen',
  'lottery.notNeeded',
  'notice.alreadyPublished',
  'notice.systemNotice',
  'notice.withdrawn',
  'passkey.failed',
  'posting.changed',
  'posting.expiresInPast',
  'posting.fieldRequired',
  'posting.flagsUnacknowledged',
  'posting.groupInactive',
  'posting.headcount',
  'posting.notDraft',
  'posting.notInReview',
  'posting.notPublished',
  'posting.noteRequired',
  'posting.ownReview',
  'privacy.identityNotChecked',
  'privacyNotices.effectiveBeforeLatest',
  'privacyNotices.effectiveInPast',
  'privacyNotices.versionFormat',
  'privacyNotices.versionTaken',
  'report.yearInvalid',
  'report.yearRangeReversed',
  'report.yearRangeTooLong',
  'reporting.addressNotAllowed',
  'reporting.clientRevoked',
  'reporting.expiryInPast',
  'reporting.expiryTooFar',
  'reporting.operationNotAllowed',
  'reporting.operationsRequired',
  'reporting.tokenExpired',
  'reporting.tokenInvalid',
  'reporting.unknownOperation',
  'reporting.untrustedDocument',
  'request.notAFileOperation',
  'secondFactor.lastFactor',
  'secondFactor.requiredForStaff',
  'selection.fixed',
  'selection.notClosed',
  'selection.notLottery',
  'selection.overCapacity',
  'selection.undecided',
  'selection.useLottery',
  'staff.notSelf',
  'survey.choiceKey',
  'survey.choices',
  'survey.offsets',
  'survey.otherField',
  'survey.questionCount',
  'survey.questionKey',
  'survey.reminder',
  'survey.window',
  'validation.range',
  'validation.resultsOnBeforeClose',
  'validation.scheduleOutline',
  'validation.searchTooShort',
  'validation.seed',
  'validation.select',
];
/** Keys only members meet: their own application steps and the system notices the portal renders. */
const MEMBER_ONLY = [
  'activity.notAlumnus',
  'application.duplicate',
  'application.notWithdrawable',
  'consent.notAlumnus',
  'erasure.confirmRequired',
  'notice.accountInactive',
  'notice.disclosureRequest',
  'notice.erasureRequested',
  'notice.resultNotAccepted',
  'notice.resultOffered',
  'notice.resultWaitlisted',
  'notice.seatOffered',
  'notice.surveyInvitation',
  'notice.surveyReminder',
  'privacyRenewal.membersOnly',
  'privacyRenewal.notCurrent',
  'survey.badAnswer',
  'survey.badAnswers',
  'survey.groupUnknown',
  'survey.notPending',
  'survey.required',
];
/** Keys the console shows under a prefix of its own (an application's reason, in reasonCode.*). */
const ADMIN_PREFIXED: Record<string, string> = { 'eligibility.basisNotAccepted': 'reasonCode.' };

const CLIENTS = ['admin-client', 'member-client'] as const;
const glossary = { ja: json('client-shared/src/glossary/ja.json'), en: json('client-shared/src/glossary/en.json') };
/** A client's messages: its locale file, the parts that load with their routes (locales/<part>/<locale>.json), and the glossary. */
function messages(client: (typeof CLIENTS)[number], locale: 'ja' | 'en'): Set<string> {
  const dir = path.join(root, client, 'src/locales');
  const parts = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const own = [json(`${client}/src/locales/${locale}.json`), ...parts.map((p) => json(`${client}/src/locales/${p.name}/${locale}.json`))];
  return new Set([...own.flatMap((m) => flat(m)), ...flat({ glossary: glossary[locale] })]);
}

test('the server names its message keys in ways this test can find', () => {
  const keys = serverKeys();
  // A sample from each pattern, so a change in how keys are written does not empty the list unnoticed.
  for (const k of ['cohort.locked', 'validation.email', 'notice.resultOffered', 'validation.scheduleOutline', 'eligibility.basisNotAccepted', 'auth.required'])
    expect([k, keys.has(k)]).toEqual([k, true]);
  expect(keys.size).toBeGreaterThan(80);
  // The lists above name only keys the server still has.
  for (const k of [...STAFF_ONLY, ...MEMBER_ONLY, ...Object.keys(ADMIN_PREFIXED)]) expect([k, keys.has(k)]).toEqual([k, true]);
});

test.each(CLIENTS)('%s: every server key it can receive is translated in Japanese and English', (client) => {
  const skip = new Set(client === 'admin-client' ? MEMBER_ONLY : STAFF_ONLY);
  for (const locale of ['ja', 'en'] as const) {
    const have = messages(client, locale);
    const missing = [...serverKeys()]
      .filter((k) => !skip.has(k))
      .map((k) => (client === 'admin-client' && ADMIN_PREFIXED[k] ? ADMIN_PREFIXED[k] + k : k))
      // A system notice's key names a group (title and body).
      .filter((k) => !have.has(k) && ![...have].some((h) => h.startsWith(`${k}.`)));
    expect([locale, missing]).toEqual([locale, []]);
  }
});

test.each(CLIENTS)('%s: Japanese and English hold the same keys', (client) => {
  const ja = messages(client, 'ja');
  const en = messages(client, 'en');
  expect([...ja].filter((k) => !en.has(k))).toEqual([]);
  expect([...en].filter((k) => !ja.has(k))).toEqual([]);
});

test.each(CLIENTS)('%s: every key its code (and client-shared) names exists', (client) => {
  const have = [...messages(client, 'ja')];
  const used = new Set<string>();
  for (const file of [...files(path.join(root, client, 'src'), /\.(ts|vue)$/), ...files(path.join(root, 'client-shared/src'), /\.(ts|vue)$/)]) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\b(?:t|te|tm|\$t)\(\s*['"]([a-zA-Z]\w*(?:\.\w+)+)['"]/g)) used.add(m[1]);
    for (const m of source.matchAll(/\bkey:\s*['"]([a-zA-Z]\w*(?:\.\w+)+)['"]/g)) used.add(m[1]);
  }
  expect(used.size).toBeGreaterThan(300);
  // A key may name a whole group (tm('x') or t(`x.${kind}`) built from it).
  const missing = [...used].filter((k) => !have.includes(k) && !have.some((h) => h.startsWith(`${k}.`)));
  expect(missing).toEqual([]);
});
