import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Next student number per field and academic year; incremented in the enrolling transaction, so numbers are gapless. */
@Entity('student_number_counter')
@Index('UQ_student_number_counter', ['fieldCode', 'academicYear'], { unique: true })
export class StudentNumberCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  fieldCode: string;

  @Column({ type: 'int' })
  academicYear: number;

  @Column({ type: 'int' })
  lastNumber: number;
}
