import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Application, ApplicationStatus, STAFF } from './application.entity';

/** Every move of an application, for the record (who, when, from what to what, why). */
@Allow(...STAFF)
@ObjectType()
@Entity('application_event')
@Index('IDX_application_event_application', ['applicationId'])
export class ApplicationEvent {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId', foreignKeyConstraintName: 'FK_application_event_application' })
  application?: Application;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => ApplicationStatus, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: ApplicationStatus | null;

  @GqlField(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 20 })
  toStatus: ApplicationStatus;

  @GqlField(() => String, { nullable: true, description: 'Account id of the actor; empty for the system (e.g. a lapsed deadline).' })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  /** A reason code such as "declined", "offer_lapsed", "waitlist_promoted". */
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 60 })
  reason: string;
}
