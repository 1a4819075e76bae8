import { alumniCohort } from './helpers/alumni';
import { startTestServer, type TestServer } from './helpers/server';
import { RETENTION_BEYOND_THESE_TESTS } from './helpers/server';
import { COURSE, errorCodes, fastMembers, messageKeys, ok, type Member } from './helpers/intake';
import { serverFailures } from './helpers/races';
import { Enrollment } from '../server/src/modules/intake';

import { AuditEntry } from '../server/src/modules/audit';
import { FOLLOW_UP_NOTICE_VERSION, GroupNote, SurveyWave } from '../server/src/modules/alumni';

/**
 * Survey results and the answers CSV (counts only; the CSV pseudonymous unless the names
 * permission asks for names, every export audited), group notes (団体からの声) on an alumnus,
 * and parallel schedules of one survey, all through HTTP GraphQL on a real server.
 */
let t: TestServer;
let staff: string;
let admin: string;
let greenery: string;
/** Welfare alumni: P1–P5 agree to follow-up, P6 never chose. */
let P: Member[];
/** Greenery alumni, both agreeing. */
let G: Member[];
/** A member who never completed a course. */
let outsider: Member;
let welfareCohort: string;
let greeneryCohort: string;
let surveyId: string;
let otherSurveyId: string;
let greenSurveyId: string;
let wave12: string;
let wave24: string;

const TITLE = '地域活動の追跡調査';
const OTHER_TITLE = '講座の振り返り';
const GREEN_TITLE = 'みどりの活動調査';
const SET_CONSENT = `mutation($g: Boolean!, $v: String!) { setFollowUpConsent(granted: $g, noticeVersion: $v) { current { granted } } }`;
const CREATE = `mutation($t: String!, $f: FieldCode, $q: [SurveyQuestionInput!]!) { createSurvey(title: $t, fieldCode: $f, questions: $q) { id version } }`;
const SET_QUESTIONS = `mutation($id: ID!, $q: [SurveyQuestionInput!]!) { setSurveyQuestions(id: $id, questions: $q) { version } }`;
const SCHEDULE = `mutation($i: SurveyScheduleInput!) { scheduleSurvey(input: $i) { waves { wave { id offsetMonths } } } }`;
const MINE = `{ mySurveys { id title } }`;
const SUBMIT = `mutation($id: ID!, $a: String!) { submitSurveyAnswers(id: $id, answers: $a) }`;
const DRAFT = `mutation($id: ID!, $a: String!) { saveSurveyDraft(id: $id, answers: $a) { id } }`;
const DECLINE = `mutation($id: ID!) { declineSurvey(id: $id) }`;
const RESULTS = `query($s: ID!, $w: ID) { surveyResults(surveyId: $s, waveId: $w) { surveyId waveId invited answered declined questions { key kind label answered counts { key label count } mean median min max } } }`;
const CSV = `query($s: ID!, $w: ID, $n: Boolean) { surveyAnswersCsv(surveyId: $s, waveId: $w, withNames: $n) }`;
const ADD_NOTE = `mutation($i: GroupNoteInput!) { addGroupNote(input: $i) { id groupName kind text heardOn recordedBy } }`;
const NOTES = `query($id: ID!) { member(id: $id) { id groupNotes { id groupName kind text heardOn recordedBy } } }`;

const CHOICES = [
  { key: 'lecture', label: '講義' },
  { key: 'fieldWork', label: '実習' },
  { key: 'other', label: 'その他の内容' },
];
const TOPICS = [
  { key: 'care', label: '見守り' },
  { key: 'safety', label: '防犯' },
  { key: 'events', label: '行事' },
];
const V1 = [
  { key: 'activeFields', kind: 'ACTIVE_FIELDS', label: '活動している分野', required: true },
  { key: 'groups', kind: 'GROUPS', label: '活動している団体', required: false },
  { key: 'hours', kind: 'HOURS_PER_MONTH', label: '月あたりの活動時間', required: false },
  { key: 'satisfaction', kind: 'SCALE', label: '講座は役に立ちましたか', required: true },
  { key: 'useful', kind: 'SINGLE_CHOICE', label: '最も役立った内容', required: false, choices: CHOICES },
  { key: 'topics', kind: 'MULTIPLE_CHOICE', label: '関心のある活動', required: false, choices: TOPICS },
  { key: 'comment', kind: 'TEXT', label: 'ご意見', required: false },
  { key: 'oldScale', kind: 'SCALE', label: '初年度だけの質問', required: false },
];
/** Version 2: oldScale dropped, plan added. */
const V2 = [...V1.filter((q) => q.key !== 'oldScale'), { key: 'plan', kind: 'TEXT', label: '来年の予定', required: false }];

