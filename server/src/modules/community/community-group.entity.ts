import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Personal, type PersonalMark } from '../../core/personal';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode } from '../catalog';
import { Permission } from '../permissions';
import { District } from './district.entity';

export enum GroupKind {
  /** 町会・自治会 */
  NEIGHBOURHOOD_ASSOCIATION = 'neighbourhoodAssociation',
  NPO = 'npo',
  VOLUNTEER_CIRCLE = 'volunteerCircle',
  /** 社会福祉協議会 */
  SOCIAL_WELFARE_COUNCIL = 'socialWelfareCouncil',
  /** 学校・PTA */
  SCHOOL_PTA = 'schoolPta',
  OTHER = 'other',
}
registerEnumType(GroupKind, { name: 'GroupKind' });

export enum GroupStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  ENDED = 'ended',
}
registerEnumType(GroupStatus, { name: 'GroupStatus', description: 'Only active groups appear in the directory and in proposals.' });

const REPRESENTATIVE: PersonalMark = {
  category: 'community',
  purpose: 'Contact the group’s representative about the group’s registration, postings and introductions',
  retention: 'Kept while the group is registered; deleted when the group ends or the representative changes',
  purposeJa: '団体の登録・募集・お引き合わせについて代表者に連絡するため',
  retentionJa: '団体の登録中は保存し、団体の登録終了または代表者の交代のときに削除します',
};
const INTERVIEW: PersonalMark = {
  category: 'community',
  purpose: 'Record the registration interview, which may mention the group’s people',
  retention: 'Kept while the group is registered; deleted when the group ends',
  purposeJa: '登録時のヒアリングの記録（団体の方についての記載を含むことがあります）',
  retentionJa: '団体の登録中は保存し、団体の登録終了のときに削除します',
};

/**
 * A community group (地域団体) in the registry, registered by ward staff after an interview
 * (ヒアリング). What the public may see is the group's public part (PublicGroup); the
 * representative's details and the interview notes are personal, for the ward's community staff.
 */
@Allow(Permission.CommunityManage)
@ObjectType()
@Entity('community_group')
@Index('IDX_community_group_status', ['status', 'districtCode'])
export class CommunityGroup {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @GqlField(() => GroupKind)
  @Column({ type: 'varchar', length: 30 })
  kind: GroupKind;

  /** Comma-separated field codes. */
  @Column({ type: 'varchar', length: 100 })
  fieldCodeList: string;

  @GqlField(() => [FieldCode], { description: 'The fields the group is active in.' })
  get fieldCodes(): FieldCode[] {
    return this.fieldCodeList ? (this.fieldCodeList.split(',') as FieldCode[]) : [];
  }

  @GqlField(() => String, { description: 'The district (地区) code.' })
  @Column({ type: 'varchar', length: 30 })
  districtCode: string;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'districtCode', foreignKeyConstraintName: 'FK_community_group_district' })
  district?: District;

  @GqlField(() => String, { description: 'What anyone may read about the group.' })
  @Column({ type: 'text' })
  publicDescription: string;

  @GqlField(() => String, { description: 'How the public reaches the group, e.g. 「区役所 地域振興課 経由」; never a person’s details.' })
  @Column({ type: 'varchar', length: 300 })
  publicContact: string;

  @GqlField(() => GroupStatus)
  @Column({ type: 'varchar', length: 20 })
  status: GroupStatus;

  @GqlField(() => String, { nullable: true, description: 'Why the group was suspended or ended.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  statusReason: string | null;

  @Personal(REPRESENTATIVE)
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  representativeName: string;

  @Personal(REPRESENTATIVE)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  representativePhone: string | null;

  @Personal(REPRESENTATIVE)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  representativeEmail: string | null;

  @GqlField(() => LocalDateScalar, { description: 'The registration interview (ヒアリング).' })
  @Column({ type: 'date' })
  interviewedOn: string;

  @GqlField(() => ID, { description: 'The staff member who held the interview.' })
  @Column({ type: 'int' })
  interviewedBy: number;

  @Personal(INTERVIEW)
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  interviewNotes: string | null;

  @GqlField(() => Int, { description: 'Changes compare and set this, so two edits at once cannot overwrite each other.' })
  @Column({ type: 'int' })
  version: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
