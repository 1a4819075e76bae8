import { Ctx as Context, Info, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import type { GraphQLResolveInfo } from 'graphql';
import { Allow, Public } from '../../core/auth/access';
import { Permission } from '../permissions';
import type { PrivacyService } from './privacy.service';
import { PersonalDataField, PrivacyNotice } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Public()
  @Query(() => PrivacyNotice, { description: 'The privacy notice in force, which registration must accept (and members who answered an older version are asked to accept).' })
  privacyNotice(@Context() ctx: Ctx): Promise<PrivacyNotice> {
    return this.privacy.currentNotice(ctx);
  }

  @Allow(Permission.AuditRead)
  @Query(() => [PersonalDataField], {
    description: 'The register of personal information, generated from the @Personal marks in the code; who can read each field comes from the access rules of this schema.',
  })
  personalDataRegister(@Info() info: GraphQLResolveInfo): PersonalDataField[] {
    return this.privacy.register(info.schema);
  }
}
