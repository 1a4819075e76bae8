import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
/** Why staff produce a member's export: the member asked in person, by post, or through a legal representative. */
export enum DataExportChannel {
  COUNTER = 'counter',
  POST = 'post',
  REPRESENTATIVE = 'representative',
}
registerEnumType(DataExportChannel, {
  name: 'DataExportChannel',
  description: 'How the member asked for their data when staff produce it: at the counter, by post, through a legal representative.',
});

/**
 * A member's data export (開示): the same content as JSON and as a readable Japanese document.
 * Produced for the member themself, or by ward staff with privacy:export (audited with how it was asked for).
 */
@Allow(Permission.SelfRead, Permission.PrivacyExport)
@ObjectType()
export class PersonalDataExport {
  @Field(() => String, { description: 'A file name without extension, e.g. personal-data-M90000001-20261206.' })
  fileName: string;

  @Field(() => String, { description: 'The export as JSON (format college-portal/personal-data-export, version 1).' })
  json: string;

  @Field(() => String, { description: 'The same export as a standalone Japanese HTML document (printable).' })
  html: string;
}

/** One staff read of the caller's personal information, from the audit log. */
@Allow(Permission.SelfRead)
@ObjectType()
export class AccessHistoryItem {
  @Field(() => Date)
  at: Date;

  @Field(() => [String], { description: 'The kinds of data read: type names such as Account, Application or SurveyInvitation.' })
  dataKinds: string[];

  @Field(() => String, { description: 'What was done: pii.read (viewed), roster.export, survey.exportNamed, certificate.download, privacy.exportForMember, …' })
  action: string;

  @Field(() => String, { description: 'The organisation the staff member belongs to: the ward section, or the contractor’s name (see contractor).' })
  organisation: string;

  @Field(() => Boolean, { description: 'The reader works for a contractor (委託事業者), not the ward.' })
  contractor: boolean;

  @Field(() => String, { description: 'A staff code (S00000002 for the ward, C-0003 for a contractor), never a name.' })
  staffCode: string;
}

@Allow(Permission.SelfRead)
@ObjectType()
export class AccessHistoryPage {
  @Field(() => [AccessHistoryItem])
  items: AccessHistoryItem[];

  @Field(() => Int)
  total: number;
}
