import { In, Not } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import { Account } from '../accounts';
import { FieldCode } from '../catalog';
import { Role } from '../permissions';
import { CommunityGroup, GroupStatus } from './community-group.entity';
import { CommunityGroupRevision } from './group-revision.entity';
import { District } from './district.entity';
import type { CommunityGroupInput, CommunityGroupStatusInput } from './community-group.inputs';
import type { PublicGroup } from './community-group.types';
import { codeList } from './code-list';

/** The fields of a group as the registry compares them; the personal ones are named in the history, never copied. */
const TRACKED = [
  'name',
  'kind',
  'fieldCodeList',
  'districtCode',
  'publicDescription',
  'publicContact',
  'representativeName',
  'representativePhone',
  'representativeEmail',
  'interviewedOn',
  'interviewedBy',
  'interviewNotes',
] as const;
type Tracked = (typeof TRACKED)[number];

export interface GroupFilter {
  status?: GroupStatus | null;
  fieldCode?: FieldCode | null;
  districtCode?: string | null;
  text?: string | null;
}

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

function publicPart(g: CommunityGroup): Record<string, unknown> {
  return {
    name: g.name,
    kind: g.kind,
    fieldCodes: g.fieldCodeList.split(','),
    districtCode: g.districtCode,
    publicDescription: g.publicDescription,
    publicContact: g.publicContact,
    status: g.status,
  };
}

/** A group's public part: what the directory and the postings show anyone. */
export function publicGroup(g: CommunityGroup): PublicGroup {
  return {
    id: g.id,
    name: g.name,
    kind: g.kind,
    fieldCodes: g.fieldCodes,
    districtCode: g.districtCode,
    publicDescription: g.publicDescription,
    publicContact: g.publicContact,
  };
}

/**
 * The group registry (団体登録): ward staff register a group after an interview, correct it
 * and suspend or end it. Each change is compared and set against the version the caller saw and
 * kept as a revision (who, when, which fields).
 */
export class CommunityGroupService {
  async districts(ctx: Ctx): Promise<District[]> {
    return repo(ctx, District).find({ order: { sortOrder: 'ASC' } });
  }

  /**
   * Add a district or change one (the list is the ward's, kept as data): its names, its place in
   * the list and its neighbours (for proposals). A district is never removed: groups and
   * postings keep naming it.
   */
  async saveDistrict(ctx: Ctx, input: { code: string; nameJa: string; nameEn: string; sortOrder: number; neighbourCodes: string[] }): Promise<District[]> {
    if (!/^[a-z][a-z0-9-]{1,29}$/.test(input.code)) throw badField('code', 'district.code', 'A code of lower-case letters, digits and hyphens.');
    const nameJa = input.nameJa.trim();
    const nameEn = input.nameEn.trim();
    if (!nameJa || nameJa.length > 100) throw badField('nameJa', 'validation.length', 'Enter the name (up to 100 characters).');
    if (!nameEn || nameEn.length > 100) throw badField('nameEn', 'validation.length', 'Enter the name (up to 100 characters).');
    const all = await repo(ctx, District).find({ ...lockMode(ctx.em) });
    const neighbours = [...new Set(input.neighbourCodes)];
    if (neighbours.some((n) => n === input.code || !all.some((d) => d.code === n)))
      throw badField('neighbourCodes', 'district.neighbours', 'Neighbours are other districts of the list.');
    const row = { nameJa, nameEn, sortOrder: input.sortOrder, neighbourList: neighbours.join(',') };
    if (all.some((d) => d.code === input.code)) await repo(ctx, District).update({ code: input.code }, row);
    else await repo(ctx, District).insert({ code: input.code, ...row });
    ctx.audit.target('District', input.code);
    return this.districts(ctx);
  }

