import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { startTestServer, type TestServer } from './helpers/server';
import { COURSE, createCohort, errorCodes, fastMembers, type Member } from './helpers/intake';
import { alumniCohort } from './helpers/alumni';
import { staffToken } from './helpers/staff-token';
import { Role } from '../server/src/modules/permissions';
import { Application, ApplicationStatus, Enrollment, WithdrawalReason } from '../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../server/src/modules/learning';
import { ActivityRecord, ActivityRecordVersion, ActivitySource } from '../server/src/modules/alumni/activity-record.entity';
import { AggregatesService } from '../server/src/modules/reporting/aggregates.service';
import type { Ctx } from '../server/src/core/context';

/**
 * The reporting aggregates over HTTP against a hand-computed fixture (year 2030, default
 * threshold 5), run through the trusted operation files themselves.
 *
 * welfare 2030: 12 applicants through the real intake steps (all enrolled and completed by
 * alumniCohort), then changed: w0 ineligible and rejected, w1 waitlisted, w2 declined (no
 * enrollment for the three), w3 withdrew (health) and did not complete (3/10), w4 did not
 * complete (5/10), w5 cancelled before the start without a reason (no completion).
 * → applications 12, eligible 11, accepted 10, enrolled 9, withdrawn 2, completed 6, not 2,
 *   attendance (6 × 1 + 0.3 + 0.5) / 8 = 0.85.
 * disaster 2030: 6, d0 withdrew (work), not completed (2/10) → 6, 6, 6, 6, 1, 5, 1, 5.2 / 6.
 * agriculture 2030: 2 completed. greenery: nothing. recycling 2030: 5 completed.
 * recycling 2029: w6 (also a welfare alumnus) and one more.
 */
const OPS = path.join(__dirname, '../server/src/modules/reporting/operations');
const FIGURES = fs.readFileSync(path.join(OPS, 'EnrollmentFigures.graphql'), 'utf8');
const MATRIX = fs.readFileSync(path.join(OPS, 'StudiedActiveMatrix.graphql'), 'utf8');

let t: TestServer;
let staff: string;
let w: Member[];
let d: Member[];
let a: Member[];
let r: Member[];
let r29: Member[];

const shown = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

async function activity(accountId: number, versions: Array<{ fields: string; endedOn?: string | null }>): Promise<void> {
  const db = t.app.dataSource;
  const now = new Date();
  const record = await db.getRepository(ActivityRecord).insert({ accountId, version: versions.length, createdAt: now, updatedAt: now });
  for (const [i, v] of versions.entries()) {
    await db.getRepository(ActivityRecordVersion).insert({
      recordId: Number(record.identifiers[0].id),
      accountId,
      version: i + 1,
      fieldCodeList: v.fields,
      groupName: '豊玉町会',
      role: null,
      startedOn: '2019-04-01',
      endedOn: v.endedOn ?? null,
      hoursPerMonth: null,
      source: ActivitySource.SELF_REPORT,
      enteredBy: accountId,
      enteredAt: now,
    });
  }
}