/** What P1–P4 answer in the +12 wave (P5 declines over a draft). */
const WAVE12_ANSWERS = [
  {
    activeFields: ['WELFARE', 'GREENERY'],
    groups: ['豊玉北町会', 'みどりの会'],
    hours: 0,
    satisfaction: 5,
    useful: 'lecture',
    topics: ['care', 'safety'],
    comment: '=1+1',
    oldScale: 2,
  },
  {
    activeFields: ['WELFARE'],
    groups: ['ＮＰＯ法人\u3000ねりま見守り隊'],
    hours: 4,
    satisfaction: 4,
    useful: 'fieldWork',
    topics: ['care'],
    comment: 'ありがとうございました',
    oldScale: 4,
  },
  { activeFields: ['NONE'], groups: ['NPO法人 ねりま見守り隊', ' 豊玉北町会 '], hours: 12, satisfaction: 2, useful: 'lecture', topics: ['safety', 'events'] },
  { activeFields: ['WELFARE', 'OTHER'], groups: ['NPO法人  ねりま見守り隊'], hours: 45, satisfaction: 5, topics: [] },
];

/** Tokyo 10:00 on a day. */
const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
const csvLines = (csv: string) => csv.slice(1).split('\r\n').filter(Boolean);
const fieldErrorsOf = (res: { errors?: { extensions: Record<string, any> }[] }): string[] =>
  (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f: { field: string; messageKey: string }) => `${f.field}:${f.messageKey}`));

/** The member's pending invitation to the survey with this title. */
async function invitation(m: Member, title: string): Promise<string> {
  const found = (await ok(t, MINE, {}, m.token)).mySurveys.filter((s: { title: string }) => s.title === title);
  expect(found).toHaveLength(1);
  return found[0].id;
}

async function results(surveyArg: string, waveArg: string | null = null, token = staff) {
  return (await ok(t, RESULTS, { s: surveyArg, w: waveArg }, token)).surveyResults;
}
const question = (r: { questions: Array<{ key: string }> }, key: string): any => r.questions.find((q) => q.key === key);
const countsOf = (q: { counts: Array<{ key: string; count: number }> }) => Object.fromEntries(q.counts.map((c) => [c.key, c.count]));

async function auditRows(action: string, requestId: string | null) {
  await t.settle();
  return t.app.dataSource.getRepository(AuditEntry).find({ where: { action, requestId: requestId ?? '' } });
}

