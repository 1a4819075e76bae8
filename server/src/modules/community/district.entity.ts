import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field as GqlField, Int, ObjectType } from 'type-graphql';
import { Public } from '../../core/auth/access';

/** A district (地区) of the ward, for groups and postings: a list kept as data (by default 練馬・光が丘・石神井・大泉). */
@Public()
@ObjectType()
@Entity('district')
export class District {
  @GqlField(() => String, { description: 'A stable code (nerima, hikarigaoka…).' })
  @PrimaryColumn({ type: 'varchar', length: 30 })
  code: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  nameJa: string;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 100 })
  nameEn: string;

  @GqlField(() => Int)
  @Column({ type: 'int' })
  sortOrder: number;

  /** Neighbouring districts (comma-separated codes), for the proposals' "same or neighbouring district". */
  @Column({ type: 'varchar', length: 300 })
  neighbourList: string;

  @GqlField(() => [String], { description: 'The codes of neighbouring districts.' })
  get neighbourCodes(): string[] {
    return this.neighbourList ? this.neighbourList.split(',') : [];
  }
}
