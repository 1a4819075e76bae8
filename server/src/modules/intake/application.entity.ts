import { BeforeInsert, BeforeUpdate, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from "type-graphql";
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../../core/auth/permissions';
import { Personal } from '../../core/personal';
import { Cohort } from '../catalog/cohort.entity';
import { Account } from '../accounts/account.entity';
import { Eligibility } from '../catalog/course.entity';

export enum ApplicationStatus {
  SUBMITTED = 'submitted',
  WITHDRAWN = 'withdrawn',
  /** A seat is offered: selected, or moved up from the waitlist; awaits the member's answer. */
  OFFERED = 'offered',
  WAITLISTED = 'waitlisted',
  REJECTED = 'rejected',
  ENROLLED = 'enrolled',
  DECLINED = 'declined',
  /** The offer deadline passed without an answer. */
  LAPSED = 'lapsed',
  /** Enrolled, then withdrew before the cohort started. */
  CANCELLED = 'cancelled',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

export enum ContactMethod {
  EMAIL = 'email',
  PHONE = 'phone',
}
registerEnumType(ContactMethod, { name: 'ContactMethod' });

export enum ReviewDecision {
  ACCEPT = 'accept',
  WAITLIST = 'waitlist',
  REJECT = 'reject',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

/** Seats counted against capacity. */
export const SEAT_HOLDING: readonly ApplicationStatus[] = [ApplicationStatus.OFFERED, ApplicationStatus.ENROLLED];

const APPLICATION = 'Select applicants and run the course (application contents)';
const APPLICATION_RETENTION = 'Until the follow-up period after the cohort ends; deleted promptly on the member’s request';

const STAFF = [Permission.ApplicationReview] as const;

/** A member's application (申込) to one cohort. */
@ObjectType()
@Entity('application')
@Index('UQ_application_member_cohort', ['cohortId', 'accountId'], { unique: true })
@Index('IDX_application_account', ['accountId'])
@Index('IDX_application_cohort_status', ['cohortId', 'status'])
export class Application {
  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  /** Anonymous code used in the lottery transcript; tells nothing about the person. */
  @Allow(SELF, ...STAFF)
  @GqlField(() => String, { description: 'Anonymous application code, as it appears in a lottery transcript.' })
  @Index('UQ_application_code', { unique: true })
  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_application_cohort' })
  cohort?: Cohort;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_application_account' })
  account?: Account;

  @Allow(SELF, ...STAFF)
  @Personal({ category: 'application', purpose: 'Check eligibility (lives, works or studies in the ward)', retention: APPLICATION_RETENTION })
  @GqlField(() => Eligibility, { description: 'The applicant’s answer: lives, works or studies in the ward.' })
  @Column({ type: 'varchar', length: 20 })
  eligibilityBasis: Eligibility;

  @Allow(SELF, ...STAFF)
  @Personal({ category: 'application', purpose: 'Check eligibility of people who work or study in the ward', retention: APPLICATION_RETENTION })
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  workplaceOrSchool: string | null;

  @Allow(SELF, ...STAFF)
  @Personal({ category: 'application', purpose: APPLICATION, retention: APPLICATION_RETENTION })
  @GqlField(() => String, { nullable: true, description: 'Motivation statement (志望動機).' })
  @Column({ type: 'text', nullable: true })
  motivation: string | null;

  @Allow(SELF, ...STAFF)
  @GqlField(() => ContactMethod)
  @Column({ type: 'varchar', length: 10 })
  preferredContact: ContactMethod;

  @Allow(SELF, ...STAFF)
  @GqlField(() => Boolean, { description: 'Send an email (without details) when a notice is waiting on my page.' })
  @Column({ type: 'boolean' })
  emailAlerts: boolean;

  /** The course's rule, evaluated at application and recorded; staff may mark it ineligible. */
  @Allow(...STAFF)
  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  eligible: boolean;

  @Allow(...STAFF)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  ineligibleReason: string | null;

  /** Internal state; members see it through the masked `status` field resolver. */
  @Column({ type: 'varchar', length: 20 })
  status: ApplicationStatus;

  @Allow(...STAFF)
  @GqlField(() => ReviewDecision, { nullable: true, description: 'Review decision before selection is completed.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: ReviewDecision | null;

  @Allow(...STAFF)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionReason: string | null;

  @Column({ type: 'int', nullable: true })
  waitlistPosition: number | null;

  @Allow(SELF, ...STAFF)
  @GqlField(() => Date, { nullable: true, description: 'Answer the offer of a seat before this time.' })
  @Column({ type: 'datetime', nullable: true })
  offerDeadline: Date | null;

  @Allow(SELF, ...STAFF)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  submittedAt: Date;

  @Allow(SELF, ...STAFF)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;

  @BeforeInsert()
  protected stampCreated(): void {
    this.submittedAt ??= new Date();
    this.updatedAt = this.submittedAt;
  }

  @BeforeUpdate()
  protected stampUpdated(): void {
    this.updatedAt = new Date();
  }
}

/** Every move of an application, for the record (who, when, from what to what, why). */
@ObjectType()
@Entity('application_event')
@Index('IDX_application_event_application', ['applicationId'])
export class ApplicationEvent {
  @Allow(...STAFF)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_application_event_application' })
  application?: Application;

  @Allow(...STAFF)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @Allow(...STAFF)
  @GqlField(() => ApplicationStatus, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: ApplicationStatus | null;

  @Allow(...STAFF)
  @GqlField(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 20 })
  toStatus: ApplicationStatus;

  @Allow(...STAFF)
  @GqlField(() => String, { nullable: true, description: 'Account id of the actor; empty for the system (e.g. a lapsed deadline).' })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** A reason code such as "declined", "offer_lapsed", "waitlist_promoted". */
  @Allow(...STAFF)
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 60 })
  reason: string;
}

/** A student (受講生): an accepted applicant who took the seat. */
@ObjectType()
@Entity('enrollment')
@Index('IDX_enrollment_cohort', ['cohortId'])
export class Enrollment {
  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_enrollment_application', { unique: true })
  @Column({ type: 'int' })
  applicationId: number;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_enrollment_application' })
  application?: Application;

  @Allow(SELF, ...STAFF)
  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_enrollment_cohort' })
  cohort?: Cohort;

  @Column({ type: 'int' })
  accountId: number;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @Personal({ category: 'learning', purpose: 'Identify the student in the course and on the completion certificate (学籍番号)', retention: APPLICATION_RETENTION })
  @GqlField(() => String, { description: 'e.g. 2026-WEL-001: unique, never reused, gapless per field and year.' })
  @Index('UQ_enrollment_student_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  studentNumber: string;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  enrolledAt: Date;

  @Allow(SELF, ...STAFF, Permission.RosterRead)
  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;
}

/** Next student number per field and academic year; incremented in the enrolling transaction, so numbers are gapless. */
@Entity('student_number_counter')
@Index('UQ_student_number_counter', ['fieldCode', 'academicYear'], { unique: true })
export class StudentNumberCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  fieldCode: string;

  @Column({ type: 'int' })
  academicYear: number;

  @Column({ type: 'int' })
  lastNumber: number;
}

/** The frozen list, commitment, seed and result of one cohort's lottery. */
@ObjectType()
@Entity('lottery_draw')
export class LotteryDraw {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_lottery_draw_cohort', { unique: true })
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_lottery_draw_cohort' })
  cohort?: Cohort;

  /** Number of frozen entries (the codes themselves are lottery_entry rows). */
  @Column({ type: 'int' })
  entryCount: number;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'varchar', length: 64 })
  commitment: string;

  @Column({ type: 'datetime' })
  frozenAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  seed: string | null;

  @Column({ type: 'datetime', nullable: true })
  drawnAt: Date | null;

}

/** One frozen code of a lottery, and its place once drawn (1 = first). */
@Entity('lottery_entry')
@Index('UQ_lottery_entry_code', ['drawId', 'code'], { unique: true })
export class LotteryEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  drawId: number;

  @ManyToOne(() => LotteryDraw, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drawId', foreignKeyConstraintName: 'FK_lottery_entry_draw' })
  draw?: LotteryDraw;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'int', nullable: true })
  place: number | null;
}

