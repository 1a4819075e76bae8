import { Field, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Account } from './account.entity';

/** One page of a member search, with the number of all matches. */
@Allow(Permission.MemberRead)
@ObjectType()
export class MemberPage {
  @Field(() => [Account])
  items: Account[];

  @Field(() => Int)
  total: number;
}
