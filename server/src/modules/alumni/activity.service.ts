import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { fieldScope } from '../../core/scope';
import { tokyoToday } from '../../core/graphql/scalars';
import { Account } from '../accounts';
import type { FieldCode } from '../catalog';
import { Role } from '../permissions';
import { ActivityRecord, ActivityRecordVersion, ActivitySource } from './activity-record.entity';
import type { ActivityCorrectionInput, ActivityInput } from './activity.inputs';
import type { ConsentService } from './consent.service';
import type { CommunityGroupService } from '../community';

/** An activity record as read: the current version first, then its earlier versions. */
export interface ActivityRecordView {
  id: number;
  accountId: number;
  current: ActivityRecordVersion;
  history: ActivityRecordVersion[];
}

/**
 * Alumni activity records (活動状況). Each record keeps every version: a correction or an end
 * adds one, compared and set against the version it was made from, so two changes at once
 * cannot overwrite each other. Every version names its source and who entered it.
 */
export class ActivityService {
  constructor(
    private readonly consents: ConsentService,
    private readonly groups: CommunityGroupService,
  ) {}

  private checkDates(input: ActivityInput, ctx: Ctx): void {
    const today = tokyoToday(ctx.now);
    if (input.startedOn > today) throw badField('startedOn', 'activity.startInFuture', 'The activity cannot start in the future.');
    if (input.endedOn && input.endedOn < input.startedOn) throw badField('endedOn', 'activity.endBeforeStart', 'The end is before the start.');
  }

  /**
   * A registered group gives its id and its registered name; otherwise the name as typed. A new
   * link needs an active group; a correction (or an end) that keeps the record's group may keep
   * it after the group was suspended or ended.
   */
  private async group(ctx: Ctx, input: ActivityInput, kept: number | null): Promise<{ groupId: number | null; groupName: string }> {
    if (input.groupId) {
      const groupId = parseId(input.groupId, 'group');
      const name = groupId === kept ? (await this.groups.namesOf(ctx, [groupId])).get(groupId) : (await this.groups.activeByIds(ctx, [groupId]))[0]?.name;
      if (!name) throw badField('groupId', 'activity.groupUnknown', 'This group is not in the registry (or no longer active).');
      return { groupId, groupName: name };
    }
    const name = input.groupName?.trim();
    if (!name) throw badField('groupName', 'validation.blank', 'Enter the group.');
    return { groupId: null, groupName: name };
  }

  private async versionRow(
    recordId: number,
    accountId: number,
    version: number,
    input: ActivityInput,
    source: ActivitySource,
    ctx: Ctx,
    keptGroup: number | null = null,
  ): Promise<Partial<ActivityRecordVersion>> {
    return {
      ...(await this.group(ctx, input, keptGroup)),
      recordId,
      accountId,
      version,
      fieldCodeList: [...new Set(input.fieldCodes)].join(','),
      role: input.role?.trim() || null,
      startedOn: input.startedOn,
      endedOn: input.endedOn ?? null,
      hoursPerMonth: input.hoursPerMonth ?? null,
      source,
      enteredBy: ctx.user?.accountId ?? null,
      enteredAt: ctx.now,
    };
  }

  /** A new record with its first version (a self-report, a survey answer, a staff note…). */
  async add(ctx: Ctx, accountId: number, input: ActivityInput, source: ActivitySource): Promise<ActivityRecordView> {
    // After the caller's scope was checked: another field's alumnus is not found whatever the input.
    this.checkDates(input, ctx);
    const inserted = await repo(ctx, ActivityRecord).insert({ accountId, version: 1, createdAt: ctx.now, updatedAt: ctx.now });
    const id = Number(inserted.identifiers[0].id);
    await repo(ctx, ActivityRecordVersion).insert(await this.versionRow(id, accountId, 1, input, source, ctx));
    ctx.audit.target('ActivityRecord', id);
    return (await this.viewsOf(ctx, [id]))[0];
  }

  /** An introduction that ended in joining the group (community module): a record with source INTRODUCTION. */
  async recordIntroduction(ctx: Ctx, accountId: number, activity: { groupId: number; fieldCodes: FieldCode[]; startedOn: string }): Promise<number> {
    const view = await this.add(
      ctx,
      accountId,
      { fieldCodes: activity.fieldCodes, groupId: String(activity.groupId), groupName: null, role: null, startedOn: activity.startedOn, endedOn: null, hoursPerMonth: null },
      ActivitySource.INTRODUCTION,
    );
    return view.id;
  }

