// `npm run seed:scale`: a database with five years of history at the scale of the ward (100,000
// members, about a million attendance rows), for the reports and the canonical pages to run
// against. Planned in memory from seeded streams (intake.ts), then written with multi-row
// INSERTs (writer.ts); the rows are the ones the product's own steps write.
import type { DataSource } from 'typeorm';
import { Role } from '../../../core/auth/roles';
import { AccountStatus, ConsentKind, ConsentSource, searchForm } from '../../../modules/accounts';
import { FOLLOW_UP_NOTICE_VERSION, ActivitySource, InvitationStatus, SurveyQuestionKind, SurveyWaveStatus } from '../../../modules/alumni';
import { FieldCode } from '../../../modules/catalog';
import { ConsultationStatus, GroupStatus, IntroductionStatus } from '../../../modules/community';
import { ConsultationSource, TimeOfDay, Weekday } from '../../../modules/community/consultation.entity';
import { codeList } from '../../../modules/community/code-list';
import { DEMO_SURVEY_QUESTIONS } from '../../../db/demo-seed';
import { CompletionOutcome } from '../../../modules/learning';
import { formatCertificateNumber } from '../../../modules/learning/certificate.service';
import { NoticeAudience, NoticeKind } from '../../../modules/notices';
import { CONTRACTORS, GIVEN_NAMES, GROUP_THEMES, PUBLIC_NOTICE_TITLES, SURNAMES, TOWNS } from './catalogue';
import {
  Applicants,
  calendarOf,
  Codes,
  numberStudents,
  planCohorts,
  planCourses,
  planMembers,
  planStaff,
  runIntake,
  settleRegistrations,
  settleStatus,
  type Calendar,
  type FixtureRoles,
} from './intake';
import {
  addDays,
  addMonths,
  after,
  DAY,
  dayOf,
  HOUR,
  jst,
  MINUTE,
  type ApplicationPlan,
  type CohortPlan,
  type CoursePlan,
  type EnrollmentPlan,
  type MemberPlan,
  type StaffPlan,
} from './model';
import { Rng } from './random';
import { RowWriter, type Value } from './writer';

export interface ScaleOptions {
  /** Member accounts (most of them only registered). */
  members: number;
  /** The moment the history runs up to (default: now); the same `now` gives the same rows. */
  now?: Date;
  /** One hash every account shares (hashing 100,000 passwords is not what is measured). */
  passwordHash: string;
  log?: (line: string) => void;
}

export interface ScaleFixture {
  /** A member whose my page is full: enrolled this year, waitlisted, an application submitted, notices (some read). */
  member: { accountId: number; loginId: string };
  /** Ward staff and a ward administrator, each with a second factor on record. */
  staff: { accountId: number };
  admin: { accountId: number };
  /** A cohort of this academic year with 40 students and its sessions so far recorded. */
  rosterCohortId: number;
  /** The academic years of the history: this one and the four before. */
  academicYears: number[];
  /** Rows written, by table. */
  counts: Record<string, number>;
}

const FIELDS = Object.values(FieldCode);
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const FIELD_NAMES = new Map(Object.entries(FieldCode).map(([name, value]) => [value as string, name]));
const second = (instant: Date | number) => new Date(Math.floor(new Date(instant).getTime() / 1000) * 1000);

/** The survey the ward sends its alumni; version 2 adds a question (answers keep their version). */
const SURVEY_QUESTIONS = DEMO_SURVEY_QUESTIONS;
const SURVEY_QUESTIONS_V2 = [
  ...SURVEY_QUESTIONS.slice(0, 5),
  {
    key: 'wishes',
    kind: SurveyQuestionKind.MULTIPLE_CHOICE,
    label: '区に望むこと',
    required: false,
    choices: [
      { key: 'moreInfo', label: '活動の情報がほしい' },
      { key: 'meetings', label: '修了生の交流の場がほしい' },
      { key: 'advanced', label: '発展講座を開いてほしい' },
    ],
  },
  SURVEY_QUESTIONS[5],
];

interface Alumnus {
  member: MemberPlan;
  cohort: CohortPlan;
  completedOn: string;
  decidedAt: Date;
}

interface GroupPlan {
  name: string;
  fields: FieldCode[];
  district: string;
  status: GroupStatus;
  id: number;
}

interface SurveyAnswer {
  member: MemberPlan;
  at: Date;
  groups: GroupPlan[];
  fields: FieldCode[];
  hours: number | null;
}

/** Refuses a database that already has accounts: the data set is never mixed into other data. */
async function refuseNonEmpty(db: DataSource): Promise<void> {
  const [row] = (await db.query('SELECT COUNT(*) AS n FROM account')) as Array<{ n: unknown }>;
  if (Number(row.n) > 0) throw new Error(`The database already holds ${Number(row.n)} accounts; the scale data set goes into an empty, migrated database only.`);
}

