import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { Account } from '../accounts';
import { FieldCode } from '../catalog';
import { Role } from '../permissions';
import { Consultation, ConsultationSource, ConsultationStatus, TimeOfDay, Weekday } from './consultation.entity';
import { District } from './district.entity';
import type { ConsultationInput, ConsultationStatusInput } from './consultation.inputs';
import type { PostingService } from './posting.service';
import { CommunityGroup, GroupStatus } from './community-group.entity';
import { ProposalKind, rank, type Proposal } from './proposals';
import type { IntroductionService } from './introduction.service';
import { codeList } from './code-list';

/** Who is an alumnus: decided by the alumni module from completions, handed in at wiring. */
export interface AlumniCheck {
  isAlumnus(ctx: Ctx, accountId: number): Promise<boolean>;
  /** The fields of the courses they completed. */
  studiedFields(ctx: Ctx, accountId: number): Promise<string[]>;
  /** The courses they completed, as a line each (「2025年度 リサイクルコース（リサイクル）」), for a disclosure sheet. */
  studiedCourses(ctx: Ctx, accountId: number): Promise<string[]>;
}

const OPEN_STATES = [ConsultationStatus.OPEN, ConsultationStatus.IN_PROGRESS];

/**
 * Consultations (相談): an alumnus says what they would like to do (fields, district, days and
 * times, in their words), on my page, by pressing "I'm interested" on a posting, or through
 * staff after a visit or a call. The ward's matching staff move it along: open, in progress,
 * matched, closed with a reason.
 */
export class ConsultationService {
  private alumni: AlumniCheck | null = null;

  constructor(
    private readonly postings: PostingService,
    private readonly introductions: IntroductionService,
  ) {}

  useAlumni(check: AlumniCheck): void {
    this.alumni = check;
  }

  private async row(ctx: Ctx, input: ConsultationInput): Promise<Partial<Consultation>> {
    if (input.districtCode && !(await repo(ctx, District).existsBy({ code: input.districtCode })))
      throw badField('districtCode', 'group.district', 'Choose one of the ward’s districts.');
    return {
      fieldCodeList: codeList(Object.values(FieldCode), input.fieldCodes),
      districtCode: input.districtCode || null,
      dayList: codeList(Object.values(Weekday), input.days),
      timeList: codeList(Object.values(TimeOfDay), input.times),
      text: input.text?.trim() || null,
    };
  }

  /** The member's row is the lock: two requests at once are taken one after the other. */
  private async lockMember(ctx: Ctx, accountId: number): Promise<void> {
    await repo(ctx, Account).findOne({ select: { id: true }, where: { id: accountId }, ...lockMode(ctx.em) });
    if (!(await this.alumni!.isAlumnus(ctx, accountId))) throw conflict('consultation.notAlumnus', 'Consultations are for those who completed a course.');
  }

