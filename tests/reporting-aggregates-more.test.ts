import fs from 'node:fs';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, errorCodes, fastMembers, type Member } from './helpers/intake';
import { alumniCohort } from './helpers/alumni';
import { Application, Enrollment } from '../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../server/src/modules/learning';
import { Survey, SurveyInvitation, SurveyVersion, SurveyWave } from '../server/src/modules/alumni/survey.entity';
import { CommunityGroup } from '../server/src/modules/community/community-group.entity';
import { Consultation } from '../server/src/modules/community/consultation.entity';
import { Introduction } from '../server/src/modules/community/introduction.entity';
import { Eligibility } from '../server/src/modules/catalog';
import { AggregatesService } from '../server/src/modules/reporting/aggregates.service';
import type { Ctx } from '../server/src/core/context';

/**
 * The trend, survey, introduction and eligibility reports, and contractor scope, over HTTP
 * through the trusted operation files, against a hand-computed fixture (threshold 5).
 *
 * 2029: welfare K (5 alumni). 2030: welfare W (9: 6 residents, 2 workers, 1 student; one worker
 * did not complete), disaster D (7 residents), greenery G (6), recycling R (3).
 * Surveys (2030 cohorts): W at 6 months 9 invited, 6 answered (1 declined, 1 expired, 1 pending);
 * W at 12 months 9 invited, 5 answered; D at 6 months 7 of 7; K (2029) at 6 months 5 of 5.
 * Introductions made in academic year 2030 (2030-04-01 to 2031-03-31, Tokyo): W 3 joined,
 * 2 not a fit, 1 pending; K[0] joined (a welfare alumnus of 2029); D 4 joined + 1 joined on
 * 2031-03-31 23:59 Tokyo; G 2 joined; one member with no course planned. Not counted: one made
 * on 2030-03-31 23:59 Tokyo (year 2029).
 */
const OPS = path.join(__dirname, '../server/src/modules/reporting/operations');
const op = (name: string) => fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8');
const TREND = op('EnrollmentTrend');
const COHORTS = op('CohortFigures');
const FIGURES = op('EnrollmentFigures');
const ACTIVITY = op('AlumniActivity');
const MATRIX = op('StudiedActiveMatrix');
const SURVEYS = op('SurveyResponseRates');
const INTRODUCTIONS = op('IntroductionOutcomes');
const ELIGIBILITY = op('EligibilityFigures');

let t: TestServer;
let staff: string;
let greenery: string;
let K: Member[], W: Member[], D: Member[], G: Member[], R: Member[], outsider: Member[];

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };
const raw = () => new AggregatesService(1);
const ctx = (): Ctx => ({ em: t.app.dataSource.manager, now: new Date() }) as unknown as Ctx;

