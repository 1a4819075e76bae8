import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { conflict, notFound, parseId } from '../../core/errors';
import { placeholders, readRows } from '../../core/rows';
import { fieldScope } from '../../core/scope';
import { Account, Consent, ConsentKind, ConsentSource } from '../accounts';
import { Role } from '../permissions';
import { CompletionOutcome } from '../learning';

/**
 * The version of the follow-up notice: what the member is told about follow-up surveys (who asks,
 * how often, what happens to the answers). The clients show the text of this version; a new text
 * gets a new version, and a choice is recorded with the version it was made under.
 */
export const FOLLOW_UP_NOTICE_VERSION = '2026-12';

/** Told when a member withdraws a consent, inside the same transaction (e.g. surveys cancel pending invitations). */
export interface ConsentWithdrawn {
  consentWithdrawn(ctx: Ctx, accountId: number, kind: string): Promise<void>;
}

export interface FollowUpConsentState {
  accountId: number;
  alumnus: boolean;
  noticeVersion: string;
  current: Consent | null;
  history: Consent[];
}

/** The consent ledger: members' choices, staff entries from paper forms, and who currently agrees. */
export class ConsentService {
  private readonly listeners: ConsentWithdrawn[] = [];

  onWithdrawn(listener: ConsentWithdrawn): void {
    this.listeners.push(listener);
  }

  /** Whether the member completed a course (an alumnus), optionally of the field, from the completion rows. */
  async isAlumnus(ctx: Ctx, accountId: number, fieldCode?: string | null): Promise<boolean> {
    const rows = (await ctx.em.query(
      `SELECT 1 AS x FROM completion c${fieldCode ? ' INNER JOIN cohort h ON h.id = c.cohortId AND h.fieldCode = ?' : ''} WHERE c.accountId = ? AND c.outcome = ? LIMIT 1`,
      [...(fieldCode ? [fieldCode] : []), accountId, CompletionOutcome.COMPLETED],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The fields the member completed a course in (matching reads them as "studied"). */
  async studiedFields(ctx: Ctx, accountId: number): Promise<string[]> {
    const rows = (await ctx.em.query(
      'SELECT DISTINCT h.fieldCode AS fieldCode FROM completion c INNER JOIN cohort h ON h.id = c.cohortId WHERE c.accountId = ? AND c.outcome = ?',
      [accountId, CompletionOutcome.COMPLETED],
    )) as Array<{ fieldCode: string }>;
    return rows.map((r) => r.fieldCode);
  }

  async studiedCourses(ctx: Ctx, accountId: number): Promise<string[]> {
    const rows = (await ctx.em.query(
      'SELECT h.academicYear AS year, r.title AS title, f.nameJa AS field FROM completion c INNER JOIN cohort h ON h.id = c.cohortId INNER JOIN course r ON r.id = h.courseId INNER JOIN field f ON f.code = h.fieldCode WHERE c.accountId = ? AND c.outcome = ? ORDER BY h.academicYear',
      [accountId, CompletionOutcome.COMPLETED],
    )) as Array<{ year: number; title: string; field: string }>;
    return rows.map((r) => `${r.year}年度 ${r.title}（${r.field}）`);
  }

  history(ctx: Ctx, accountId: number, kind: string = ConsentKind.FOLLOW_UP): Promise<Consent[]> {
    return readRows(ctx.em, Consent, 'r', 'WHERE r.accountId = ? AND r.kind = ? ORDER BY r.id DESC', [accountId, kind]);
  }

  /** The consent records of these accounts, newest first, batched (Account.followUpConsents). */
  async historiesOf(ctx: Ctx, accountIds: readonly number[]): Promise<Consent[][]> {
    const rows = await readRows(ctx.em, Consent, 'r', `WHERE r.kind = ? AND r.accountId IN (${placeholders(accountIds)}) ORDER BY r.id DESC`, [
      ConsentKind.FOLLOW_UP,
      ...accountIds,
    ]);
    return accountIds.map((id) => rows.filter((r) => r.accountId === id));
  }

  async mine(ctx: Ctx): Promise<FollowUpConsentState> {
    const me = ctx.user!.accountId;
    const [alumnus, history] = await Promise.all([this.isAlumnus(ctx, me), this.history(ctx, me)]);
    return { accountId: me, alumnus, noticeVersion: FOLLOW_UP_NOTICE_VERSION, current: history[0] ?? null, history };
  }

  /** The member's own choice on my page. Only alumni are asked; the notice shown must be the current one. */
  async setMine(ctx: Ctx, granted: boolean, noticeVersion: string): Promise<FollowUpConsentState> {
    const me = ctx.user!.accountId;
    if (!(await this.isAlumnus(ctx, me))) throw conflict('consent.notAlumnus', 'Follow-up surveys are for those who completed a course.');
    await this.record(ctx, me, granted, noticeVersion, ConsentSource.SELF, null);
    return this.mine(ctx);
  }

  /** Staff enter a choice the member made on a paper form: an alumnus within the caller's field scope. */
  async recordPaperForm(ctx: Ctx, accountIdArg: string, granted: boolean, noticeVersion: string): Promise<Consent[]> {
    const accountId = parseId(accountIdArg, 'member');
    const member = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId } });
    // Another field's alumnus is simply not found for contractor staff.
    if (!member || member.role !== Role.MEMBER || !(await this.isAlumnus(ctx, accountId, fieldScope(ctx)))) throw notFound('member');
    await this.record(ctx, accountId, granted, noticeVersion, ConsentSource.PAPER_FORM, ctx.user!.accountId);
    ctx.audit.target('Account', accountId);
    return this.history(ctx, accountId);
  }

