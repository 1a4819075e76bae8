import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { ClassSession } from './class-session.entity';

/**
 * QR self check-in of one class session: opened and closed by staff. The secret (32 random bytes,
 * sealed at rest) keys the 30-second codes; it never leaves the server except inside a code.
 */
@Allow(Permission.AttendanceRecord)
@ObjectType()
@Entity('check_in')
@Index('UQ_check_in_class_session', ['classSessionId'], { unique: true })
export class CheckIn {
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  classSessionId: number;

  @ManyToOne(() => ClassSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'classSessionId', foreignKeyConstraintName: 'FK_check_in_class_session' })
  classSession?: ClassSession;

  /** The HMAC key, sealed with the server's secrets key (core/auth/secret-box.ts). Not in the schema. */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  openedAt: Date;

  @GqlField(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  openedBy: number | null;

  @GqlField(() => Date, { nullable: true, description: 'Set while check-in is closed.' })
  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;
}
