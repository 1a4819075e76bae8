// The plan of the catalogue, the people and five years of intakes, in memory and without the
// database: who applied where and when, the selection, the offers and their answers, as the
// product's own steps would have left them at `now`.
import { Role } from '../../../core/auth/roles';
import { tokyoToday } from '../../../core/graphql/scalars';
import { academicYearOf, tokyoAt, tokyoDay } from '../../../db/demo-seed';
import { Residency } from '../../../modules/accounts';
import { CohortStatus, Eligibility, FieldCode, SelectionMethod } from '../../../modules/catalog';
import { ApplicationStatus, BASIS_NOT_ACCEPTED, ContactMethod, draw, formatStudentNumber, resultNotice, ReviewDecision, WithdrawalReason } from '../../../modules/intake';
import { offerNotice } from '../../../modules/intake/selection.service';
import { ClassSessionKind } from '../../../modules/learning';
import {
  CANCEL_REASONS,
  CONTRACTORS,
  COURSES,
  GIVEN_NAMES,
  INELIGIBLE_REASONS,
  MOTIVATIONS,
  SCHOOLS,
  SESSION_TOPICS,
  SLOTS,
  STAFF_NAMES,
  SURNAMES,
  TOWNS,
  WORKPLACES,
  WITHDRAWAL_TEXTS,
} from './catalogue';
import {
  addDays,
  after,
  DAY,
  firstWeekdayFrom,
  HOUR,
  jst,
  MINUTE,
  type ApplicationPlan,
  type CohortPlan,
  type CoursePlan,
  type EnrollmentPlan,
  type MemberPlan,
  type SessionPlan,
  type StaffPlan,
} from './model';
import { Rng } from './random';

/** Sessions of one course year, fortnightly. */
export const SESSIONS_PER_YEAR = 25;
/** Attendance rows wanted per member: about 1,000,000 at 100,000 members. */
const ATTENDANCE_PER_MEMBER = 10;
const OFFER_RESPONSE = 14 * DAY;
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface Calendar {
  now: Date;
  today: string;
  /** The academic year of today (April to March, Tokyo). */
  currentYear: number;
  /** The intake open for applications now: as the demo seed, the April after a close 60 days ahead. */
  openYear: number;
  /** Years with cohorts whose selection is done: currentYear − 4 … openYear − 1. */
  pastYears: number[];
}

export function calendarOf(now: Date): Calendar {
  const today = tokyoToday(now);
  const currentYear = academicYearOf(today);
  const openYear = academicYearOf(tokyoDay(now, 60)) + 1;
  const pastYears: number[] = [];
  for (let y = currentYear - 4; y < openYear; y++) pastYears.push(y);
  return { now, today, currentYear, openYear, pastYears };
}

// ── people ─────────────────────────────────────────────────────────────

export function planStaff(): StaffPlan[] {
  const staff: StaffPlan[] = [];
  const add = (role: Role, contractor: number | null) => {
    const n = staff.length + 1;
    const [name, nameKana] = STAFF_NAMES[(n - 1) % STAFF_NAMES.length];
    const loginId = `S7${String(n).padStart(7, '0')}`;
    staff.push({ role, loginId, name, nameKana, email: `${loginId.toLowerCase()}@staff.scale.example.jp`, contractor, id: 0 });
  };
  add(Role.WARD_ADMIN, null);
  add(Role.WARD_ADMIN, null);
  for (let i = 0; i < 6; i++) add(Role.WARD_STAFF, null);
  add(Role.AUDITOR, null);
  for (let c = 0; c < CONTRACTORS.length; c++) {
    add(Role.CONTRACTOR_STAFF, c);
    add(Role.CONTRACTOR_STAFF, c);
  }
  return staff;
}

const DISTRICTS = Object.keys(TOWNS);
const OUTSIDE = ['東京都西東京市田無町', '東京都板橋区成増', '東京都杉並区上井草', '東京都中野区鷺宮', '埼玉県和光市白子', '埼玉県新座市野火止'];