export async function generateScale(db: DataSource, options: ScaleOptions): Promise<ScaleFixture> {
  if (!Number.isInteger(options.members) || options.members < 100) throw new Error('members must be a whole number of at least 100');
  await refuseNonEmpty(db);
  const now = second(options.now ?? new Date());
  const log = options.log ?? (() => {});
  const cal = calendarOf(now);
  const writer = new RowWriter(db);
  await writer.open();
  try {
    const fixture = await new ScaleGenerator(writer, cal, options, log).run();
    await writer.close();
    // InnoDB refreshes its index statistics in the background some time after a bulk load; until
    // then plans are made on near-empty figures. A DBA analyses after a load; so do we, so that the
    // bench measures the plans a running ward database gets.
    if (db.options.type !== 'better-sqlite3') for (const table of Object.keys(fixture.counts)) await db.query(`ANALYZE TABLE ${db.driver.escape(table)}`);
    return fixture;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

class ScaleGenerator {
  private readonly staff = planStaff();
  private readonly courses: CoursePlan[] = planCourses();
  private readonly members: MemberPlan[];
  private cohorts: CohortPlan[] = [];
  private fixture!: FixtureRoles;
  private contractorIds: number[] = [];
  private readonly alumni: Alumnus[] = [];
  private groups: GroupPlan[] = [];
  private readonly answers: SurveyAnswer[] = [];
  private readonly started = Date.now();

  constructor(
    private readonly w: RowWriter,
    private readonly cal: Calendar,
    private readonly options: ScaleOptions,
    private readonly log: (line: string) => void,
  ) {
    this.members = planMembers(options.members, cal);
  }

  private get now(): Date {
    return this.cal.now;
  }

  private step(label: string, tables: string[]): void {
    const rows = tables.map((t) => `${t} ${(this.w.counts[t] ?? 0).toLocaleString('en-US')}`).join(', ');
    this.log(`${label}: ${rows} (${((Date.now() - this.started) / 1000).toFixed(1)} s)`);
  }

  private wardStaff(i: number): StaffPlan {
    const ward = this.staff.filter((s) => s.role === Role.WARD_STAFF);
    return ward[i % ward.length];
  }

  /** Who runs a cohort: the field's contractor's staff, the ward's own staff for welfare. */
  private staffOf = (course: CoursePlan, j: number): StaffPlan => {
    const contractor = CONTRACTORS.findIndex((c) => c.field === course.def.field);
    if (contractor < 0) return this.wardStaff(course.index + j);
    const theirs = this.staff.filter((s) => s.contractor === contractor);
    return theirs[(course.index + j) % theirs.length];
  };

  async run(): Promise<ScaleFixture> {
    this.planIntake();
    await this.writePeople();
    await this.writeCatalogue();
    await this.writeIntake();
    await this.writeLearning();
    await this.writeCompletions();
    await this.writeGroups();
    await this.writeSurveys();
    await this.writeMatchingAndActivity();
    await this.writeNotices();
    const admin = this.staff.find((s) => s.role === Role.WARD_ADMIN)!;
    return {
      member: { accountId: this.fixture.member.id, loginId: this.fixture.member.loginId },
      staff: { accountId: this.wardStaff(0).id },
      admin: { accountId: admin.id },
      rosterCohortId: this.fixture.roster.id,
      academicYears: [0, 1, 2, 3, 4].map((i) => this.cal.currentYear - 4 + i),
      counts: { ...this.w.counts },
    };
  }

  // ── planning ───────────────────────────────────────────────────────────

  private planIntake(): void {
    const layout = planCohorts(this.courses, this.members.length, this.staffOf, this.cal);
    this.cohorts = layout.cohorts;
    const current = (course: number) => this.cohorts.find((c) => !c.open && c.year === this.cal.currentYear && c.course.index === course && c.j === 0)!;
    // Review courses: the welfare course for the roster, greenery for the waitlist; the open disaster cohort.
    this.fixture = {
      member: this.members[0],
      roster: current(0),
      waitlist: current(12),
      submitted: this.cohorts.find((c) => c.open && c.course.index === 4)!,
    };
    this.fixture.roster.capacity = 40;
    // About 1.4 applications per applicant over the five years; the rest of the members never applied.
    const seats = this.cohorts.reduce((sum, c) => sum + c.capacity * (c.open ? 0.3 : 2.4), 0);
    const pool = new Applicants(this.members, Math.min(1, seats / 1.4 / Math.max(1, this.members.length - 1)));
    const codes = new Codes();
    for (const c of this.cohorts) {
      runIntake(c, pool, codes, this.cal, this.fixture);
      // Completion is decided a week after the end, then the cohort is finished.
      const run = jst(addDays(c.endsOn, 7), 10);
      if (!c.open && c.announcedAt && run <= this.now) c.completionAt = run;
      settleStatus(c, this.cal);
    }
    numberStudents(this.cohorts);
    settleRegistrations(this.members, this.cal);
    this.log(
      `plan: ${this.members.length.toLocaleString('en-US')} members, ${this.cohorts.length} cohorts (${layout.perCourse} a course a year, seats × ${layout.scale.toFixed(2)}), years ${this.cal.pastYears.join(', ')} and ${this.cal.openYear} open`,
    );
  }

  private apps(): ApplicationPlan[] {
    return this.cohorts.flatMap((c) => c.apps);
  }

  // ── people ─────────────────────────────────────────────────────────────

  private async writePeople(): Promise<void> {
    const since = jst(`${this.cal.currentYear - 5}-03-01`, 9);
    this.contractorIds = await this.w.insert(
      'contractor',
      ['name', 'fieldCode', 'contractStartsOn', 'contractEndsOn', 'allowedCidrs', 'endedAt', 'createdAt'],
      CONTRACTORS.map((c) => [
        c.name,
        c.field,
        `${this.cal.currentYear - 5}-04-01`,
        `${this.cal.currentYear + 2}-03-31`,
        ['127.0.0.0/8', '::1/128', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].join('\n'),
        null,
        since,
      ]),
      true,
    );
    const columns = [
      'loginId',
      'role',
      'name',
      'nameKana',
      'email',
      'phone',
      'residency',
      'address',
      'workplaceOrSchool',
      'passwordHash',
      'contractorId',
      'status',
      'failedLoginCount',
      'passwordChangedAt',
      'createdAt',
      'updatedAt',
      'emailVerifiedAt',
      'mustChangePassword',
      'secondFactorAt',
      'searchName',
      'searchKana',
    ];
    const hash = this.options.passwordHash;
    const rows: Value[][] = [
      ...this.staff.map((s) => [
        s.loginId,
        s.role,
        s.name,
        s.nameKana,
        s.email,
        null,
        null,
        null,
        null,
        hash,
        s.contractor === null ? null : this.contractorIds[s.contractor],
        AccountStatus.ACTIVE,
        0,
        since,
        since,
        since,
        since,
        false,
        // A second factor on record: the session has no pending step (the bench makes the tokens).
        since,
        searchForm(s.name),
        searchForm(s.nameKana),
      ]),
      ...this.members.map((m) => [
        m.loginId,
        Role.MEMBER,
        m.name,
        m.nameKana,
        m.email,
        m.phone,
        m.residency,
        m.address,
        m.workplace,
        hash,
        null,
        AccountStatus.ACTIVE,
        0,
        m.createdAt,
        m.createdAt,
        m.createdAt,
        m.verified ? after(m.createdAt, 10 * MINUTE) : null,
        false,
        null,
        searchForm(m.name),
        searchForm(m.nameKana),
      ]),
    ];
    const ids = await this.w.insert('account', columns, rows, true);
    this.staff.forEach((s, i) => (s.id = ids[i]));
    this.members.forEach((m, i) => (m.id = ids[this.staff.length + i]));

    // Every member accepted the privacy notice in force when they registered.
    const [notice] = await this.w.query<{ version: string }>('SELECT version FROM privacy_notice_version ORDER BY effectiveFrom DESC, id DESC');
    if (!notice) throw new Error('no privacy notice version: run the migrations first');
    await this.w.insert(
      'consent',
      ['accountId', 'kind', 'version', 'acceptedAt', 'granted', 'source', 'recordedBy'],
      this.members.map((m) => [m.id, ConsentKind.PRIVACY_NOTICE, notice.version, m.createdAt, true, ConsentSource.SELF, null]),
    );
    this.step('people', ['contractor', 'account', 'consent']);
  }

  // ── catalogue and intake ───────────────────────────────────────────────

  private async writeCatalogue(): Promise<void> {
    const at = jst(`${this.cal.currentYear - 5}-09-01`, 10);
    const ids = await this.w.insert(
      'course',
      ['fieldCode', 'title', 'titleEn', 'description', 'scheduleOutline', 'years', 'eligibilityRule', 'motivationRequired', 'minAttendanceRate', 'createdAt', 'updatedAt'],
      this.courses.map((k) => [
        k.def.field,
        k.def.title,
        k.def.titleEn,
        k.def.description,
        k.def.scheduleOutline,
        k.years,
        [...k.def.eligibility].sort().join(','),
        k.def.motivation,
        k.def.minAttendanceRate,
        at,
        at,
      ]),
      true,
    );
    this.courses.forEach((k, i) => (k.id = ids[i]));
    // Some courses count an online session as attended: a status of their own.
    await this.w.insert(
      'attendance_status',
      ['courseId', 'code', 'countsAsAttended', 'sortOrder', 'label', 'labelEn'],
      this.courses.filter((k) => k.def.online).map((k) => [k.id, 'online', true, 6, 'オンライン参加', 'Online']),
    );
    const cohortIds = await this.w.insert(
      'cohort',
      [
        'courseId',
        'fieldCode',
        'academicYear',
        'capacity',
        'applicationOpensAt',
        'applicationClosesAt',
        'startsOn',
        'endsOn',
        'selectionMethod',
        'status',
        'resultsOn',
        'announcedAt',
        'createdAt',
        'updatedAt',
      ],
      this.cohorts.map((c) => [
        c.course.id,
        c.course.def.field,
        c.year,
        c.capacity,
        c.opensAt,
        c.closesAt,
        c.startsOn,
        c.endsOn,
        c.course.def.method,
        c.status,
        c.resultsOn,
        c.announcedAt,
        c.createdAt,
        c.updatedAt,
      ]),
      true,
    );
    this.cohorts.forEach((c, i) => (c.id = cohortIds[i]));
    this.step('catalogue', ['course', 'attendance_status', 'cohort']);
  }

  private async writeIntake(): Promise<void> {
    const apps = this.apps();
    // The retention purge has trimmed the personal columns of applications that led to no
    // enrolment once their results are a year old (RETENTION_NOT_ENROLLED_MONTHS, 12).
    const cutoff = new Date(this.now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 12);
    const trimmed = (a: ApplicationPlan) => !a.enrollment && a.cohort.announcedAt !== null && a.cohort.announcedAt <= cutoff;
    const ids = await this.w.insert(
      'application',
      [
        'code',
        'cohortId',
        'accountId',
        'eligibilityBasis',
        'workplaceOrSchool',
        'motivation',
        'preferredContact',
        'emailAlerts',
        'eligible',
        'ineligibleReason',
        'ineligibleReasonCode',
        'status',
        'decision',
        'decisionReason',
        'waitlistPosition',
        'offerDeadline',
        'submittedAt',
        'updatedAt',
      ],
      apps.map((a) => {
        const trim = trimmed(a);
        return [
          a.code,
          a.cohort.id,
          a.member.id,
          a.basis,
          trim ? null : a.workplace,
          trim ? null : a.motivation,
          a.contact,
          a.alerts,
          a.eligible,
          trim ? null : a.ineligibleReason,
          a.ineligibleReasonCode,
          a.status,
          a.decision,
          trim ? null : a.decisionReason,
          a.waitlistPosition,
          a.offerDeadline,
          a.submittedAt,
          a.updatedAt,
        ];
      }),
      true,
    );
    apps.forEach((a, i) => (a.id = ids[i]));
    await this.w.insert(
      'application_event',
      ['applicationId', 'at', 'fromStatus', 'toStatus', 'actorId', 'reason'],
      apps.flatMap((a) => a.events.map((e) => [a.id, e.at, e.from, e.to, e.actor === 'member' ? a.member.id : e.actor === 'staff' ? a.cohort.staff.id : null, e.reason])),
    );
    const drawn = this.cohorts.filter((c) => c.lottery);
    const drawIds = await this.w.insert(
      'lottery_draw',
      ['cohortId', 'entryCount', 'capacity', 'commitment', 'frozenAt', 'seed', 'drawnAt'],
      drawn.map((c) => [c.id, c.lottery!.entries.length, c.capacity, c.lottery!.commitment, c.lottery!.frozenAt, c.lottery!.seed, c.lottery!.drawnAt]),
      true,
    );
    await this.w.insert(
      'lottery_entry',
      ['drawId', 'code', 'place'],
      drawn.flatMap((c, i) => c.lottery!.entries.map((e) => [drawIds[i], e.code, e.place])),
    );
    const enrolled = apps.filter((a) => a.enrollment);
    const enrollmentIds = await this.w.insert(
      'enrollment',
      ['applicationId', 'cohortId', 'accountId', 'studentNumber', 'enrolledAt', 'withdrawnAt', 'withdrawalReason', 'withdrawalText', 'withdrawnBy'],
      enrolled.map((a) => {
        const e = a.enrollment!;
        return [
          a.id,
          a.cohort.id,
          a.member.id,
          e.studentNumber,
          e.enrolledAt,
          e.withdrawnAt,
          e.withdrawalReason,
          e.withdrawalText,
          e.withdrawnAt ? (e.withdrawnByStaff ? a.cohort.staff.id : a.member.id) : null,
        ];
      }),
      true,
    );
    enrolled.forEach((a, i) => (a.enrollment!.id = enrollmentIds[i]));
    const counters = new Map<string, { field: string; year: number; last: number }>();
    for (const a of enrolled) {
      const key = `${a.cohort.course.def.field}:${a.cohort.year}`;
      const n = Number(a.enrollment!.studentNumber.split('-')[2]);
      const c = counters.get(key) ?? { field: a.cohort.course.def.field, year: a.cohort.year, last: 0 };
      c.last = Math.max(c.last, n);
      counters.set(key, c);
    }
    await this.w.insert(
      'student_number_counter',
      ['fieldCode', 'academicYear', 'lastNumber'],
      [...counters.values()].map((c) => [c.field, c.year, c.last]),
    );
    this.step('intake', ['application', 'application_event', 'lottery_draw', 'lottery_entry', 'enrollment', 'student_number_counter']);
  }

  // ── learning ───────────────────────────────────────────────────────────

  /** Class sessions, then attendance of every held session, recorded by the cohort's staff an hour after it ended. */
  private async writeLearning(): Promise<void> {
    const now = this.now.getTime();
    const withSessions = this.cohorts.filter((c) => c.sessions.length);
    const rows: Value[][] = [];
    for (const c of withSessions) {
      const created = second(Math.min(jst(`${c.year}-03-01`, 10).getTime(), now));
      for (const s of c.sessions) {
        const cancelled = s.cancelledAt && s.cancelledAt.getTime() <= now ? s.cancelledAt : null;
        rows.push([
          c.id,
          s.startsAt,
          s.endsAt,
          s.title,
          c.course.def.venue,
          s.kind,
          true,
          s.required,
          cancelled,
          cancelled ? s.cancelReason : null,
          created,
          cancelled && cancelled > created ? cancelled : created,
        ]);
      }
    }
    const ids = await this.w.insert(
      'class_session',
      ['cohortId', 'startsAt', 'endsAt', 'title', 'venue', 'kind', 'countsTowardCompletion', 'requiredForCompletion', 'cancelledAt', 'cancelReason', 'createdAt', 'updatedAt'],
      rows,
      true,
    );
    let k = 0;
    for (const c of withSessions) for (const s of c.sessions) s.id = ids[k++];

    const batch = this.w.batch('attendance', ['classSessionId', 'enrollmentId', 'accountId', 'statusCode', 'source', 'recordedBy', 'createdAt', 'updatedAt']);
    for (const c of withSessions) {
      const rng = new Rng(`attendance:${c.index}`);
      const students = c.apps.map((a) => a.enrollment).filter((e): e is EnrollmentPlan => e !== null && !e.cancelled);
      for (const s of c.sessions) {
        const recordedAt = after(s.endsAt, HOUR);
        if ((s.cancelledAt && s.cancelledAt.getTime() <= now) || recordedAt.getTime() > now) continue;
        const source = rng.weighted({ grid: 70, entry: 20, csv: 10 });
        for (const e of students) {
          if (e.enrolledAt > s.startsAt || (e.withdrawnAt && e.withdrawnAt <= s.startsAt)) continue;
          // Students make a point of coming to the required final session.
          const came = rng.chance(s.required ? 1 - (1 - e.propensity) / 3 : e.propensity);
          const code = came
            ? c.course.def.online && rng.chance(0.12)
              ? 'online'
              : rng.weighted({ present: 90, late: 6, leftEarly: 4 })
            : rng.weighted({ absent: 65, excused: 35 });
          if (came) e.attended++;
          else if (s.required) e.requiredMissed++;
          await batch.add([s.id, e.id, e.app.member.id, code, source, c.staff.id, recordedAt, recordedAt]);
        }
      }
      // A student who enrolled late or left did not come to the sessions they have no mark for.
      for (const e of students) e.requiredMissed += c.sessions.filter((s) => s.required && !marked(e, s)).length;
    }
    await batch.flush();
    this.step('learning', ['class_session', 'attendance']);

    function marked(e: { enrolledAt: Date; withdrawnAt: Date | null }, s: { startsAt: Date; endsAt: Date }): boolean {
      return !(e.enrolledAt > s.startsAt || (e.withdrawnAt !== null && e.withdrawnAt <= s.startsAt)) && s.endsAt.getTime() + HOUR <= now;
    }
  }

  /**
   * The completion run of each ended cohort, as completion.service decides it: the attendance
   * rate against the course's minimum and the required final session; certificates for the
   * completed, numbered per field and year; then the follow-up consent asked of the alumni.
   */
  private async writeCompletions(): Promise<void> {
    const decided = this.cohorts.filter((c) => c.completionAt).sort((a, b) => a.completionAt!.getTime() - b.completionAt!.getTime() || a.index - b.index);
    const completions: Value[][] = [];
    const completed: Array<{ c: CohortPlan; a: ApplicationPlan }> = [];
    for (const c of decided) {
      const planned = c.sessions.filter((s) => !(s.cancelledAt && s.cancelledAt <= c.completionAt!)).length;
      for (const a of c.apps) {
        const e = a.enrollment;
        if (!e || e.withdrawnAt) continue;
        e.planned = planned;
        const ok = e.attended * 100 >= c.course.def.minAttendanceRate * planned && e.requiredMissed === 0;
        completions.push([
          e.id,
          c.id,
          a.member.id,
          ok ? CompletionOutcome.COMPLETED : CompletionOutcome.NOT_COMPLETED,
          c.endsOn,
          0,
          e.attended,
          planned,
          false,
          null,
          c.staff.id,
          c.completionAt,
          c.completionAt,
        ]);
        if (ok) {
          completed.push({ c, a });
          this.alumni.push({ member: a.member, cohort: c, completedOn: c.endsOn, decidedAt: c.completionAt! });
        }
      }
    }
    await this.w.insert(
      'completion',
      [
        'enrollmentId',
        'cohortId',
        'accountId',
        'outcome',
        'completedOn',
        'ruleVersion',
        'attended',
        'planned',
        'overridden',
        'overrideReason',
        'decidedBy',
        'createdAt',
        'updatedAt',
      ],
      completions,
    );
    const rng = new Rng('certificates');
    const counters = new Map<string, { field: string; year: number; last: number }>();
    const certificates = completed.map(({ c, a }) => {
      const key = `${c.course.def.field}:${c.year}`;
      const counter = counters.get(key) ?? { field: c.course.def.field, year: c.year, last: 0 };
      counters.set(key, counter);
      counter.last++;
      return [
        a.enrollment!.id,
        c.id,
        a.member.id,
        formatCertificateNumber(c.year, c.course.def.field, counter.last),
        rng.chars(BASE64URL, 11),
        c.completionAt,
        null,
        null,
        null,
        c.completionAt,
        c.completionAt,
      ];
    });
    const certificateIds = await this.w.insert(
      'certificate',
      ['enrollmentId', 'cohortId', 'accountId', 'number', 'checkCode', 'issuedAt', 'revokedAt', 'revokeReason', 'revokedBy', 'createdAt', 'updatedAt'],
      certificates as Value[][],
      true,
    );
    await this.w.insert(
      'certificate_issue',
      ['certificateId', 'issuedAt', 'supersededAt', 'reason', 'issuedBy'],
      certificateIds.map((id, i) => [id, completed[i].c.completionAt, null, 'first', null]),
    );
    await this.w.insert(
      'certificate_number_counter',
      ['fieldCode', 'academicYear', 'lastNumber'],
      [...counters.values()].map((c) => [c.field, c.year, c.last]),
    );

    // Follow-up surveys: most alumni agree on my page (some on a paper form staff enter), some decline, some never choose.
    const consentRng = new Rng('follow-up-consent');
    const consents: Value[][] = [];
    for (const al of this.alumni) {
      const at = second(al.decidedAt.getTime() + consentRng.between(1, 20) * DAY);
      const choice = consentRng.weighted({ yes: 75, no: 10, none: 15 });
      if (choice === 'none' || at > this.now) continue;
      const paper = choice === 'yes' && consentRng.chance(0.15);
      consents.push([
        al.member.id,
        ConsentKind.FOLLOW_UP,
        FOLLOW_UP_NOTICE_VERSION,
        at,
        choice === 'yes',
        paper ? ConsentSource.PAPER_FORM : ConsentSource.SELF,
        paper ? al.cohort.staff.id : null,
      ]);
      this.consentAt.set(al.member.index, { at, granted: choice === 'yes' });
    }
    await this.w.insert('consent', ['accountId', 'kind', 'version', 'acceptedAt', 'granted', 'source', 'recordedBy'], consents);
    this.step('completion', ['completion', 'certificate', 'certificate_issue', 'consent']);
  }

  /** The latest follow-up choice of each alumnus (by member index). */
  private readonly consentAt = new Map<number, { at: Date; granted: boolean }>();

  // ── community ──────────────────────────────────────────────────────────

  private async writeGroups(): Promise<void> {
    const rng = new Rng('groups');
    const count = Math.min(80, Math.max(15, Math.round(this.members.length / 1500)));
    const names = new Set<string>();
    const districts = Object.keys(TOWNS);
    const groups: Array<GroupPlan & { row: Value[]; changedAt: Date | null; reason: string | null; interviewer: number }> = [];
    const first = jst(`${this.cal.currentYear - 4}-05-01`, 10).getTime();
    for (let g = 0; groups.length < count && g < count * 10; g++) {
      const field = FIELDS[g % FIELDS.length];
      const district = rng.pick(districts);
      const town = rng.pick(TOWNS[district]);
      const [theme, kind] = rng.pick(GROUP_THEMES[field]);
      const name = `${town}${theme}`;
      if (names.has(name)) continue;
      names.add(name);
      const fields = rng.chance(0.2) ? [field, FIELDS[(g + 2) % FIELDS.length]] : [field];
      const interviewedOn = dayOf(new Date(first + rng.float() * (this.now.getTime() - 30 * DAY - first)));
      const createdAt = jst(addDays(interviewedOn, 1), 10);
      const fate = rng.weighted({ [GroupStatus.ACTIVE]: 85, [GroupStatus.SUSPENDED]: 8, [GroupStatus.ENDED]: 7 } as Record<GroupStatus, number>);
      const changedAt = fate === GroupStatus.ACTIVE ? null : second(createdAt.getTime() + rng.float() * (this.now.getTime() - createdAt.getTime()));
      const status = changedAt && changedAt <= this.now ? fate : GroupStatus.ACTIVE;
      const reason = status === GroupStatus.SUSPENDED ? '代表者の交代のため一時休止' : status === GroupStatus.ENDED ? '会員の減少により解散' : null;
      const ended = status === GroupStatus.ENDED;
      const representative = `${rng.pick(SURNAMES)[0]} ${rng.pick(GIVEN_NAMES)[0]}`;
      const interviewer = this.wardStaff(g).id;
      const row: Value[] = [
        name,
        kind,
        codeList(FIELDS, fields),
        district,
        `${town}周辺で活動しています。月に1〜2回、主に週末に集まります。初めての方も歓迎です。`,
        '練馬区役所 地域振興課 経由',
        status,
        reason,
        // An ended group's representative and notes are deleted with the end.
        ended ? '' : representative,
        ended || !rng.chance(0.6) ? null : `03-3993-${String(rng.int(1000, 9999))}`,
        ended || !rng.chance(0.4) ? null : `group${g + 1}@groups.scale.example.jp`,
        interviewedOn,
        interviewer,
        ended || !rng.chance(0.5) ? null : '担い手が不足しており、修了生の参加を歓迎している。',
        status === GroupStatus.ACTIVE ? 1 : 2,
        createdAt,
        status === GroupStatus.ACTIVE ? createdAt : changedAt,
      ];
      groups.push({ name, fields, district, status, id: 0, row, changedAt: status === GroupStatus.ACTIVE ? null : changedAt, reason, interviewer });
    }
    const ids = await this.w.insert(
      'community_group',
      [
        'name',
        'kind',
        'fieldCodeList',
        'districtCode',
        'publicDescription',
        'publicContact',
        'status',
        'statusReason',
        'representativeName',
        'representativePhone',
        'representativeEmail',
        'interviewedOn',
        'interviewedBy',
        'interviewNotes',
        'version',
        'createdAt',
        'updatedAt',
      ],
      groups.map((g) => g.row),
      true,
    );
    groups.forEach((g, i) => (g.id = ids[i]));
    const publicAfter = (g: (typeof groups)[number], status: GroupStatus) =>
      JSON.stringify({
        name: g.name,
        kind: g.row[1],
        fieldCodes: String(g.row[2]).split(','),
        districtCode: g.district,
        publicDescription: g.row[4],
        publicContact: g.row[5],
        status,
      });
    const revisions: Value[][] = [];
    for (const g of groups) {
      revisions.push([g.id, 1, 'registered', publicAfter(g, GroupStatus.ACTIVE), null, g.interviewer, g.row[15]]);
      if (g.changedAt) {
        const fields = g.status === GroupStatus.ENDED ? 'status,representativeName,representativePhone,representativeEmail,interviewNotes' : 'status';
        revisions.push([g.id, 2, fields, publicAfter(g, g.status), g.reason, g.interviewer, g.changedAt]);
      }
    }
    await this.w.insert('community_group_revision', ['groupId', 'version', 'changedFieldList', 'publicAfter', 'reason', 'changedBy', 'changedAt'], revisions);
    this.groups = groups.map(({ name, fields, district, status, id }) => ({ name, fields, district, status, id }));
    this.step('community', ['community_group', 'community_group_revision']);
  }

  private activeGroups(field: FieldCode): GroupPlan[] {
    const mine = this.groups.filter((g) => g.status === GroupStatus.ACTIVE && g.fields.includes(field));
    return mine.length ? mine : this.groups.filter((g) => g.status === GroupStatus.ACTIVE);
  }

  // ── follow-up surveys ──────────────────────────────────────────────────

  /**
   * The ward's survey of all alumni (waves at 6, 12 and 36 months after the end) and the
   * greenery field's own (24 months), scheduled at each completion run; the job opens a wave
   * on its day to the alumni whose latest choice is yes, reminds a week before the close and
   * closes it, the unanswered expiring.
   */
  private async writeSurveys(): Promise<void> {
    const admin = this.staff.find((s) => s.role === Role.WARD_ADMIN)!;
    const greeneryStaff = this.staffOf(
      this.courses.find((k) => k.def.field === FieldCode.GREENERY)!,
      0,
    );
    const y = this.cal.currentYear;
    const surveys = [
      {
        title: '修了生 地域活動アンケート',
        field: null,
        by: admin,
        at: jst(`${y - 4}-04-01`, 10),
        offsets: [6, 12, 36],
        versions: [jst(`${y - 4}-04-01`, 10), jst(`${y - 1}-10-01`, 10)],
      },
      { title: 'みどりの活動 追跡調査', field: FieldCode.GREENERY, by: greeneryStaff, at: jst(`${y - 3}-04-01`, 10), offsets: [24], versions: [jst(`${y - 3}-04-01`, 10)] },
    ];
    const surveyIds = await this.w.insert(
      'survey',
      ['title', 'fieldCode', 'createdBy', 'createdAt'],
      surveys.map((s) => [s.title, s.field, s.by.id, s.at]),
      true,
    );
    const versions = surveys.flatMap((s, i) => s.versions.filter((at) => at <= this.now).map((at, v) => ({ survey: i, version: v + 1, at })));
    const versionIds = await this.w.insert(
      'survey_version',
      ['surveyId', 'version', 'questions', 'createdAt'],
      versions.map((v) => [surveyIds[v.survey], v.version, JSON.stringify(v.version === 1 ? SURVEY_QUESTIONS : SURVEY_QUESTIONS_V2), v.at]),
      true,
    );
    versions.forEach((v, i) => Object.assign(v, { id: versionIds[i] }));
    const versionAt = (survey: number, at: Date) => versions.filter((v) => v.survey === survey && v.at <= at).pop() as ((typeof versions)[number] & { id: number }) | undefined;

    const alumniOf = new Map<CohortPlan, Alumnus[]>();
    for (const al of this.alumni) alumniOf.set(al.cohort, [...(alumniOf.get(al.cohort) ?? []), al]);
    const rng = new Rng('surveys');
    const today = this.cal.today;
    const waves: Array<{ row: Value[]; invitations: Value[][] }> = [];
    for (const c of this.cohorts.filter((x) => x.completionAt)) {
      for (const [i, s] of surveys.entries()) {
        if (s.field && s.field !== c.course.def.field) continue;
        for (const offset of s.offsets) {
          const opensOn = addMonths(c.endsOn, offset);
          const closesOn = addDays(opensOn, 29);
          const remindOn = addDays(closesOn, -7);
          const openedAt = jst(opensOn, 0, 10);
          const version = opensOn <= today && openedAt <= this.now ? versionAt(i, openedAt) : undefined;
          const opened = version !== undefined;
          const closed = opened && jst(addDays(closesOn, 1), 0, 10) <= this.now;
          const remindedAt = opened && jst(remindOn, 0, 10) <= this.now ? jst(remindOn, 0, 10) : null;
          const invitations: Value[][] = [];
          if (version) {
            const answered = ({ 6: 0.68, 12: 0.6, 24: 0.55, 36: 0.5 } as Record<number, number>)[offset] ?? 0.55;
            for (const al of alumniOf.get(c) ?? []) {
              const consent = this.consentAt.get(al.member.index);
              if (!consent?.granted || consent.at > openedAt) continue;
              const r = rng.float();
              const respondedAt = second(openedAt.getTime() + rng.between(0.02, 0.97) * 29 * DAY);
              const responded = respondedAt <= this.now;
              const status =
                r < answered && responded
                  ? InvitationStatus.ANSWERED
                  : r < answered + 0.06 && responded
                    ? InvitationStatus.DECLINED
                    : closed
                      ? InvitationStatus.EXPIRED
                      : InvitationStatus.PENDING;
              const reminded = remindedAt && (status === InvitationStatus.PENDING || status === InvitationStatus.EXPIRED || respondedAt > remindedAt) ? remindedAt : null;
              const answers = status === InvitationStatus.ANSWERED ? this.answer(al, respondedAt, version.version, rng) : null;
              invitations.push([
                al.member.id,
                version.id,
                status,
                openedAt,
                reminded,
                status === InvitationStatus.ANSWERED || status === InvitationStatus.DECLINED ? respondedAt : null,
                answers,
              ]);
            }
          }
          const status = !opened ? SurveyWaveStatus.SCHEDULED : closed ? SurveyWaveStatus.CLOSED : SurveyWaveStatus.OPEN;
          waves.push({ row: [surveyIds[i], c.id, offset, opensOn, remindOn, closesOn, status, version?.id ?? null, opened ? openedAt : null, remindedAt], invitations });
        }
      }
    }
    const waveIds = await this.w.insert(
      'survey_wave',
      ['surveyId', 'cohortId', 'offsetMonths', 'opensOn', 'remindOn', 'closesOn', 'status', 'surveyVersionId', 'openedAt', 'remindedAt'],
      waves.map((wv) => wv.row),
      true,
    );
    await this.w.insert(
      'survey_invitation',
      ['waveId', 'accountId', 'surveyVersionId', 'status', 'invitedAt', 'remindedAt', 'respondedAt', 'answers'],
      waves.flatMap((wv, i) => wv.invitations.map((inv) => [waveIds[i], ...inv])),
    );
    this.step('surveys', ['survey', 'survey_version', 'survey_wave', 'survey_invitation']);
  }

  /** An answer as checkAnswers takes it; the groups it names become activity records (source survey). */
  private answer(al: Alumnus, at: Date, version: number, rng: Rng): string {
    const studied = al.cohort.course.def.field;
    const kind = rng.weighted({ studied: 55, two: 15, none: 25, other: 5 });
    const other = FIELDS[(FIELDS.indexOf(studied) + rng.int(1, 4)) % FIELDS.length];
    const fields = kind === 'studied' ? [studied] : kind === 'two' ? [studied, other] : [];
    const groups = fields.length && rng.chance(0.5) ? [rng.pick(this.activeGroups(fields[0]))] : [];
    const hours = fields.length ? rng.int(2, 20) : null;
    if (groups.length) this.answers.push({ member: al.member, at, groups, fields, hours });
    const answer: Record<string, unknown> = {
      activeFields: kind === 'none' ? ['NONE'] : kind === 'other' ? ['OTHER'] : fields.map((f) => FIELD_NAMES.get(f)),
      useful: rng.int(2, 5),
      trigger: rng.pick(['classmate', 'ward', 'self', 'notYet']),
    };
    if (groups.length) answer.groups = groups.map((g) => ({ groupId: String(g.id) }));
    if (hours !== null) answer.hours = hours;
    if (version > 1 && rng.chance(0.6)) answer.wishes = [rng.pick(['moreInfo', 'meetings', 'advanced'])];
    if (rng.chance(0.15)) answer.comment = '講座で知り合った仲間と活動を続けています。';
    return JSON.stringify(answer);
  }

  // ── matching and activity records ──────────────────────────────────────

  /**
   * Consultations of some alumni and their introductions to groups (planned, pending, joined,
   * not a fit), and activity records for about 40% of the alumni: from survey answers, their own
   * reports, staff's notes and introductions that ended in joining; some with later versions,
   * some ended.
   */
  private async writeMatchingAndActivity(): Promise<void> {
    const rng = new Rng('matching');
    const now = this.now.getTime();
    const firstOf = new Map<number, Alumnus>();
    for (const al of this.alumni) if (!firstOf.has(al.member.index)) firstOf.set(al.member.index, al);
    const people = [...firstOf.values()];

    type Activity = {
      member: MemberPlan;
      source: ActivitySource;
      fields: FieldCode[];
      group: GroupPlan | null;
      groupName: string;
      startedOn: string;
      at: Date;
      hours: number | null;
      by: number;
      intro?: number;
    };
    const activities: Activity[] = [];
    type Intro = { status: IntroductionStatus; group: GroupPlan; createdAt: Date; meetingAt: Date | null; decidedAt: Date | null; staff: StaffPlan; activity: number | null };
    const consultations: Array<{ al: Alumnus; createdAt: Date; source: ConsultationSource; staff: StaffPlan; intros: Intro[]; row: Value[] }> = [];

    for (const al of people) {
      if (!rng.chance(0.06)) continue;
      const createdAt = second(al.decidedAt.getTime() + rng.between(30, 700) * DAY);
      if (createdAt.getTime() > now - DAY) continue;
      const field = al.cohort.course.def.field;
      const staff = this.wardStaff(al.member.index);
      const source = rng.chance(0.5) ? ConsultationSource.STAFF : ConsultationSource.SELF;
      const intros: Intro[] = [];
      const planned = rng.weighted({ none: 20, one: 65, two: 15 });
      let at = createdAt.getTime();
      for (let n = 0; n < (planned === 'none' ? 0 : planned === 'one' ? 1 : 2); n++) {
        at += rng.between(3, 20) * DAY;
        if (at > now) break;
        const group = rng.pick(this.activeGroups(field));
        const age = now - at;
        const last = n === (planned === 'two' ? 1 : 0);
        const status =
          age < 14 * DAY
            ? IntroductionStatus.PLANNED
            : !last
              ? IntroductionStatus.NOT_A_FIT
              : rng.weighted({ [IntroductionStatus.JOINED]: 45, [IntroductionStatus.NOT_A_FIT]: 30, [IntroductionStatus.PENDING]: 15, [IntroductionStatus.PLANNED]: 10 } as Record<
                  IntroductionStatus,
                  number
                >);
        const meetingAt = jst(dayOf(new Date(at + rng.int(5, 12) * DAY)), 10);
        const decided = status !== IntroductionStatus.PLANNED && meetingAt.getTime() + DAY <= now;
        const intro: Intro = {
          status: decided || status === IntroductionStatus.PLANNED ? status : IntroductionStatus.PLANNED,
          group,
          createdAt: second(at),
          meetingAt: status === IntroductionStatus.PLANNED && rng.chance(0.4) ? null : meetingAt,
          decidedAt: decided ? after(meetingAt, DAY) : null,
          staff,
          activity: null,
        };
        if (intro.status === IntroductionStatus.JOINED) {
          intro.activity = activities.length;
          activities.push({
            member: al.member,
            source: ActivitySource.INTRODUCTION,
            fields: group.fields,
            group,
            groupName: group.name,
            startedOn: dayOf(meetingAt),
            at: intro.decidedAt!,
            hours: null,
            by: staff.id,
          });
        }
        intros.push(intro);
        if (intro.status === IntroductionStatus.NOT_A_FIT && last) break;
      }
      const days = codeList(Object.values(Weekday), [rng.pick([Weekday.SAT, Weekday.SUN, Weekday.WED]), ...(rng.chance(0.4) ? [Weekday.SAT] : [])]);
      const times = codeList(Object.values(TimeOfDay), [rng.pick([TimeOfDay.MORNING, TimeOfDay.AFTERNOON, TimeOfDay.EVENING])]);
      consultations.push({
        al,
        createdAt,
        source,
        staff,
        intros,
        row: [al.member.id, null, codeList(FIELDS, [field]), al.member.district, days, times, rng.chance(0.5) ? '修了後も地域で活動を続けたい' : null],
      });
    }

    // Activity records: from the survey answers that named groups, and for others of the alumni.
    const answered = new Set(this.answers.map((a) => a.member.index));
    for (const a of this.answers) {
      const al = firstOf.get(a.member.index)!;
      const startedOn = [dayOf(new Date(a.at.getTime() - rng.between(30, 300) * DAY)), addDays(al.completedOn, 10)].sort()[1];
      for (const g of a.groups)
        activities.push({ member: a.member, source: ActivitySource.SURVEY, fields: a.fields, group: g, groupName: g.name, startedOn, at: a.at, hours: a.hours, by: a.member.id });
    }
    for (const al of people) {
      if (answered.has(al.member.index) || !rng.chance(0.3)) continue;
      const field = al.cohort.course.def.field;
      const records = rng.chance(0.15) ? 2 : 1;
      for (let r = 0; r < records; r++) {
        const startedOn = addDays(al.completedOn, rng.int(10, 500));
        const at = second(jst(startedOn, 20).getTime() + rng.int(0, 30) * DAY);
        if (startedOn > this.cal.today || at.getTime() > now) continue;
        const kind = rng.weighted({ studied: 70, two: 20, none: 10 });
        const fields = kind === 'none' ? [] : kind === 'two' ? [field, FIELDS[(FIELDS.indexOf(field) + 1) % FIELDS.length]] : [field];
        const group = fields.length && rng.chance(0.6) ? rng.pick(this.activeGroups(fields[0])) : null;
        const staffNote = rng.chance(0.25);
        activities.push({
          member: al.member,
          source: staffNote ? ActivitySource.STAFF_NOTE : ActivitySource.SELF_REPORT,
          fields,
          group,
          groupName: group ? group.name : `${rng.pick(TOWNS[al.member.district])}町会`,
          startedOn,
          at,
          hours: rng.chance(0.7) ? rng.int(2, 24) : null,
          by: staffNote ? this.wardStaff(r).id : al.member.id,
        });
      }
    }

    // Versions: a correction or an end months later, for some.
    const versions = activities.map((act) => {
      const list: Array<{ at: Date; endedOn: string | null; hours: number | null; source: ActivitySource; by: number }> = [
        { at: act.at, endedOn: null, hours: act.hours, source: act.source, by: act.by },
      ];
      let at = act.at.getTime();
      for (let v = 2; v <= 3 && rng.chance(v === 2 ? 0.3 : 0.25); v++) {
        at += rng.between(30, 600) * DAY;
        if (at > now || list[list.length - 1].endedOn) break;
        const ends = rng.chance(0.6);
        const endedOn = ends ? [dayOf(new Date(at)), act.startedOn].sort()[1] : null;
        const own = act.source !== ActivitySource.STAFF_NOTE && act.source !== ActivitySource.INTRODUCTION;
        list.push({
          at: second(at),
          endedOn,
          hours: ends ? list[list.length - 1].hours : rng.int(1, 30),
          source: own ? ActivitySource.SELF_REPORT : ActivitySource.STAFF_NOTE,
          by: own ? act.member.id : act.by,
        });
      }
      return list;
    });
    const recordIds = await this.w.insert(
      'activity_record',
      ['accountId', 'version', 'createdAt', 'updatedAt'],
      activities.map((act, i) => [act.member.id, versions[i].length, act.at, versions[i][versions[i].length - 1].at]),
      true,
    );
    await this.w.insert(
      'activity_record_version',
      ['recordId', 'accountId', 'version', 'fieldCodeList', 'groupName', 'groupId', 'role', 'startedOn', 'endedOn', 'hoursPerMonth', 'source', 'enteredBy', 'enteredAt'],
      activities.flatMap((act, i) =>
        versions[i].map((v, k) => [
          recordIds[i],
          act.member.id,
          k + 1,
          codeList(FIELDS, act.fields),
          act.groupName,
          act.group?.id ?? null,
          act.source === ActivitySource.INTRODUCTION ? null : '会員',
          act.startedOn,
          v.endedOn,
          v.hours,
          v.source,
          v.by,
          v.at,
        ]),
      ),
    );

    const consultationStatus = (intros: Intro[]): ConsultationStatus => {
      if (intros.some((i) => i.status === IntroductionStatus.JOINED)) return ConsultationStatus.MATCHED;
      if (intros.some((i) => i.status === IntroductionStatus.PLANNED || i.status === IntroductionStatus.PENDING)) return ConsultationStatus.IN_PROGRESS;
      return intros.length ? ConsultationStatus.CLOSED : ConsultationStatus.OPEN;
    };
    const consultationIds = await this.w.insert(
      'consultation',
      [
        'accountId',
        'postingId',
        'fieldCodeList',
        'districtCode',
        'dayList',
        'timeList',
        'text',
        'status',
        'closeReason',
        'source',
        'recordedBy',
        'version',
        'createdAt',
        'updatedAt',
      ],
      consultations.map((c) => {
        const status = consultationStatus(c.intros);
        const last = c.intros.reduce((t, i) => Math.max(t, (i.decidedAt ?? i.createdAt).getTime()), c.createdAt.getTime());
        return [
          ...c.row,
          status,
          status === ConsultationStatus.CLOSED ? '紹介した団体が合わず、本人の希望で相談を終了' : null,
          c.source,
          c.source === ConsultationSource.STAFF ? c.staff.id : null,
          1 + (status === ConsultationStatus.OPEN ? 0 : status === ConsultationStatus.IN_PROGRESS ? 1 : 2),
          c.createdAt,
          new Date(last),
        ];
      }),
      true,
    );
    await this.w.insert(
      'introduction',
      [
        'consultationId',
        'accountId',
        'groupId',
        'postingId',
        'meetingAt',
        'place',
        'attendedBy',
        'status',
        'outcomeReason',
        'followUpOn',
        'activityRecordId',
        'version',
        'createdAt',
        'updatedAt',
      ],
      consultations.flatMap((c, ci) =>
        c.intros.map((i) => [
          consultationIds[ci],
          c.al.member.id,
          i.group.id,
          null,
          i.meetingAt,
          i.meetingAt ? '練馬区役所 本庁舎 1階 相談室' : null,
          i.meetingAt ? i.staff.id : null,
          i.status,
          i.status === IntroductionStatus.NOT_A_FIT ? '活動の日時が本人の都合と合わなかった' : null,
          i.status === IntroductionStatus.PENDING ? addDays(dayOf(i.meetingAt!), 30) : null,
          i.activity === null ? null : recordIds[i.activity],
          i.status === IntroductionStatus.PLANNED ? (i.meetingAt ? 2 : 1) : 3,
          i.createdAt,
          i.decidedAt ?? i.createdAt,
        ]),
      ),
    );
    this.step('matching', ['consultation', 'introduction', 'activity_record', 'activity_record_version']);
  }

  // ── notices ────────────────────────────────────────────────────────────

  /** Result and offer notices as the announcement and the waitlist wrote them; the ward's public notices; read marks. */
  private async writeNotices(): Promise<void> {
    const rng = new Rng('notices');
    const now = this.now.getTime();
    type Row = { row: Value[]; accountId: number | null; at: Date };
    const notices: Row[] = [];
    const author = this.wardStaff(0);
    const first = jst(`${this.cal.currentYear - 4}-04-01`, 10).getTime();
    const publicCount = 12 * 5;
    for (let i = 0; i < publicCount; i++) {
      const at = second(first + (i / publicCount) * (now - first - DAY) + rng.between(0, 3) * DAY);
      const withdrawn = rng.chance(0.05) ? second(at.getTime() + rng.between(1, 20) * DAY) : null;
      const title = PUBLIC_NOTICE_TITLES[i % PUBLIC_NOTICE_TITLES.length];
      const audience = i % 6 === 5 ? NoticeAudience.ALL_MEMBERS : NoticeAudience.PUBLIC;
      notices.push({
        row: [
          audience,
          NoticeKind.GENERAL,
          null,
          null,
          null,
          title,
          `${title}。詳しくは区のホームページをご覧ください。`,
          null,
          null,
          author.id,
          at,
          at,
          withdrawn && withdrawn.getTime() <= now ? withdrawn : null,
          withdrawn && withdrawn.getTime() <= now ? '内容を更新したため' : null,
          withdrawn && withdrawn.getTime() <= now ? withdrawn : at,
        ],
        accountId: null,
        at,
      });
    }
    for (const a of this.apps()) {
      for (const n of a.notices) {
        notices.push({
          row: [
            NoticeAudience.MEMBER,
            n.kind,
            a.member.id,
            a.cohort.id,
            null,
            null,
            null,
            n.messageKey,
            JSON.stringify(n.params),
            n.kind === NoticeKind.OFFER ? null : a.cohort.staff.id,
            n.at,
            n.at,
            null,
            null,
            n.at,
          ],
          accountId: a.member.id,
          at: n.at,
        });
      }
    }
    const ids = await this.w.insert(
      'notice',
      [
        'audience',
        'kind',
        'accountId',
        'cohortId',
        'fieldCode',
        'title',
        'body',
        'messageKey',
        'messageParams',
        'createdById',
        'createdAt',
        'publishedAt',
        'withdrawnAt',
        'withdrawReason',
        'updatedAt',
      ],
      notices.map((n) => n.row),
      true,
    );
    const reads: Value[][] = [];
    const me = this.fixture.member;
    const mine: Array<{ n: Row; id: number }> = [];
    for (const [i, n] of notices.entries()) {
      if (n.accountId === me.id) mine.push({ n, id: ids[i] });
      if (n.accountId === null || n.accountId === me.id) continue;
      const at = second(n.at.getTime() + rng.between(0.05, 10) * DAY);
      if (rng.chance(0.7) && at.getTime() <= now) reads.push([ids[i], n.accountId, at]);
    }
    // The fixture's member has read the older of their notices, not the newest, and a public notice.
    mine.sort((x, y) => x.n.at.getTime() - y.n.at.getTime());
    for (const { n, id } of mine.slice(0, -1)) reads.push([id, me.id, after(n.at, HOUR)]);
    const firstPublic = notices.findIndex((n) => n.row[0] === NoticeAudience.PUBLIC && n.row[12] === null);
    if (firstPublic >= 0) reads.push([ids[firstPublic], me.id, after(notices[firstPublic].at, HOUR)]);
    await this.w.insert('notice_read', ['noticeId', 'accountId', 'readAt'], reads);
    this.step('notices', ['notice', 'notice_read']);
  }
}
