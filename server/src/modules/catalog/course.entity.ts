import { Timestamped } from '../../db/timestamped';
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

@ObjectType()
@Entity('course')
@Index('IDX_course_field', ['fieldCode'])
export class Course extends Timestamped {
  @Public()
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Public()
  @GqlField(() => FieldCode)
  @Column({ type: 'varchar', length: 20 })
  fieldCode: FieldCode;

  @ManyToOne(() => StudyField, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fieldCode', foreignKeyConstraintName: 'FK_course_field' })
  field?: StudyField;

  @Public()
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Public()
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  titleEn: string | null;

  @Public()
  @GqlField(() => String)
  @Column({ type: 'text' })
  description: string;

  @Public()
  @GqlField(() => Int, { description: 'Length of study in years (the field decides it).' })
  @Column({ type: 'int' })
  years: number;

  /** Stored as a comma-separated list, e.g. "resident,worker". */
  @Column({ type: 'varchar', length: 60 })
  eligibilityRule: string;

  @Public()
  @GqlField(() => [Eligibility])
  get eligibility(): Eligibility[] {
    return this.eligibilityRule ? (this.eligibilityRule.split(',') as Eligibility[]) : [];
  }

  @Public()
  @GqlField(() => Boolean)
  @Column({ type: 'boolean' })
  motivationRequired: boolean;

  @Public()
  @GqlField(() => Int, { description: 'Completion rule default: the minimum attendance rate, in percent.' })
  @Column({ type: 'int' })
  minAttendanceRate: number;

  @Public()
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Public()
  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  updatedAt: Date;
}
