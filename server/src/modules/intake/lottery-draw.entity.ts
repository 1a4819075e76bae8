import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { Cohort } from '../catalog';

/** The frozen list, commitment, seed and result of one cohort's lottery. */
@ObjectType()
@Entity('lottery_draw')
export class LotteryDraw {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_lottery_draw_cohort', { unique: true })
  @Column({ type: 'int' })
  cohortId: number;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId', foreignKeyConstraintName: 'FK_lottery_draw_cohort' })
  cohort?: Cohort;

  /** Number of frozen entries (the codes themselves are lottery_entry rows). */
  @Column({ type: 'int' })
  entryCount: number;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'varchar', length: 64 })
  commitment: string;

  @Column({ type: 'datetime' })
  frozenAt: Date;

  @Column({ type: 'varchar', length: 100, nullable: true })
  seed: string | null;

  @Column({ type: 'datetime', nullable: true })
  drawnAt: Date | null;
}
