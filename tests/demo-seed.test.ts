import { startTestServer, type TestServer } from './helpers/server';
import { Account } from '../server/src/modules/accounts';
import { checkTranscript } from '../server/src/modules/intake';
import { academicYearOf, seedDemo } from '../server/src/db/demo-seed';
import { Cohort } from '../server/src/modules/catalog';
import { toTokyoIso, tokyoToday } from '../server/src/core/graphql/scalars';

/**
 * The demo data (server/src/db/demo-seed.ts) as a visitor and the browser tests meet it:
 * application windows on round Japan times, academic years that match the dates, readings
 * without digits, results dates, and a lottery before and after its draw.
 */
let t: TestServer;
let cohorts: any[];
beforeAll(async () => {
  t = await startTestServer({ seed: 'demo' });
  const staff = await t.tokenFor('staff');
  const res = await t.gql(
    `{ courses { id fieldCode scheduleOutline cohorts { id academicYear capacity status selectionMethod applicationOpensAt applicationClosesAt startsOn endsOn resultsOn announcedAt acceptingApplications } } }`,
    {},
    { token: staff },
  );
  expect(res.errors).toBeUndefined();
  cohorts = res.data.courses.flatMap((c: any) => c.cohorts.map((h: any) => ({ ...h, fieldCode: c.fieldCode })));
});
afterAll(() => t.close());

test('application windows open at 9:00 and close at 17:00 Japan time, on whole days', () => {
  expect(cohorts.length).toBe(9);
  for (const c of cohorts) {
    expect(c.applicationOpensAt).toMatch(/T09:00:00\+09:00$/);
    expect(c.applicationClosesAt).toMatch(/T17:00:00\+09:00$/);
  }
});

test('each cohort’s academic year is the April-to-March year it starts in; results come after the close', () => {
  for (const c of cohorts) {
    expect([c.id, c.academicYear]).toEqual([c.id, academicYearOf(c.startsOn)]);
    expect(c.endsOn > c.startsOn).toBe(true);
    expect(c.resultsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.resultsOn >= c.applicationClosesAt.slice(0, 10)).toBe(true);
    expect(c.resultsOn < c.startsOn).toBe(true);
  }
});

test('what the browser tests rely on: five open cohorts 1…5 in field order, cohort 2 a lottery, one greenery cohort', async () => {
  const open = cohorts.filter((c) => c.acceptingApplications).sort((a, b) => Number(a.id) - Number(b.id));
  expect(open.map((c) => [c.id, c.fieldCode, c.selectionMethod, c.capacity])).toEqual([
    ['1', 'WELFARE', 'REVIEW', 30],
    ['2', 'DISASTER', 'LOTTERY', 40],
    ['3', 'AGRICULTURE', 'LOTTERY', 20],
    ['4', 'GREENERY', 'REVIEW', 25],
    ['5', 'RECYCLING', 'LOTTERY', 30],
  ]);
  expect(cohorts.filter((c) => c.fieldCode === 'GREENERY')).toHaveLength(1);
  expect((await t.gql(`{ openCohorts { id } }`)).data.openCohorts).toHaveLength(5);
});

test('every course has a schedule outline', async () => {
  const res = await t.gql(`{ courses { scheduleOutline } }`);
  expect(res.data.courses).toHaveLength(5);
  for (const c of res.data.courses) expect(c.scheduleOutline.length).toBeGreaterThan(10);
});

test('names and readings hold no digits', async () => {
  const accounts = await t.app.dataSource.getRepository(Account).find();
  expect(accounts.length).toBeGreaterThanOrEqual(15);
  for (const a of accounts) {
    expect(a.nameKana).not.toMatch(/[0-9０-９]/);
    expect(a.name).not.toMatch(/[0-9０-９]/);
  }
});

test('an announced lottery publishes its transcript; a closed one awaiting results, only its commitment', async () => {
  const announced = cohorts.find((c) => c.status === 'ANNOUNCED');
  const closed = cohorts.find((c) => c.status === 'CLOSED');
  expect(announced).toMatchObject({ fieldCode: 'RECYCLING', selectionMethod: 'LOTTERY', announcedAt: expect.stringMatching(/T10:00:00\+09:00$/) });
  expect(closed).toMatchObject({ fieldCode: 'AGRICULTURE', selectionMethod: 'LOTTERY', announcedAt: null, acceptingApplications: false });
  const query = `query($id: ID!) { publicLottery(cohortId: $id) { entries capacity commitment seed transcript announced } }`;
  const after = (await t.gql(query, { id: announced.id })).data.publicLottery;
  expect(after).toMatchObject({ entries: 12, capacity: 8, announced: true });
  expect(checkTranscript(JSON.parse(after.transcript)).matches).toBe(true);
  const before = (await t.gql(query, { id: closed.id })).data.publicLottery;
  expect(before).toEqual({ entries: 10, capacity: 6, commitment: expect.stringMatching(/^[0-9a-f]{64}$/), seed: null, transcript: null, announced: false });
  // The public sees both on the course pages.
  const page = await t.gql(`{ courses { cohorts { id status resultsOn } } }`);
  const ids = page.data.courses.flatMap((c: any) => c.cohorts.map((h: any) => h.id));
  expect(ids).toEqual(expect.arrayContaining([announced.id, closed.id]));
});

