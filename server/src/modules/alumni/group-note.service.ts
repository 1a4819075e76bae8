import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, notFound, parseId } from '../../core/errors';
import { fieldScope } from '../../core/scope';
import { tokyoToday } from '../../core/graphql/scalars';
import { Account } from '../accounts';
import { Role } from '../permissions';
import { GroupNote, type GroupNoteKind } from './group-note.entity';
import type { ConsentService } from './consent.service';
import type { CommunityGroupService } from '../community';

export const GROUP_NOTE_TEXT_MAX = 2000;

export interface GroupNoteInput {
  groupId?: string | null;
  groupName?: string | null;
  kind: GroupNoteKind;
  text: string;
  heardOn: string;
}

/** Staff notes of what groups say about alumni (団体からの声): recorded by staff with the permission, about an alumnus. */
export class GroupNoteService {
  constructor(
    private readonly consents: ConsentService,
    private readonly groups: CommunityGroupService,
  ) {}

  async add(ctx: Ctx, accountIdArg: string, input: GroupNoteInput): Promise<GroupNote> {
    const accountId = parseId(accountIdArg, 'member');
    const member = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId } });
    if (!member || member.role !== Role.MEMBER || !(await this.consents.isAlumnus(ctx, accountId, fieldScope(ctx)))) throw notFound('member');
    if (input.heardOn > tokyoToday(ctx.now)) throw badField('heardOn', 'groupNote.heardInFuture', 'The day the group said it cannot be in the future.');
    let group: { groupId: number | null; groupName: string };
    if (input.groupId) {
      // A note may come from a group suspended since, but only from a registered one.
      const groupId = parseId(input.groupId, 'group');
      const name = (await this.groups.namesOf(ctx, [groupId])).get(groupId);
      if (!name) throw badField('groupId', 'activity.groupUnknown', 'This group is not in the registry.');
      group = { groupId, groupName: name };
    } else {
      const name = input.groupName?.trim();
      if (!name) throw badField('groupName', 'validation.blank', 'Enter the group.');
      group = { groupId: null, groupName: name };
    }
    const inserted = await repo(ctx, GroupNote).insert({
      accountId,
      ...group,
      kind: input.kind,
      text: input.text.trim(),
      heardOn: input.heardOn,
      recordedBy: ctx.user!.accountId,
      recordedAt: ctx.now,
    });
    const id = Number(inserted.identifiers[0].id);
    ctx.audit.target('GroupNote', id);
    return repo(ctx, GroupNote).findOneByOrFail({ id });
  }

  /** Notes about these accounts, newest first (batched: Account.groupNotes). */
  async notesOf(ctx: Ctx, accountIds: readonly number[]): Promise<GroupNote[][]> {
    const rows = await repo(ctx, GroupNote).find({ where: { accountId: In([...accountIds]) }, order: { heardOn: 'DESC', id: 'DESC' } });
    return accountIds.map((a) => rows.filter((r) => r.accountId === a));
  }
}
