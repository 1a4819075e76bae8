import { Field, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../../core/auth/permissions';

/** One marked field of the register of personal information (which fields, why held, how long). */
@ObjectType()
export class PersonalDataField {
  @Allow(Permission.AuditRead)
  @Field(() => String, { description: 'Where it is stored, e.g. Account.' })
  entity: string;

  @Allow(Permission.AuditRead)
  @Field(() => String)
  field: string;

  @Allow(Permission.AuditRead)
  @Field(() => String)
  category: string;

  @Allow(Permission.AuditRead)
  @Field(() => String)
  purpose: string;

  @Allow(Permission.AuditRead)
  @Field(() => String)
  retention: string;
}