test.each([
  ['just after midnight in Japan at the turn of the academic year', '2027-03-31T15:05:00Z'],
  ['late evening in Japan in early summer', '2027-06-15T13:59:00Z'],
])('seeded %s, the windows stay on round times and the years match the dates', async (_when, at) => {
  const now = new Date(at);
  const other = await startTestServer({ seed: false });
  try {
    await seedDemo(other.app, now);
    const rows = await other.app.dataSource.getRepository(Cohort).find();
    expect(rows).toHaveLength(9);
    for (const c of rows) {
      expect(toTokyoIso(c.applicationOpensAt)).toMatch(/T09:00:00\+09:00$/);
      expect(toTokyoIso(c.applicationClosesAt)).toMatch(/T17:00:00\+09:00$/);
      expect(c.academicYear).toBe(academicYearOf(c.startsOn));
      expect(c.resultsOn! >= tokyoToday(c.applicationClosesAt)).toBe(true);
      expect(c.resultsOn! < c.startsOn).toBe(true);
      // Open ones take applications at that moment; the others closed on a past day; the running one has started, the finished one ended.
      if (c.status === 'running') expect(c.startsOn <= tokyoToday(now) && tokyoToday(now) < c.endsOn).toBe(true);
      if (c.status === 'finished') expect(c.endsOn < tokyoToday(now)).toBe(true);
      if (c.status === 'open') expect(c.applicationOpensAt < now && now < c.applicationClosesAt).toBe(true);
      else expect(tokyoToday(c.applicationClosesAt) < tokyoToday(now)).toBe(true);
    }
  } finally {
    await other.close();
  }
});

test('learning: a running cohort with past and future sessions, attendance and one student at risk; a finished one with certificates', async () => {
  const staff = await t.tokenFor('staff');
  const running = cohorts.find((c) => c.status === 'RUNNING');
  const finished = cohorts.find((c) => c.status === 'FINISHED');
  expect(running && finished).toBeTruthy();
  const sessions = (await t.gql(`query($c: ID!) { cohort(id: $c) { classSessions { id startsAt } } }`, { c: running.id }, { token: staff })).data.cohort.classSessions;
  const now = Date.now();
  expect(sessions.some((s: any) => new Date(s.startsAt).getTime() < now)).toBe(true);
  expect(sessions.some((s: any) => new Date(s.startsAt).getTime() > now)).toBe(true);
  const progress = await t.gql(`query($c: ID!) { cohortProgress(cohortId: $c) { attended state } }`, { c: running.id }, { token: staff });
  expect(progress.errors).toBeUndefined();
  const states = progress.data.cohortProgress.map((p: any) => p.state);
  expect(states.filter((s: string) => s === 'AT_RISK')).toHaveLength(1);
  expect(progress.data.cohortProgress.some((p: any) => p.attended > 0)).toBe(true);
  const certificates = await t.gql(`query($c: ID!) { cohortCertificates(cohortId: $c) { number } }`, { c: finished.id }, { token: staff });
  expect(certificates.errors).toBeUndefined();
  // Four of the five completed; the fifth missed too many sessions.
  expect(certificates.data.cohortCertificates).toHaveLength(4);
  // Three of the alumni agreed to follow-up surveys: two on my page, one on a paper form entered by staff.
  const consents: { source: string; recordedBy: number | null; granted: number | boolean }[] = await t.app.dataSource.query(
    "SELECT source, recordedBy, granted FROM consent WHERE kind = 'follow-up' ORDER BY id",
  );
  expect(consents.map((c) => [c.source, c.recordedBy !== null, Boolean(Number(c.granted))])).toEqual([
    ['self', false, true],
    ['paperForm', true, true],
    ['self', false, true],
  ]);
});

