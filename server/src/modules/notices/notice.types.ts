import { Field, ObjectType } from 'type-graphql';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';

@Public()
@ObjectType()
export class PublicNotice {
  @Field(() => String)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;
}

/** One parameter of a system notice's message. */
@Allow(Permission.NoticeRead, Permission.NoticeWrite)
@ObjectType()
export class MessageParam {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}
