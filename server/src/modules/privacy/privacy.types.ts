import { Field, ObjectType } from 'type-graphql';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';

/** The privacy notice in force, which registration accepts. Public as a whole: the type's rule covers its fields. */
@Public()
@ObjectType()
export class PrivacyNotice {
  @Field(() => String)
  version: string;

  @Field(() => String, { description: 'The text in Japanese (the version in force).' })
  purposeJa: string;

  @Field(() => String, { description: 'The text in English.' })
  purposeEn: string;

  @Field(() => Date, { description: 'When this version took effect.' })
  effectiveFrom: Date;
}

/** What the register says of readers besides the roles: the member themself (本人). */
export const READER_SELF = 'SELF';

/** One marked field of the register of personal information (which fields, why held, how long, who can read it). */
@Allow(Permission.AuditRead)
@ObjectType()
export class PersonalDataField {
  @Field(() => String, { description: 'Where it is stored, e.g. Account.' })
  entity: string;

  @Field(() => String)
  field: string;

  @Field(() => String)
  category: string;

  @Field(() => String)
  purpose: string;

  @Field(() => String)
  retention: string;

  @Field(() => String, { description: 'Why it is held, in Japanese (the register screen shows this).' })
  purposeJa: string;

  @Field(() => String, { description: 'How long it is kept, in Japanese.' })
  retentionJa: string;

  @Field(() => [String], {
    description:
      'Who can read it through the API, derived from its access rule in the schema and the roles’ permissions: Role values (e.g. WARD_STAFF), and SELF for the member themself (本人). Empty: no role reads it through the API (stored only).',
  })
  readableBy: string[];
}
