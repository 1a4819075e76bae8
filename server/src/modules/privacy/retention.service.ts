import type { EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import type { Config, RetentionSettings } from '../../config';
import type { Ctx } from '../../core/context';
import { tokyoToday } from '../../core/graphql/scalars';
import { personalRegister } from '../../core/personal';
import type { MemberEraser } from '../../core/personal-data';
import type { SystemWork } from '../../core/system';
import { lockMode } from '../../core/tx';
import { Account, AccountStatus, ConsentKind } from '../accounts';
import { ActivityRecord, ActivityRecordVersion, GroupNote, SurveyInvitation } from '../alumni';
import { Application } from '../intake';
import { CompletionOutcome } from '../learning';
import { NoticeKind, type NoticeService } from '../notices';
import { Role } from '../permissions';
import { RETENTION_RULES, RULE_IDS, periodAfter, periodBefore, retentionRule } from './retention-rules';

const { notEnrolled: RULE_NOT_ENROLLED, followUp: RULE_FOLLOW_UP, inactiveAccount: RULE_INACTIVE_ACCOUNT, inactiveNotice: RULE_INACTIVE_NOTICE, audit: RULE_AUDIT } = RULE_IDS;

/** The system notice that tells a member their unused account will be erased (once per period of inactivity). */
export const INACTIVE_NOTICE_KEY = 'notice.accountInactive';

/** Staff free text on an application, unmarked but personal: trimmed with the marked columns. */
const APPLICATION_STAFF_TEXT = ['decisionReason', 'ineligibleReason'] as const;

const BATCH = 500;

/** What one rule would do (dry run) or did (purge): rows trimmed or deleted, and the people they belong to. */
export interface RetentionCount {
  ruleId: string;
  rows: number;
  /** Null where the rows are not about people one by one (the audit log). */
  people: number | null;
}

type Counts = Record<string, RetentionCount>;

const emptyCounts = (): Counts =>
  Object.fromEntries(RETENTION_RULES.map((r) => [r.id, { ruleId: r.id, rows: 0, people: r.id === RULE_AUDIT ? null : 0 } satisfies RetentionCount])) as Counts;

/**
 * The retention rules carried out (保存期間の経過した情報の削除). Every instance runs the job;
 * each row is claimed where it is changed — an UPDATE or DELETE that matches only rows still
 * holding what it removes, under a lock on the member's account row — so two instances running
 * at once trim each row once and send each notice once. The dry run reads with the same
 * conditions, so it counts exactly what a purge at that moment would do.
 */
export class RetentionService {
  constructor(
    private readonly config: Config,
    private readonly eraser: MemberEraser,
    private readonly notices: NoticeService,
    private readonly system: SystemWork | null,
  ) {}

  get settings(): RetentionSettings {
    return this.config.retention;
  }

  /** The rules with their configured periods. */
  rules(): Array<{ id: string; descriptionJa: string; setting: string; value: number; unit: string }> {
    return RETENTION_RULES.map((r) => ({ id: r.id, descriptionJa: r.descriptionJa(this.settings), setting: r.setting, value: r.value(this.settings), unit: r.unit }));
  }

  /** What a purge at `now` would trim, delete or announce, by rule: counts only, no personal values. */
  async dryRun(ctx: Ctx, now: Date = ctx.now): Promise<Array<RetentionCount & { descriptionJa: string }>> {
    const em = ctx.em;
    const counts = emptyCounts();
    const apps = await this.notEnrolledCandidates(em, now);
    counts[RULE_NOT_ENROLLED] = { ruleId: RULE_NOT_ENROLLED, rows: apps.length, people: new Set(apps.map((a) => a.accountId)).size };
    const followUp = await this.followUpCandidates(em, now);
    counts[RULE_FOLLOW_UP] = { ruleId: RULE_FOLLOW_UP, rows: [...followUp.values()].reduce((a, b) => a + b, 0), people: followUp.size };
    const notices = await this.inactiveToNotify(em, now);
    counts[RULE_INACTIVE_NOTICE] = { ruleId: RULE_INACTIVE_NOTICE, rows: notices.length, people: notices.length };
    const erasures = await this.inactiveToErase(em, now);
    counts[RULE_INACTIVE_ACCOUNT] = { ruleId: RULE_INACTIVE_ACCOUNT, rows: erasures.length, people: erasures.length };
    counts[RULE_AUDIT] = { ruleId: RULE_AUDIT, rows: await this.auditPastPeriod(em, now), people: null };
    return RETENTION_RULES.map((r) => ({ ...counts[r.id], descriptionJa: r.descriptionJa(this.settings) }));
  }

  /** The job: one round of every rule at `now`; resolves with the number of rows trimmed or deleted, notices sent and accounts erased. */
  async purge(now: Date): Promise<number> {
    const counts = await this.purgeByRule(now);
    return Object.values(counts)
      .filter((c) => c.ruleId !== RULE_AUDIT)
      .reduce((a, c) => a + c.rows, 0);
  }

  /** One round, by rule; the round is audited with its counts (privacy.retention). */
  async purgeByRule(now: Date): Promise<Counts> {
    const system = this.requireSystem();
    const counts = emptyCounts();
    const add = (id: string, rows: number, people: Set<number>, person: number) => {
      counts[id].rows += rows;
      if (rows > 0) people.add(person);
    };

    // 1. Applications of people never enrolled: trimmed, a batch per transaction.
    const trimmedPeople = new Set<number>();
    for (let round = 0; round < 1000; round++) {
      const done = await system.transaction(now, async (ctx) => {
        const batch = await this.notEnrolledCandidates(ctx.em, now, BATCH);
        if (!batch.length) return null;
        let trimmed = 0;
        for (const a of batch) {
          const n = await this.trimApplication(ctx.em, a.id);
          trimmed += n;
          add(RULE_NOT_ENROLLED, n, trimmedPeople, a.accountId);
        }
        return { trimmed, full: batch.length === BATCH };
      });
      if (!done || !done.full) break;
    }
    counts[RULE_NOT_ENROLLED].people = trimmedPeople.size;

    // 2. Follow-up data past its period: one transaction per alumnus, under the account's lock.
    const followUpPeople = new Set<number>();
    const alumni = await system.read((ctx) => this.followUpCandidates(ctx.em, now), now);
    for (const accountId of alumni.keys()) {
      const n = await system.transaction(now, async (ctx) => {
        await this.lockAccount(ctx.em, accountId);
        if (!(await this.followUpCandidates(ctx.em, now, [accountId])).has(accountId)) return 0;
        return this.deleteFollowUp(ctx.em, accountId);
      });
      add(RULE_FOLLOW_UP, n, followUpPeople, accountId);
    }
    counts[RULE_FOLLOW_UP].people = followUpPeople.size;

    // 3. Inactive accounts: the notice first (once), then, after its days, the erasure.
    const noticed = new Set<number>();
    for (const accountId of await system.read((ctx) => this.inactiveToNotify(ctx.em, now), now)) {
      const sent = await system.transaction(now, async (ctx) => {
        await this.lockAccount(ctx.em, accountId);
        if (!(await this.inactiveToNotify(ctx.em, now, [accountId])).length) return 0;
        const deleteOn = tokyoToday(periodAfter(now, this.settings.inactiveNoticeDays, 'days'));
        await this.notices.notifyMembers(ctx, [
          { accountId, kind: NoticeKind.GENERAL, messageKey: INACTIVE_NOTICE_KEY, params: { deleteOn }, mail: true, mailTemplate: 'account-inactive' },
        ]);
        return 1;
      });
      add(RULE_INACTIVE_NOTICE, sent, noticed, accountId);
    }
    counts[RULE_INACTIVE_NOTICE].people = noticed.size;
    const erased = new Set<number>();
    for (const accountId of await system.read((ctx) => this.inactiveToErase(ctx.em, now), now)) {
      const done = await system.transaction(now, async (ctx) => {
        await this.lockAccount(ctx.em, accountId);
        if (!(await this.inactiveToErase(ctx.em, now, [accountId])).length) return 0;
        await this.eraser.eraseMember(ctx, accountId, 'retention');
        return 1;
      });
      add(RULE_INACTIVE_ACCOUNT, done, erased, accountId);
    }
    counts[RULE_INACTIVE_ACCOUNT].people = erased.size;

    // 4. The audit log is never deleted here: only counted (the dry run shows it).
    // A round that changed something is audited with its counts only (a round with nothing to do leaves no row).
    const changed = RETENTION_RULES.some((r) => r.id !== RULE_AUDIT && counts[r.id].rows > 0);
    if (!changed) return counts;
    await system.transaction(
      now,
      async (ctx) => {
        ctx.audit.add({
          action: 'privacy.retention',
          outcome: 'success',
          actorId: null,
          actorRole: Role.ANONYMOUS,
          targetType: null,
          reason: 'retention',
          fields: RETENTION_RULES.filter((r) => r.id !== RULE_AUDIT).flatMap((r) => [`${r.id}.rows=${counts[r.id].rows}`, `${r.id}.people=${counts[r.id].people ?? 0}`]),
        });
      },
      'privacy.retention',
    );
    return counts;
  }

  private requireSystem(): SystemWork {
    if (!this.system) throw new Error('the retention purge needs the system context (wire SystemWork into buildPrivacy)');
    return this.system;
  }

  private async lockAccount(em: EntityManager, accountId: number): Promise<void> {
    await em.getRepository(Account).findOne({ select: { id: true }, where: { id: accountId }, ...lockMode(em) });
  }

  // --- Rule 1: applications of people never enrolled -------------------------------------------

  /** The application columns the trim clears: the marked ones that may be empty, and staff free text. */
  private applicationColumns(em: EntityManager): string[] {
    const metadata = em.connection.getMetadata(Application);
    const marked = personalRegister()
      .filter((m) => m.entity === Application.name)
      .map((m) => m.field);
    return [...new Set([...marked, ...APPLICATION_STAFF_TEXT])].filter((field) => metadata.findColumnWithPropertyName(field)?.isNullable);
  }

  private stillHolds(em: EntityManager, alias: string): string {
    const escape = (n: string) => em.connection.driver.escape(n);
    return (
      '(' +
      this.applicationColumns(em)
        .map((c) => `${alias}${escape(c)} IS NOT NULL`)
        .join(' OR ') +
      ')'
    );
  }

  private async notEnrolledCandidates(em: EntityManager, now: Date, limit?: number): Promise<Array<{ id: number; accountId: number }>> {
    const cutoff = periodBefore(now, this.settings.notEnrolledMonths, 'months');
    const rows = (await em.query(
      `SELECT a.id AS id, a.accountId AS accountId FROM application a JOIN cohort c ON c.id = a.cohortId
       WHERE c.announcedAt IS NOT NULL AND c.announcedAt <= ?
         AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.cohortId = a.cohortId AND e.accountId = a.accountId)
         AND ${this.stillHolds(em, 'a.')}
       ORDER BY a.id${limit ? ` LIMIT ${Number(limit)}` : ''}`,
      bind(em, [cutoff]),
    )) as Array<{ id: number | string; accountId: number | string }>;
    return rows.map((r) => ({ id: Number(r.id), accountId: Number(r.accountId) }));
  }

  /** Clears one application's personal columns; the compare-and-set matches only while something is left to clear. */
  private async trimApplication(em: EntityManager, id: number): Promise<number> {
    const cleared = Object.fromEntries(this.applicationColumns(em).map((c) => [c, null]));
    const result = await em.createQueryBuilder().update(Application).set(cleared).where('id = :id', { id }).andWhere(this.stillHolds(em, '')).execute();
    return result.affected ?? 0;
  }

  // --- Rule 2: follow-up data after completion ------------------------------------------------

  /** Alumni whose follow-up period has passed without renewed consent, with how many follow-up rows they still have. */
  private async followUpCandidates(em: EntityManager, now: Date, only?: readonly number[]): Promise<Map<number, number>> {
    const years = this.settings.followUpYears;
    const lastDay = tokyoToday(periodBefore(now, years, 'years'));
    const filter = only ? ` AND c.accountId IN (${only.map(() => '?').join(', ')})` : '';
    const completed = (await em.query(`SELECT c.accountId AS accountId FROM completion c WHERE c.outcome = ?${filter} GROUP BY c.accountId HAVING MAX(c.completedOn) <= ?`, [
      CompletionOutcome.COMPLETED,
      ...(only ?? []),
      lastDay,
    ])) as Array<{ accountId: number | string }>;
    let ids = completed.map((r) => Number(r.accountId));
    if (!ids.length) return new Map();
    // Renewed: the latest follow-up consent is granted and was given within the period.
    const renewedAfter = periodBefore(now, years, 'years');
    const renewed = new Set<number>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const consents = (await em.query(
        `SELECT accountId, granted, acceptedAt, id FROM consent WHERE kind = ? AND accountId IN (${chunk.map(() => '?').join(', ')}) ORDER BY accountId, acceptedAt, id`,
        [ConsentKind.FOLLOW_UP, ...chunk],
      )) as Array<{ accountId: number | string; granted: unknown; acceptedAt: unknown }>;
      const latest = new Map<number, { granted: boolean; acceptedAt: Date }>();
      for (const c of consents) latest.set(Number(c.accountId), { granted: c.granted === true || Number(c.granted) === 1, acceptedAt: asDate(c.acceptedAt) });
      for (const [accountId, c] of latest) if (c.granted && c.acceptedAt > renewedAfter) renewed.add(accountId);
    }
    ids = ids.filter((id) => !renewed.has(id));
    const held = new Map<number, number>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const list = chunk.map(() => '?').join(', ');
      const rows = (await em.query(
        `SELECT accountId, COUNT(*) AS n FROM survey_invitation WHERE answers IS NOT NULL AND accountId IN (${list}) GROUP BY accountId
         UNION ALL SELECT accountId, COUNT(*) AS n FROM activity_record_version WHERE accountId IN (${list}) GROUP BY accountId
         UNION ALL SELECT accountId, COUNT(*) AS n FROM activity_record WHERE accountId IN (${list}) GROUP BY accountId
         UNION ALL SELECT accountId, COUNT(*) AS n FROM group_note WHERE accountId IN (${list}) GROUP BY accountId`,
        [...chunk, ...chunk, ...chunk, ...chunk],
      )) as Array<{ accountId: number | string; n: number | string }>;
      for (const r of rows) held.set(Number(r.accountId), (held.get(Number(r.accountId)) ?? 0) + Number(r.n));
    }
    return held;
  }

  /** Deletes one alumnus's follow-up data (answers cleared, the invitation's status kept); each statement matches only what is still there. */
  private async deleteFollowUp(em: EntityManager, accountId: number): Promise<number> {
    const answers = await em.createQueryBuilder().update(SurveyInvitation).set({ answers: null }).where('accountId = :accountId AND answers IS NOT NULL', { accountId }).execute();
    const versions = await em.createQueryBuilder().delete().from(ActivityRecordVersion).where('accountId = :accountId', { accountId }).execute();
    const records = await em.createQueryBuilder().delete().from(ActivityRecord).where('accountId = :accountId', { accountId }).execute();
    const notes = await em.createQueryBuilder().delete().from(GroupNote).where('accountId = :accountId', { accountId }).execute();
    return (answers.affected ?? 0) + (versions.affected ?? 0) + (records.affected ?? 0) + (notes.affected ?? 0);
  }

  // --- Rule 3: inactive accounts ------------------------------------------------------------

  /**
   * Members without a login (their latest session; the registration when none) since `before`,
   * with no ongoing enrollment, not erased. `since` is the SQL for their latest login.
   */
  private inactiveSql(only: readonly number[] | undefined): { sql: string; since: string } {
    const since = 'COALESCE((SELECT MAX(s.createdAt) FROM session s WHERE s.accountId = a.id), a.createdAt)';
    const filter = only ? ` AND a.id IN (${only.map(() => '?').join(', ')})` : '';
    return {
      since,
      sql: `FROM account a
        WHERE a.role = ? AND a.status <> ? AND a.emailVerifiedAt IS NOT NULL${filter}
          AND ${since} <= ?
          AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohortId WHERE e.accountId = a.id AND e.withdrawnAt IS NULL AND c.endsOn >= ?)`,
    };
  }

  /** Inactive members due their notice: the erasure date (last login + the period) is within the notice days, and no notice since their last login. */
  private async inactiveToNotify(em: EntityManager, now: Date, only?: readonly number[]): Promise<number[]> {
    const before = periodBefore(periodAfter(now, this.settings.inactiveNoticeDays, 'days'), this.settings.inactiveAccountYears, 'years');
    const { sql, since } = this.inactiveSql(only);
    const rows = (await em.query(
      `SELECT a.id AS id ${sql}
         AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.accountId = a.id AND n.messageKey = ? AND n.createdAt >= ${since})
       ORDER BY a.id`,
      bind(em, [Role.MEMBER, AccountStatus.ERASED, ...(only ?? []), before, tokyoToday(now), INACTIVE_NOTICE_KEY]),
    )) as Array<{ id: number | string }>;
    return rows.map((r) => Number(r.id));
  }

  /** Inactive members past the period whose notice, given since their last login, is at least the notice days old. */
  private async inactiveToErase(em: EntityManager, now: Date, only?: readonly number[]): Promise<number[]> {
    const before = periodBefore(now, this.settings.inactiveAccountYears, 'years');
    const noticedBy = periodBefore(now, this.settings.inactiveNoticeDays, 'days');
    const { sql, since } = this.inactiveSql(only);
    const rows = (await em.query(
      `SELECT a.id AS id ${sql}
         AND EXISTS (SELECT 1 FROM notice n WHERE n.accountId = a.id AND n.messageKey = ? AND n.createdAt >= ${since} AND n.createdAt <= ?)
       ORDER BY a.id`,
      bind(em, [Role.MEMBER, AccountStatus.ERASED, ...(only ?? []), before, tokyoToday(now), INACTIVE_NOTICE_KEY, noticedBy]),
    )) as Array<{ id: number | string }>;
    return rows.map((r) => Number(r.id));
  }

  // --- Rule 4: the audit log (counted only) ---------------------------------------------------

  private async auditPastPeriod(em: EntityManager, now: Date): Promise<number> {
    const before = periodBefore(now, retentionRule(RULE_AUDIT).value(this.settings), 'years');
    const [row] = (await em.query('SELECT COUNT(*) AS n FROM audit_log WHERE at < ?', bind(em, [before]))) as Array<{ n: number | string }>;
    return Number(row?.n ?? 0);
  }
}

/** Parameters for a raw query: the embedded driver stores dates as UTC text and booleans as 0/1 (as readRows binds them). */
function bind(em: EntityManager, params: unknown[]): unknown[] {
  if (em.connection.options.type !== 'better-sqlite3') return params;
  return params.map((p) => (p instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(p) : typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/** A datetime read by a raw query: a Date on MySQL (timezone Z), UTC text on SQLite. */
function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : text.replace(' ', 'T') + 'Z');
}