beforeAll(async () => {
  t = await startTestServer();
  staff = await t.tokenFor('staff');
  const db = t.app.dataSource;
  [w, d, a, r, r29] = await Promise.all([fastMembers(t, 12), fastMembers(t, 6), fastMembers(t, 2), fastMembers(t, 5), fastMembers(t, 1)]);
  const welfare = await alumniCohort(t, staff, w, 2030, COURSE.WELFARE);
  const disaster = await alumniCohort(t, staff, d, 2030, COURSE.DISASTER);
  await alumniCohort(t, staff, a, 2030, COURSE.AGRICULTURE);
  await alumniCohort(t, staff, r, 2030, COURSE.RECYCLING);
  await alumniCohort(t, staff, [w[6], r29[0]], 2029, COURSE.RECYCLING);

  const enrollmentOf = (cohort: { enrollments: Enrollment[] }, m: Member) => cohort.enrollments.find((e) => e.accountId === m.id)!;
  const setApplication = (e: Enrollment, changes: Partial<Application>) => db.getRepository(Application).update({ id: e.applicationId }, changes);
  const setCompletion = (e: Enrollment, changes: Partial<Completion>) => db.getRepository(Completion).update({ enrollmentId: e.id }, changes);
  const withdraw = (e: Enrollment, reason: WithdrawalReason | null) =>
    db.getRepository(Enrollment).update({ id: e.id }, { withdrawnAt: new Date('2030-06-01T00:00:00Z'), withdrawalReason: reason });
  const [w0, w1, w2, w3, w4, w5] = w.map((m) => enrollmentOf(welfare, m));
  await setApplication(w0, { eligible: false, status: ApplicationStatus.REJECTED });
  await setApplication(w1, { status: ApplicationStatus.WAITLISTED });
  await setApplication(w2, { status: ApplicationStatus.DECLINED });
  for (const e of [w0, w1, w2]) await db.getRepository(Enrollment).delete({ id: e.id });
  await withdraw(w3, WithdrawalReason.HEALTH);
  await setCompletion(w3, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 3 });
  await setCompletion(w4, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 5 });
  await setApplication(w5, { status: ApplicationStatus.CANCELLED });
  await withdraw(w5, null);
  await db.getRepository(Completion).delete({ enrollmentId: w5.id });
  const d0 = enrollmentOf(disaster, d[0]);
  await withdraw(d0, WithdrawalReason.WORK);
  await setCompletion(d0, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 2 });

  // Current activities (people, not records; the latest version of each record counts).
  await activity(w[6].id, [{ fields: 'welfare' }, { fields: 'disaster' }]);
  await activity(w[7].id, [{ fields: 'disaster,welfare' }]);
  await activity(w[8].id, [{ fields: 'welfare', endedOn: '2020-03-31' }]);
  await activity(w[9].id, [{ fields: 'welfare' }, { fields: 'welfare', endedOn: '2020-03-31' }]);
  await activity(w[10].id, [{ fields: '' }]);
  await activity(w[3].id, [{ fields: 'welfare' }]); // not an alumnus: did not complete
  for (const m of d.slice(1, 4)) await activity(m.id, [{ fields: 'welfare' }]);
  await activity(d[1].id, [{ fields: 'welfare', endedOn: '2999-12-31' }]); // a second record in the same field, ending in the future
  await activity(a[0].id, [{ fields: 'agriculture' }]);
  for (const m of r.slice(0, 4)) await activity(m.id, [{ fields: 'recycling' }]);
}, 300_000);
afterAll(() => t?.close());

describe('the operation files', () => {
  it('are valid against the schema, one named operation each', async () => {
    // The server validates every operation file against its schema at start; here each is one named operation (fragments beside it), answered as it is.
    for (const doc of [FIGURES, MATRIX]) expect(parse(doc).definitions.filter((x) => x.kind === 'OperationDefinition' && x.name)).toHaveLength(1);
    expect((await t.gql(FIGURES, { academicYear: 2030 }, { token: staff })).errors).toBeUndefined();
    expect((await t.gql(MATRIX, { academicYear: 2030 }, { token: staff })).errors).toBeUndefined();
  });
});

