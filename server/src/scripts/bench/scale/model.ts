// The scale data set in memory before it is written: plain objects, ids filled in as rows are inserted.
import { Role } from '../../../core/auth/roles';
import { tokyoToday } from '../../../core/graphql/scalars';
import type { Residency } from '../../../modules/accounts';
import type { CohortStatus, Eligibility } from '../../../modules/catalog';
import type { ApplicationStatus, ContactMethod, ReviewDecision, WithdrawalReason } from '../../../modules/intake';
import type { ClassSessionKind } from '../../../modules/learning';
import type { CourseDef } from './catalogue';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The instant at hour:minute Tokyo time on a Tokyo date. */
export const jst = (date: string, hour = 0, minute = 0): Date => new Date(Date.parse(`${date}T00:00:00+09:00`) + hour * HOUR + minute * MINUTE);
export const dayOf = (instant: Date): string => tokyoToday(instant);
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
export const after = (instant: Date, ms: number): Date => new Date(instant.getTime() + ms);
export const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** As the survey service schedules waves: the same day `months` later, or the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function firstWeekdayFrom(date: string, weekday: number): string {
  let d = date;
  while (weekdayOf(d) !== weekday) d = addDays(d, 1);
  return d;
}

export interface StaffPlan {
  role: Role;
  loginId: string;
  name: string;
  nameKana: string;
  email: string;
  contractor: number | null;
  id: number;
}

export interface MemberPlan {
  index: number;
  loginId: string;
  name: string;
  nameKana: string;
  email: string;
  phone: string | null;
  residency: Residency;
  address: string;
  district: string;
  workplace: string | null;
  /** The earliest application, so that the account was registered before it. */
  firstApplied: number | null;
  createdAt: Date;
  verified: boolean;
  id: number;
}

export interface CoursePlan {
  index: number;
  def: CourseDef;
  years: number;
  id: number;
}

export interface SessionPlan {
  startsAt: Date;
  endsAt: Date;
  title: string;
  kind: ClassSessionKind;
  required: boolean;
  cancelledAt: Date | null;
  cancelReason: string | null;
  id: number;
}

export type Actor = 'member' | 'staff' | null;

export interface EventPlan {
  at: Date;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actor: Actor;
  reason: string;
}

export interface NoticePlan {
  at: Date;
  kind: string;
  messageKey: string;
  params: Record<string, string>;
}

export interface EnrollmentPlan {
  app: ApplicationPlan;
  enrolledAt: Date;
  studentNumber: string;
  withdrawnAt: Date | null;
  withdrawalReason: WithdrawalReason | null;
  withdrawalText: string | null;
  withdrawnByStaff: boolean;
  /** Gave up the seat before the start (the application is cancelled). */
  cancelled: boolean;
  /** How likely the student is to come to a session. */
  propensity: number;
  attended: number;
  planned: number;
  requiredMissed: number;
  id: number;
}

export interface ApplicationPlan {
  cohort: CohortPlan;
  member: MemberPlan;
  code: string;
  basis: Eligibility;
  workplace: string | null;
  motivation: string | null;
  contact: ContactMethod;
  alerts: boolean;
  eligible: boolean;
  ineligibleReason: string | null;
  ineligibleReasonCode: string | null;
  status: ApplicationStatus;
  decision: ReviewDecision | null;
  decisionReason: string | null;
  waitlistPosition: number | null;
  offerDeadline: Date | null;
  submittedAt: Date;
  updatedAt: Date;
  events: EventPlan[];
  notices: NoticePlan[];
  enrollment: EnrollmentPlan | null;
  id: number;
}

export interface LotteryPlan {
  entries: Array<{ code: string; place: number }>;
  commitment: string;
  seed: string;
  frozenAt: Date;
  drawnAt: Date;
}

export interface CohortPlan {
  index: number;
  course: CoursePlan;
  year: number;
  /** The parallel class of the course in its year. */
  j: number;
  capacity: number;
  /** The intake open for applications now (next year's). */
  open: boolean;
  slot: { weekday: number; hour: number };
  opensAt: Date;
  closesAt: Date;
  /** When the selection was fixed (null: not yet). */
  selectedAt: Date | null;
  resultsOn: string | null;
  announcedAt: Date | null;
  startsOn: string;
  endsOn: string;
  status: CohortStatus;
  createdAt: Date;
  updatedAt: Date;
  sessions: SessionPlan[];
  apps: ApplicationPlan[];
  lottery: LotteryPlan | null;
  /** The completion run (null: not yet decided). */
  completionAt: Date | null;
  /** The staff member who runs the cohort (a contractor's in their fields, the ward's in welfare). */
  staff: StaffPlan;
  id: number;
}
