import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
