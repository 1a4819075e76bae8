import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { Personal } from '../../core/personal';
import { Cohort } from '../catalog';
import { Account } from '../accounts';
import { Eligibility } from '../catalog';

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
export const APPLICATION_RETENTION = 'Until the follow-up period after the cohort ends; deleted promptly on the member’s request';
export const APPLICATION_RETENTION_JA = '期の終了後、追跡調査の期間が終わるまで。本人の申出があれば速やかに削除する';

export const STAFF = [Permission.ApplicationReview] as const;

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
  @Personal({
    category: 'application',
    purpose: 'Check eligibility (lives, works or studies in the ward)',
    retention: APPLICATION_RETENTION,
    purposeJa: '受講資格の確認（区内在住・在勤・在学の別）',
    retentionJa: APPLICATION_RETENTION_JA,
  })
  @GqlField(() => Eligibility, { description: 'The applicant’s answer: lives, works or studies in the ward.' })
  @Column({ type: 'varchar', length: 20 })
  eligibilityBasis: Eligibility;

  @Allow(SELF, ...STAFF)
  @Personal({
    category: 'application',
    purpose: 'Check eligibility of people who work or study in the ward',
    retention: APPLICATION_RETENTION,
    purposeJa: '区内在勤・在学の方の受講資格の確認',
    retentionJa: APPLICATION_RETENTION_JA,
  })
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  workplaceOrSchool: string | null;

  @Allow(SELF, ...STAFF)
  @Personal({
    category: 'application',
    purpose: APPLICATION,
    retention: APPLICATION_RETENTION,
    purposeJa: '受講者の選考と講座の運営（申込の内容）',
    retentionJa: APPLICATION_RETENTION_JA,
  })
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

  /** What staff typed when they marked the application ineligible. */
  @Allow(...STAFF)
  @GqlField(() => String, { nullable: true, description: 'The reason staff gave for marking it ineligible.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  ineligibleReason: string | null;

  /**
   * The rule's own finding, as a code the clients render in the reader's language (never a sentence).
   * The applicant reads it too: it follows from their own answer and the course's published rule.
   */
  @Allow(SELF, ...STAFF)
  @GqlField(() => String, { nullable: true, description: 'Set when the course rule found it ineligible, e.g. eligibility.basisNotAccepted (parameter: eligibilityBasis).' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  ineligibleReasonCode: string | null;

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
}