/** Members M7000001…: most only registered; member 0 is the fixture's. */
export function planMembers(count: number, cal: Calendar): MemberPlan[] {
  const rng = new Rng('members');
  const members: MemberPlan[] = [];
  for (let i = 0; i < count; i++) {
    const [sur, surKana] = rng.pick(SURNAMES);
    const [given, givenKana] = rng.pick(GIVEN_NAMES);
    const residency = i === 0 ? Residency.RESIDENT : rng.weighted({ [Residency.RESIDENT]: 75, [Residency.WORKER]: 17, [Residency.STUDENT]: 8 } as Record<Residency, number>);
    const district = rng.pick(DISTRICTS);
    const town = rng.pick(TOWNS[district]);
    const inWard = `東京都練馬区${town}${rng.int(1, 6)}-${rng.int(1, 30)}-${rng.int(1, 20)}`;
    const loginId = `M7${String(i + 1).padStart(7, '0')}`;
    members.push({
      index: i,
      loginId,
      name: `${sur} ${given}`,
      nameKana: `${surKana} ${givenKana}`,
      email: `${loginId.toLowerCase()}@scale.example.jp`,
      phone: rng.chance(0.4) ? `090-${String(rng.int(1000, 9999))}-${String(rng.int(1000, 9999))}` : null,
      residency,
      address: residency === Residency.RESIDENT ? inWard : `${rng.pick(OUTSIDE)}${rng.int(1, 5)}-${rng.int(1, 20)}-${rng.int(1, 15)}`,
      district,
      workplace: residency === Residency.WORKER ? rng.pick(WORKPLACES) : residency === Residency.STUDENT ? rng.pick(SCHOOLS) : null,
      firstApplied: null,
      createdAt: cal.now,
      verified: i === 0 || !rng.chance(0.01),
      id: 0,
    });
  }
  return members;
}

/** Registration: before the first application; otherwise any day of the five years. */
export function settleRegistrations(members: MemberPlan[], cal: Calendar): void {
  const rng = new Rng('registrations');
  const start = jst(`${cal.currentYear - 5}-10-01`, 9).getTime();
  const end = cal.now.getTime() - HOUR;
  for (const m of members) {
    const latest = m.firstApplied === null ? end : m.firstApplied - rng.between(1, 60) * DAY;
    const at = m.firstApplied === null ? rng.between(start, end) : Math.max(Math.min(latest, end), start - 90 * DAY);
    m.createdAt = new Date(Math.floor(Math.min(at, m.firstApplied ?? Infinity) / 1000) * 1000);
  }
}

// ── catalogue and cohorts ─────────────────────────────────────────────

export function planCourses(): CoursePlan[] {
  return COURSES.map((def, index) => ({ index, def, years: def.field === FieldCode.WELFARE || def.field === FieldCode.GREENERY ? 2 : 1, id: 0 }));
}

/** The classes of a cohort: fortnightly on its weekday, the last one the final presentation (required). */
function planSessions(course: CoursePlan, year: number, slot: { weekday: number; hour: number }, rng: Rng): { sessions: SessionPlan[]; startsOn: string } {
  const sessions: SessionPlan[] = [];
  let startsOn = '';
  for (let y = 0; y < course.years; y++) {
    const first = firstWeekdayFrom(`${year + y}-04-10`, slot.weekday);
    if (y === 0) startsOn = first;
    for (let i = 0; i < SESSIONS_PER_YEAR; i++) {
      const n = sessions.length;
      const last = y === course.years - 1 && i === SESSIONS_PER_YEAR - 1;
      const fieldWork = !last && n % 5 === 4;
      const startsAt = jst(addDays(first, 14 * i), slot.hour);
      const cancelled = !last && n > 0 && rng.chance(0.02);
      sessions.push({
        startsAt,
        endsAt: after(startsAt, (fieldWork ? 3 : 2) * HOUR),
        title: last ? '修了発表会' : n === 0 ? '第1回 オリエンテーション' : `第${n + 1}回 ${fieldWork ? '実習' : SESSION_TOPICS[n % SESSION_TOPICS.length]}`,
        kind: last ? ClassSessionKind.PRACTICE : fieldWork ? ClassSessionKind.FIELD_WORK : ClassSessionKind.LECTURE,
        required: last,
        cancelledAt: cancelled ? after(startsAt, -2 * DAY) : null,
        cancelReason: cancelled ? rng.pick(CANCEL_REASONS) : null,
        id: 0,
      });
    }
  }
  return { sessions, startsOn };
}