beforeAll(async () => {
  // The clock jumps years ahead here; the retention rules (tests/retention.test.ts) are set beyond it.
  t = await startTestServer({ env: RETENTION_BEYOND_THESE_TESTS });
  [staff, admin, greenery] = await Promise.all([t.tokenFor('staff'), t.tokenFor('admin'), t.tokenFor('greenery')]);
  const names = ['光が丘 太郎', '石神井 花子', '大泉 次郎', '練馬 三郎', '谷原 四郎', '関町 五郎'];
  const kana = ['ヒカリガオカ タロウ', 'シャクジイ ハナコ', 'オオイズミ ジロウ', 'ネリマ サブロウ', 'ヤハラ シロウ', 'セキマチ ゴロウ'];
  P = await fastMembers(t, 6, (i) => ({ name: names[i], nameKana: kana[i] }));
  G = await fastMembers(t, 2, (i) => ({ name: ['緑 一子', '緑 二子'][i], nameKana: ['ミドリ イチコ', 'ミドリ ニコ'][i] }));
  [outsider] = await fastMembers(t, 1);
  welfareCohort = (await alumniCohort(t, staff, P, 2030, COURSE.WELFARE)).cohortId;
  greeneryCohort = (await alumniCohort(t, staff, G, 2030, COURSE.GREENERY)).cohortId;
  for (const m of [...P.slice(0, 5), ...G]) await ok(t, SET_CONSENT, { g: true, v: FOLLOW_UP_NOTICE_VERSION }, m.token);

  surveyId = (await ok(t, CREATE, { t: TITLE, f: 'WELFARE', q: V1 }, staff)).createSurvey.id;
  otherSurveyId = (await ok(t, CREATE, { t: OTHER_TITLE, f: 'WELFARE', q: [V1[3]] }, staff)).createSurvey.id;
  greenSurveyId = (await ok(t, CREATE, { t: GREEN_TITLE, f: 'GREENERY', q: [V1[3], V1[6]] }, greenery)).createSurvey.id;
  const waves = (await ok(t, SCHEDULE, { i: { surveyId, cohortId: welfareCohort } }, staff)).scheduleSurvey.waves.map((w: any) => w.wave);
  [wave12, wave24] = [waves.find((w: any) => w.offsetMonths === 12).id, waves.find((w: any) => w.offsetMonths === 24).id];
  await ok(t, SCHEDULE, { i: { surveyId: otherSurveyId, cohortId: welfareCohort, offsets: [12] } }, staff);
  await ok(t, SCHEDULE, { i: { surveyId: greenSurveyId, cohortId: greeneryCohort, offsets: [12] } }, greenery);

  // The +12 waves open: P1–P4 answer, P5 declines over a draft.
  await t.app.jobs.runAll(at('2032-03-15'));
  for (const [i, a] of WAVE12_ANSWERS.entries())
    expect((await ok(t, SUBMIT, { id: await invitation(P[i], TITLE), a: JSON.stringify(a) }, P[i].token)).submitSurveyAnswers).toBe(true);
  const declining = await invitation(P[4], TITLE);
  await ok(t, DRAFT, { id: declining, a: JSON.stringify({ satisfaction: 1, hours: 30 }) }, P[4].token);
  expect((await ok(t, DECLINE, { id: declining }, P[4].token)).declineSurvey).toBe(true);
  // The other welfare survey: P1 and P2 answer; the greenery survey: G1 answers.
  for (const m of [P[0], P[1]]) await ok(t, SUBMIT, { id: await invitation(m, OTHER_TITLE), a: JSON.stringify({ satisfaction: 3 }) }, m.token);
  await ok(t, SUBMIT, { id: await invitation(G[0], GREEN_TITLE), a: JSON.stringify({ satisfaction: 4, comment: '花壇が増えました' }) }, G[0].token);
});
afterAll(() => t.close());

