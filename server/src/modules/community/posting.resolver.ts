import DataLoader from 'dataloader';
import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { notFound, parseId } from '../../core/errors';
import { FieldCode } from '../catalog';
import { Permission } from '../permissions';
import { PostingReview, PostingStatus, RecruitmentPosting } from './posting.entity';
import { PostingInput, PostingReviewInput } from './posting.inputs';
import { PublicPosting } from './posting.types';
import { CommunityGroup } from './community-group.entity';
import type { PostingService } from './posting.service';
import type { CommunityGroupService } from './community-group.service';

@Resolver()
export class PostingResolver {
  constructor(private readonly postings: PostingService) {}

  @Public()
  @Query(() => [PublicPosting], { description: 'The top page: published recruitment postings not past their expiry day, newest first.' })
  publicPostings(
    @Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null,
    @Arg('districtCode', () => String, { nullable: true }) districtCode: string | null,
    @Context() ctx: Ctx,
  ): Promise<PublicPosting[]> {
    return this.postings.published(ctx, { fieldCode, districtCode });
  }

  @Public()
  @Query(() => PublicPosting, { description: 'One published posting (its public address); NOT_FOUND once closed or expired.' })
  async publicPosting(@Arg('postingId', () => ID) postingId: string, @Context() ctx: Ctx): Promise<PublicPosting> {
    const [posting] = await this.postings.published(ctx, { id: parseId(postingId, 'posting') });
    if (!posting) throw notFound('posting');
    return posting;
  }

  @Allow(Permission.CommunityManage)
  @Query(() => [RecruitmentPosting], { description: 'Postings for staff, newest change first; status IN_REVIEW is the moderation queue.' })
  recruitmentPostings(
    @Arg('status', () => PostingStatus, { nullable: true }) status: PostingStatus | null,
    @Arg('groupId', () => ID, { nullable: true }) groupId: string | null,
    @Context() ctx: Ctx,
  ): Promise<RecruitmentPosting[]> {
    return this.postings.list(ctx, status, groupId);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => RecruitmentPosting)
  recruitmentPosting(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<RecruitmentPosting> {
    return this.postings.get(ctx, id);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => RecruitmentPosting, { description: 'A new posting for a group, as a draft.' })
  createRecruitmentPosting(@Arg('input', () => PostingInput) input: PostingInput, @Context() ctx: Ctx): Promise<RecruitmentPosting> {
    return this.postings.create(ctx, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => RecruitmentPosting, { description: 'Correct a draft.' })
  updateRecruitmentPosting(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => PostingInput) input: PostingInput,
    @Context() ctx: Ctx,
  ): Promise<RecruitmentPosting> {
    return this.postings.update(ctx, id, expectedVersion, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => RecruitmentPosting, { description: 'Send a draft for review by another staff member.' })
  submitRecruitmentPosting(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Context() ctx: Ctx): Promise<RecruitmentPosting> {
    return this.postings.submit(ctx, id, expectedVersion);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => RecruitmentPosting, { description: 'The pre-publication check: approve (publish) or return with a note; never by the author.' })
  reviewRecruitmentPosting(@Arg('input', () => PostingReviewInput) input: PostingReviewInput, @Context() ctx: Ctx): Promise<RecruitmentPosting> {
    return this.postings.review(ctx, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => RecruitmentPosting, { description: 'Take a published posting off the public page before its expiry.' })
  closeRecruitmentPosting(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<RecruitmentPosting> {
    return this.postings.close(ctx, id, expectedVersion, reason);
  }
}

/** A posting's reviews and its group, batched. */
@Resolver(() => RecruitmentPosting)
export class PostingFieldsResolver {
  private readonly loaders: (ctx: Ctx) => { reviews: DataLoader<number, PostingReview[]>; groups: DataLoader<number, CommunityGroup> };

  constructor(postings: PostingService, groups: CommunityGroupService) {
    this.loaders = defineLoaders((ctx) => ({
      reviews: new DataLoader<number, PostingReview[]>((ids) => postings.reviewsOf(ctx, ids)),
      groups: new DataLoader<number, CommunityGroup>(async (ids) => {
        const rows = await groups.byIds(ctx, [...ids]);
        return ids.map((id) => rows.find((g) => g.id === id) ?? new Error('group not found'));
      }),
    }));
  }

  @Allow(Permission.CommunityManage)
  @FieldResolver(() => [PostingReview], { description: 'The pre-publication checks, newest first.' })
  reviews(@Root() posting: RecruitmentPosting, @Context() ctx: Ctx): Promise<PostingReview[]> {
    return this.loaders(ctx).reviews.load(posting.id);
  }

  @Allow(Permission.CommunityManage)
  @FieldResolver(() => CommunityGroup)
  group(@Root() posting: RecruitmentPosting, @Context() ctx: Ctx): Promise<CommunityGroup> {
    return this.loaders(ctx).groups.load(posting.groupId);
  }
}