  private async insert(ctx: Ctx, accountId: number, row: Partial<Consultation>, source: ConsultationSource, postingId: number | null): Promise<Consultation> {
    const inserted = await repo(ctx, Consultation).insert({
      ...row,
      accountId,
      postingId,
      status: ConsultationStatus.OPEN,
      closeReason: null,
      source,
      recordedBy: source === ConsultationSource.STAFF ? ctx.user!.accountId : null,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const id = Number(inserted.identifiers[0].id);
    ctx.audit.target('Consultation', id);
    return repo(ctx, Consultation).findOneByOrFail({ id });
  }

  async requestMine(ctx: Ctx, input: ConsultationInput): Promise<Consultation> {
    const me = ctx.user!.accountId;
    await this.lockMember(ctx, me);
    return this.insert(ctx, me, await this.row(ctx, input), ConsultationSource.SELF, null);
  }

  /** "I'm interested" on a published posting: once per posting while the consultation is open (pressing again returns it). */
  async interested(ctx: Ctx, postingIdArg: string): Promise<Consultation> {
    const me = ctx.user!.accountId;
    const [posting] = await this.postings.published(ctx, { id: parseId(postingIdArg, 'posting') });
    if (!posting) throw notFound('posting');
    await this.lockMember(ctx, me);
    const open = await repo(ctx, Consultation).find({ where: { accountId: me, postingId: posting.id } });
    const current = open.find((c) => OPEN_STATES.includes(c.status));
    if (current) return current;
    return this.insert(
      ctx,
      me,
      { fieldCodeList: posting.fieldCodes.join(','), districtCode: posting.districtCode, dayList: '', timeList: '', text: null },
      ConsultationSource.POSTING,
      posting.id,
    );
  }

  /** Staff record a consultation for an alumnus after a visit or a phone call. */
  async record(ctx: Ctx, accountIdArg: string, input: ConsultationInput): Promise<Consultation> {
    const accountId = parseId(accountIdArg, 'member');
    const member = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId } });
    if (!member || member.role !== Role.MEMBER) throw notFound('member');
    await this.lockMember(ctx, accountId);
    return this.insert(ctx, accountId, await this.row(ctx, input), ConsultationSource.STAFF, null);
  }

  /** Staff move a consultation along; closing needs a reason. */
  async setStatus(ctx: Ctx, input: ConsultationStatusInput): Promise<Consultation> {
    const c = await repo(ctx, Consultation).findOne({ where: { id: parseId(input.id, 'consultation') }, ...lockMode(ctx.em) });
    if (!c) throw notFound('consultation');
    const reason = input.reason?.trim() || null;
    if (input.status === ConsultationStatus.CLOSED && !reason) throw badField('reason', 'consultation.reasonRequired', 'Say why the consultation is closed.');
    const moved = await repo(ctx, Consultation).update(
      { id: c.id, version: input.expectedVersion },
      { status: input.status, closeReason: input.status === ConsultationStatus.CLOSED ? reason : null, version: input.expectedVersion + 1, updatedAt: ctx.now },
    );
    if (!moved.affected) throw conflict('consultation.changed', 'This consultation was changed meanwhile. Please look at it again.', { version: c.version });
    ctx.audit.target('Consultation', c.id);
    return repo(ctx, Consultation).findOneByOrFail({ id: c.id });
  }

  /** Active groups and published postings ranked for a consultation, each with its reasons (see proposals.ts). */
  async proposals(ctx: Ctx, c: Consultation): Promise<Proposal[]> {
    const [studied, groups, postings, districts, outcomes] = await Promise.all([
      this.alumni!.studiedFields(ctx, c.accountId),
      repo(ctx, CommunityGroup).find({ where: { status: GroupStatus.ACTIVE } }),
      this.postings.published(ctx, {}),
      repo(ctx, District).find(),
      this.introductions.outcomesFor(ctx, c.accountId),
    ]);
    const track = (groupId: number) => ({ joinedBefore: outcomes.joinedByGroup.get(groupId) ?? 0, notAFitBefore: outcomes.notAFit.has(groupId) });
    const neighbours = (code: string) => districts.find((d) => d.code === code)?.neighbourList.split(',') ?? [];
    const wish = { fieldCodes: c.fieldCodes, districtCode: c.districtCode, days: c.days, times: c.times, studied: studied as FieldCode[] };
    return rank(
      wish,
      [
        ...postings.map((p) => ({
          kind: ProposalKind.POSTING,
          groupId: p.group.id,
          postingId: p.id,
          title: p.title,
          groupName: p.group.name,
          fieldCodes: p.fieldCodes,
          districtCode: p.districtCode,
          schedule: p.schedule,
          alumniWelcome: p.alumniWelcome,
          ...track(p.group.id),
        })),
        ...groups.map((g) => ({
          kind: ProposalKind.GROUP,
          groupId: g.id,
          postingId: null,
          title: g.name,
          groupName: g.name,
          fieldCodes: g.fieldCodes,
          districtCode: g.districtCode,
          schedule: null,
          alumniWelcome: [],
          ...track(g.id),
        })),
      ],
      neighbours,
    );
  }

  async mine(ctx: Ctx): Promise<Consultation[]> {
    return repo(ctx, Consultation).find({ where: { accountId: ctx.user!.accountId }, order: { id: 'DESC' } });
  }

  async list(ctx: Ctx, status?: ConsultationStatus | null): Promise<Consultation[]> {
    return repo(ctx, Consultation).find({ where: status ? { status } : {}, order: { updatedAt: 'DESC', id: 'DESC' } });
  }

  async get(ctx: Ctx, idArg: string): Promise<Consultation> {
    const c = await repo(ctx, Consultation).findOneBy({ id: parseId(idArg, 'consultation') });
    if (!c) throw notFound('consultation');
    return c;
  }
}
