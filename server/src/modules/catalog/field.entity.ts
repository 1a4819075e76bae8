import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field as GqlField, ObjectType, Int, registerEnumType } from 'type-graphql';
import { Public } from '../../core/auth/access';

export enum FieldCode {
  WELFARE = 'welfare',
  DISASTER = 'disaster',
  AGRICULTURE = 'agriculture',
  GREENERY = 'greenery',
  RECYCLING = 'recycling',
}
registerEnumType(FieldCode, { name: 'FieldCode', description: 'The five fields (分野) of the college.' });

/** One of the five fields of study, with its length of study. */
@Public()
@ObjectType('Field')
@Entity('field')
export class StudyField {
  @GqlField(() => FieldCode)
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: FieldCode;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  nameJa: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  nameEn: string;

  @GqlField(() => Int, { description: 'Length of study in years.' })
  @Column({ type: 'int' })
  years: number;

  @Column({ type: 'int' })
  sortOrder: number;
}
