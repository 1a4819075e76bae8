import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import { Account } from '../accounts';
import { NoticeKind, type NoticeService } from '../notices';
import { Role } from '../permissions';
import { CommunityGroup } from './community-group.entity';
import { DisclosureAction, DisclosureDecision, DisclosureEvent, DisclosureField, DisclosureRequest, DisclosureStatus } from './disclosure.entity';
import type { AlumniCheck } from './consultation.service';
import { codeList, codesOf } from './code-list';

export const PURPOSE_MAX = 500;
const inOrder = (fields: readonly DisclosureField[]) => codesOf(codeList(Object.values(DisclosureField), fields)) as DisclosureField[];

export interface DisclosureRequestInput {
  accountId: string;
  groupId: string;
  introductionId?: string | null;
  fields: DisclosureField[];
  purpose: string;
  validUntil: string;
}

/** One line of the introduction sheet: an approved field and its value today. */
export interface SheetEntry {
  field: DisclosureField;
  value: string;
}
export interface IntroductionSheet {
  requestId: number;
  number: string;
  generatedOn: string;
  validUntil: string;
  groupName: string;
  purpose: string;
  entries: SheetEntry[];
}

/**
 * Consent-gated disclosure (情報提供の同意): nothing about a member reaches a group unless the
 * member approved that field, for that request, until its end date, and has not revoked it.
 * Staff state the request (fields, group, purpose, until when); the member answers each field
 * on my page (told by a mail that says only that something is waiting) and may revoke at any
 * time. The introduction sheet holds only what is approved and still valid, and producing it is
 * recorded: the member's ledger shows what was given, to whom, why, when and until when.
 */
export class DisclosureService {
  private alumni: AlumniCheck | null = null;

  constructor(private readonly notices: NoticeService) {}

  useAlumni(check: AlumniCheck): void {
    this.alumni = check;
  }

  private async event(ctx: Ctx, request: DisclosureRequest, action: DisclosureAction, fields: readonly DisclosureField[], byStaff: boolean): Promise<void> {
    await repo(ctx, DisclosureEvent).insert({
      requestId: request.id,
      accountId: request.accountId,
      action,
      fieldList: inOrder(fields).join(','),
      at: ctx.now,
      byStaff: byStaff ? ctx.user!.accountId : null,
    });
  }