describe('enrollment figures', () => {
  it('counts every figure as computed by hand (the service without suppression)', async () => {
    const raw = await new AggregatesService(1).enrollmentFigures({ em: t.app.dataSource.manager, now: new Date() } as unknown as Ctx, 2030);
    const values = (f: any) => [f.applications, f.eligible, f.accepted, f.enrolled, f.withdrawn, f.completed, f.notCompleted].map((c) => c.value);
    expect(raw.fields.map((f) => [f.fieldCode, ...values(f)])).toEqual([
      ['welfare', 12, 11, 10, 9, 2, 6, 2],
      ['disaster', 6, 6, 6, 6, 1, 5, 1],
      ['agriculture', 2, 2, 2, 2, 0, 2, 0],
      ['greenery', 0, 0, 0, 0, 0, 0, 0],
      ['recycling', 5, 5, 5, 5, 0, 5, 0],
    ]);
    expect(values(raw.total)).toEqual([25, 24, 23, 22, 3, 18, 3]);
    expect(raw.fields[0].completionRate.value).toBeCloseTo(6 / 8);
    expect(raw.fields[0].meanAttendanceRate.value).toBeCloseTo(0.85);
    expect(raw.fields[1].meanAttendanceRate.value).toBeCloseTo(5.2 / 6);
    expect(raw.fields[3].completionRate).toEqual({ value: null, suppressed: false });
    expect(raw.total.meanAttendanceRate.value).toBeCloseTo((6.8 + 5.2 + 2 + 5) / 21);
    expect(raw.withdrawnByReason.map((x) => [x.reason, x.count.value])).toEqual([
      ['health', 1],
      ['work', 1],
      ['family', 0],
      ['movedAway', 0],
      ['other', 1],
    ]);
  });

  it('answers staff over HTTP with small cells suppressed and their complements', async () => {
    const res = await t.gql(FIGURES, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const f = res.data.enrollmentFigures;
    expect(f.academicYear).toBe(2030);
    expect(f.threshold).toBe(5);
    expect(f.fields.map((x: any) => x.fieldCode)).toEqual(['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING']);
    const column = (name: string) => [...f.fields.map((x: any) => x[name]), f.total[name]];
    // Agriculture's 2 is suppressed; its complement is the smallest other non-zero cell (recycling's 5); zeros are shown.
    expect(column('applications')).toEqual([shown(12), shown(6), hidden, shown(0), hidden, shown(25)]);
    expect(column('eligible')).toEqual([shown(11), shown(6), hidden, shown(0), hidden, shown(24)]);
    expect(column('accepted')).toEqual([shown(10), shown(6), hidden, shown(0), hidden, shown(23)]);
    expect(column('enrolled')).toEqual([shown(9), shown(6), hidden, shown(0), hidden, shown(22)]);
    // Completed: agriculture's 2, and a complement (disaster's 5, the first of the two smallest).
    expect(column('completed')).toEqual([shown(6), hidden, hidden, shown(0), shown(5), shown(18)]);
    // 2 and 1 are small, and so is their total 3.
    expect(column('withdrawn')).toEqual([hidden, hidden, shown(0), shown(0), shown(0), hidden]);
    expect(column('notCompleted')).toEqual([hidden, hidden, shown(0), shown(0), shown(0), hidden]);
    // Rates over a suppressed count are suppressed; an empty base is null, not suppressed.
    expect(column('completionRate')).toEqual([hidden, hidden, hidden, { value: null, suppressed: false }, { value: 1, suppressed: false }, hidden]);
    expect(column('meanAttendanceRate')).toEqual([hidden, hidden, hidden, { value: null, suppressed: false }, { value: 1, suppressed: false }, hidden]);
    expect(f.withdrawnByReason).toEqual([
      { reason: 'HEALTH', count: hidden },
      { reason: 'WORK', count: hidden },
      { reason: 'FAMILY', count: shown(0) },
      { reason: 'MOVED_AWAY', count: shown(0) },
      { reason: 'OTHER', count: hidden },
    ]);
    // No shown column lets a suppressed cell be recovered: each column has two or none suppressed.
    for (const name of ['applications', 'eligible', 'accepted', 'enrolled', 'withdrawn', 'completed', 'notCompleted']) {
      const n = column(name).filter((c: any) => c.suppressed).length;
      expect(n === 0 || n >= 2).toBe(true);
    }
  });

  it('a year without cohorts is all zeros', async () => {
    const res = await t.gql(FIGURES, { academicYear: 2040 }, { token: staff });
    expect(res.data.enrollmentFigures.total.applications).toEqual(shown(0));
    expect(res.data.enrollmentFigures.fields).toHaveLength(5);
  });
});

describe('the studied × active matrix', () => {
  const COLUMNS = ['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING', 'NONE', 'OTHER'];

  it('counts people by the field studied and the fields of their current activity', async () => {
    const ctx = { em: t.app.dataSource.manager, now: new Date() } as unknown as Ctx;
    const raw = await new AggregatesService(1).studiedActiveMatrix(ctx, 2030);
    expect(raw.rows[0].cells.map((c) => c.activeField)).toEqual(COLUMNS);
    // welfare: w6 disaster (latest version), w7 disaster + welfare, w8 ended, w9 latest version ended, w10 no field (OTHER), w11 nothing.
    expect(raw.rows.map((row) => [row.studiedField, ...row.cells.map((c) => c.count.value), row.total.value])).toEqual([
      ['welfare', 1, 2, 0, 0, 0, 3, 1, 7],
      ['disaster', 3, 0, 0, 0, 0, 2, 0, 5],
      ['agriculture', 0, 0, 1, 0, 0, 1, 0, 2],
      ['greenery', 0, 0, 0, 0, 0, 0, 0, 0],
      ['recycling', 0, 0, 0, 0, 4, 1, 0, 5],
    ]);
    expect(raw.columnTotals.map((c) => c.count.value)).toEqual([4, 2, 1, 0, 4, 7, 1]);
    expect(raw.grandTotal.value).toBe(19);
    // Every year: w6 also studied recycling (2029), as did one more alumnus without an activity.
    const all = await new AggregatesService(1).studiedActiveMatrix(ctx, null);
    expect(all.rows[4].cells.map((c) => c.count.value)).toEqual([0, 1, 0, 0, 4, 2, 0]);
    expect(all.rows[0].total.value).toBe(7);
  });

  it('answers over HTTP with primary and secondary suppression that no line can undo', async () => {
    const res = await t.gql(MATRIX, { academicYear: 2030 }, { token: staff });
    expect(res.errors).toBeUndefined();
    const m = res.data.studiedActiveMatrix;
    expect(m.academicYear).toBe(2030);
    expect(m.threshold).toBe(5);
    expect(m.rows.map((x: any) => x.studiedField)).toEqual(['WELFARE', 'DISASTER', 'AGRICULTURE', 'GREENERY', 'RECYCLING']);
    const truth = [
      [1, 2, 0, 0, 0, 3, 1, 7],
      [3, 0, 0, 0, 0, 2, 0, 5],
      [0, 0, 1, 0, 0, 1, 0, 2],
      [0, 0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 4, 1, 0, 5],
      [4, 2, 1, 0, 4, 7, 1, 19],
    ];
    const grid = [...m.rows.map((x: any) => [...x.cells.map((c: any) => c.count), x.total]), [...m.columnTotals.map((c: any) => c.count), m.grandTotal]];
    grid.forEach((row: any[], i: number) =>
      row.forEach((c, j) => {
        const v = truth[i][j];
        if (v > 0 && v < 5) expect({ i, j, c }).toEqual({ i, j, c: hidden });
        else if (!c.suppressed) expect({ i, j, c }).toEqual({ i, j, c: shown(v) });
        else expect(c.value).toBeNull();
      }),
    );
    // Secondary: a suppressed cell never stands alone in its row or column (totals included).
    grid.forEach((row: any[]) =>
      row.forEach((c, j) => {
        if (!c.suppressed) return;
        expect(row.filter((x) => x.suppressed).length).toBeGreaterThanOrEqual(2);
        expect(grid.filter((x: any[]) => x[j].suppressed).length).toBeGreaterThanOrEqual(2);
      }),
    );
    // Agriculture's row total 2 is small; in the column of row totals its complement is the smallest other non-zero total (disaster's 5).
    expect(grid[2][7]).toEqual(hidden);
    expect(grid[1][7]).toEqual(hidden);
    expect([grid[0][7], grid[4][7], grid[5][7], grid[5][5]]).toEqual([shown(7), shown(5), shown(19), shown(7)]);
    // The recycling row: 4 and 1, both small.
    expect(grid[4][4]).toEqual(hidden);
    expect(grid[4][5]).toEqual(hidden);
    // Greenery's zeros are shown.
    expect(grid[3].every((c: any) => c.value === 0)).toBe(true);
  });
});

describe('access', () => {
  it('ward staff and auditors read the aggregates, contractors their own field only; members and anonymous callers nothing', async () => {
    const auditor = await staffToken(t, Role.AUDITOR);
    for (const token of [staff, await t.tokenFor('admin'), auditor.token]) {
      expect((await t.gql(FIGURES, { academicYear: 2030 }, { token })).data?.enrollmentFigures.total.applications).toEqual(shown(25));
      expect((await t.gql(MATRIX, {}, { token })).errors).toBeUndefined();
    }
    // The greenery contractor: greenery's row alone, and the totals over it (nothing in 2030).
    const scoped = await t.gql(FIGURES, { academicYear: 2030 }, { token: await t.tokenFor('greenery') });
    expect(scoped.data.enrollmentFigures.fields.map((x: any) => x.fieldCode)).toEqual(['GREENERY']);
    expect(scoped.data.enrollmentFigures.total.applications).toEqual(shown(0));
    expect((await t.gql(MATRIX, {}, { token: await t.tokenFor('greenery') })).data.studiedActiveMatrix.rows.map((x: any) => x.studiedField)).toEqual(['GREENERY']);
    const [member] = await fastMembers(t, 1);
    for (const token of [member.token, w[6].token]) {
      for (const [doc, vars] of [
        [FIGURES, { academicYear: 2030 }],
        [MATRIX, { academicYear: 2030 }],
      ] as const) {
        const res = await t.gql(doc, vars, { token });
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
        expect(res.data?.enrollmentFigures ?? res.data?.studiedActiveMatrix ?? null).toBeNull();
      }
    }
    for (const doc of [FIGURES, MATRIX]) {
      const res = await t.gql(doc, { academicYear: 2030 });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('statements', () => {
  it('a few grouped statements per report, the same for a year with 2 cohorts as with 5', async () => {
    await createCohort(t, COURSE.GREENERY, { academicYear: 2030 });
    await createCohort(t, COURSE.GREENERY, { academicYear: 2031, startsOn: '2031-04-10', endsOn: '2032-03-15' });
    await createCohort(t, COURSE.WELFARE, { academicYear: 2031, startsOn: '2031-04-10', endsOn: '2032-03-15' });
    const cost = async (doc: string, vars: Record<string, unknown>) => {
      await t.settle();
      t.sql.reset();
      const res = await t.gql(doc, vars, { token: staff });
      expect(res.errors).toBeUndefined();
      return { all: t.sql.count, report: t.sql.statements.filter((s) => /\b(application|enrollment|completion|activity_record)\b/.test(s)).length };
    };
    const five = await cohortsIn(2030);
    const two = await cohortsIn(2031);
    expect([five, two]).toEqual([5, 2]);
    const figures2030 = await cost(FIGURES, { academicYear: 2030 });
    expect(figures2030.report).toBe(3);
    expect(await cost(FIGURES, { academicYear: 2031 })).toEqual(figures2030);
    const matrix2030 = await cost(MATRIX, { academicYear: 2030 });
    expect(matrix2030.report).toBe(1);
    expect(await cost(MATRIX, { academicYear: 2031 })).toEqual(matrix2030);
    expect(await cost(MATRIX, {})).toEqual(matrix2030);
  });
});

async function cohortsIn(year: number): Promise<number> {
  const [row] = await t.app.dataSource.query('SELECT COUNT(*) AS n FROM cohort WHERE academicYear = ?', [year]);
  return Number(row.n);
}