/** A cohort of a year whose applications closed (history), before its people are drawn. */
function pastCohort(index: number, course: CoursePlan, year: number, j: number, capacity: number, staff: StaffPlan): CohortPlan {
  const slot = SLOTS[(course.index + j) % SLOTS.length];
  const { sessions, startsOn } = planSessions(course, year, slot, new Rng(`sessions:${year}:${course.index}:${j}`));
  const cohort: CohortPlan = {
    index,
    course,
    year,
    j,
    capacity,
    open: false,
    slot,
    // Applications from 10 November to 10 December; results on 10 January; the start in April.
    opensAt: jst(`${year - 1}-11-10`, 9),
    closesAt: jst(`${year - 1}-12-10`, 17),
    selectedAt: null,
    resultsOn: `${year}-01-10`,
    announcedAt: null,
    startsOn,
    endsOn: `${year + course.years}-03-20`,
    status: CohortStatus.CLOSED,
    createdAt: jst(`${year - 1}-10-01`, 10),
    updatedAt: jst(`${year - 1}-10-01`, 10),
    sessions,
    apps: [],
    lottery: null,
    completionAt: null,
    staff,
    id: 0,
  };
  return cohort;
}

/** The intake open now, as the demo seed opens it: a week ago at 9:00 to 60 days ahead at 17:00. */
function openCohort(index: number, course: CoursePlan, capacity: number, staff: StaffPlan, cal: Calendar): CohortPlan {
  const year = cal.openYear;
  const slot = SLOTS[course.index % SLOTS.length];
  const startsOn = firstWeekdayFrom(`${year}-04-10`, slot.weekday);
  const resultsOn = [tokyoDay(cal.now, 74), addDays(startsOn, -3)].sort()[0];
  const opensAt = tokyoAt(cal.now, -7, 9);
  return {
    index,
    course,
    year,
    j: 0,
    capacity,
    open: true,
    slot,
    opensAt,
    closesAt: tokyoAt(cal.now, 60, 17),
    selectedAt: null,
    resultsOn,
    announcedAt: null,
    startsOn,
    endsOn: `${year + course.years}-03-20`,
    status: CohortStatus.OPEN,
    createdAt: after(opensAt, -14 * DAY),
    updatedAt: opensAt,
    sessions: [],
    apps: [],
    lottery: null,
    completionAt: null,
    staff,
    id: 0,
  };
}

/** Attendance rows a set of cohorts will have at `now` (past, held sessions × the seats, nearly all taken). */
function attendanceEstimate(cohorts: CohortPlan[], now: Date): number {
  let rows = 0;
  for (const c of cohorts) rows += c.sessions.filter((s) => !s.cancelledAt && s.endsAt.getTime() + HOUR <= now.getTime()).length * c.capacity * 0.93;
  return rows;
}

export interface CohortLayout {
  cohorts: CohortPlan[];
  /** Parallel classes per course and year. */
  perCourse: number;
  /** Seats against the courses' full-scale capacities. */
  scale: number;
}

/**
 * The cohorts: `perCourse` parallel classes of each course in each past year, sized so that the
 * attendance comes to about ten rows per member; one open cohort per course for next year.
 */
export function planCohorts(courses: CoursePlan[], members: number, staffOf: (course: CoursePlan, j: number) => StaffPlan, cal: Calendar): CohortLayout {
  const probe = cal.pastYears.flatMap((y) => courses.map((k) => pastCohort(0, k, y, 0, k.def.capacity, staffOf(k, 0))));
  const perClass = attendanceEstimate(probe, cal.now);
  const target = members * ATTENDANCE_PER_MEMBER;
  const perCourse = Math.max(1, Math.round(target / Math.max(1, perClass)));
  const scale = Math.min(1.15, Math.max(0.25, target / Math.max(1, perCourse * perClass)));
  const cohorts: CohortPlan[] = [];
  for (const year of cal.pastYears)
    for (const course of courses)
      for (let j = 0; j < perCourse; j++) cohorts.push(pastCohort(cohorts.length, course, year, j, Math.max(10, Math.round(course.def.capacity * scale)), staffOf(course, j)));
  for (const course of courses) cohorts.push(openCohort(cohorts.length, course, Math.max(10, Math.round(course.def.capacity * scale)), staffOf(course, 0), cal));
  return { cohorts, perCourse, scale };
}

// ── intake ───────────────────────────────────────────────────────────────

