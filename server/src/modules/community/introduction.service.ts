import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { tokyoToday } from '../../core/graphql/scalars';
import { Account } from '../accounts';
import { Role } from '../permissions';
import type { FieldCode } from '../catalog';
import { Consultation, ConsultationStatus } from './consultation.entity';
import { CommunityGroup, GroupStatus } from './community-group.entity';
import { Introduction, IntroductionStatus } from './introduction.entity';

/** The alumni module's activity records, handed in at wiring: "joined" becomes a record with source INTRODUCTION. */
export interface ActivityRecorder {
  recordIntroduction(ctx: Ctx, accountId: number, activity: { groupId: number; fieldCodes: FieldCode[]; startedOn: string }): Promise<number>;
}

export interface MeetingInput {
  meetingAt?: Date | null;
  place?: string | null;
  attendedBy?: string | null;
}
export interface OutcomeInput {
  status: IntroductionStatus;
  reason?: string | null;
  followUpOn?: string | null;
}

const ACTIVE = [IntroductionStatus.PLANNED, IntroductionStatus.PENDING];

/**
 * Introductions (お引き合わせ): staff choose a proposal to pursue, arrange the meeting (when,
 * where, who attends) and record how it went: joined (an activity record, source
 * introduction, and the consultation matched), not a fit (with a reason), or pending with a day
 * to follow up. Every change compares and sets the version the caller saw.
 */
export class IntroductionService {
  private activity: ActivityRecorder | null = null;

  useActivity(recorder: ActivityRecorder): void {
    this.activity = recorder;
  }

