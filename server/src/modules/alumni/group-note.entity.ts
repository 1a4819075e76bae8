import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Permission } from '../permissions';

/** What a group said about an alumnus, as staff heard it. */
export enum GroupNoteKind {
  HELPFUL = 'helpful',
  CONCERN = 'concern',
  OTHER = 'other',
}
registerEnumType(GroupNoteKind, { name: 'GroupNoteKind', description: 'helpful (助かっている), a concern (気になる点), or other.' });

const GROUP_NOTE: PersonalMark = {
  category: 'followUp',
  purpose: 'Support alumni in their community activity from what the groups tell the ward',
  retention: 'Kept for the follow-up period after completion, then deleted; deleted earlier when the member asks',
  purposeJa: '団体から伺った卒業生の活動の様子をもとに、地域での活動を支援するため',
  retentionJa: '修了後の追跡調査の期間まで保存し、その後削除します。本人から求めがあれば速やかに削除します',
};

/**
 * A staff note of what a group said about an alumnus (団体からの声). Only staff with the
 * group-note permission read it, every read is audited, and it belongs to the member's own
 * data (it comes back in their data export); the member's page does not show it.
 */
@Allow(Permission.GroupNoteManage)
@ObjectType()
@Entity('group_note')
@Index('IDX_group_note_account', ['accountId', 'heardOn'])
export class GroupNote {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_group_note_account' })
  account?: Account;

  @GqlField(() => ID, { nullable: true, description: 'The registered group that spoke (団体登録), if it is registered.' })
  @Column({ type: 'int', nullable: true })
  groupId: number | null;

  @Personal(GROUP_NOTE)
  @GqlField(() => String, { description: 'The group that spoke: its registered name, or as named when it is not registered.' })
  @Column({ type: 'varchar', length: 200 })
  groupName: string;

  @Personal(GROUP_NOTE)
  @GqlField(() => GroupNoteKind)
  @Column({ type: 'varchar', length: 20 })
  kind: GroupNoteKind;

  @Personal(GROUP_NOTE)
  @GqlField(() => String)
  @Column({ type: 'text' })
  text: string;

  @GqlField(() => LocalDateScalar, { description: 'The day the group said it (the interview or the call).' })
  @Column({ type: 'date' })
  heardOn: string;

  @GqlField(() => ID, { description: 'The staff member who recorded it.' })
  @Column({ type: 'int' })
  recordedBy: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  recordedAt: Date;
}
