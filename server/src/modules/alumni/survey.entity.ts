import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts';
import { Cohort } from '../catalog';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Personal } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Permission, SELF } from '../permissions';

export enum SurveyWaveStatus {
  SCHEDULED = 'scheduled',
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(SurveyWaveStatus, { name: 'SurveyWaveStatus' });

export enum InvitationStatus {
  PENDING = 'pending',
  ANSWERED = 'answered',
  DECLINED = 'declined',
  /** Consent withdrawn before answering: nothing more is sent. */
  CANCELLED = 'cancelled',
  /** The window closed unanswered. */
  EXPIRED = 'expired',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/** A follow-up survey (アンケート): its questions live in versions; a field's contractor sees their field's. */
@Allow(Permission.FollowUpManage)
@ObjectType()
@Entity('survey')
export class Survey {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @GqlField(() => FieldCode, { nullable: true, description: 'The field the survey belongs to; null: the ward’s, for every field.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fieldCode: FieldCode | null;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** One version of a survey's questions; once anyone has answered it, a change makes a new version. */
@Entity('survey_version')
@Index('UQ_survey_version', ['surveyId', 'version'], { unique: true })
export class SurveyVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  surveyId: number;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'surveyId', foreignKeyConstraintName: 'FK_survey_version_survey' })
  survey?: Survey;

  @Column({ type: 'int' })
  version: number;

  /** The questions as JSON (SurveyQuestion[]). */
  @Column({ type: 'text' })
  questions: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** One wave of a survey for a cohort: opened at an offset from completion, with an answer window and one reminder. */
@Allow(Permission.FollowUpManage)
@ObjectType()
@Entity('survey_wave')
@Index('IDX_survey_wave_status', ['status', 'opensOn'])
@Index('UQ_survey_wave', ['surveyId', 'cohortId', 'offsetMonths'], { unique: true })
export class SurveyWave {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  surveyId: number;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'surveyId', foreignKeyConstraintName: 'FK_survey_wave_survey' })
  survey?: Survey;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_survey_wave_cohort' })
  cohort?: Cohort;

  @GqlField(() => Int, { description: 'Months after completion.' })
  @Column({ type: 'int' })
  offsetMonths: number;

  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  opensOn: string;

  @GqlField(() => LocalDateScalar, { nullable: true, description: 'The one reminder goes out on this day; null: none.' })
  @Column({ type: 'date', nullable: true })
  remindOn: string | null;

  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  closesOn: string;

  @GqlField(() => SurveyWaveStatus)
  @Column({ type: 'varchar', length: 20 })
  status: SurveyWaveStatus;

  /** The version invitations were made for (set when the wave opens). */
  @Column({ type: 'int', nullable: true })
  surveyVersionId: number | null;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  openedAt: Date | null;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  remindedAt: Date | null;
}

/** An alumnus' invitation to a wave, and their answers (stored with their course history). */
@Allow(SELF, Permission.FollowUpManage)
@ObjectType()
@Entity('survey_invitation')
@Index('UQ_survey_invitation', ['waveId', 'accountId'], { unique: true })
@Index('IDX_survey_invitation_account', ['accountId'])
export class SurveyInvitation {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  waveId: number;

  @ManyToOne(() => SurveyWave, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'waveId', foreignKeyConstraintName: 'FK_survey_invitation_wave' })
  wave?: SurveyWave;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_survey_invitation_account' })
  account?: Account;

  @Column({ type: 'int' })
  surveyVersionId: number;

  @GqlField(() => InvitationStatus)
  @Column({ type: 'varchar', length: 20 })
  status: InvitationStatus;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  invitedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  remindedAt: Date | null;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  respondedAt: Date | null;

  /** The answers as JSON ({ questionKey: value }): the draft while pending, the answers once answered; null when declined. */
  @Personal({
    category: 'followUp',
    purpose: 'Follow what alumni do in their community after the course, and improve the curriculum',
    retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
    purposeJa: '修了後の地域での活動の様子を把握し、講座の改善に役立てるため',
    retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
  })
  @GqlField(() => String, { nullable: true, description: 'The answers (or the draft) as JSON: { questionKey: value }.' })
  @Column({ type: 'text', nullable: true })
  answers: string | null;
}
