import { Arg, Ctx as Context, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { badField } from '../../core/errors';
import { Permission } from '../permissions';
import type { PersonalExportService } from './personal-export.service';
import { AccessHistoryPage, DataExportChannel, PersonalDataExport } from './personal-export.types';
import type { AccessHistory } from '../audit';

@Resolver()
export class PersonalExportResolver {
  constructor(
    private readonly exports: PersonalExportService,
    private readonly history: AccessHistory,
  ) {}

  @Allow(Permission.SelfRead)
  @Query(() => PersonalDataExport, { description: 'All the data this system holds about the caller (開示), as JSON and as a readable Japanese document.' })
  myPersonalData(@Context() ctx: Ctx): Promise<PersonalDataExport> {
    return this.exports.own(ctx);
  }

  @Allow(Permission.PrivacyExport)
  @Mutation(() => PersonalDataExport, {
    description: 'Ward staff produce a member’s data export when the member asks in person or by post, after an identity check. Audited with the channel.',
  })
  produceMemberDataExport(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('channel', () => DataExportChannel) channel: DataExportChannel,
    @Arg('identityChecked', () => Boolean) identityChecked: boolean,
    @Context() ctx: Ctx,
  ): Promise<PersonalDataExport> {
    return this.exports.forMember(ctx, accountId, channel, identityChecked);
  }

  @Allow(Permission.SelfRead)
  @Query(() => AccessHistoryPage, {
    description: 'Every staff read of the caller’s personal information (閲覧履歴), newest first; who is given as the organisation and a staff code.',
  })
  myAccessHistory(
    @Arg('offset', () => Int, { nullable: true }) offset: number | null,
    @Arg('limit', () => Int, { nullable: true }) limit: number | null,
    @Context() ctx: Ctx,
  ): Promise<AccessHistoryPage> {
    const from = offset ?? 0;
    const size = limit ?? 50;
    if (!Number.isInteger(from) || from < 0) throw badField('offset', 'validation.range', 'The offset must be 0 or more.');
    if (!Number.isInteger(size) || size < 1 || size > 200) throw badField('limit', 'validation.range', 'Ask for 1 to 200 entries.');
    return this.history.page(ctx, ctx.user!.accountId, from, size);
  }
}