/** Anonymous application codes as newCode makes them ('A' and 8 characters), unique, from the seeded stream. */
export class Codes {
  private readonly seen = new Set<string>();
  private readonly rng = new Rng('application-codes');

  next(): string {
    for (;;) {
      const code = `A${this.rng.chars(CODE_ALPHABET, 8)}`;
      if (!this.seen.has(code)) {
        this.seen.add(code);
        return code;
      }
    }
  }
}

/** Members in a shuffled order, taken in turn: each applies about once or twice in five years, many never. */
export class Applicants {
  private readonly order: MemberPlan[];
  private cursor = 0;

  constructor(members: MemberPlan[], share: number) {
    const rng = new Rng('applicant-pool');
    const pool = rng.shuffle(members.slice(1));
    this.order = pool.slice(0, Math.max(1, Math.round(pool.length * share)));
  }

  take(n: number, wants: (m: MemberPlan) => boolean): MemberPlan[] {
    const out: MemberPlan[] = [];
    const seen = new Set<number>();
    for (let tries = 0; out.length < n && tries < this.order.length; tries++) {
      const m = this.order[this.cursor];
      this.cursor = (this.cursor + 1) % this.order.length;
      if (seen.has(m.index) || !wants(m)) continue;
      seen.add(m.index);
      out.push(m);
    }
    return out;
  }
}

export interface FixtureRoles {
  member: MemberPlan;
  /** A current-year cohort of 40 students, the member among them. */
  roster: CohortPlan;
  /** A current-year cohort where the member stays on the waitlist. */
  waitlist: CohortPlan;
  /** An open cohort the member has applied to. */
  submitted: CohortPlan;
}

const basisOf = (m: MemberPlan): Eligibility => m.residency as unknown as Eligibility;

function newApplication(c: CohortPlan, m: MemberPlan, submittedAt: Date, codes: Codes, rng: Rng): ApplicationPlan {
  const basis = basisOf(m);
  const accepted = c.course.def.eligibility.includes(basis);
  return {
    cohort: c,
    member: m,
    code: codes.next(),
    basis,
    workplace: basis === Eligibility.RESIDENT ? null : m.workplace,
    motivation: c.course.def.motivation || rng.chance(0.3) ? rng.pick(MOTIVATIONS) : null,
    contact: m.phone && rng.chance(0.3) ? ContactMethod.PHONE : ContactMethod.EMAIL,
    alerts: rng.chance(0.6),
    eligible: accepted,
    ineligibleReason: null,
    ineligibleReasonCode: accepted ? null : BASIS_NOT_ACCEPTED,
    status: ApplicationStatus.SUBMITTED,
    decision: null,
    decisionReason: null,
    waitlistPosition: null,
    offerDeadline: null,
    submittedAt,
    updatedAt: submittedAt,
    events: [{ at: submittedAt, from: null, to: ApplicationStatus.SUBMITTED, actor: 'member', reason: 'applied' }],
    notices: [],
    enrollment: null,
    id: 0,
  };
}

function move(app: ApplicationPlan, to: ApplicationStatus, at: Date, actor: 'member' | 'staff' | null, reason: string): void {
  app.events.push({ at, from: app.status, to, actor, reason });
  app.status = to;
  app.updatedAt = at;
}

const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

/** Applications to a cohort, in submission order; the fixture's member first when it is theirs. */
function applicantsFor(c: CohortPlan, pool: Applicants, codes: Codes, rng: Rng, cal: Calendar, fixture: FixtureRoles | null): ApplicationPlan[] {
  const mine = fixture && (fixture.roster === c || fixture.waitlist === c || fixture.submitted === c);
  const until = Math.min(c.closesAt.getTime(), cal.now.getTime()) - HOUR;
  const window = until - c.opensAt.getTime();
  if (window <= 0) return [];
  const perSeat = c.open
    ? 2.5 * (window / (c.closesAt.getTime() - c.opensAt.getTime()))
    : c.course.def.method === SelectionMethod.LOTTERY
      ? rng.between(2, 3)
      : rng.between(1.8, 2.6);
  // The fixture's cohorts are over-subscribed, so that its member can be waitlisted.
  const wanted = Math.max(c.open ? 1 : mine ? 2 * c.capacity : c.capacity + 2, Math.round(c.capacity * perSeat)) - (mine ? 1 : 0);
  // People the course does not take seldom apply (and are found ineligible when they do).
  const people = pool.take(wanted, (m) => c.course.def.eligibility.includes(basisOf(m)) || rng.chance(0.1));
  if (mine) people.unshift(fixture.member);
  const apps = people.map((m) => newApplication(c, m, second(c.opensAt.getTime() + rng.float() * window), codes, rng));
  for (const a of apps) {
    const t = a.submittedAt.getTime();
    if (a.member.firstApplied === null || t < a.member.firstApplied) a.member.firstApplied = t;
  }
  return apps.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}

