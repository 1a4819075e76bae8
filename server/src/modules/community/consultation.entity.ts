import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { FieldCode } from '../catalog';
import { Permission, SELF } from '../permissions';
import { codesOf as list } from './code-list';

export enum ConsultationStatus {
  OPEN = 'open',
  IN_PROGRESS = 'inProgress',
  MATCHED = 'matched',
  CLOSED = 'closed',
}
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus' });

export enum ConsultationSource {
  /** The alumnus on my page. */
  SELF = 'self',
  /** "I'm interested" on a posting. */
  POSTING = 'posting',
  /** Staff, after a visit or a phone call. */
  STAFF = 'staff',
}
registerEnumType(ConsultationSource, { name: 'ConsultationSource' });

export enum Weekday {
  MON = 'mon',
  TUE = 'tue',
  WED = 'wed',
  THU = 'thu',
  FRI = 'fri',
  SAT = 'sat',
  SUN = 'sun',
}
registerEnumType(Weekday, { name: 'Weekday' });

export enum TimeOfDay {
  MORNING = 'morning',
  AFTERNOON = 'afternoon',
  EVENING = 'evening',
}
registerEnumType(TimeOfDay, { name: 'TimeOfDay' });

const MATCHING: PersonalMark = {
  category: 'matching',
  purpose: 'Find a community group the alumnus would like to join, and arrange an introduction',
  retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
  purposeJa: '卒業生が参加したい地域団体を探し、お引き合わせをするため',
  retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
};

/** A consultation (相談): what an alumnus would like to do, for the ward's matching staff. */
@Allow(SELF, Permission.CommunityManage)
@ObjectType()
@Entity('consultation')
@Index('IDX_consultation_account', ['accountId'])
@Index('IDX_consultation_status', ['status'])
export class Consultation {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_consultation_account' })
  account?: Account;

  @GqlField(() => ID, { nullable: true, description: 'The posting that started it ("I’m interested").' })
  @Column({ type: 'int', nullable: true })
  postingId: number | null;

  @Column({ type: 'varchar', length: 100 })
  fieldCodeList: string;

  @Personal(MATCHING)
  @GqlField(() => [FieldCode], { description: 'The fields the alumnus would like to be active in.' })
  get fieldCodes(): FieldCode[] {
    return list(this.fieldCodeList) as FieldCode[];
  }

  @Personal(MATCHING)
  @GqlField(() => String, { nullable: true, description: 'The district they would like; null: anywhere.' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  districtCode: string | null;

  @Column({ type: 'varchar', length: 50 })
  dayList: string;

  @Personal(MATCHING)
  @GqlField(() => [Weekday])
  get days(): Weekday[] {
    return list(this.dayList) as Weekday[];
  }

  @Column({ type: 'varchar', length: 50 })
  timeList: string;

  @Personal(MATCHING)
  @GqlField(() => [TimeOfDay])
  get times(): TimeOfDay[] {
    return list(this.timeList) as TimeOfDay[];
  }

  @Personal(MATCHING)
  @GqlField(() => String, { nullable: true, description: 'In their words.' })
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @GqlField(() => ConsultationStatus)
  @Column({ type: 'varchar', length: 20 })
  status: ConsultationStatus;

  @GqlField(() => String, { nullable: true, description: 'Why it was closed.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  closeReason: string | null;

  @GqlField(() => ConsultationSource)
  @Column({ type: 'varchar', length: 20 })
  source: ConsultationSource;

  @GqlField(() => ID, { nullable: true, description: 'The staff member who recorded it (source STAFF).' })
  @Column({ type: 'int', nullable: true })
  recordedBy: number | null;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  version: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