describe('surveyResults', () => {
  test('counts per choice, scale and hours with their statistics, fields, folded group names, totals; declines add nothing', async () => {
    const r = await results(surveyId, wave12);
    expect([r.surveyId, r.waveId, r.invited, r.answered, r.declined]).toEqual([surveyId, wave12, 5, 4, 1]);
    expect(r.questions.map((q: { key: string }) => q.key)).toEqual(V1.map((q) => q.key));

    const useful = question(r, 'useful');
    expect(useful.answered).toBe(3);
    expect(useful.counts).toEqual([
      { key: 'lecture', label: '講義', count: 2 },
      { key: 'fieldWork', label: '実習', count: 1 },
      { key: 'other', label: 'その他の内容', count: 0 },
    ]);
    const topics = question(r, 'topics');
    // P4's empty list is no answer.
    expect([topics.answered, countsOf(topics)]).toEqual([3, { care: 2, safety: 2, events: 1 }]);

    // P5's draft (satisfaction 1, 30 hours) was dropped by the decline: no 1, no 20-39.
    const satisfaction = question(r, 'satisfaction');
    expect(satisfaction.counts.map((c: { key: string; count: number }) => [c.key, c.count])).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
      ['4', 1],
      ['5', 2],
    ]);
    expect([satisfaction.answered, satisfaction.mean, satisfaction.median, satisfaction.min, satisfaction.max]).toEqual([4, 4, 4.5, 2, 5]);
    const hours = question(r, 'hours');
    expect(hours.counts.map((c: { key: string; count: number }) => [c.key, c.count])).toEqual([
      ['0', 1],
      ['1-4', 1],
      ['5-9', 0],
      ['10-19', 1],
      ['20-39', 0],
      ['40+', 1],
    ]);
    expect([hours.mean, hours.median, hours.min, hours.max]).toEqual([15.25, 8, 0, 45]);

    const fields = question(r, 'activeFields');
    expect([fields.answered, countsOf(fields)]).toEqual([4, { WELFARE: 3, DISASTER: 0, AGRICULTURE: 0, GREENERY: 1, RECYCLING: 0, NONE: 1, OTHER: 1 }]);
    // Full-width letters, an ideographic space, a double space and padding are one group.
    expect(question(r, 'groups').counts).toEqual([
      { key: 'NPO法人 ねりま見守り隊', label: 'NPO法人 ねりま見守り隊', count: 3 },
      { key: '豊玉北町会', label: '豊玉北町会', count: 2 },
      { key: 'みどりの会', label: 'みどりの会', count: 1 },
    ]);
    // Text: how many answered, never what they wrote.
    expect(question(r, 'comment')).toMatchObject({ answered: 2, counts: [], mean: null });
    expect(JSON.stringify(r)).not.toContain('ありがとう');
    expect(question(r, 'oldScale')).toMatchObject({ answered: 2, mean: 3, min: 2, max: 4 });
  });

  test('a contractor of another field finds no such survey; a member is refused', async () => {
    expect(errorCodes(await t.gql(RESULTS, { s: surveyId }, { token: greenery }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(CSV, { s: surveyId }, { token: greenery }))).toEqual(['NOT_FOUND']);
    const own = await results(greenSurveyId, null, greenery);
    expect([own.invited, own.answered, question(own, 'satisfaction').mean]).toEqual([2, 1, 4]);
    const member = await t.gql(RESULTS, { s: surveyId }, { token: P[0].token });
    expect([errorCodes(member), member.data?.surveyResults ?? null]).toEqual([['FORBIDDEN'], null]);
  });

  test('after a new version: earlier-only questions are still summarised; one wave or all', async () => {
    const before = await statementsFor(surveyId);
    expect((await ok(t, SET_QUESTIONS, { id: surveyId, q: V2 }, staff)).setSurveyQuestions.version).toBe(2);
    await t.app.jobs.runAll(at('2033-03-15'));
    await ok(t, SUBMIT, { id: await invitation(P[0], TITLE), a: JSON.stringify({ activeFields: ['RECYCLING'], satisfaction: 3, plan: '続けます' }) }, P[0].token);
    await ok(t, SUBMIT, { id: await invitation(P[1], TITLE), a: JSON.stringify({ activeFields: ['WELFARE'], satisfaction: 1, hours: 25 }) }, P[1].token);

    const all = await results(surveyId);
    expect([all.waveId, all.invited, all.answered, all.declined]).toEqual([null, 10, 6, 1]);
    // The current version's questions, then the one only version 1 asked.
    expect(all.questions.map((q: { key: string }) => q.key)).toEqual([...V2.map((q) => q.key), 'oldScale']);
    expect(question(all, 'oldScale')).toMatchObject({ label: '初年度だけの質問', answered: 2, mean: 3 });
    expect(question(all, 'plan').answered).toBe(1);
    expect(countsOf(question(all, 'satisfaction'))).toEqual({ '1': 1, '2': 1, '3': 1, '4': 1, '5': 2 });
    expect(countsOf(question(all, 'activeFields'))).toMatchObject({ WELFARE: 4, RECYCLING: 1 });

    const second = await results(surveyId, wave24);
    expect([second.waveId, second.invited, second.answered, second.declined]).toEqual([wave24, 5, 2, 0]);
    expect(question(second, 'oldScale')).toMatchObject({ answered: 0, mean: null, counts: [0, 0, 0, 0, 0].map((count, i) => ({ key: String(i + 1), label: null, count })) });
    expect(countsOf(question(second, 'satisfaction'))).toEqual({ '1': 1, '2': 0, '3': 1, '4': 0, '5': 0 });
    expect(countsOf(question(second, 'hours'))).toMatchObject({ '20-39': 1, '40+': 0 });
    // A wave of another survey is not this survey's.
    const otherWave = (await t.app.dataSource.getRepository(SurveyWave).findOneByOrFail({ surveyId: Number(otherSurveyId) })).id;
    expect(errorCodes(await t.gql(RESULTS, { s: surveyId, w: String(otherWave) }, { token: staff }))).toEqual(['NOT_FOUND']);

    // Six answers over two versions and two waves instead of four: the same statements.
    expect(await statementsFor(surveyId)).toBe(before);
    // Session, survey, waves, versions, invitations.
    expect(before).toBe(5);
  });
});

