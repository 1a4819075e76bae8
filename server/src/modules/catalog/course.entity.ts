import { Timestamped } from '../../core/timestamped';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Public } from '../../core/auth/access';
import { FieldCode, StudyField } from './field.entity';

export enum Eligibility {
  RESIDENT = 'resident',
  WORKER = 'worker',
  STUDENT = 'student',
}
registerEnumType(Eligibility, { name: 'Eligibility', description: 'Who may apply: people who live, work or study in the ward.' });

@Public()
@ObjectType()
@Entity('course')
@Index('IDX_course_field', ['fieldCode'])
export class Course extends Timestamped {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => FieldCode)
  @Column({ type: 'varchar', length: 20 })
  fieldCode: FieldCode;

  @ManyToOne(() => StudyField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fieldCode', foreignKeyConstraintName: 'FK_course_field' })
  field?: StudyField;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @GqlField(() => String)
  @Column({ type: 'text' })
  description: string;

  @GqlField(() => String, { nullable: true, description: 'The schedule in outline, as staff wrote it (e.g. which days, how often, where); null when not given.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  scheduleOutline: string | null;

  @GqlField(() => Int, { description: 'Length of study in years (the field decides it).' })
  @Column({ type: 'int' })
  years: number;

  /** Stored as a comma-separated list, e.g. "resident,worker". */
  @Column({ type: 'varchar', length: 60 })
  eligibilityRule: string;

  @GqlField(() => [Eligibility])
  get eligibility(): Eligibility[] {
    return this.eligibilityRule ? (this.eligibilityRule.split(',') as Eligibility[]) : [];
  }

  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  motivationRequired: boolean;

  @GqlField(() => Int, { description: 'Completion rule default: the minimum attendance rate, in percent.' })
  @Column({ type: 'int' })
  minAttendanceRate: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
