import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { badField } from '../../core/errors';
import { Permission } from '../permissions';
import { ErasureChannel, ErasureReason, ErasureRequest, ErasureStatus } from './erasure-request.entity';
import type { ErasureService } from './erasure.service';

@Resolver(() => ErasureRequest)
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Allow(Permission.SelfErase)
  @Query(() => ErasureRequest, { nullable: true, description: 'The caller’s erasure request while it waits, or null.' })
  myErasureRequest(@Context() ctx: Ctx): Promise<ErasureRequest | null> {
    return this.erasure.ownPending(ctx);
  }

  @Allow(Permission.SelfErase)
  @Mutation(() => ErasureRequest, {
    description: 'Asks for the erasure of all the caller’s data (削除の申出). Ward staff carry it out after the cooling-off period; until then the member may cancel.',
  })
  requestErasure(@Arg('confirm', () => Boolean) confirm: boolean, @Context() ctx: Ctx): Promise<ErasureRequest> {
    if (!confirm) throw badField('confirm', 'erasure.confirmRequired', 'Confirm that all your data is to be erased.');
    return this.erasure.requestOwn(ctx);
  }

  @Allow(Permission.SelfErase, Permission.PrivacyExport)
  @Mutation(() => ErasureRequest, { description: 'Cancels a waiting erasure request: the member their own, ward staff any.' })
  cancelErasureRequest(@Arg('requestId', () => ID) requestId: string, @Context() ctx: Ctx): Promise<ErasureRequest> {
    return this.erasure.cancel(ctx, requestId);
  }

  @Allow(Permission.PrivacyExport)
  @Mutation(() => ErasureRequest, { description: 'Records a request made at the counter, by post or through a representative, after an identity check.' })
  recordErasureRequest(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('channel', () => ErasureChannel) channel: ErasureChannel,
    @Arg('reason', () => ErasureReason) reason: ErasureReason,
    @Arg('identityChecked', () => Boolean) identityChecked: boolean,
    @Context() ctx: Ctx,
  ): Promise<ErasureRequest> {
    return this.erasure.record(ctx, accountId, channel, reason, identityChecked);
  }

  @Allow(Permission.PrivacyExport, Permission.PrivacyErase)
  @Query(() => [ErasureRequest], { description: 'Erasure requests: those waiting first (oldest first), then the rest (newest first); at most 500.' })
  erasureRequests(@Arg('status', () => ErasureStatus, { nullable: true }) status: ErasureStatus | null, @Context() ctx: Ctx): Promise<ErasureRequest[]> {
    return this.erasure.list(ctx, status);
  }

  @Allow(Permission.PrivacyErase)
  @Mutation(() => ErasureRequest, {
    description:
      'Carries out a waiting request once its cooling-off period has passed: every personal value of the member is removed or overwritten, in one transaction; the member is told by mail.',
  })
  executeErasure(@Arg('requestId', () => ID) requestId: string, @Context() ctx: Ctx): Promise<ErasureRequest> {
    return this.erasure.execute(ctx, requestId);
  }
}
