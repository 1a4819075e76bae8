import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { ADDRESS_RANGE_MAX, ADDRESS_RANGES_MAX, NOT_BLANK } from '../../core/validation/rules';
import { Permission } from '../permissions';
import { ReportingClient } from './reporting-client.entity';

export const REPORTING_CLIENT_NAME_MAX = 100;
export const REPORTING_PURPOSE_MAX = 500;
const key = (k: string) => ({ context: { key: k } });
const NotBlank = (message: string, messageKey: string) => Matches(NOT_BLANK, { message, ...key(messageKey) });

@InputType()
export class ReportingClientInput {
  @Field(() => String)
  @Length(1, REPORTING_CLIENT_NAME_MAX, { message: `Enter the client’s name (up to ${REPORTING_CLIENT_NAME_MAX} characters).`, ...key('validation.length') })
  @NotBlank('Enter the client’s name.', 'validation.blank')
  name: string;

  @Field(() => String, { description: 'What the ward uses it for.' })
  @Length(1, REPORTING_PURPOSE_MAX, { message: `Enter the purpose (up to ${REPORTING_PURPOSE_MAX} characters).`, ...key('validation.length') })
  @NotBlank('Enter the purpose.', 'validation.blank')
  purpose: string;

  @Field(() => [String], { description: 'Names of registered operations (reportingOperations); at least one.' })
  @ArrayMaxSize(50)
  @MaxLength(100, { each: true })
  allowedOperations: string[];

  @Field(() => Date, { description: 'When the token stops working: in the future, at most a year ahead.' })
  expiresAt: Date;

  @Field(() => [String], { nullable: true, description: 'CIDR ranges such as 203.0.113.0/24; none: any address.' })
  @IsOptional()
  @ArrayMaxSize(ADDRESS_RANGES_MAX)
  @MaxLength(ADDRESS_RANGE_MAX, { each: true })
  allowedAddressRanges?: string[] | null;
}

/** A client with its token, shown this once: only its hash is kept. */
@Allow(Permission.ReportClients)
@ObjectType()
export class ReportingClientToken {
  @Field(() => ReportingClient)
  client: ReportingClient;

  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>". Shown only now; it cannot be read again (rotate to get a new one).' })
  token: string;
}

/** A registered operation (trusted document): the only GraphQL a reporting token may run. */
@Allow(Permission.ReportClients)
@ObjectType()
export class ReportingOperation {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'SHA-256 (hex) of the document text: send it as extensions.persistedQuery.sha256Hash.' })
  sha256: string;

  @Field(() => String)
  document: string;
}