  async create(ctx: Ctx, input: DisclosureRequestInput): Promise<DisclosureRequest> {
    const accountId = parseId(input.accountId, 'member');
    const member = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId } });
    if (!member || member.role !== Role.MEMBER || !(await this.alumni!.isAlumnus(ctx, accountId))) throw notFound('member');
    const group = await repo(ctx, CommunityGroup).findOne({ select: { id: true, name: true }, where: { id: parseId(input.groupId, 'group') } });
    if (!group) throw badField('groupId', 'posting.groupInactive', 'Choose a registered group.');
    const fields = inOrder([...new Set(input.fields)]);
    if (!fields.length) throw badField('fields', 'disclosure.fieldsRequired', 'Choose what the group asks for.');
    const purpose = input.purpose.trim();
    if (!purpose || purpose.length > PURPOSE_MAX) throw badField('purpose', 'validation.length', `Say why (up to ${PURPOSE_MAX} characters).`);
    if (input.validUntil < tokyoToday(ctx.now)) throw badField('validUntil', 'disclosure.untilInPast', 'The end date has passed.');
    const inserted = await repo(ctx, DisclosureRequest).insert({
      accountId,
      groupId: group.id,
      introductionId: input.introductionId ? parseId(input.introductionId, 'introduction') : null,
      fieldList: fields.join(','),
      purpose,
      validUntil: input.validUntil,
      status: DisclosureStatus.PENDING,
      createdBy: ctx.user!.accountId,
      createdAt: ctx.now,
      answeredAt: null,
      version: 1,
    });
    const request = await repo(ctx, DisclosureRequest).findOneByOrFail({ id: Number(inserted.identifiers[0].id) });
    await this.event(ctx, request, DisclosureAction.REQUESTED, fields, true);
    // The notice on my page names the group; the mail only says something is waiting.
    await this.notices.notifyMembers(ctx, [
      { accountId, kind: NoticeKind.GENERAL, messageKey: 'notice.disclosureRequest', params: { group: group.name }, mail: true, mailTemplate: 'disclosure-waiting' },
    ]);
    ctx.audit.target('DisclosureRequest', request.id);
    return request;
  }

  private async mineLocked(ctx: Ctx, idArg: string): Promise<DisclosureRequest> {
    const request = await repo(ctx, DisclosureRequest).findOne({ where: { id: parseId(idArg, 'disclosure request') }, ...lockMode(ctx.em) });
    if (!request || request.accountId !== ctx.user!.accountId) throw notFound('disclosure request');
    return request;
  }

  /** The member's answer, once: the fields named are approved, the others declined. */
  async answer(ctx: Ctx, idArg: string, expectedVersion: number, approved: DisclosureField[]): Promise<DisclosureRequest> {
    const request = await this.mineLocked(ctx, idArg);
    if (request.status !== DisclosureStatus.PENDING) throw conflict('disclosure.notPending', 'This request has already been answered or withdrawn.');
    if (approved.some((f) => !request.fields.includes(f))) throw badField('approved', 'disclosure.notAsked', 'Only the fields asked for can be approved.');
    const moved = await repo(ctx, DisclosureRequest).update(
      { id: request.id, version: expectedVersion, status: DisclosureStatus.PENDING },
      { status: DisclosureStatus.ANSWERED, answeredAt: ctx.now, version: expectedVersion + 1 },
    );
    if (!moved.affected) throw conflict('disclosure.notPending', 'This request has already been answered or withdrawn.');
    await repo(ctx, DisclosureDecision).insert(
      request.fields.map((field) => ({ requestId: request.id, accountId: request.accountId, field, approved: approved.includes(field), decidedAt: ctx.now, revokedAt: null })),
    );
    const yes = request.fields.filter((f) => approved.includes(f));
    const no = request.fields.filter((f) => !approved.includes(f));
    if (yes.length) await this.event(ctx, request, DisclosureAction.APPROVED, yes, false);
    if (no.length) await this.event(ctx, request, DisclosureAction.DECLINED, no, false);
    return repo(ctx, DisclosureRequest).findOneByOrFail({ id: request.id });
  }

  /** The member takes approvals back (all, or the fields named): recorded with what had been given already. */
  async revoke(ctx: Ctx, idArg: string, fields: DisclosureField[] | null): Promise<DisclosureDecision[]> {
    const request = await this.mineLocked(ctx, idArg);
    const decisions = await repo(ctx, DisclosureDecision).findBy({ requestId: request.id });
    const target = decisions.filter((d) => d.approved && !d.revokedAt && (!fields?.length || fields.includes(d.field)));
    if (target.length) {
      await repo(ctx, DisclosureDecision).update({ id: In(target.map((d) => d.id)) }, { revokedAt: ctx.now });
      await this.event(
        ctx,
        request,
        DisclosureAction.REVOKED,
        target.map((d) => d.field),
        false,
      );
    }
    return repo(ctx, DisclosureDecision).find({ where: { requestId: request.id }, order: { id: 'ASC' } });
  }

  async withdraw(ctx: Ctx, idArg: string): Promise<DisclosureRequest> {
    const request = await repo(ctx, DisclosureRequest).findOne({ where: { id: parseId(idArg, 'disclosure request') }, ...lockMode(ctx.em) });
    if (!request) throw notFound('disclosure request');
    if (request.status === DisclosureStatus.WITHDRAWN) return request;
    await repo(ctx, DisclosureRequest).update({ id: request.id }, { status: DisclosureStatus.WITHDRAWN, version: request.version + 1 });
    await this.event(ctx, request, DisclosureAction.WITHDRAWN, request.fields, true);
    ctx.audit.target('DisclosureRequest', request.id);
    return repo(ctx, DisclosureRequest).findOneByOrFail({ id: request.id });
  }

  /**
   * The introduction sheet staff hand to the group: only fields approved, not revoked, while the
   * request is answered and not past its end date. Producing it is what "given" means: recorded
   * in the ledger and audited with the fields read.
   */
  async sheet(ctx: Ctx, idArg: string): Promise<IntroductionSheet> {
    const request = await repo(ctx, DisclosureRequest).findOneBy({ id: parseId(idArg, 'disclosure request') });
    if (!request) throw notFound('disclosure request');
    const today = tokyoToday(ctx.now);
    const live = request.status === DisclosureStatus.ANSWERED && today <= request.validUntil;
    const decisions = live ? await repo(ctx, DisclosureDecision).findBy({ requestId: request.id, approved: true }) : [];
    const fields = inOrder(decisions.filter((d) => !d.revokedAt).map((d) => d.field));
    const group = await repo(ctx, CommunityGroup).findOneByOrFail({ id: request.groupId });
    const entries: SheetEntry[] = [];
    if (fields.length) {
      const account = await repo(ctx, Account).findOneByOrFail({ id: request.accountId });
      const studied = fields.includes(DisclosureField.STUDIED) ? await this.alumni!.studiedCourses(ctx, request.accountId) : [];
      const value: Record<DisclosureField, () => string> = {
        [DisclosureField.NAME]: () => account.name,
        [DisclosureField.NAME_KANA]: () => account.nameKana,
        [DisclosureField.PHONE]: () => account.phone ?? '',
        [DisclosureField.EMAIL]: () => account.email,
        [DisclosureField.STUDIED]: () => studied.join('、'),
      };
      for (const field of fields) entries.push({ field, value: value[field]() });
      await this.event(ctx, request, DisclosureAction.SHOWN, fields, true);
      ctx.audit.add({ action: 'disclosure.sheet', outcome: 'success', targetType: 'Account', targetIds: [request.accountId], fields });
    }
    return { requestId: request.id, number: request.number, generatedOn: today, validUntil: request.validUntil, groupName: group.name, purpose: request.purpose, entries };
  }

  async mine(ctx: Ctx): Promise<DisclosureRequest[]> {
    return repo(ctx, DisclosureRequest).find({ where: { accountId: ctx.user!.accountId }, order: { id: 'DESC' } });
  }

  async ofAccount(ctx: Ctx, accountIdArg: string): Promise<DisclosureRequest[]> {
    return repo(ctx, DisclosureRequest).find({ where: { accountId: parseId(accountIdArg, 'member') }, order: { id: 'DESC' } });
  }

  async decisionsOf(ctx: Ctx, ids: readonly number[]): Promise<DisclosureDecision[][]> {
    const rows = await repo(ctx, DisclosureDecision).find({ where: { requestId: In([...ids]) }, order: { id: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.requestId === id));
  }

  async eventsOf(ctx: Ctx, ids: readonly number[]): Promise<DisclosureEvent[][]> {
    const rows = await repo(ctx, DisclosureEvent).find({ where: { requestId: In([...ids]) }, order: { id: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.requestId === id));
  }
}