/** Suppression holds on a grid of cells (rows with their totals last, then the totals row): primary, and no line with a single suppressed cell. */
function expectSuppressed(grid: Array<Array<{ value: number | null; suppressed: boolean }>>, truth: number[][]): void {
  grid.forEach((row, i) =>
    row.forEach((c, j) => {
      const v = truth[i][j];
      if (v > 0 && v < 5) expect({ i, j, c }).toEqual({ i, j, c: hidden });
      else if (!c.suppressed) expect({ i, j, c }).toEqual({ i, j, c: shown(v) });
      else expect(c.value).toBeNull();
    }),
  );
  grid.forEach((row) =>
    row.forEach((c, j) => {
      if (!c.suppressed) return;
      expect(row.filter((x) => x.suppressed).length).toBeGreaterThanOrEqual(2);
      expect(grid.filter((x) => x[j].suppressed).length).toBeGreaterThanOrEqual(2);
    }),
  );
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  greenery = await t.tokenFor('greenery');
  const db = t.app.dataSource;
  [K, W, D, G, R, outsider] = await Promise.all([fastMembers(t, 5), fastMembers(t, 9), fastMembers(t, 7), fastMembers(t, 6), fastMembers(t, 3), fastMembers(t, 1)]);
  const k = await alumniCohort(t, staff, K, 2029, COURSE.WELFARE);
  const w = await alumniCohort(t, staff, W, 2030, COURSE.WELFARE);
  const d = await alumniCohort(t, staff, D, 2030, COURSE.DISASTER);
  await alumniCohort(t, staff, G, 2030, COURSE.GREENERY);
  await alumniCohort(t, staff, R, 2030, COURSE.RECYCLING);

  const enrollmentOf = (cohort: { enrollments: Enrollment[] }, m: Member) => cohort.enrollments.find((e) => e.accountId === m.id)!;
  const basis = (m: Member, eligibilityBasis: Eligibility) => db.getRepository(Application).update({ id: enrollmentOf(w, m).applicationId }, { eligibilityBasis });
  await basis(W[6], Eligibility.WORKER);
  await basis(W[7], Eligibility.WORKER);
  await basis(W[8], Eligibility.STUDENT);
  await db.getRepository(Completion).update({ enrollmentId: enrollmentOf(w, W[7]).id }, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 4 });

  // Surveys: one survey, waves per cohort and offset, invitations with their outcomes.
  const now = new Date();
  const survey = await db.getRepository(Survey).save({ title: '修了後アンケート', fieldCode: null, createdBy: null, createdAt: now });
  const version = await db.getRepository(SurveyVersion).save({ surveyId: survey.id, version: 1, questions: '[]', createdAt: now });
  const wave = async (cohortId: string, offsetMonths: number, outcomes: Array<[Member, string]>) => {
    const saved = await db.getRepository(SurveyWave).save({
      surveyId: survey.id,
      cohortId: Number(cohortId),
      offsetMonths,
      opensOn: '2031-09-15',
      remindOn: null,
      closesOn: '2031-10-15',
      status: 'closed',
      surveyVersionId: version.id,
      openedAt: now,
      remindedAt: null,
    } as Partial<SurveyWave>);
    for (const [m, status] of outcomes) {
      await db.getRepository(SurveyInvitation).insert({
        waveId: saved.id,
        accountId: m.id,
        surveyVersionId: version.id,
        status,
        invitedAt: now,
        remindedAt: null,
        respondedAt: status === 'answered' ? now : null,
        answers: status === 'answered' ? '{}' : null,
      } as Partial<SurveyInvitation>);
    }
  };
  const outcomes = (list: Member[], statuses: string[]) => list.map((m, i) => [m, statuses[i] ?? 'answered'] as [Member, string]);
  await wave(w.cohortId, 6, outcomes(W, ['answered', 'answered', 'answered', 'answered', 'answered', 'answered', 'declined', 'expired', 'pending']));
  await wave(w.cohortId, 12, outcomes(W, ['answered', 'answered', 'answered', 'answered', 'answered', 'expired', 'expired', 'cancelled', 'expired']));
  await wave(d.cohortId, 6, outcomes(D, []));
  await wave(k.cohortId, 6, outcomes(K, []));

  // Introductions, each from a consultation, to one group.
  const [admin] = await db.query(`SELECT id FROM account WHERE loginId = 'S00000001'`);
  const group = await db.getRepository(CommunityGroup).save({
    name: '豊玉ボランティアの会',
    kind: 'npo',
    fieldCodeList: 'welfare',
    districtCode: 'nerima',
    publicDescription: '高齢者の見守り',
    publicContact: '区役所経由',
    status: 'active',
    statusReason: null,
    representativeName: '代表者',
    representativePhone: null,
    representativeEmail: null,
    interviewedOn: '2030-01-10',
    interviewedBy: Number(admin.id),
    interviewNotes: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  } as Partial<CommunityGroup>);
  const introduce = async (m: Member, status: string, createdAt = new Date('2030-07-01T03:00:00Z')) => {
    const consultation = await db.getRepository(Consultation).save({
      accountId: m.id,
      postingId: null,
      fieldCodeList: 'welfare',
      districtCode: null,
      dayList: '',
      timeList: '',
      text: null,
      status: 'matched',
      closeReason: null,
      source: 'self',
      recordedBy: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    } as Partial<Consultation>);
    await db.getRepository(Introduction).insert({
      consultationId: consultation.id,
      accountId: m.id,
      groupId: group.id,
      postingId: null,
      meetingAt: null,
      place: null,
      attendedBy: null,
      status,
      outcomeReason: null,
      followUpOn: null,
      activityRecordId: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    } as Partial<Introduction>);
  };
  for (const m of W.slice(0, 3)) await introduce(m, 'joined');
  for (const m of W.slice(3, 5)) await introduce(m, 'notAFit');
  await introduce(W[5], 'pending');
  await introduce(K[0], 'joined');
  for (const m of D.slice(0, 4)) await introduce(m, 'joined');
  await introduce(D[4], 'joined', new Date('2031-03-31T14:59:00Z'));
  for (const m of G.slice(0, 2)) await introduce(m, 'joined');
  await introduce(outsider[0], 'planned');
  await introduce(W[6], 'joined', new Date('2030-03-31T14:59:00Z'));
}, 300_000);
afterAll(() => t?.close());

