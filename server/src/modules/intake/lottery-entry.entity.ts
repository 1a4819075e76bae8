import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LotteryDraw } from './lottery-draw.entity';

/** One frozen code of a lottery, and its place once drawn (1 = first). */
@Entity('lottery_entry')
@Index('UQ_lottery_entry_code', ['drawId', 'code'], { unique: true })
export class LotteryEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  drawId: number;

  @ManyToOne(() => LotteryDraw, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drawId', foreignKeyConstraintName: 'FK_lottery_entry_draw' })
  draw?: LotteryDraw;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'int', nullable: true })
  place: number | null;
}