  /** Pursue a proposal: one introduction per consultation and group while it is under way. */
  async pursue(ctx: Ctx, consultationIdArg: string, groupIdArg: string, postingIdArg: string | null): Promise<Introduction> {
    const consultation = await repo(ctx, Consultation).findOne({ where: { id: parseId(consultationIdArg, 'consultation') }, ...lockMode(ctx.em) });
    if (!consultation) throw notFound('consultation');
    if (consultation.status === ConsultationStatus.CLOSED) throw conflict('introduction.consultationClosed', 'This consultation is closed.');
    const group = await repo(ctx, CommunityGroup).findOne({ select: { id: true, status: true }, where: { id: parseId(groupIdArg, 'group') } });
    if (!group || group.status !== GroupStatus.ACTIVE) throw badField('groupId', 'posting.groupInactive', 'Choose an active registered group.');
    const existing = await repo(ctx, Introduction).find({ where: { consultationId: consultation.id, groupId: group.id } });
    const current = existing.find((i) => ACTIVE.includes(i.status));
    if (current) return current;
    const inserted = await repo(ctx, Introduction).insert({
      consultationId: consultation.id,
      accountId: consultation.accountId,
      groupId: group.id,
      postingId: postingIdArg ? parseId(postingIdArg, 'posting') : null,
      meetingAt: null,
      place: null,
      attendedBy: null,
      status: IntroductionStatus.PLANNED,
      outcomeReason: null,
      followUpOn: null,
      activityRecordId: null,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (consultation.status === ConsultationStatus.OPEN)
      await repo(ctx, Consultation).update({ id: consultation.id }, { status: ConsultationStatus.IN_PROGRESS, version: consultation.version + 1, updatedAt: ctx.now });
    const id = Number(inserted.identifiers[0].id);
    ctx.audit.target('Introduction', id);
    return repo(ctx, Introduction).findOneByOrFail({ id });
  }

  private async locked(ctx: Ctx, idArg: string, expectedVersion: number): Promise<Introduction> {
    const intro = await repo(ctx, Introduction).findOne({ where: { id: parseId(idArg, 'introduction') }, ...lockMode(ctx.em) });
    if (!intro) throw notFound('introduction');
    if (intro.version !== expectedVersion) throw conflict('introduction.changed', 'This introduction was changed meanwhile. Please look at it again.', { version: intro.version });
    return intro;
  }

  private async save(ctx: Ctx, intro: Introduction, patch: Partial<Introduction>): Promise<Introduction> {
    const moved = await repo(ctx, Introduction).update({ id: intro.id, version: intro.version }, { ...patch, version: intro.version + 1, updatedAt: ctx.now });
    if (!moved.affected) throw conflict('introduction.changed', 'This introduction was changed meanwhile. Please look at it again.');
    ctx.audit.target('Introduction', intro.id);
    return repo(ctx, Introduction).findOneByOrFail({ id: intro.id });
  }

  /** The meeting: when, where, and the staff member who attends (ward staff). */
  async arrange(ctx: Ctx, idArg: string, expectedVersion: number, input: MeetingInput): Promise<Introduction> {
    const intro = await this.locked(ctx, idArg, expectedVersion);
    if (!ACTIVE.includes(intro.status)) throw conflict('introduction.decided', 'This introduction’s outcome is recorded.');
    let attendedBy: number | null = null;
    if (input.attendedBy) {
      attendedBy = parseId(input.attendedBy, 'staff');
      const staff = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: attendedBy } });
      if (!staff || (staff.role !== Role.WARD_STAFF && staff.role !== Role.WARD_ADMIN)) throw badField('attendedBy', 'group.interviewer', 'Choose a member of the ward’s staff.');
    }
    return this.save(ctx, intro, { meetingAt: input.meetingAt ?? null, place: input.place?.trim() || null, attendedBy });
  }

  /** How it went. Joined: an activity record (source introduction) and the consultation matched, exactly once. */
  async outcome(ctx: Ctx, idArg: string, expectedVersion: number, input: OutcomeInput): Promise<Introduction> {
    const intro = await this.locked(ctx, idArg, expectedVersion);
    if (!ACTIVE.includes(intro.status)) throw conflict('introduction.decided', 'This introduction’s outcome is recorded.');
    const reason = input.reason?.trim() || null;
    if (input.status === IntroductionStatus.PLANNED) throw badField('status', 'introduction.outcome', 'Choose joined, not a fit, or pending.');
    if (input.status === IntroductionStatus.NOT_A_FIT && !reason) throw badField('reason', 'introduction.reasonRequired', 'Say why it was not a fit.');
    if (input.status === IntroductionStatus.PENDING && !input.followUpOn) throw badField('followUpOn', 'introduction.followUpRequired', 'Choose the day to follow up.');
    if (input.followUpOn && input.followUpOn < tokyoToday(ctx.now)) throw badField('followUpOn', 'introduction.followUpInPast', 'The follow-up day has passed.');
    let activityRecordId: number | null = null;
    if (input.status === IntroductionStatus.JOINED) {
      const group = await repo(ctx, CommunityGroup).findOneByOrFail({ id: intro.groupId });
      const startedOn = intro.meetingAt && tokyoToday(intro.meetingAt) <= tokyoToday(ctx.now) ? tokyoToday(intro.meetingAt) : tokyoToday(ctx.now);
      activityRecordId = await this.activity!.recordIntroduction(ctx, intro.accountId, { groupId: group.id, fieldCodes: group.fieldCodes, startedOn });
      await repo(ctx, Consultation)
        .createQueryBuilder()
        .update()
        .set({ status: ConsultationStatus.MATCHED, updatedAt: ctx.now, version: () => 'version + 1' })
        .where('id = :id', { id: intro.consultationId })
        .execute();
    }
    return this.save(ctx, intro, {
      status: input.status,
      outcomeReason: input.status === IntroductionStatus.NOT_A_FIT ? reason : null,
      followUpOn: input.status === IntroductionStatus.PENDING ? input.followUpOn! : (input.followUpOn ?? null),
      activityRecordId,
    });
  }

  async ofConsultations(ctx: Ctx, ids: readonly number[]): Promise<Introduction[][]> {
    const rows = await repo(ctx, Introduction).find({ where: { consultationId: In([...ids]) }, order: { id: 'DESC' } });
    return ids.map((id) => rows.filter((r) => r.consultationId === id));
  }

  async mine(ctx: Ctx): Promise<Introduction[]> {
    return repo(ctx, Introduction).find({ where: { accountId: ctx.user!.accountId }, order: { id: 'DESC' } });
  }

  /** For proposals: joins per group (all alumni), and the groups this alumnus found not a fit. */
  async outcomesFor(ctx: Ctx, accountId: number): Promise<{ joinedByGroup: Map<number, number>; notAFit: Set<number> }> {
    const joined = (await ctx.em.query('SELECT groupId AS groupId, COUNT(*) AS n FROM introduction WHERE status = ? GROUP BY groupId', [IntroductionStatus.JOINED])) as Array<{
      groupId: number;
      n: number | string;
    }>;
    const mine = await repo(ctx, Introduction).find({ select: { groupId: true }, where: { accountId, status: IntroductionStatus.NOT_A_FIT } });
    return { joinedByGroup: new Map(joined.map((j) => [Number(j.groupId), Number(j.n)])), notAFit: new Set(mine.map((m) => m.groupId)) };
  }
}