describe('enrollment trend', () => {
  it('gives each year of the span, each as enrollmentFigures gives it, in the same statements as one year', async () => {
    const years = await raw().enrollmentTrend(ctx(), 2029, 2031);
    expect(years.map((y) => [y.academicYear, y.total.applications.value, y.total.enrolled.value, y.total.completed.value])).toEqual([
      [2029, 5, 5, 5],
      [2030, 25, 25, 24],
      [2031, 0, 0, 0],
    ]);
    expect(years[1].fields.map((f) => f.applications.value)).toEqual([9, 7, 0, 6, 3]);
    const res = await t.gql(TREND, { fromYear: 2029, toYear: 2031 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const year2030 = (await t.gql(FIGURES, { academicYear: 2030 }, { token: staff })).data.enrollmentFigures;
    const pick = (f: any) => ({ fieldCode: f.fieldCode, applications: f.applications, enrolled: f.enrolled, completed: f.completed, completionRate: f.completionRate });
    expect(res.data.enrollmentTrend[1].fields).toEqual(year2030.fields.map(pick));
    expect(res.data.enrollmentTrend[1].total).toEqual(pick(year2030.total));
    // 2029: welfare's 5 alone; its total equals it.
    expect(res.data.enrollmentTrend[0].fields.map((f: any) => f.applications)).toEqual([shown(5), shown(0), shown(0), shown(0), shown(0)]);
    // Recycling's 3 is small in 2030; a complement hides another field in the same column.
    const apps2030 = res.data.enrollmentTrend[1].fields.map((f: any) => f.applications);
    expect(apps2030[4]).toEqual(hidden);
    expect(apps2030.filter((c: any) => c.suppressed).length).toBe(2);
  });

  it('refuses a reversed span, one over ten years, and a year outside 2000–2100, with stable keys', async () => {
    const keys = async (vars: Record<string, number>) => {
      const res = await t.gql(TREND, vars, { token: staff });
      expect(res.status).toBeLessThan(500);
      return [errorCodes(res), res.errors?.[0]?.extensions?.fieldErrors?.[0]?.messageKey];
    };
    expect(await keys({ fromYear: 2031, toYear: 2029 })).toEqual([['BAD_USER_INPUT'], 'report.yearRangeReversed']);
    expect(await keys({ fromYear: 2020, toYear: 2030 })).toEqual([['BAD_USER_INPUT'], 'report.yearRangeTooLong']);
    expect(await keys({ fromYear: 1990, toYear: 1991 })).toEqual([['BAD_USER_INPUT'], 'report.yearInvalid']);
    const res = await t.gql(FIGURES, { academicYear: 99999 }, { token: staff });
    expect(res.errors?.[0]?.extensions?.fieldErrors?.[0]?.messageKey).toBe('report.yearInvalid');
  });
});

describe('cohort figures', () => {
  it('gives each cohort of the year its own figures, suppressed per column across the cohorts', async () => {
    const c = await raw().cohortFigures(ctx(), 2030);
    expect(c.cohorts.map((x) => [x.fieldCode, x.applications.value, x.enrolled.value, x.completed.value, x.notCompleted.value])).toEqual([
      ['welfare', 9, 9, 8, 1],
      ['disaster', 7, 7, 7, 0],
      ['greenery', 6, 6, 6, 0],
      ['recycling', 3, 3, 3, 0],
    ]);
    expect(c.total.applications.value).toBe(25);
    expect(c.cohorts[0].startsOn).toBe('2030-04-10');
    const res = await t.gql(COHORTS, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const f = res.data.cohortFigures;
    // Recycling's 3 is small; its complement is the smallest other (greenery's 6).
    expect(f.cohorts.map((x: any) => x.applications)).toEqual([shown(9), shown(7), hidden, hidden]);
    expect(f.total.applications).toEqual(shown(25));
    // Welfare's one not completed, and a complement; the rates over them are suppressed.
    expect(f.cohorts.map((x: any) => x.notCompleted)).toEqual([hidden, shown(0), shown(0), shown(0)]);
    expect(f.total.notCompleted).toEqual(hidden);
    expect(f.cohorts[0].completionRate).toEqual(hidden);
    expect(f.cohorts[1].completionRate).toEqual({ value: 1, suppressed: false });
    expect(f.cohorts[0].courseTitle).toEqual(expect.any(String));
    // The greenery contractor: their cohort alone, the total over it.
    const scoped = (await t.gql(COHORTS, { academicYear: 2030 }, { token: greenery })).data.cohortFigures;
    expect(scoped.cohorts.map((x: any) => [x.fieldCode, x.applications])).toEqual([['GREENERY', shown(6)]]);
    expect(scoped.total.applications).toEqual(shown(6));
  });
});

describe('alumni activity', () => {
  it('is the matrix’s column totals, the same cells suppressed the same way', async () => {
    for (const academicYear of [2030, null]) {
      const a = (await t.gql(ACTIVITY, { academicYear }, { token: staff })).data.alumniActivity;
      const m = (await t.gql(MATRIX, { academicYear }, { token: staff })).data.studiedActiveMatrix;
      expect(a.byActiveField).toEqual(m.columnTotals);
      expect(a.total).toEqual(m.grandTotal);
    }
    // Nobody has an activity: every alumnus is in NONE (K 5 and W 8 completed, D 7, G 6, R 3 in 2030 → 24).
    const a = await raw().alumniActivity(ctx(), 2030);
    expect(a.byActiveField.map((c) => [c.activeField, c.count.value])).toEqual([
      ['WELFARE', 0],
      ['DISASTER', 0],
      ['AGRICULTURE', 0],
      ['GREENERY', 0],
      ['RECYCLING', 0],
      ['NONE', 24],
      ['OTHER', 0],
    ]);
  });
});

describe('survey response rates', () => {
  it('counts invitations by wave offset and field as computed by hand', async () => {
    const s = await raw().surveyResponseRates(ctx(), 2030);
    expect(s.waves.map((w) => w.offsetMonths)).toEqual([6, 12]);
    const counts = (f: any) => [f.fieldCode, f.invited.value, f.answered.value, f.notAnswered.value];
    expect(s.waves[0].fields.map(counts)).toEqual([
      ['welfare', 9, 6, 3],
      ['disaster', 7, 7, 0],
      ['agriculture', 0, 0, 0],
      ['greenery', 0, 0, 0],
      ['recycling', 0, 0, 0],
    ]);
    expect(counts(s.waves[0].total)).toEqual([null, 16, 13, 3]);
    expect(s.waves[0].fields[0].responseRate.value).toBeCloseTo(6 / 9);
    expect(s.waves[0].fields[1].responseRate.value).toBe(1);
    expect(s.waves[0].fields[2].responseRate).toEqual({ value: null, suppressed: false });
    expect(counts(s.waves[1].fields[0])).toEqual(['welfare', 9, 5, 4]);
    // The 2029 cohort's wave is not in 2030's figures.
    expect((await raw().surveyResponseRates(ctx(), 2029)).waves[0].total.invited.value).toBe(5);
  });

  it('answers over HTTP suppressed as one table per wave', async () => {
    const res = await t.gql(SURVEYS, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const [six, twelve] = res.data.surveyResponseRates.waves;
    const grid = (w: any) => [...w.fields.map((f: any) => [f.answered, f.notAnswered, f.invited]), [w.total.answered, w.total.notAnswered, w.total.invited]];
    expectSuppressed(grid(six), [
      [6, 3, 9],
      [7, 0, 7],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [13, 3, 16],
    ]);
    expectSuppressed(grid(twelve), [
      [5, 4, 9],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [5, 4, 9],
    ]);
    // welfare's 3 not answered is small: its answered 6 (and so its rate) cannot be shown, or 9 − 6 would give it.
    expect(six.fields[0].answered).toEqual(hidden);
    expect(six.fields[0].responseRate).toEqual(hidden);
    expect(six.fields[1].responseRate).toEqual({ value: 1, suppressed: false });
  });
});

describe('introduction outcomes', () => {
  const STATUSES = ['PLANNED', 'PENDING', 'JOINED', 'NOT_A_FIT'];
  const truth = [
    [0, 1, 4, 2, 7],
    [0, 0, 5, 0, 5],
    [0, 0, 0, 0, 0],
    [0, 0, 2, 0, 2],
    [0, 0, 0, 0, 0],
    [1, 0, 0, 0, 1],
    [1, 1, 11, 2, 15],
  ];

  it('counts introductions of the academic year by field studied × status as computed by hand', async () => {
    const n = await raw().introductionOutcomes(ctx(), 2030);
    expect(n.rows.map((r) => r.studiedField)).toEqual(['welfare', 'disaster', 'agriculture', 'greenery', 'recycling', null]);
    expect([...n.rows.map((r) => [...r.cells.map((c) => c.count.value), r.total.value]), [...n.columnTotals.map((c) => c.count.value), n.grandTotal.value]]).toEqual(truth);
    expect(n.joinedRate.value).toBeCloseTo(11 / 13);
    // 2029 holds the one made on 2030-03-31 23:59 Tokyo.
    expect((await raw().introductionOutcomes(ctx(), 2029)).grandTotal.value).toBe(1);
  });

  it('answers over HTTP with primary and secondary suppression', async () => {
    const res = await t.gql(INTRODUCTIONS, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const n = res.data.introductionOutcomes;
    expect(n.rows.map((r: any) => r.studiedField)).toEqual(['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING', null]);
    expect(n.rows[0].cells.map((c: any) => c.status)).toEqual(STATUSES);
    expectSuppressed([...n.rows.map((r: any) => [...r.cells.map((c: any) => c.count), r.total]), [...n.columnTotals.map((c: any) => c.count), n.grandTotal]], truth);
    // NOT_A_FIT's total 2 is small, so the rate over it is suppressed.
    expect(n.joinedRate).toEqual(hidden);
  });
});

describe('eligibility figures', () => {
  it('counts applications and completions by field × basis, and suppresses each table', async () => {
    const e = await raw().eligibilityFigures(ctx(), 2030);
    const grid = (table: any) => [
      ...table.rows.map((r: any) => [...r.cells.map((c: any) => c.count.value), r.total.value]),
      [...table.columnTotals.map((c: any) => c.count.value), table.grandTotal.value],
    ];
    const applications = [
      [6, 2, 1, 9],
      [7, 0, 0, 7],
      [0, 0, 0, 0],
      [6, 0, 0, 6],
      [3, 0, 0, 3],
      [22, 2, 1, 25],
    ];
    const completions = [
      [6, 1, 1, 8],
      [7, 0, 0, 7],
      [0, 0, 0, 0],
      [6, 0, 0, 6],
      [3, 0, 0, 3],
      [22, 1, 1, 24],
    ];
    expect(grid(e.applications)).toEqual(applications);
    expect(grid(e.completions)).toEqual(completions);
    const res = await t.gql(ELIGIBILITY, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const cells = (table: any) => [
      ...table.rows.map((r: any) => [...r.cells.map((c: any) => c.count), r.total]),
      [...table.columnTotals.map((c: any) => c.count), table.grandTotal],
    ];
    expect(res.data.eligibilityFigures.applications.rows[0].cells.map((c: any) => c.basis)).toEqual(['RESIDENT', 'WORKER', 'STUDENT']);
    expectSuppressed(cells(res.data.eligibilityFigures.applications), applications);
    expectSuppressed(cells(res.data.eligibilityFigures.completions), completions);
  });
});

describe('contractor scope', () => {
  it('a contractor reads its own field’s figures only, with totals over that field', async () => {
    const f = (await t.gql(FIGURES, { academicYear: 2030 }, { token: greenery })).data.enrollmentFigures;
    expect(f.fields.map((x: any) => x.fieldCode)).toEqual(['GREENERY']);
    expect([f.fields[0].applications, f.total.applications, f.total.completed]).toEqual([shown(6), shown(6), shown(6)]);
    const trend = (await t.gql(TREND, { fromYear: 2029, toYear: 2030 }, { token: greenery })).data.enrollmentTrend;
    expect(trend.map((y: any) => [y.fields.map((x: any) => x.fieldCode), y.total.applications])).toEqual([
      [['GREENERY'], shown(0)],
      [['GREENERY'], shown(6)],
    ]);
    const m = (await t.gql(MATRIX, { academicYear: 2030 }, { token: greenery })).data.studiedActiveMatrix;
    expect(m.rows.map((r: any) => r.studiedField)).toEqual(['GREENERY']);
    expect(m.grandTotal).toEqual(shown(6));
    expect((await t.gql(ACTIVITY, { academicYear: 2030 }, { token: greenery })).data.alumniActivity.total).toEqual(shown(6));
    expect((await t.gql(SURVEYS, { academicYear: 2030 }, { token: greenery })).data.surveyResponseRates.waves).toEqual([]);
    const n = (await t.gql(INTRODUCTIONS, { academicYear: 2030 }, { token: greenery })).data.introductionOutcomes;
    // Their alumni's introductions only: no row of other fields, none for members without a course.
    expect(n.rows.map((r: any) => r.studiedField)).toEqual(['GREENERY']);
    expect(n.grandTotal).toEqual(hidden);
    const e = (await t.gql(ELIGIBILITY, { academicYear: 2030 }, { token: greenery })).data.eligibilityFigures;
    expect(e.applications.rows.map((r: any) => [r.fieldCode, r.total])).toEqual([['GREENERY', shown(6)]]);
    expect(e.applications.grandTotal).toEqual(shown(6));
  });

  it('members and anonymous callers read none of the reports', async () => {
    for (const [doc, vars] of [
      [TREND, { fromYear: 2029, toYear: 2030 }],
      [ACTIVITY, { academicYear: 2030 }],
      [SURVEYS, { academicYear: 2030 }],
      [INTRODUCTIONS, { academicYear: 2030 }],
      [ELIGIBILITY, { academicYear: 2030 }],
    ] as const) {
      const member = await t.gql(doc, vars, { token: W[0].token });
      expect(errorCodes(member)).toEqual(['FORBIDDEN']);
      expect(member.data).toBeNull();
      expect(errorCodes(await t.gql(doc, vars))).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('statements', () => {
  it('each report is a fixed number of grouped statements, whatever the span or the rows', async () => {
    const cost = async (doc: string, vars: Record<string, unknown>) => {
      await t.settle();
      t.sql.reset();
      const res = await t.gql(doc, vars, { token: staff });
      expect(res.errors).toBeUndefined();
      return t.sql.statements.filter((s) => /\b(application|enrollment|completion|survey_invitation|introduction)\b/.test(s)).length;
    };
    expect(await cost(TREND, { fromYear: 2029, toYear: 2029 })).toBe(3);
    expect(await cost(TREND, { fromYear: 2022, toYear: 2031 })).toBe(3);
    expect(await cost(COHORTS, { academicYear: 2030 })).toBe(3);
    expect(await cost(COHORTS, { academicYear: 2029 })).toBe(3);
    expect(await cost(SURVEYS, { academicYear: 2030 })).toBe(1);
    expect(await cost(SURVEYS, { academicYear: 2031 })).toBe(1);
    expect(await cost(INTRODUCTIONS, { academicYear: 2030 })).toBe(1);
    expect(await cost(ELIGIBILITY, { academicYear: 2030 })).toBe(2);
    expect(await cost(ACTIVITY, { academicYear: 2030 })).toBe(1);
  });
});
