import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Permission } from '../permissions';
import { CommunityGroup } from './community-group.entity';
import { District } from './district.entity';
import { codesOf as list } from './code-list';

export enum PostingStatus {
  DRAFT = 'draft',
  IN_REVIEW = 'inReview',
  PUBLISHED = 'published',
  CLOSED = 'closed',
  EXPIRED = 'expired',
}
registerEnumType(PostingStatus, { name: 'PostingStatus', description: 'draft → in review → published → closed or expired; only published and unexpired postings are public.' });

/** Contact details found in a posting's text, flagged for the reviewer (a posting goes through the ward). */
export enum ContactFlag {
  PHONE = 'phone',
  EMAIL = 'email',
  URL = 'url',
}
registerEnumType(ContactFlag, { name: 'ContactFlag' });

/**
 * A group's recruitment posting (募集), entered by ward staff and published only after a second
 * staff member, not the author, approved it. Postings hold no one's personal information: the
 * public reaches the group through its public contact route.
 */
@Allow(Permission.CommunityManage)
@ObjectType('RecruitmentPosting')
@Entity('recruitment_posting')
@Index('IDX_recruitment_posting_status', ['status', 'expiresOn'])
export class RecruitmentPosting {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => CommunityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId', foreignKeyConstraintName: 'FK_recruitment_posting_group' })
  group?: CommunityGroup;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @GqlField(() => String, { description: 'What the role is.' })
  @Column({ type: 'text' })
  roleDescription: string;

  @Column({ type: 'varchar', length: 100 })
  fieldCodeList: string;

  @GqlField(() => [FieldCode])
  get fieldCodes(): FieldCode[] {
    return list(this.fieldCodeList) as FieldCode[];
  }

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 30 })
  districtCode: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'districtCode', foreignKeyConstraintName: 'FK_recruitment_posting_district' })
  district?: District;

  @GqlField(() => String, { description: 'The schedule or frequency, e.g. 「毎月第2土曜 10時〜12時」.' })
  @Column({ type: 'varchar', length: 300 })
  schedule: string;

  @GqlField(() => Int, { nullable: true, description: 'How many people; null: not fixed.' })
  @Column({ type: 'int', nullable: true })
  headcount: number | null;

  @Column({ type: 'varchar', length: 100 })
  alumniWelcomeList: string;

  @GqlField(() => [FieldCode], { description: 'Alumni of these fields are especially welcome (empty: none named).' })
  get alumniWelcome(): FieldCode[] {
    return list(this.alumniWelcomeList) as FieldCode[];
  }

  @GqlField(() => LocalDateScalar, { description: 'The last day on the public page.' })
  @Column({ type: 'date' })
  expiresOn: string;

  @GqlField(() => PostingStatus)
  @Column({ type: 'varchar', length: 20 })
  status: PostingStatus;

  @Column({ type: 'varchar', length: 50 })
  contactFlagList: string;

  @GqlField(() => [ContactFlag], { description: 'Phone numbers, email addresses or URLs found in the text, for the reviewer.' })
  get contactFlags(): ContactFlag[] {
    return list(this.contactFlagList) as ContactFlag[];
  }

  @GqlField(() => ID, { description: 'The staff member who wrote it; they cannot approve it.' })
  @Column({ type: 'int' })
  authorId: number;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @GqlField(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @GqlField(() => String, { nullable: true, description: 'Why it was closed before its expiry.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  closeReason: string | null;

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

export enum PostingDecision {
  APPROVED = 'approved',
  RETURNED = 'returned',
}
registerEnumType(PostingDecision, { name: 'PostingDecision' });

/** The pre-publication check, recorded: who reviewed which version, what they decided, the flags they saw. */
@Allow(Permission.CommunityManage)
@ObjectType('PostingReview')
@Entity('recruitment_posting_review')
@Index('IDX_recruitment_posting_review', ['postingId'])
export class PostingReview {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  postingId: number;

  @ManyToOne(() => RecruitmentPosting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'postingId', foreignKeyConstraintName: 'FK_recruitment_posting_review_posting' })
  posting?: RecruitmentPosting;

  @GqlField(() => Int, { description: 'The posting’s version that was reviewed.' })
  @Column({ type: 'int' })
  version: number;

  @GqlField(() => PostingDecision)
  @Column({ type: 'varchar', length: 20 })
  decision: PostingDecision;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  reviewerId: number;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 50 })
  contactFlagList: string;

  @GqlField(() => [ContactFlag], { description: 'The contact flags the reviewer was shown.' })
  get contactFlags(): ContactFlag[] {
    return list(this.contactFlagList) as ContactFlag[];
  }

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  reviewedAt: Date;
}
