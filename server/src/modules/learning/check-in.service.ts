import crypto from 'node:crypto';
import { IsNull } from 'typeorm';
import QRCode from 'qrcode';
import type { Config } from '../../config';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId, unauthenticated } from '../../core/errors';
import { scopeByCohort } from '../../core/scope';
import { lockMode } from '../../core/tx';
import { SecretBox } from '../../core/auth/secret-box';
import { Enrollment } from '../intake';
import { isDuplicateKey } from '../accounts';
import { Attendance } from './attendance.entity';
import { ClassSession } from './class-session.entity';
import { CheckIn } from './check-in.entity';
import { CheckInUse } from './check-in-use.entity';
import type { RecordAttendance } from './learning.contract';
import type { CheckInCode, CheckInResult } from './check-in.types';

/** A check-in code changes every 30 seconds. */
export const CHECK_IN_STEP_SECONDS = 30;
/** Characters of the base64url HMAC kept in a code (96 bits). */
export const CHECK_IN_CODE_LENGTH = 16;

/** The code step of an instant: floor(unix seconds / 30). */
export const stepAt = (at: Date): number => Math.floor(at.getTime() / 1000 / CHECK_IN_STEP_SECONDS);

/** base64url(HMAC-SHA256(secret, "<classSessionId>:<step>")), truncated. */
export function checkInCodeFor(secret: string, classSessionId: number, step: number): string {
  return crypto.createHmac('sha256', Buffer.from(secret, 'base64url')).update(`${classSessionId}:${step}`).digest('base64url').slice(0, CHECK_IN_CODE_LENGTH);
}

/** Which of the accepted steps (now, and the one before, for a scan at the boundary) a code belongs to; null if none. */
export function matchingStep(secret: string, classSessionId: number, code: string, now: Date): number | null {
  const given = Buffer.from(code.trim());
  const current = stepAt(now);
  for (const step of [current, current - 1]) {
    const expected = Buffer.from(checkInCodeFor(secret, classSessionId, step));
    if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return step;
  }
  return null;
}

/** Whether `now` is inside the session's check-in window: from `margin` minutes before its start to `margin` minutes after its end. */
export function inCheckInWindow(session: Pick<ClassSession, 'startsAt' | 'endsAt'>, now: Date, marginMinutes: number): boolean {
  const margin = marginMinutes * 60_000;
  return now.getTime() >= session.startsAt.getTime() - margin && now.getTime() <= session.endsAt.getTime() + margin;
}

const isOpen = (row: CheckIn | null): boolean => !!row && row.closedAt === null;

/**
 * QR self check-in: staff open and close it per class session and show a code that changes every
 * 30 seconds; a student of the session's cohort checks in with the current (or the previous) code
 * during the session's window and is marked present through the one attendance write path.
 */
export class CheckInService {
  private readonly box: SecretBox;

