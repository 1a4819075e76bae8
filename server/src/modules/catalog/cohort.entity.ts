import { Timestamped } from '../../core/timestamped';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public } from '../../core/auth/access';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Course } from './course.entity';
import { FieldCode, StudyField } from './field.entity';

export enum SelectionMethod {
  REVIEW = 'review',
  LOTTERY = 'lottery',
}
registerEnumType(SelectionMethod, { name: 'SelectionMethod', description: 'How applicants are chosen when there are more than the capacity.' });

export enum CohortStatus {
  DRAFT = 'draft',
  OPEN = 'open',
  CLOSED = 'closed',
  SELECTED = 'selected',
  ANNOUNCED = 'announced',
  RUNNING = 'running',
  FINISHED = 'finished',
}
registerEnumType(CohortStatus, { name: 'CohortStatus' });

/** One intake (期) of a course. */
@Public()
@ObjectType()
@Entity('cohort')
@Index('IDX_cohort_course', ['courseId'])
@Index('IDX_cohort_status', ['status'])
export class Cohort extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => ID)
  @Column({ type: 'int' })
  courseId: number;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'courseId', foreignKeyConstraintName: 'FK_cohort_course' })
  course?: Course;

  /**
   * The course's field, kept on the cohort so that field scope is one column, not a join:
   * every field-owned table (applications, class sessions, …) reaches it through its cohort.
   */
  @Index('IDX_cohort_field')
  @Column({ type: 'varchar', length: 20 })
  fieldCode: FieldCode;

  @ManyToOne(() => StudyField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fieldCode', foreignKeyConstraintName: 'FK_cohort_field' })
  field?: StudyField;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  academicYear: number;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  capacity: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  applicationOpensAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  applicationClosesAt: Date;

  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  startsOn: string;

  @GqlField(() => LocalDateScalar)
  @Column({ type: 'date' })
  endsOn: string;

  @GqlField(() => SelectionMethod)
  @Column({ type: 'varchar', length: 10 })
  selectionMethod: SelectionMethod;

  @GqlField(() => CohortStatus)
  @Column({ type: 'varchar', length: 20 })
  status: CohortStatus;

  /** Staff-entered: the day the results are to be announced; null means "as soon as they are decided". */
  @GqlField(() => LocalDateScalar, { nullable: true, description: 'The day the results are to be announced (null: as soon as they are decided).' })
  @Column({ type: 'date', nullable: true })
  resultsOn: string | null;

  /** Set once, by the announcement (intake); null before it. */
  @GqlField(() => Date, { nullable: true, description: 'When the results were announced; null before the announcement.' })
  @Column({ type: 'datetime', nullable: true })
  announcedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  /** Open, and the server's clock is inside the application window. */
  isAcceptingApplications(now = new Date()): boolean {
    return this.status === CohortStatus.OPEN && this.applicationOpensAt <= now && now < this.applicationClosesAt;
  }
}
