import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { CommunityGroup } from './community-group.entity';

/**
 * One change of a group in the registry: who, when, which fields, and the group's public part
 * after it. Personal fields (the representative, the interview notes) are named, never copied.
 */
@Allow(Permission.CommunityManage)
@ObjectType('CommunityGroupRevision')
@Entity('community_group_revision')
@Index('UQ_community_group_revision', ['groupId', 'version'], { unique: true })
export class CommunityGroupRevision {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  groupId: number;

  @ManyToOne(() => CommunityGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'groupId', foreignKeyConstraintName: 'FK_community_group_revision_group' })
  group?: CommunityGroup;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  version: number;

  /** Comma-separated names of the fields changed (registered: every field). */
  @Column({ type: 'varchar', length: 500 })
  changedFieldList: string;

  @GqlField(() => [String], { description: 'The fields changed (name, kind, fieldCodes, districtCode, representativePhone…); registration: "registered".' })
  get changedFields(): string[] {
    return this.changedFieldList ? this.changedFieldList.split(',') : [];
  }

  /** The public part after the change, as JSON. */
  @GqlField(() => String, { description: 'The group’s public part after the change, as JSON: name, kind, fieldCodes, districtCode, publicDescription, publicContact, status.' })
  @Column({ type: 'text' })
  publicAfter: string;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  reason: string | null;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  changedBy: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  changedAt: Date;
}
