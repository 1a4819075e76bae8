import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Permission, SELF } from '../permissions';

/** Where a piece of activity information came from (the council asked: self-reported or from groups?). */
export enum ActivitySource {
  SELF_REPORT = 'selfReport',
  SURVEY = 'survey',
  /** Staff, from what a group said in an interview. */
  STAFF_NOTE = 'staffNote',
  /** An introduction to a group (community issue). */
  INTRODUCTION = 'introduction',
}
registerEnumType(ActivitySource, { name: 'ActivitySource' });

const ACTIVITY: PersonalMark = {
  category: 'followUp',
  purpose: 'Follow what alumni do in their community after the course, and improve the curriculum',
  retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
  purposeJa: '修了後の地域での活動の様子を把握し、講座の改善に役立てるため',
  retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
};

/** An alumnus' activity (活動状況): one row, its versions in activity_record_version. */
@Entity('activity_record')
@Index('IDX_activity_record_account', ['accountId'])
export class ActivityRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_activity_record_account' })
  account?: Account;

  /** The latest version's number: corrections compare and set it. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

/** One version of an activity record: a correction or an end adds one; earlier ones are kept and shown. */
@Allow(SELF, Permission.FollowUpManage)
@ObjectType()
@Entity('activity_record_version')
@Index('UQ_activity_record_version', ['recordId', 'version'], { unique: true })
@Index('IDX_activity_record_version_account', ['accountId'])
export class ActivityRecordVersion {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  recordId: number;

  @ManyToOne(() => ActivityRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recordId', foreignKeyConstraintName: 'FK_activity_record_version_record' })
  record?: ActivityRecord;

  /** The subject of SELF. */
  @Column({ type: 'int' })
  accountId: number;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  version: number;

  /** Comma-separated field codes. */
  @Column({ type: 'varchar', length: 100 })
  fieldCodeList: string;

  @Personal(ACTIVITY)
  @GqlField(() => [FieldCode], { description: 'The fields of the activity (may differ from the field studied).' })
  get fieldCodes(): FieldCode[] {
    return this.fieldCodeList ? (this.fieldCodeList.split(',') as FieldCode[]) : [];
  }

  @Personal(ACTIVITY)
  @GqlField(() => ID, { nullable: true, description: 'The registered group (団体登録), if the activity is with one.' })
  @Column({ type: 'int', nullable: true })
  groupId: number | null;

  @Personal(ACTIVITY)
  @GqlField(() => String, { description: 'The group (町会・自治会, NPO, circle): the registered name, or as named when it is not registered.' })
  @Column({ type: 'varchar', length: 200 })
  groupName: string;

  @Personal(ACTIVITY)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  role: string | null;

  @Personal(ACTIVITY)
  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  startedOn: string;

  @Personal(ACTIVITY)
  @GqlField(() => LocalDateScalar, { nullable: true, description: 'Null: still active.' })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Personal(ACTIVITY)
  @GqlField(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  hoursPerMonth: number | null;

  @GqlField(() => ActivitySource)
  @Column({ type: 'varchar', length: 20 })
  source: ActivitySource;

  @GqlField(() => ID, { nullable: true, description: 'Who entered it: the member (self-report) or a staff member.' })
  @Column({ type: 'int', nullable: true })
  enteredBy: number | null;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  enteredAt: Date;
}