/**
 * One cohort's intake to `now`: applications, withdrawals before the close, eligibility, the
 * lottery or the review, the announcement with its result notices, then the offers answered,
 * declined or lapsed and the seats they free offered down the waitlist until the start, and
 * the enrolled who give up their seat before the start or withdraw later.
 */
export function runIntake(c: CohortPlan, pool: Applicants, codes: Codes, cal: Calendar, fixture: FixtureRoles | null): void {
  const rng = new Rng(`intake:${c.index}`);
  const now = cal.now.getTime();
  const roster = fixture?.roster === c;
  c.apps = applicantsFor(c, pool, codes, rng, cal, fixture);
  const isFixture = (a: ApplicationPlan) => fixture !== null && a.member === fixture.member;

  for (const a of c.apps) {
    if (isFixture(a) || roster) continue;
    if (rng.chance(0.03)) {
      const at = second(a.submittedAt.getTime() + rng.float() * (c.closesAt.getTime() - a.submittedAt.getTime()));
      if (at.getTime() <= now) move(a, ApplicationStatus.WITHDRAWN, at, 'member', 'withdrawn_by_member');
    }
  }
  if (c.open) return;

  // Staff find a few applications ineligible on reading them (e.g. a workplace outside the ward).
  const reviewAt = jst(`${c.year - 1}-12-20`, 15);
  for (const a of c.apps) {
    if (a.status === ApplicationStatus.SUBMITTED && a.eligible && !isFixture(a) && !roster && rng.chance(0.02)) {
      a.eligible = false;
      a.ineligibleReason = rng.pick(INELIGIBLE_REASONS);
      a.updatedAt = after(c.closesAt, 2 * DAY);
    }
  }
  const pending = c.apps.filter((a) => a.status === ApplicationStatus.SUBMITTED);
  const eligible = pending.filter((a) => a.eligible);
  const lottery = c.course.def.method === SelectionMethod.LOTTERY && eligible.length > c.capacity;
  const selectedAt = lottery ? jst(`${c.year - 1}-12-14`, 10) : reviewAt;
  if (selectedAt.getTime() > now) return;
  c.selectedAt = selectedAt;

  const waitlist: ApplicationPlan[] = [];
  if (eligible.length <= c.capacity) {
    for (const a of eligible) move(a, ApplicationStatus.OFFERED, selectedAt, 'staff', 'within_capacity');
  } else if (lottery) {
    const seed = `${c.year}-${c.course.index + 1}-${c.j + 1}-public-number-${rng.int(1000, 9999)}`;
    const outcome = draw(
      eligible.map((a) => a.code),
      c.capacity,
      seed,
    );
    const place = new Map(outcome.order.map((code, i) => [code, i + 1]));
    c.lottery = {
      entries: outcome.sorted.map((code) => ({ code, place: place.get(code)! })),
      commitment: outcome.commitment,
      seed,
      frozenAt: jst(`${c.year - 1}-12-12`, 10),
      drawnAt: selectedAt,
    };
    for (const a of [...eligible].sort((x, y) => place.get(x.code)! - place.get(y.code)!)) {
      const p = place.get(a.code)!;
      if (p <= c.capacity) move(a, ApplicationStatus.OFFERED, selectedAt, 'staff', 'lottery_drawn');
      else {
        a.waitlistPosition = p - c.capacity;
        move(a, ApplicationStatus.WAITLISTED, selectedAt, 'staff', 'lottery_waitlisted');
        waitlist.push(a);
      }
    }
  } else {
    // Review: staff rank the eligible; the fixture's member is accepted in the roster cohort and waitlisted last elsewhere.
    const ranked = eligible
      .map((a) => ({ a, score: isFixture(a) ? (roster ? 2 : -1) : rng.float() }))
      .sort((x, y) => y.score - x.score)
      .map((x) => x.a);
    const onList = Math.round(c.capacity / 2);
    let position = 0;
    for (const [i, a] of ranked.entries()) {
      const keep = i < c.capacity ? 'accept' : i < c.capacity + onList || isFixture(a) ? 'waitlist' : 'reject';
      if (keep === 'accept') {
        a.decision = ReviewDecision.ACCEPT;
        move(a, ApplicationStatus.OFFERED, selectedAt, 'staff', 'review_accepted');
      } else if (keep === 'waitlist') {
        a.decision = ReviewDecision.WAITLIST;
        a.waitlistPosition = ++position;
        move(a, ApplicationStatus.WAITLISTED, selectedAt, 'staff', 'review_waitlisted');
        waitlist.push(a);
      } else {
        a.decision = ReviewDecision.REJECT;
        move(a, ApplicationStatus.REJECTED, selectedAt, 'staff', 'review_rejected');
      }
    }
  }
  for (const a of pending.filter((x) => !x.eligible)) {
    if (a.ineligibleReason) a.decisionReason = a.ineligibleReason;
    move(a, ApplicationStatus.REJECTED, selectedAt, 'staff', 'ineligible');
  }

  const announcedAt = jst(c.resultsOn!, 10);
  if (announcedAt.getTime() > now) return;
  c.announcedAt = announcedAt;
  const deadline = after(announcedAt, OFFER_RESPONSE);
  for (const a of pending) {
    if (a.status === ApplicationStatus.OFFERED) a.offerDeadline = deadline;
    const notice = resultNotice(c.course.def, c.year, a, a.offerDeadline);
    a.notices.push({ at: announcedAt, kind: notice.kind, messageKey: notice.messageKey, params: notice.params });
  }
  answerOffers(c, waitlist, rng, cal, roster, isFixture);
}

