import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { FieldCode } from '../catalog';
import { Timestamped } from '../../core/timestamped';

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
  /** Every alumnus (卒業生): members who completed a course. */
  ALUMNI = 'alumni',
  /** The alumni of a field's courses. */
  ALUMNI_FIELD = 'alumni_field',
  /** The alumni of one cohort. */
  ALUMNI_COHORT = 'alumni_cohort',
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
@Allow(...READERS)
@ObjectType()
@Entity('notice')
@Index('IDX_notice_account', ['accountId'])
@Index('IDX_notice_cohort', ['cohortId'])
@Index('IDX_notice_audience_account', ['audience', 'accountId'])
export class Notice extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => NoticeAudience)
  @Column({ type: 'varchar', length: 20 })
  audience: NoticeAudience;

  @GqlField(() => NoticeKind)
  @Column({ type: 'varchar', length: 20 })
  kind: NoticeKind;

  /** Set for MEMBER notices. */
  @Column({ type: 'int', nullable: true })
  accountId: number | null;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  cohortId: number | null;

  @GqlField(() => FieldCode, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fieldCode: FieldCode | null;

  /** What staff wrote. System notices have none: they carry a message code instead. */
  @GqlField(() => String, { nullable: true, description: 'Set for notices staff wrote; system notices carry messageKey instead.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** A system notice's message, e.g. notice.resultOffered; the clients render it in the reader's language. */
  @GqlField(() => String, { nullable: true, description: 'For system notices: the message the clients render (title and body) in the reader’s language.' })
  @Column({ type: 'varchar', length: 60, nullable: true })
  messageKey: string | null;

  /** The message's parameters as JSON (course title, academic year, deadline, place on the waitlist). */
  @Column({ type: 'text', nullable: true })
  messageParams: string | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  /** Null while a draft: nobody but staff sees it and no mail has gone out. */
  @GqlField(() => Date, { nullable: true, description: 'When it was published; null for drafts.' })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  /** Set when staff withdrew it: members and the public page no longer see it. */
  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null;

  @Allow(Permission.NoticeWrite)
  @GqlField(() => String, { nullable: true, description: 'What staff gave as the reason for withdrawing it.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  withdrawReason: string | null;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