test('the demo has an open +1-year follow-up wave with answers, activity from several sources, and group notes', async () => {
  const staff = await t.tokenFor('staff');
  const surveys = await t.gql(`{ surveys { id title waves { wave { offsetMonths status } invited answered declined pending } } }`, {}, { token: staff });
  expect(surveys.errors).toBeUndefined();
  const [survey] = surveys.data.surveys;
  expect(survey.waves.map((w: any) => [w.wave.offsetMonths, w.wave.status])).toEqual([
    [12, 'OPEN'],
    [24, 'SCHEDULED'],
  ]);
  // The three who agreed were invited, two answered, one still has it waiting; the fourth alumnus was not asked.
  expect(survey.waves[0]).toMatchObject({ invited: 3, answered: 2, declined: 0, pending: 1 });
  const results = await t.gql(`query($s: ID!) { surveyResults(surveyId: $s) { answered questions { key counts { key count } mean } } }`, { s: survey.id }, { token: staff });
  expect(results.errors).toBeUndefined();
  const fields = results.data.surveyResults.questions.find((q: any) => q.key === 'activeFields');
  expect(fields.counts.find((c: any) => c.key === 'RECYCLING').count).toBe(2);
  expect(results.data.surveyResults.questions.find((q: any) => q.key === 'useful').mean).toBe(4.5);
  const sources: { source: string }[] = await t.app.dataSource.query('SELECT DISTINCT source FROM activity_record_version ORDER BY source');
  expect(sources.map((s) => s.source)).toEqual(['introduction', 'selfReport', 'staffNote', 'survey']);
  // Registered groups in all four districts; answers and a self-report name registered groups.
  const directory = (await t.gql(`{ groupDirectory { name districtCode } }`)).data.groupDirectory;
  expect(new Set(directory.map((g: any) => g.districtCode))).toEqual(new Set(['nerima', 'hikarigaoka', 'shakujii', 'oizumi']));
  const linked: { source: string }[] = await t.app.dataSource.query('SELECT DISTINCT source FROM activity_record_version WHERE groupId IS NOT NULL ORDER BY source');
  expect(linked.map((s) => s.source)).toEqual(['introduction', 'selfReport', 'survey']);
  const notes: { kind: string }[] = await t.app.dataSource.query('SELECT kind FROM group_note ORDER BY id');
  expect(notes.map((n) => n.kind)).toEqual(['helpful', 'concern']);
  // The waiting alumnus sees the survey on my page.
  const member = (await t.login('M90000007', 'demo-member-2026')).accessToken;
  const mine = await t.gql(`{ mySurveys { title } }`, {}, { token: member });
  expect(mine.data.mySurveys.map((s: any) => s.title)).toEqual(['修了生 地域活動アンケート']);
});

test('the demo has postings: two on the top page, one waiting for review with its web address flagged, one draft', async () => {
  const staff = await t.tokenFor('staff');
  const published = (await t.gql(`{ publicPostings { title group { name } alumniWelcome } }`)).data.publicPostings;
  expect(published.map((p: any) => p.group.name).sort()).toEqual(['大泉町二丁目町会', '豊玉リサイクル推進会']);
  const all = (await t.gql(`{ recruitmentPostings { status contactFlags reviews { decision } } }`, {}, { token: staff })).data.recruitmentPostings;
  expect(all.map((p: any) => p.status).sort()).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'PUBLISHED']);
  expect(all.find((p: any) => p.status === 'IN_REVIEW').contactFlags).toEqual(['URL']);
  expect(all.filter((p: any) => p.status === 'PUBLISHED').every((p: any) => p.reviews[0].decision === 'APPROVED')).toBe(true);
});

test('the demo has matching: an introduction that led to joining, and an open consultation from "I’m interested" with proposals', async () => {
  const staff = await t.tokenFor('staff');
  const list = (await t.gql(`{ consultations { id status source introductions { status activityRecordId } } }`, {}, { token: staff })).data.consultations;
  const matched = list.find((c: any) => c.status === 'MATCHED');
  expect(matched.introductions).toEqual([{ status: 'JOINED', activityRecordId: expect.any(String) }]);
  const open = list.find((c: any) => c.source === 'POSTING');
  expect(open.status).toBe('OPEN');
  const proposals = (await t.gql(`query($c: ID!) { consultationProposals(consultationId: $c) { title kind } }`, { c: open.id }, { token: staff })).data.consultationProposals;
  // The posting asked about, and the recycling posting that welcomes alumni of the field studied, come first.
  expect(
    proposals
      .slice(0, 2)
      .map((p: any) => p.title)
      .sort(),
  ).toEqual(['分別説明会の講師役を募集しています', '防災訓練の運営を手伝ってくださる方'].sort());
  const sources: { source: string }[] = await t.app.dataSource.query("SELECT DISTINCT source FROM activity_record_version WHERE source = 'introduction'");
  expect(sources).toHaveLength(1);
  // A pending disclosure request for the alumnus who joined.
  const member = (await t.login('M90000008', 'demo-member-2026')).accessToken;
  const requests = (await t.gql(`{ myDisclosureRequests { status fields group { name } } }`, {}, { token: member })).data.myDisclosureRequests;
  expect(requests).toEqual([{ status: 'PENDING', fields: ['NAME', 'PHONE', 'EMAIL'], group: { name: '豊玉リサイクル推進会' } }]);
});