/** Statements one surveyResults request runs (every wave). */
async function statementsFor(id: string): Promise<number> {
  await results(id);
  await t.settle();
  t.sql.reset();
  await results(id);
  return t.sql.count;
}

describe('surveyAnswersCsv', () => {
  const secrets = () => [...P, ...G].flatMap((m) => [m.name, m.nameKana, m.loginId, m.email, ...m.name.split(' '), ...m.nameKana.split(' ')]);

  test('pseudonymous: Japanese headings, one row per answer, no one named anywhere; a formula is neutralised; audited', async () => {
    const res = await t.gql(CSV, { s: surveyId, w: wave12 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const csv = res.data.surveyAnswersCsv as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csvLines(csv);
    expect(header).toBe(['回答者コード', '年度', '講座', '分野', '調査回', '回答日', ...V2.map((q) => q.label), '初年度だけの質問'].join(','));
    // Four answered; the decline and the alumnus without consent have no row.
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/^A[A-Z2-9]{10},2030年度,地域福祉コース,地域福祉,修了12か月後,\d{4}\/\d{2}\/\d{2},/);
    for (const secret of secrets()) expect([secret, csv.includes(secret)]).toEqual([secret, false]);
    expect(csv).not.toMatch(/\d{4}-(WEL|DIS|AGR|GRN|REC)-\d{3}/);
    expect(csv).not.toMatch(/@example\.jp|MT[0-9A-F]{4}\d{6}/);
    // Labels, not keys; fields by their Japanese names; lists joined with 、.
    const first = rows.find((r) => r.includes('講義') && r.includes('見守り、防犯'))!;
    expect(first).toContain(',"\'=1+1",');
    expect(first).toContain(',地域福祉、みどり,豊玉北町会、みどりの会,0,5,講義,見守り、防犯,');
    expect(rows.some((r) => r.includes(',なし,'))).toBe(true);
    expect(rows.some((r) => r.includes(',地域福祉、その他,'))).toBe(true);
    expect(csv).not.toMatch(/fieldWork|WELFARE|lecture/);
    expect(new Set(rows.map((r) => r.split(',')[0])).size).toBe(4);

    const audit = await auditRows('survey.export', res.headers.get('x-request-id'));
    expect(audit).toHaveLength(1);
    expect([audit[0].targetType, audit[0].targetIds.length, audit[0].fields]).toEqual(['SurveyInvitation', 4, ['answers']]);
  });

  test('the alumnus code is the same across surveys and differs between alumni', async () => {
    const codesOf = async (id: string) =>
      csvLines((await ok(t, CSV, { s: id, w: null }, staff)).surveyAnswersCsv)
        .slice(1)
        .map((r: string) => r.split(',')[0]);
    const other = await codesOf(otherSurveyId);
    expect(other).toHaveLength(2);
    const main = await codesOf(surveyId);
    // Wave 12: P1–P4; wave 24: P1, P2.
    expect(main).toHaveLength(6);
    for (const code of other) expect(main.filter((c: string) => c === code)).toHaveLength(2);
    expect(other[0]).not.toBe(other[1]);
    expect(new Set(main).size).toBe(4);
  });

  test('with names for ward staff: student number, name and kana; audited as a named export', async () => {
    const res = await t.gql(CSV, { s: surveyId, w: wave12, n: true }, { token: staff });
    expect(res.errors).toBeUndefined();
    const [header, ...rows] = csvLines(res.data.surveyAnswersCsv);
    expect(header.startsWith('回答者コード,学籍番号,氏名,ふりがな,年度,')).toBe(true);
    expect(rows).toHaveLength(4);
    const numbers = await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(welfareCohort) });
    for (const m of P.slice(0, 4)) {
      const number = numbers.find((e) => e.accountId === m.id)!.studentNumber!;
      expect(number).toMatch(/^2030-WEL-\d{3}$/);
      expect(rows.filter((r) => r.includes(`,${number},${m.name},${m.nameKana},2030年度,`))).toHaveLength(1);
    }
    for (const m of P.slice(4)) expect(res.data.surveyAnswersCsv).not.toContain(m.name);
    const audit = await auditRows('survey.exportNamed', res.headers.get('x-request-id'));
    expect(audit.map((a) => [a.targetType, a.targetIds.length, a.fields])).toEqual([['SurveyInvitation', 4, ['answers', 'name', 'nameKana', 'studentNumber']]]);
    expect(await auditRows('survey.export', res.headers.get('x-request-id'))).toEqual([]);
    // The administrator has the names permission too.
    expect((await ok(t, CSV, { s: surveyId, w: wave12, n: true }, admin)).surveyAnswersCsv).toContain(P[0].name);
  });

  test('contractor staff: their field pseudonymous, never with names', async () => {
    const own = await t.gql(CSV, { s: greenSurveyId }, { token: greenery });
    expect(own.errors).toBeUndefined();
    const rows = csvLines(own.data.surveyAnswersCsv);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^A[A-Z2-9]{10},2030年度,みどりのコース,みどり,修了12か月後,\d{4}\/\d{2}\/\d{2},4,花壇が増えました$/);
    for (const secret of secrets()) expect(own.data.surveyAnswersCsv.includes(secret)).toBe(false);
    const named = await t.gql(CSV, { s: greenSurveyId, n: true }, { token: greenery });
    expect([errorCodes(named), named.data?.surveyAnswersCsv ?? null]).toEqual([['FORBIDDEN'], null]);
    expect(await auditRows('survey.exportNamed', named.headers.get('x-request-id'))).toEqual([]);
    // A member cannot export at all.
    expect(errorCodes(await t.gql(CSV, { s: surveyId }, { token: P[0].token }))).toEqual(['FORBIDDEN']);
  });
});

