import { Timestamped } from '../../core/timestamped';
import { Subject } from '../../core/auth/subject';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission, Role, SELF } from '../permissions';
import { Personal } from '../../core/personal';
import { Contractor } from './contractor.entity';

registerEnumType(Role, { name: 'Role' });

export enum Residency {
  RESIDENT = 'resident',
  WORKER = 'worker',
  STUDENT = 'student',
}
registerEnumType(Residency, { name: 'Residency', description: 'Lives (在住), works (在勤) or studies (在学) in the ward.' });

export enum AccountStatus {
  ACTIVE = 'active',
  DISABLED = 'disabled',
  /** Erased on the member's request or by retention: a tombstone that names nobody and cannot log in. */
  ERASED = 'erased',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

/** What a signed-in account must do before anything else; until then the session can do only that. */
export enum PendingAction {
  CONFIRM_EMAIL = 'confirm_email',
  CHANGE_PASSWORD = 'change_password',
  ENROL_SECOND_FACTOR = 'enrol_second_factor',
  /** A member whose latest answer to the privacy notice names an older version, or who declined the one in force (then limited to export and erasure). */
  ACCEPT_PRIVACY_NOTICE = 'accept_privacy_notice',
}
registerEnumType(PendingAction, { name: 'PendingAction' });

const REGISTRATION = 'Identify the member and contact them about their courses (registration)';
const RETENTION = 'While the account exists; deleted promptly on the member’s request, or after the follow-up period that ends alumni surveys';
const REGISTRATION_JA = '本人の確認と、受講に関する連絡（会員登録）';
const RETENTION_JA = 'アカウントがある間。本人の申出があれば速やかに削除し、卒業生アンケートの追跡期間が終わった後にも削除する';

/** A person who logs in: a member, or staff of the ward or a contractor. */
/** An account is its own subject: SELF rules and the audit compare its id with the caller's. */
@Subject('id')
@ObjectType()
@Entity('account')
@Index('IDX_account_contractor', ['contractorId'])
export class Account extends Timestamped {
  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @GqlField(() => String, { description: 'Issued by the system; shown on screen, never mailed.' })
  @Index('UQ_account_login_id', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  loginId: string;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @GqlField(() => Role)
  @Column({ type: 'varchar', length: 30 })
  role: Role;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @Personal({ category: 'identity', purpose: REGISTRATION, retention: RETENTION, purposeJa: REGISTRATION_JA, retentionJa: RETENTION_JA })
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @Personal({ category: 'identity', purpose: REGISTRATION, retention: RETENTION, purposeJa: REGISTRATION_JA, retentionJa: RETENTION_JA })
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  nameKana: string;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @Personal({ category: 'contact', purpose: REGISTRATION, retention: RETENTION, purposeJa: REGISTRATION_JA, retentionJa: RETENTION_JA })
  @GqlField(() => String)
  @Index('UQ_account_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Allow(SELF, Permission.MemberRead)
  @Personal({ category: 'contact', purpose: REGISTRATION, retention: RETENTION, purposeJa: REGISTRATION_JA, retentionJa: RETENTION_JA })
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Allow(SELF, Permission.MemberRead)
  @Personal({
    category: 'residency',
    purpose: 'Check eligibility: the college is for people who live, work or study in the ward',
    retention: RETENTION,
    purposeJa: '受講資格の確認（区内に在住・在勤・在学していること）',
    retentionJa: RETENTION_JA,
  })
  @GqlField(() => Residency, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  residency: Residency | null;

  @Allow(SELF, Permission.MemberRead)
  @Personal({
    category: 'residency',
    purpose: 'Check eligibility (residence in the ward)',
    retention: RETENTION,
    purposeJa: '区内在住の確認（受講資格の確認）',
    retentionJa: RETENTION_JA,
  })
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Allow(SELF, Permission.MemberRead)
  @Personal({
    category: 'residency',
    purpose: 'Check eligibility (work or study in the ward)',
    retention: RETENTION,
    purposeJa: '区内在勤・在学の確認（受講資格の確認）',
    retentionJa: RETENTION_JA,
  })
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  workplaceOrSchool: string | null;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'int', nullable: true })
  contractorId: number | null;

  @ManyToOne(() => Contractor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contractorId', foreignKeyConstraintName: 'FK_account_contractor' })
  contractor?: Contractor | null;

  @Allow(SELF, Permission.StaffRead)
  @GqlField(() => AccountStatus, { nullable: true, description: 'Null for callers who may not see it.' })
  @Column({ type: 'varchar', length: 20 })
  status: AccountStatus;

  /** Null until the member follows the link in the confirmation mail; staff addresses are set by an administrator. */
  @Column({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set for a temporary password (created or reset by an administrator): it must be changed at first login. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Allow(SELF, Permission.StaffRead)
  @GqlField(() => Date, { nullable: true, description: 'When a temporary password stops working.' })
  @Column({ type: 'datetime', nullable: true })
  passwordExpiresAt: Date | null;

  /** Set while the account has a second factor (TOTP or a passkey): login then asks for it. */
  @Column({ type: 'datetime', nullable: true })
  secondFactorAt: Date | null;

  /** The TOTP secret, encrypted (core/auth/secret-box.ts); null when TOTP is not enrolled. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpSecret: string | null;

  /** A secret shown for enrolment and not yet confirmed with a code. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  totpPendingSecret: string | null;

  /** The last TOTP time step accepted: a code is good once (RFC 6238 §5.2). */
  @Column({ type: 'int', nullable: true })
  totpLastStep: number | null;

  @Column({ type: 'int', default: 0 })
  failedLoginCount: number;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'datetime' })
  passwordChangedAt: Date;

  @Allow(SELF, Permission.MemberRead, Permission.StaffRead)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  /** name in the search form (search-form.ts), kept by AccountSearchSubscriber; never shown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  searchName: string | null;

  /** nameKana in the search form: hiragana, katakana and half-width kana all match. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  searchKana: string | null;
}