  private async record(ctx: Ctx, accountId: number, granted: boolean, noticeVersion: string, source: ConsentSource, recordedBy: number | null): Promise<void> {
    if (noticeVersion !== FOLLOW_UP_NOTICE_VERSION) {
      throw conflict('consent.noticeChanged', 'The follow-up notice has changed since it was shown. Please read the current one.', { version: FOLLOW_UP_NOTICE_VERSION });
    }
    // The account row is the lock: two choices at once are recorded one after the other.
    await repo(ctx, Account).findOne({
      select: { id: true },
      where: { id: accountId },
      lock: ctx.em.connection.options.type === 'better-sqlite3' ? undefined : { mode: 'pessimistic_write' },
    });
    const [latest] = await this.history(ctx, accountId);
    // The same choice again under the same notice changes nothing and adds no row.
    if (latest && latest.granted === granted && latest.version === noticeVersion) return;
    await repo(ctx, Consent).insert({ accountId, kind: ConsentKind.FOLLOW_UP, version: noticeVersion, granted, source, recordedBy, acceptedAt: ctx.now });
    if (!granted && latest?.granted) for (const l of this.listeners) await l.consentWithdrawn(ctx, accountId, ConsentKind.FOLLOW_UP);
  }

  /** Of these accounts, those whose latest follow-up choice is yes: the only ones anything of the follow-up is sent to. */
  async consenting(ctx: Ctx, accountIds: readonly number[]): Promise<Set<number>> {
    if (!accountIds.length) return new Set();
    const rows = (await ctx.em.query(
      `SELECT r.accountId AS accountId, r.granted AS granted FROM consent r WHERE r.kind = ? AND r.accountId IN (${placeholders(accountIds)})` +
        ' AND r.id = (SELECT MAX(r2.id) FROM consent r2 WHERE r2.accountId = r.accountId AND r2.kind = r.kind)',
      [ConsentKind.FOLLOW_UP, ...accountIds],
    )) as { accountId: number; granted: number | boolean }[];
    return new Set(rows.filter((r) => Boolean(Number(r.granted))).map((r) => Number(r.accountId)));
  }
}