type Answer = { at: number; app: ApplicationPlan; kind: 'accept' | 'decline' | 'lapse' | 'cancel' };

function answerOffers(c: CohortPlan, waitlist: ApplicationPlan[], rng: Rng, cal: Calendar, roster: boolean, isFixture: (a: ApplicationPlan) => boolean): void {
  const now = cal.now.getTime();
  const start = jst(c.startsOn, 0).getTime();
  const queue: Answer[] = [];
  const fate = (a: ApplicationPlan, offeredAt: number) => {
    const r = rng.float();
    const deadline = offeredAt + OFFER_RESPONSE;
    if (roster || isFixture(a) || r < 0.88) queue.push({ at: offeredAt + rng.between(0.05, 0.9) * OFFER_RESPONSE, app: a, kind: 'accept' });
    else if (r < 0.95) queue.push({ at: offeredAt + rng.between(0.05, 0.9) * OFFER_RESPONSE, app: a, kind: 'decline' });
    else queue.push({ at: deadline + 10 * MINUTE, app: a, kind: 'lapse' });
  };
  for (const a of c.apps) if (a.status === ApplicationStatus.OFFERED) fate(a, c.announcedAt!.getTime());
  // A freed seat goes to the next on the waitlist (the fixture's member stays there), until the start.
  const promote = (at: number) => {
    const next = waitlist.find((a) => a.status === ApplicationStatus.WAITLISTED && !isFixture(a));
    const when = at + 5 * MINUTE;
    if (!next || when >= start || when > now) return;
    next.waitlistPosition = null;
    next.offerDeadline = new Date(when + OFFER_RESPONSE);
    move(next, ApplicationStatus.OFFERED, second(when), null, 'waitlist_promoted');
    const notice = offerNotice(c.course.def, c.year, next.offerDeadline);
    next.notices.push({ at: second(when), kind: notice.kind, messageKey: notice.messageKey, params: notice.params });
    fate(next, when);
  };
  while (queue.length) {
    let k = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i].at < queue[k].at) k = i;
    const [{ at, app, kind }] = queue.splice(k, 1);
    if (at > now) continue;
    const when = second(at);
    if (kind === 'accept') {
      move(app, ApplicationStatus.ENROLLED, when, 'member', 'offer_accepted');
      app.enrollment = enrollmentOf(app, when, rng);
      if (!roster && !isFixture(app) && at < start && rng.chance(0.02)) queue.push({ at: at + rng.float() * (start - at), app, kind: 'cancel' });
    } else if (kind === 'decline') {
      move(app, ApplicationStatus.DECLINED, when, 'member', 'offer_declined');
      promote(at);
    } else if (kind === 'lapse') {
      move(app, ApplicationStatus.LAPSED, when, null, 'offer_lapsed');
      promote(at);
    } else {
      move(app, ApplicationStatus.CANCELLED, when, 'member', 'withdrew_before_start');
      Object.assign(app.enrollment!, { withdrawnAt: when, cancelled: true });
      promote(at);
    }
  }
  // Withdrawal (退学) after the start, recorded by staff with a reason.
  const end = jst(c.endsOn, 12).getTime();
  for (const a of c.apps) {
    const e = a.enrollment;
    if (!e || e.cancelled || roster || isFixture(a) || !rng.chance(0.05)) continue;
    const at = start + DAY + rng.float() * (end - start - 2 * DAY);
    if (at > now) continue;
    e.withdrawnAt = second(at);
    e.withdrawnByStaff = true;
    e.withdrawalReason = rng.weighted({
      [WithdrawalReason.HEALTH]: 30,
      [WithdrawalReason.WORK]: 30,
      [WithdrawalReason.FAMILY]: 20,
      [WithdrawalReason.MOVED_AWAY]: 10,
      [WithdrawalReason.OTHER]: 10,
    } as Record<WithdrawalReason, number>);
    e.withdrawalText = e.withdrawalReason === WithdrawalReason.OTHER || rng.chance(0.3) ? rng.pick(WITHDRAWAL_TEXTS) : null;
  }
}

