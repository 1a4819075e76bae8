import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../../core/auth/permissions';
import { FieldCode } from '../catalog/field.entity';

export enum NoticeAudience {
  /** One member (e.g. a selection result). */
  MEMBER = 'member',
  /** Everyone who applied to a cohort. */
  COHORT = 'cohort',
  /** Everyone who applied to a cohort of a field. */
  FIELD = 'field',
  ALL_MEMBERS = 'all_members',
  /** The public top page; readable without logging in. */
  PUBLIC = 'public',
}
registerEnumType(NoticeAudience, { name: 'NoticeAudience' });

export enum NoticeKind {
  GENERAL = 'general',
  RESULT = 'result',
  OFFER = 'offer',
}
registerEnumType(NoticeKind, { name: 'NoticeKind' });

const READERS = [Permission.NoticeRead, Permission.NoticeWrite] as const;

/** お知らせ. Members read theirs on my page; public notices appear on the top page. */
@ObjectType()
@Entity('notice')
@Index('IDX_notice_account', ['accountId'])
@Index('IDX_notice_cohort', ['cohortId'])
@Index('IDX_notice_audience', ['audience'])
export class Notice {
  @Allow(...READERS)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Allow(...READERS)
  @GqlField(() => NoticeAudience)
  @Column({ type: 'varchar', length: 20 })
  audience: NoticeAudience;

  @Allow(...READERS)
  @GqlField(() => NoticeKind)
  @Column({ type: 'varchar', length: 20 })
  kind: NoticeKind;

  /** Set for MEMBER notices. */
  @Column({ type: 'int', nullable: true })
  accountId: number | null;

  @Allow(...READERS)
  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  cohortId: number | null;

  @Allow(...READERS)
  @GqlField(() => FieldCode, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fieldCode: FieldCode | null;

  @Allow(...READERS)
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Allow(...READERS)
  @GqlField(() => String)
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Allow(...READERS)
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;
}

@Entity('notice_read')
@Index('UQ_notice_read', ['noticeId', 'accountId'], { unique: true })
export class NoticeRead {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  noticeId: number;

  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'datetime' })
  readAt: Date;
}

/**
 * Mail waiting to be sent, written in the same transaction as the notice it announces.
 * It names the account, not the address, and the body says only that a notice is waiting.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_pending', ['sentAt', 'id'])
export class MailOutbox {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 40 })
  template: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  claimToken: string | null;

  @Column({ type: 'datetime', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastError: string | null;
}
