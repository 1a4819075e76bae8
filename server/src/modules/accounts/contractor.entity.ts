import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FieldCode, StudyField } from '../catalog';
import { Created } from '../../core/timestamped';

/** A contractor organisation (委託事業者): one field, a contract period, allowed networks. */
@ObjectType()
@Entity('contractor')
export class Contractor extends Created {
  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @GqlField(() => FieldCode)
  @Column({ type: 'varchar', length: 20 })
  fieldCode: FieldCode;

  @ManyToOne(() => StudyField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fieldCode', foreignKeyConstraintName: 'FK_contractor_field' })
  field?: StudyField;

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  contractStartsOn: string;

  @Allow(Permission.ContractorRead, Permission.SelfRead)
  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  contractEndsOn: string;

  /** CIDR ranges, one per line. */
  @Column({ type: 'text' })
  allowedCidrs: string;

  @Allow(Permission.ContractorRead)
  @GqlField(() => [String], { description: 'Networks (CIDR) from which this contractor’s staff may log in.' })
  get allowedAddressRanges(): string[] {
    return this.allowedCidrs.split('\n').filter(Boolean);
  }

  @Allow(Permission.ContractorRead)
  @GqlField(() => Date, { nullable: true, description: 'When the ward ended the contract early; staff are cut off from then.' })
  @Column({ type: 'datetime', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
