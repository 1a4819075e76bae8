/** Data residency: where the database, its backups and the mail relay are located (issue 13, point 8). */
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { isInJapan, type Residency } from '../../config';
import { Permission } from '../permissions';

/** The configured locations (DATABASE_LOCATION, BACKUP_LOCATION, MAIL_RELAY_LOCATION). Settings, never personal. */
@Allow(Permission.AuditRead, Permission.StaffManage)
@ObjectType()
export class DataResidency {
  @Field(() => String, { description: 'Where the database is located, e.g. JP or ap-northeast-1.' })
  database: string;

  @Field(() => String, { description: 'Where the backups of the database are located.' })
  backups: string;

  @Field(() => String, { description: 'Where the mail relay is located.' })
  mailRelay: string;

  @Field(() => Boolean, { description: 'Whether all three are in Japan, as the ward requires (production refuses to start otherwise).' })
  inJapan: boolean;
}

@Resolver()
export class DataResidencyResolver {
  private readonly residency: DataResidency;

  constructor(residency: Residency) {
    this.residency = Object.assign(new DataResidency(), residency, {
      inJapan: [residency.database, residency.backups, residency.mailRelay].every(isInJapan),
    });
  }

  @Allow(Permission.AuditRead, Permission.StaffManage)
  @Query(() => DataResidency, { description: 'Where personal data is stored and sent through (the residency settings).' })
  dataResidency(): DataResidency {
    return this.residency;
  }
}
