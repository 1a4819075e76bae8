import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Last certificate number per field and academic year; locked and bumped in the issuing transaction, so numbers are gapless. */
@Entity('certificate_number_counter')
@Index('UQ_certificate_number_counter', ['fieldCode', 'academicYear'], { unique: true })
export class CertificateNumberCounter {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 20 })
  fieldCode: string;

  @Column({ type: 'int' })
  academicYear: number;

  @Column({ type: 'int' })
  lastNumber: number;
}