  constructor(
    private readonly config: Config,
    private readonly record: RecordAttendance,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  /**
   * A session of a cohort in the caller's field scope (staff). With `lock` the session's row is then
   * locked on its own (not through the scope's join, which would lock the cohort row too).
   */
  private async staffSession(ctx: Ctx, id: string, lock = false): Promise<ClassSession> {
    const qb = repo(ctx, ClassSession)
      .createQueryBuilder('cs')
      .where('cs.id = :id', { id: parseId(id, 'class session') });
    const session = await scopeByCohort(ctx, qb, 'cohort').getOne();
    if (!session) throw notFound('class session');
    if (!lock || !lockMode(ctx.em).lock) return session;
    return repo(ctx, ClassSession).findOneOrFail({ where: { id: session.id }, ...lockMode(ctx.em) });
  }

  private checkInOf(ctx: Ctx, classSessionId: number, lock = false): Promise<CheckIn | null> {
    return repo(ctx, CheckIn).findOne({ where: { classSessionId }, ...(lock ? lockMode(ctx.em) : {}) });
  }

  /** The check-in state of a session (null: never opened). */
  async state(ctx: Ctx, classSessionId: string): Promise<CheckIn | null> {
    const session = await this.staffSession(ctx, classSessionId);
    return this.checkInOf(ctx, session.id);
  }

  /** Opens check-in (again): a new secret on every opening, so codes shown before a close stop working. */
  async open(ctx: Ctx, classSessionId: string): Promise<CheckIn> {
    const session = await this.staffSession(ctx, classSessionId, true);
    if (session.cancelledAt) throw conflict('checkIn.cancelled', 'This class session was cancelled.');
    const current = await this.checkInOf(ctx, session.id, true);
    if (current && isOpen(current)) return current;
    const values = { secret: this.box.seal(crypto.randomBytes(32).toString('base64url')), openedAt: ctx.now, openedBy: ctx.user?.accountId ?? null, closedAt: null };
    if (current) await repo(ctx, CheckIn).update({ id: current.id }, values);
    else await repo(ctx, CheckIn).insert({ classSessionId: session.id, ...values });
    return (await this.checkInOf(ctx, session.id))!;
  }

  async close(ctx: Ctx, classSessionId: string): Promise<CheckIn> {
    const session = await this.staffSession(ctx, classSessionId, true);
    const current = await this.checkInOf(ctx, session.id, true);
    if (!current) throw conflict('checkIn.closed', 'Check-in is not open for this class session.');
    if (current.closedAt) return current;
    await repo(ctx, CheckIn).update({ id: current.id, closedAt: IsNull() }, { closedAt: ctx.now });
    return { ...current, closedAt: ctx.now };
  }

  /** The code to show now, its link on the member portal and a QR code of the link. */
  async code(ctx: Ctx, classSessionId: string): Promise<CheckInCode> {
    const session = await this.staffSession(ctx, classSessionId);
    const current = await this.checkInOf(ctx, session.id);
    if (!current || !isOpen(current)) throw conflict('checkIn.closed', 'Check-in is not open for this class session.');
    const step = stepAt(ctx.now);
    const code = checkInCodeFor(this.box.open(current.secret), session.id, step);
    const url = `${this.config.publicUrl.replace(/\/$/, '')}/check-in/${session.id}?code=${code}`;
    return {
      code,
      url,
      expiresAt: new Date((step + 1) * CHECK_IN_STEP_SECONDS * 1000),
      qrDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 320 }),
    };
  }

  /** The student's own check-in (StudyOwn). */
  async checkIn(ctx: Ctx, classSessionId: string, code: string): Promise<CheckInResult> {
    if (!ctx.user) throw unauthenticated();
    const id = parseId(classSessionId, 'class session');
    // The session row first, under a lock: every attendance writer of this session (recordAttendance) takes the same lock.
    const session = await repo(ctx, ClassSession).findOne({ where: { id }, ...lockMode(ctx.em) });
    if (!session) throw notFound('class session');
    const enrollment = await repo(ctx, Enrollment).findOne({ where: { cohortId: session.cohortId, accountId: ctx.user.accountId } });
    if (!enrollment || enrollment.withdrawnAt) throw conflict('checkIn.notStudent', 'Only students of this class session’s cohort can check in.');
    const current = await this.checkInOf(ctx, session.id);
    if (!current || !isOpen(current) || session.cancelledAt) throw conflict('checkIn.closed', 'Check-in is not open for this class session.');
    if (!inCheckInWindow(session, ctx.now, this.config.checkInMarginMinutes)) {
      throw conflict('checkIn.outsideWindow', 'Check-in is possible only around the time of the class session.', { marginMinutes: this.config.checkInMarginMinutes });
    }
    const step = matchingStep(this.box.open(current.secret), session.id, code, ctx.now);
    if (step === null) throw badField('code', 'checkIn.staleCode', 'This code is no longer valid. Scan the code shown now.');

    const uses = repo(ctx, CheckInUse);
    if (await uses.exists({ where: { classSessionId: session.id, enrollmentId: enrollment.id, step } })) throw replayed();
    try {
      await uses.insert({ classSessionId: session.id, enrollmentId: enrollment.id, step, at: ctx.now });
    } catch (error) {
      if (isDuplicateKey(error)) throw replayed();
      throw error;
    }

    const recorded = await repo(ctx, Attendance).findOne({ where: { classSessionId: session.id, enrollmentId: enrollment.id } });
    if (recorded?.source === 'checkin') throw conflict('checkIn.already', 'You have already checked in to this class session.', { status: recorded.statusCode });
    // A status staff recorded stands: the answer says what it is, nothing changes.
    if (recorded) return { classSessionId: session.id, statusCode: recorded.statusCode, recorded: false };
    await this.record(ctx, [{ classSessionId: session.id, enrollmentId: enrollment.id, statusCode: 'present' }], { source: 'checkin' });
    return { classSessionId: session.id, statusCode: 'present', recorded: true };
  }
}

const replayed = () => conflict('checkIn.replayed', 'This code has already been used. Scan the code shown now.');