  private async row(ctx: Ctx, input: CommunityGroupInput): Promise<Pick<CommunityGroup, Tracked>> {
    if (!(await repo(ctx, District).existsBy({ code: input.districtCode }))) throw badField('districtCode', 'group.district', 'Choose one of the ward’s districts.');
    if (input.interviewedOn > tokyoToday(ctx.now)) throw badField('interviewedOn', 'group.interviewInFuture', 'The interview cannot be in the future.');
    let interviewedBy = ctx.user!.accountId;
    if (input.interviewedBy) {
      interviewedBy = parseId(input.interviewedBy, 'staff');
      const staff = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: interviewedBy } });
      if (!staff || (staff.role !== Role.WARD_STAFF && staff.role !== Role.WARD_ADMIN))
        throw badField('interviewedBy', 'group.interviewer', 'Choose a member of the ward’s staff.');
    }
    return {
      name: input.name.trim(),
      kind: input.kind,
      fieldCodeList: codeList(Object.values(FieldCode), input.fieldCodes),
      districtCode: input.districtCode,
      publicDescription: input.publicDescription.trim(),
      publicContact: input.publicContact.trim(),
      representativeName: input.representativeName.trim(),
      representativePhone: input.representativePhone?.trim() || null,
      representativeEmail: input.representativeEmail?.trim() || null,
      interviewedOn: input.interviewedOn,
      interviewedBy,
      interviewNotes: input.interviewNotes?.trim() || null,
    };
  }

  /** The same name in the same district, still registered, is the same group entered twice. */
  private async refuseDuplicate(ctx: Ctx, name: string, districtCode: string, except?: number): Promise<void> {
    // The district row is the lock: two registrations of one name in one district check one after the other.
    await repo(ctx, District).findOne({ where: { code: districtCode }, ...lockMode(ctx.em) });
    const same = await repo(ctx, CommunityGroup).find({
      select: { id: true, name: true },
      where: { districtCode, status: Not(GroupStatus.ENDED), ...(except ? { id: Not(except) } : {}) },
    });
    if (same.some((g) => fold(g.name) === fold(name))) throw badField('name', 'group.duplicate', 'A group of this name is already registered in this district.');
  }

  private async revise(ctx: Ctx, group: CommunityGroup, changed: string[], reason: string | null): Promise<void> {
    await repo(ctx, CommunityGroupRevision).insert({
      groupId: group.id,
      version: group.version,
      changedFieldList: changed.join(','),
      publicAfter: JSON.stringify(publicPart(group)),
      reason,
      changedBy: ctx.user!.accountId,
      changedAt: ctx.now,
    });
    ctx.audit.target('CommunityGroup', group.id);
  }

  async register(ctx: Ctx, input: CommunityGroupInput): Promise<CommunityGroup> {
    const row = await this.row(ctx, input);
    await this.refuseDuplicate(ctx, row.name, row.districtCode);
    const inserted = await repo(ctx, CommunityGroup).insert({ ...row, status: GroupStatus.ACTIVE, statusReason: null, version: 1, createdAt: ctx.now, updatedAt: ctx.now });
    const group = await repo(ctx, CommunityGroup).findOneByOrFail({ id: Number(inserted.identifiers[0].id) });
    await this.revise(ctx, group, ['registered'], null);
    return group;
  }

  private async locked(ctx: Ctx, idArg: string, expectedVersion: number): Promise<CommunityGroup> {
    const group = await repo(ctx, CommunityGroup).findOne({ where: { id: parseId(idArg, 'group') }, ...lockMode(ctx.em) });
    if (!group) throw notFound('group');
    if (group.version !== expectedVersion) throw conflict('group.changed', 'This group was changed meanwhile. Please look at it again.', { version: group.version });
    return group;
  }

  /** A correction: only the fields that changed are written, and named in the history. */
  async update(ctx: Ctx, idArg: string, expectedVersion: number, input: CommunityGroupInput): Promise<CommunityGroup> {
    const group = await this.locked(ctx, idArg, expectedVersion);
    const row = await this.row(ctx, input);
    const changed = TRACKED.filter((k) => row[k] !== group[k]);
    if (!changed.length) return group;
    if (changed.includes('name') || changed.includes('districtCode')) await this.refuseDuplicate(ctx, row.name, row.districtCode, group.id);
    const patch = Object.fromEntries(changed.map((k) => [k, row[k]])) as Partial<CommunityGroup>;
    const moved = await repo(ctx, CommunityGroup).update({ id: group.id, version: expectedVersion }, { ...patch, version: expectedVersion + 1, updatedAt: ctx.now });
    if (!moved.affected) throw conflict('group.changed', 'This group was changed meanwhile. Please look at it again.');
    const after = await repo(ctx, CommunityGroup).findOneByOrFail({ id: group.id });
    await this.revise(
      ctx,
      after,
      changed.map((k) => (k === 'fieldCodeList' ? 'fieldCodes' : k)),
      null,
    );
    return after;
  }

  /** Suspend, end or reactivate; suspending or ending needs a reason. */
  async setStatus(ctx: Ctx, input: CommunityGroupStatusInput): Promise<CommunityGroup> {
    const group = await this.locked(ctx, input.id, input.expectedVersion);
    const reason = input.reason?.trim() || null;
    if (input.status !== GroupStatus.ACTIVE && !reason) throw badField('reason', 'group.reasonRequired', 'Say why the group is suspended or ended.');
    if (group.status === input.status) return group;
    if (input.status === GroupStatus.ACTIVE) await this.refuseDuplicate(ctx, group.name, group.districtCode, group.id);
    if (input.status === GroupStatus.ACTIVE && !group.representativeName)
      throw badField('status', 'group.representativeErased', 'Enter the representative again before the group is active again.');
    // An ended group's representative and interview notes are deleted with the end, as the register says.
    const erase = input.status === GroupStatus.ENDED ? { representativeName: '', representativePhone: null, representativeEmail: null, interviewNotes: null } : {};
    const moved = await repo(ctx, CommunityGroup).update(
      { id: group.id, version: input.expectedVersion },
      { status: input.status, statusReason: input.status === GroupStatus.ACTIVE ? null : reason, ...erase, version: input.expectedVersion + 1, updatedAt: ctx.now },
    );
    if (!moved.affected) throw conflict('group.changed', 'This group was changed meanwhile. Please look at it again.');
    const after = await repo(ctx, CommunityGroup).findOneByOrFail({ id: group.id });
    await this.revise(ctx, after, input.status === GroupStatus.ENDED ? ['status', ...Object.keys(erase)] : ['status'], reason);
    return after;
  }

  async list(ctx: Ctx, filter: GroupFilter): Promise<CommunityGroup[]> {
    const qb = repo(ctx, CommunityGroup).createQueryBuilder('g');
    if (filter.status) qb.andWhere('g.status = :status', { status: filter.status });
    if (filter.districtCode) qb.andWhere('g.districtCode = :district', { district: filter.districtCode });
    const rows = await qb.orderBy('g.name', 'ASC').addOrderBy('g.id', 'ASC').getMany();
    const text = filter.text ? fold(filter.text) : '';
    return rows.filter((g) => (!filter.fieldCode || g.fieldCodes.includes(filter.fieldCode)) && (!text || fold(g.name).includes(text)));
  }

  async get(ctx: Ctx, idArg: string): Promise<CommunityGroup> {
    const group = await repo(ctx, CommunityGroup).findOneBy({ id: parseId(idArg, 'group') });
    if (!group) throw notFound('group');
    return group;
  }

  /** The directory: active groups, their public part only. */
  async directory(ctx: Ctx, fieldCode?: FieldCode | null, districtCode?: string | null): Promise<PublicGroup[]> {
    const groups = await this.list(ctx, { status: GroupStatus.ACTIVE, fieldCode, districtCode });
    return groups.map(publicGroup);
  }

  /** Active groups by id (for activity records and survey answers naming a registered group). */
  async activeByIds(ctx: Ctx, ids: number[]): Promise<CommunityGroup[]> {
    return ids.length ? repo(ctx, CommunityGroup).findBy({ id: In(ids), status: GroupStatus.ACTIVE }) : [];
  }

  async byIds(ctx: Ctx, ids: number[]): Promise<CommunityGroup[]> {
    return ids.length ? repo(ctx, CommunityGroup).findBy({ id: In(ids) }) : [];
  }

  /** Groups' public parts by id, in the order asked (a DataLoader's batch: introductions, disclosure requests). */
  async publicByIds(ctx: Ctx, ids: readonly number[]): Promise<Array<PublicGroup | Error>> {
    const rows = await this.byIds(ctx, [...ids]);
    return ids.map((id) => {
      const g = rows.find((r) => r.id === id);
      return g ? publicGroup(g) : new Error('group not found');
    });
  }

  /** Names of groups by id, whatever their status (results and exports of earlier answers). */
  async namesOf(ctx: Ctx, ids: number[]): Promise<Map<number, string>> {
    const rows = ids.length ? await repo(ctx, CommunityGroup).find({ select: { id: true, name: true }, where: { id: In(ids) } }) : [];
    return new Map(rows.map((g) => [g.id, g.name]));
  }

  async revisionsOf(ctx: Ctx, groupIds: readonly number[]): Promise<CommunityGroupRevision[][]> {
    const rows = await repo(ctx, CommunityGroupRevision).find({ where: { groupId: In([...groupIds]) }, order: { version: 'DESC' } });
    return groupIds.map((id) => rows.filter((r) => r.groupId === id));
  }
}
