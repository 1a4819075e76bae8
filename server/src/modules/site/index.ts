/** Site: what every visitor may read about the portal itself (the section to contact), and where its data is located (staff only). */
import { Ctx as Context, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { Public } from '../../core/auth/access';
import type { Ctx } from '../../core/context';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { DataResidencyResolver } from './data-residency';

export { DataResidency, DataResidencyResolver } from './data-residency';

/** The ward section that runs the college, as the portal's footer shows it. Configured, never personal. */
@Public()
@ObjectType()
export class SiteContact {
  @Field(() => String, { description: 'The section, e.g. 練馬区 地域文化部 協働推進課.' })
  section: string;

  @Field(() => String)
  phone: string;

  @Field(() => String)
  email: string;

  @Field(() => String, { description: 'When the section answers, in words.' })
  hours: string;
}

@Resolver()
export class SiteResolver {
  constructor(private readonly contact: SiteContact) {}

  @Public()
  @Query(() => SiteContact, { description: 'The section to contact (SITE_CONTACT_* settings).' })
  siteContact(@Context() _ctx: Ctx): SiteContact {
    return this.contact;
  }
}

export const siteManifest: ModuleManifest = {
  name: 'site',
  entities: [],
  migrations: [],
  resolvers: [SiteResolver, DataResidencyResolver],
  publicCoordinates: ['Query.siteContact', 'SiteContact.section', 'SiteContact.phone', 'SiteContact.email', 'SiteContact.hours'],
};

export function buildSite({ config }: Infrastructure) {
  const contact = Object.assign(new SiteContact(), config.siteContact);
  return { resolvers: [new SiteResolver(contact), new DataResidencyResolver(config.residency)] };
}
