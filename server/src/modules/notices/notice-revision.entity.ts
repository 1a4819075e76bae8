import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Notice } from './notice.entity';

export enum NoticeRevisionKind {
  CREATED = 'created',
  PUBLISHED = 'published',
  EDITED = 'edited',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(NoticeRevisionKind, { name: 'NoticeRevisionKind' });

/** One step in a notice's history: written, published, edited (with the new text) or withdrawn (with the reason). */
@Allow(Permission.NoticeWrite)
@ObjectType()
@Entity('notice_revision')
@Index('IDX_notice_revision_notice', ['noticeId', 'id'])
export class NoticeRevision {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  noticeId: number;

  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'noticeId', foreignKeyConstraintName: 'FK_notice_revision_notice' })
  notice?: Notice;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => ID, { nullable: true, description: 'The staff account that made the change; null for the system.' })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @GqlField(() => NoticeRevisionKind)
  @Column({ type: 'varchar', length: 20 })
  kind: NoticeRevisionKind;

  @GqlField(() => String, { nullable: true, description: 'The title as written at CREATED and EDITED.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @GqlField(() => String, { nullable: true, description: 'The text as written at CREATED and EDITED.' })
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @GqlField(() => String, { nullable: true, description: 'Why it was edited after publication, or withdrawn.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason: string | null;
}