  /** The member's own self-report; only alumni keep activity records. */
  async addMine(ctx: Ctx, input: ActivityInput): Promise<ActivityRecordView> {
    const me = ctx.user!.accountId;
    if (!(await this.consents.isAlumnus(ctx, me))) throw conflict('activity.notAlumnus', 'Activity records are for those who completed a course.');
    return this.add(ctx, me, input, ActivitySource.SELF_REPORT);
  }

  /** Staff enter what a group said in an interview, for an alumnus in their field scope. */
  async addStaffNote(ctx: Ctx, accountIdArg: string, input: ActivityInput): Promise<ActivityRecordView> {
    const accountId = await this.alumnusInScope(ctx, accountIdArg);
    return this.add(ctx, accountId, input, ActivitySource.STAFF_NOTE);
  }

  /** A correction (or an end): a new version, from the version the caller saw. The member corrects their own; staff those in scope. */
  async correct(ctx: Ctx, input: ActivityCorrectionInput, own: boolean): Promise<ActivityRecordView> {
    const id = parseId(input.id, 'activity record');
    const record = await repo(ctx, ActivityRecord).findOne({ where: { id }, ...lockMode(ctx.em) });
    if (!record) throw notFound('activity record');
    if (own ? record.accountId !== ctx.user!.accountId : !(await this.inScope(ctx, record.accountId))) throw notFound('activity record');
    this.checkDates(input, ctx);
    return this.addVersion(ctx, id, input.expectedVersion, input, own ? ActivitySource.SELF_REPORT : ActivitySource.STAFF_NOTE);
  }

  /** A new version of a record, from the version given: compare and set, so two changes at once cannot overwrite each other. */
  async addVersion(ctx: Ctx, id: number, expectedVersion: number, input: ActivityInput, source: ActivitySource): Promise<ActivityRecordView> {
    const record = await repo(ctx, ActivityRecord).findOneByOrFail({ id });
    const next = expectedVersion + 1;
    const moved = await repo(ctx, ActivityRecord).update({ id, version: expectedVersion }, { version: next, updatedAt: ctx.now });
    if (!moved.affected) throw conflict('activity.changed', 'This record was changed meanwhile. Please look at it again.', { version: record.version });
    const current = await repo(ctx, ActivityRecordVersion).findOne({ select: { groupId: true }, where: { recordId: id, version: expectedVersion } });
    await repo(ctx, ActivityRecordVersion).insert(await this.versionRow(id, record.accountId, next, input, source, ctx, current?.groupId ?? null));
    ctx.audit.target('ActivityRecord', id);
    return (await this.viewsOf(ctx, [id]))[0];
  }

  async mine(ctx: Ctx): Promise<ActivityRecordView[]> {
    return (await this.recordsOf(ctx, [ctx.user!.accountId]))[0];
  }

  /** Records of these accounts, each with its versions, newest record first (batched: Account.activityRecords). */
  async recordsOf(ctx: Ctx, accountIds: readonly number[]): Promise<ActivityRecordView[][]> {
    const records = await repo(ctx, ActivityRecord).find({ select: { id: true, accountId: true }, where: { accountId: In([...accountIds]) }, order: { id: 'DESC' } });
    const views = await this.viewsOf(
      ctx,
      records.map((r) => r.id),
    );
    return accountIds.map((a) => views.filter((v) => v.accountId === a));
  }

  private async viewsOf(ctx: Ctx, ids: number[]): Promise<ActivityRecordView[]> {
    if (!ids.length) return [];
    const versions = await repo(ctx, ActivityRecordVersion).find({ where: { recordId: In(ids) }, order: { version: 'DESC' } });
    return ids.flatMap((id) => {
      const history = versions.filter((v) => v.recordId === id);
      return history.length ? [{ id, accountId: history[0].accountId, current: history[0], history }] : [];
    });
  }

  private async inScope(ctx: Ctx, accountId: number): Promise<boolean> {
    return this.consents.isAlumnus(ctx, accountId, fieldScope(ctx));
  }

  private async alumnusInScope(ctx: Ctx, accountIdArg: string): Promise<number> {
    const accountId = parseId(accountIdArg, 'member');
    const member = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId } });
    if (!member || member.role !== Role.MEMBER || !(await this.inScope(ctx, accountId))) throw notFound('member');
    return accountId;
  }
}