function enrollmentOf(app: ApplicationPlan, at: Date, rng: Rng): EnrollmentPlan {
  // Most come nearly always; about one in eight comes much less (they tend not to complete).
  const propensity = rng.chance(0.12) ? rng.between(0.45, 0.78) : rng.between(0.82, 0.99);
  return {
    app,
    enrolledAt: at,
    studentNumber: '',
    withdrawnAt: null,
    withdrawalReason: null,
    withdrawalText: null,
    withdrawnByStaff: false,
    cancelled: false,
    propensity,
    attended: 0,
    planned: 0,
    requiredMissed: 0,
    id: 0,
  };
}

/**
 * Student numbers: one counter per field and year, as enrolment bumps it, so the numbers of a
 * field and year are gapless; taken cohort by cohort, so each cohort's numbers are a gapless
 * run of their own, in the order its students enrolled.
 */
export function numberStudents(cohorts: CohortPlan[]): Map<string, { field: FieldCode; year: number; last: number }> {
  const counters = new Map<string, { field: FieldCode; year: number; last: number }>();
  for (const c of cohorts) {
    const enrolled = c.apps
      .map((a) => a.enrollment)
      .filter((e): e is EnrollmentPlan => e !== null)
      .sort((a, b) => a.enrolledAt.getTime() - b.enrolledAt.getTime() || a.app.submittedAt.getTime() - b.app.submittedAt.getTime());
    if (!enrolled.length) continue;
    const key = `${c.course.def.field}:${c.year}`;
    const counter = counters.get(key) ?? { field: c.course.def.field, year: c.year, last: 0 };
    counters.set(key, counter);
    for (const e of enrolled) e.studentNumber = formatStudentNumber(c.year, c.course.def.field, ++counter.last);
  }
  return counters;
}

/** The cohort's status at `now`, with the time it last changed. */
export function settleStatus(c: CohortPlan, cal: Calendar): void {
  if (c.open) return;
  const now = cal.now.getTime();
  const steps: Array<[CohortStatus, Date | null]> = [
    [CohortStatus.OPEN, c.opensAt],
    [CohortStatus.CLOSED, c.closesAt],
    [CohortStatus.SELECTED, c.selectedAt],
    [CohortStatus.ANNOUNCED, c.announcedAt],
    [CohortStatus.RUNNING, c.announcedAt ? jst(c.startsOn, 0) : null],
    [CohortStatus.FINISHED, c.completionAt],
  ];
  for (const [status, at] of steps) {
    if (!at || at.getTime() > now) break;
    c.status = status;
    c.updatedAt = at;
  }
}
