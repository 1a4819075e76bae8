import DataLoader from 'dataloader';
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { REASON_MAX } from '../../core/validation/rules';
import { Permission, SELF } from '../permissions';
import { Consultation } from './consultation.entity';
import { Introduction, IntroductionStatus } from './introduction.entity';
import { PublicGroup } from './community-group.types';
import type { CommunityGroupService } from './community-group.service';
import type { IntroductionService } from './introduction.service';

@InputType()
export class IntroductionMeetingInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => Date, { nullable: true, description: 'When they meet; left out: still being arranged.' })
  @IsOptional()
  meetingAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'Up to 200 characters.', context: { key: 'validation.length' } })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'The ward staff member who attends.' })
  @IsOptional()
  attendedBy?: string | null;
}

@InputType()
export class IntroductionOutcomeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => IntroductionStatus, { description: 'JOINED, NOT_A_FIT (with a reason) or PENDING (with a follow-up day).' })
  @IsEnum(IntroductionStatus)
  status: IntroductionStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `Up to ${REASON_MAX} characters.`, context: { key: 'validation.length' } })
  reason?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  followUpOn?: string | null;
}

@Resolver()
export class IntroductionResolver {
  constructor(private readonly service: IntroductionService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => [Introduction], { description: 'My introductions to groups, newest first.' })
  myIntroductions(@Context() ctx: Ctx): Promise<Introduction[]> {
    return this.service.mine(ctx);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => Introduction, { description: 'Pursue a proposal: an introduction to the group is planned (one per consultation and group while under way).' })
  pursueProposal(
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('groupId', () => ID) groupId: string,
    @Arg('postingId', () => ID, { nullable: true }) postingId: string | null,
    @Context() ctx: Ctx,
  ): Promise<Introduction> {
    return this.service.pursue(ctx, consultationId, groupId, postingId);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => Introduction, { description: 'Arrange the meeting: when, where, who attends.' })
  arrangeIntroduction(@Arg('input', () => IntroductionMeetingInput) input: IntroductionMeetingInput, @Context() ctx: Ctx): Promise<Introduction> {
    return this.service.arrange(ctx, input.id, input.expectedVersion, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => Introduction, { description: 'How it went: joined (an activity record, source INTRODUCTION), not a fit, or pending.' })
  recordIntroductionOutcome(@Arg('input', () => IntroductionOutcomeInput) input: IntroductionOutcomeInput, @Context() ctx: Ctx): Promise<Introduction> {
    return this.service.outcome(ctx, input.id, input.expectedVersion, input);
  }
}

@Resolver(() => Consultation)
export class ConsultationIntroductionsResolver {
  private readonly loaders: (ctx: Ctx) => { byConsultation: DataLoader<number, Introduction[]> };

  constructor(service: IntroductionService) {
    this.loaders = defineLoaders((ctx) => ({ byConsultation: new DataLoader<number, Introduction[]>((ids) => service.ofConsultations(ctx, ids)) }));
  }

  @Allow(SELF, Permission.CommunityManage)
  @FieldResolver(() => [Introduction], { description: 'The introductions made for this consultation, newest first.' })
  introductions(@Root() consultation: Consultation, @Context() ctx: Ctx): Promise<Introduction[]> {
    return this.loaders(ctx).byConsultation.load(consultation.id);
  }
}

@Resolver(() => Introduction)
export class IntroductionGroupResolver {
  private readonly loaders: (ctx: Ctx) => { groups: DataLoader<number, PublicGroup> };

  constructor(groups: CommunityGroupService) {
    this.loaders = defineLoaders((ctx) => ({
      groups: new DataLoader<number, PublicGroup>((ids) => groups.publicByIds(ctx, ids)),
    }));
  }

  @Allow(SELF, Permission.CommunityManage)
  @FieldResolver(() => PublicGroup, { description: 'The group, its public part.' })
  group(@Root() intro: Introduction, @Context() ctx: Ctx): Promise<PublicGroup> {
    return this.loaders(ctx).groups.load(intro.groupId);
  }
}