describe('group notes (団体からの声)', () => {
  const note = (accountId: number, changes: Record<string, unknown> = {}) => ({
    accountId: String(accountId),
    groupName: '豊玉北町会',
    kind: 'HELPFUL',
    text: '見守り活動でとても助かっています。',
    heardOn: '2025-11-20',
    ...changes,
  });
  const count = () => t.app.dataSource.getRepository(GroupNote).count();

  test('ward staff add one and read it back on the member; the read is audited', async () => {
    const ward = (await ok(t, `{ me { id } }`, {}, staff)).me.id;
    const added = (await ok(t, ADD_NOTE, { i: note(P[0].id, { groupName: '  豊玉北町会 ' }) }, staff)).addGroupNote;
    expect(added).toMatchObject({ groupName: '豊玉北町会', kind: 'HELPFUL', text: '見守り活動でとても助かっています。', heardOn: '2025-11-20', recordedBy: ward });
    const concern = (await ok(t, ADD_NOTE, { i: note(P[0].id, { kind: 'CONCERN', text: '最近お見かけしません。', heardOn: '2025-11-25' }) }, admin)).addGroupNote;
    await t.settle();
    const res = await t.gql(NOTES, { id: String(P[0].id) }, { token: staff });
    expect(res.errors).toBeUndefined();
    // Newest heard first.
    expect(res.data.member.groupNotes.map((n: { id: string; kind: string }) => [n.id, n.kind])).toEqual([
      [concern.id, 'CONCERN'],
      [added.id, 'HELPFUL'],
    ]);
    const audit = await auditRows('pii.read', res.headers.get('x-request-id'));
    const notes = audit.filter((a) => a.targetType === 'GroupNote');
    expect(notes).toHaveLength(1);
    expect([...notes[0].targetIds].sort()).toEqual([added.id, concern.id].sort());
    expect(notes[0].fields).toEqual(expect.arrayContaining(['groupName', 'text']));
    // Another alumnus has none.
    expect((await ok(t, NOTES, { id: String(P[1].id) }, staff)).member.groupNotes).toEqual([]);
  });

  test('contractor staff and the member themself are refused, with no data', async () => {
    const before = await count();
    expect(errorCodes(await t.gql(ADD_NOTE, { i: note(G[0].id) }, { token: greenery }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(ADD_NOTE, { i: note(P[0].id) }, { token: P[0].token }))).toEqual(['FORBIDDEN']);
    await ok(t, ADD_NOTE, { i: note(G[0].id, { text: 'みどりの会より' }) }, staff);
    const contractor = await t.gql(NOTES, { id: String(G[0].id) }, { token: greenery });
    expect(errorCodes(contractor)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(contractor.data ?? null)).not.toContain('みどりの会より');
    const self = await t.gql(`{ me { id groupNotes { text } } }`, {}, { token: P[0].token });
    expect(errorCodes(self)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(self.data ?? null)).not.toContain('助かっています');
    expect(await count()).toBe(before + 1);
  });

  test('only about an alumnus; validation; nothing written on an error', async () => {
    const before = await count();
    const staffId = Number((await ok(t, `{ me { id } }`, {}, staff)).me.id);
    expect(errorCodes(await t.gql(ADD_NOTE, { i: note(outsider.id) }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(ADD_NOTE, { i: note(staffId) }, { token: staff }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.gql(ADD_NOTE, { i: note(999999) }, { token: staff }))).toEqual(['NOT_FOUND']);
    const empty = await t.gql(ADD_NOTE, { i: note(P[0].id, { text: '' }) }, { token: staff });
    expect(messageKeys(empty)).toEqual(['validation.failed']);
    expect(fieldErrorsOf(empty)).toEqual(['text:validation.blank']);
    const blank = await t.gql(ADD_NOTE, { i: note(P[0].id, { text: '   ' }) }, { token: staff });
    expect(fieldErrorsOf(blank)).toEqual(['text:validation.blank']);
    const future = await t.gql(ADD_NOTE, { i: note(P[0].id, { heardOn: '2099-01-01' }) }, { token: staff });
    expect([messageKeys(future), fieldErrorsOf(future)]).toEqual([['validation.failed'], ['heardOn:groupNote.heardInFuture']]);
    expect(await count()).toBe(before);
  });
});

test('eight parallel schedules of one survey and cohort: clean answers, one wave per offset', async () => {
  const id = (await ok(t, CREATE, { t: '並行スケジュール', f: 'WELFARE', q: [V1[3]] }, staff)).createSurvey.id;
  const calls = await Promise.all(Array.from({ length: 8 }, () => t.gql(SCHEDULE, { i: { surveyId: id, cohortId: welfareCohort } }, { token: staff })));
  expect(serverFailures(calls)).toEqual([]);
  for (const c of calls) expect(c.status).toBe(200);
  const succeeded = calls.filter((c) => !c.errors);
  expect(succeeded.length).toBeGreaterThan(0);
  for (const c of succeeded) expect(c.data.scheduleSurvey.waves.map((w: any) => w.wave.offsetMonths)).toEqual([12, 24]);
  const waves = await t.app.dataSource.getRepository(SurveyWave).findBy({ surveyId: Number(id) });
  expect(waves.map((w) => w.offsetMonths).sort((a, b) => a - b)).toEqual([12, 24]);
});
