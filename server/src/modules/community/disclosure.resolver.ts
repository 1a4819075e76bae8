import DataLoader from 'dataloader';
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, Length, Matches } from 'class-validator';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { NOT_BLANK } from '../../core/validation/rules';
import { Permission, SELF } from '../permissions';
import { DisclosureDecision, DisclosureEvent, DisclosureField, DisclosureRequest } from './disclosure.entity';
import { PURPOSE_MAX, type DisclosureService, type IntroductionSheet as Sheet } from './disclosure.service';
import { PublicGroup } from './community-group.types';
import type { CommunityGroupService } from './community-group.service';

@InputType()
export class DisclosureRequestInput {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID)
  groupId: string;

  @Field(() => ID, { nullable: true, description: 'The introduction it is for, if any.' })
  introductionId?: string | null;

  @Field(() => [DisclosureField])
  @ArrayMinSize(1, { message: 'Choose what the group asks for.', context: { key: 'disclosure.fieldsRequired' } })
  @ArrayMaxSize(5)
  @IsEnum(DisclosureField, { each: true })
  fields: DisclosureField[];

  @Field(() => String, { description: `Why the group asks (shown to the member; up to ${PURPOSE_MAX} characters).` })
  @Length(1, PURPOSE_MAX, { message: `Say why (up to ${PURPOSE_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Say why.', context: { key: 'validation.blank' } })
  purpose: string;

  @Field(() => LocalDateScalar, { description: 'The last day the group may be given what is approved.' })
  validUntil: string;
}

@Allow(Permission.CommunityManage)
@ObjectType({ description: 'One approved field on the sheet.' })
export class SheetEntry {
  @Field(() => DisclosureField)
  field: DisclosureField;

  // The values are the account's own marked fields (name, kana, phone, email, completions): the
  // service audits the sheet naming them, and the ledger records what was given.
  @Field(() => String)
  value: string;
}

@Allow(Permission.CommunityManage)
@ObjectType({ description: 'The introduction sheet handed to the group: only approved, unrevoked fields within the end date; watermarked with the request number and the date.' })
export class IntroductionSheet {
  @Field(() => ID)
  requestId: number;

  @Field(() => String)
  number: string;

  @Field(() => LocalDateScalar)
  generatedOn: string;

  @Field(() => LocalDateScalar)
  validUntil: string;

  @Field(() => String)
  groupName: string;

  @Field(() => String)
  purpose: string;

  @Field(() => [SheetEntry], { description: 'Empty when nothing is approved, revoked, withdrawn or past the end date.' })
  entries: SheetEntry[];
}

@Resolver()
export class DisclosureResolver {
  constructor(private readonly service: DisclosureService) {}

  @Allow(Permission.StudyOwn)
  @Query(() => [DisclosureRequest], { description: 'Requests from groups for information about me, with my answers and the ledger.' })
  myDisclosureRequests(@Context() ctx: Ctx): Promise<DisclosureRequest[]> {
    return this.service.mine(ctx);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => DisclosureRequest, { description: 'Answer a request once: the fields named are approved, the others declined.' })
  answerDisclosureRequest(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('approved', () => [DisclosureField]) approved: DisclosureField[],
    @Context() ctx: Ctx,
  ): Promise<DisclosureRequest> {
    return this.service.answer(ctx, id, expectedVersion, approved);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => [DisclosureDecision], { description: 'Take approvals back (the fields named, or all): from now on the group is given nothing more.' })
  revokeDisclosure(
    @Arg('id', () => ID) id: string,
    @Arg('fields', () => [DisclosureField], { nullable: true }) fields: DisclosureField[] | null,
    @Context() ctx: Ctx,
  ): Promise<DisclosureDecision[]> {
    return this.service.revoke(ctx, id, fields);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => [DisclosureRequest], { description: 'A member’s disclosure requests (ward community staff).' })
  disclosureRequests(@Arg('accountId', () => ID) accountId: string, @Context() ctx: Ctx): Promise<DisclosureRequest[]> {
    return this.service.ofAccount(ctx, accountId);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => DisclosureRequest, { description: 'State a group’s request: which fields, to which group, why, until when. The member is told on my page.' })
  requestDisclosure(@Arg('input', () => DisclosureRequestInput) input: DisclosureRequestInput, @Context() ctx: Ctx): Promise<DisclosureRequest> {
    return this.service.create(ctx, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => DisclosureRequest)
  withdrawDisclosureRequest(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<DisclosureRequest> {
    return this.service.withdraw(ctx, id);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => IntroductionSheet, {
    description: 'Produce the introduction sheet for a request (to print and hand to the group): recorded in the member’s ledger as given, and audited.',
  })
  async produceIntroductionSheet(@Arg('requestId', () => ID) requestId: string, @Context() ctx: Ctx): Promise<Sheet> {
    return this.service.sheet(ctx, requestId);
  }
}

@Resolver(() => DisclosureRequest)
export class DisclosureFieldsResolver {
  private readonly loaders: (ctx: Ctx) => {
    decisions: DataLoader<number, DisclosureDecision[]>;
    events: DataLoader<number, DisclosureEvent[]>;
    groups: DataLoader<number, PublicGroup>;
  };

  constructor(service: DisclosureService, groups: CommunityGroupService) {
    this.loaders = defineLoaders((ctx) => ({
      decisions: new DataLoader<number, DisclosureDecision[]>((ids) => service.decisionsOf(ctx, ids)),
      events: new DataLoader<number, DisclosureEvent[]>((ids) => service.eventsOf(ctx, ids)),
      groups: new DataLoader<number, PublicGroup>((ids) => groups.publicByIds(ctx, ids)),
    }));
  }

  @Allow(SELF, Permission.CommunityManage)
  @FieldResolver(() => [DisclosureDecision], { description: 'The member’s answer per field.' })
  decisions(@Root() r: DisclosureRequest, @Context() ctx: Ctx): Promise<DisclosureDecision[]> {
    return this.loaders(ctx).decisions.load(r.id);
  }

  @Allow(SELF, Permission.CommunityManage)
  @FieldResolver(() => [DisclosureEvent], { description: 'The ledger of this request: requested, answered, given (shown), revoked, withdrawn.' })
  ledger(@Root() r: DisclosureRequest, @Context() ctx: Ctx): Promise<DisclosureEvent[]> {
    return this.loaders(ctx).events.load(r.id);
  }

  @Allow(SELF, Permission.CommunityManage)
  @FieldResolver(() => PublicGroup, { description: 'The group asking, its public part.' })
  group(@Root() r: DisclosureRequest, @Context() ctx: Ctx): Promise<PublicGroup> {
    return this.loaders(ctx).groups.load(r.groupId);
  }
}
