import DataLoader from 'dataloader';
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { IsEnum, IsOptional, Length, Matches, ValidateIf } from 'class-validator';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { NOT_BLANK } from '../../core/validation/rules';
import { Permission } from '../permissions';
import { Account } from '../accounts';
import { GroupNote, GroupNoteKind } from './group-note.entity';
import { GROUP_NOTE_TEXT_MAX, type GroupNoteService } from './group-note.service';
import { GROUP_NAME_MAX } from './activity.inputs';

@InputType()
export class GroupNoteInput {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID, { nullable: true, description: 'A registered group; its registered name is used.' })
  @IsOptional()
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'A group not in the registry, as named; needed without groupId.' })
  @ValidateIf((o: GroupNoteInput) => !o.groupId)
  @Length(1, GROUP_NAME_MAX, { message: `Enter the group (up to ${GROUP_NAME_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter the group.', context: { key: 'validation.blank' } })
  groupName?: string | null;

  @Field(() => GroupNoteKind)
  @IsEnum(GroupNoteKind)
  kind: GroupNoteKind;

  @Field(() => String, { description: `What the group said (up to ${GROUP_NOTE_TEXT_MAX} characters).` })
  @Length(1, GROUP_NOTE_TEXT_MAX, { message: `Enter what the group said (up to ${GROUP_NOTE_TEXT_MAX} characters).`, context: { key: 'validation.length' } })
  @Matches(NOT_BLANK, { message: 'Enter what the group said.', context: { key: 'validation.blank' } })
  text: string;

  @Field(() => LocalDateScalar, { description: 'The day the group said it.' })
  heardOn: string;
}

@Resolver()
export class GroupNoteResolver {
  constructor(private readonly notes: GroupNoteService) {}

  @Allow(Permission.GroupNoteManage)
  @Mutation(() => GroupNote, { description: 'Record what a group said about an alumnus (団体からの声): helpful, a concern, or other.' })
  addGroupNote(@Arg('input', () => GroupNoteInput) input: GroupNoteInput, @Context() ctx: Ctx): Promise<GroupNote> {
    return this.notes.add(ctx, input.accountId, input);
  }
}

/** The notes on an alumnus' account: staff with the group-note permission only (not the member's page); every read audited. */
@Resolver(() => Account)
export class AccountGroupNotesResolver {
  private readonly loaders: (ctx: Ctx) => { byAccount: DataLoader<number, GroupNote[]> };

  constructor(notes: GroupNoteService) {
    this.loaders = defineLoaders((ctx) => ({ byAccount: new DataLoader<number, GroupNote[]>((ids) => notes.notesOf(ctx, ids)) }));
  }

  @Allow(Permission.GroupNoteManage)
  @FieldResolver(() => [GroupNote], { description: 'What groups said about this alumnus (団体からの声), newest first.' })
  groupNotes(@Root() account: Account, @Context() ctx: Ctx): Promise<GroupNote[]> {
    return this.loaders(ctx).byAccount.load(account.id);
  }
}
