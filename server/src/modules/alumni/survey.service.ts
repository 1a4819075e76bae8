import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, badInput, conflict, forbidden, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { fieldScope } from '../../core/scope';
import { tokyoToday } from '../../core/graphql/scalars';
import type { SystemWork } from '../../core/system';
import { Cohort, FieldCode, type CatalogService } from '../catalog';
import { CompletionOutcome } from '../learning';
import { NoticeKind, type NoticeService } from '../notices';
import { InvitationStatus, Survey, SurveyInvitation, SurveyVersion, SurveyWave, SurveyWaveStatus } from './survey.entity';
import { SurveyQuestionKind, type MySurvey, type SurveyInfo, type SurveyQuestion, type SurveyQuestionInput, type SurveyWaveInfo } from './survey.types';
import type { ConsentService, ConsentWithdrawn } from './consent.service';
import type { ActivityService } from './activity.service';
import { ActivitySource } from './activity-record.entity';
import type { CommunityGroupService } from '../community';

const KEY = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const TEXT_MAX = 2000;
/** Answers to ACTIVE_FIELDS: the field codes as the API names them (WELFARE…), or NONE / OTHER. */
const FIELD_ANSWERS = new Set<string>([...Object.keys(FieldCode), 'NONE', 'OTHER']);

/** Waves of a cohort: months after completion, the days the answer window stays open, the reminder's days before the close. */
export interface WavePlan {
  offsets: number[];
  windowDays: number;
  remindDaysBefore: number | null;
}
export const DEFAULT_WAVES: WavePlan = { offsets: [12, 24], windowDays: 30, remindDaysBefore: 7 };

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Checks a survey's questions: stable unique keys, labels, and choices where the kind has them. */
export function checkQuestions(questions: SurveyQuestionInput[]): SurveyQuestion[] {
  if (!questions.length || questions.length > 50) throw badField('questions', 'survey.questionCount', 'A survey has 1 to 50 questions.');
  const keys = new Set<string>();
  return questions.map((q, i) => {
    if (!KEY.test(q.key) || keys.has(q.key)) throw badField(`questions.${i}.key`, 'survey.questionKey', 'Each question needs its own key (letters, digits, _).');
    keys.add(q.key);
    if (!q.label.trim() || q.label.length > 500) throw badField(`questions.${i}.label`, 'validation.length', 'Enter the question (up to 500 characters).');
    const hasChoices = q.kind === SurveyQuestionKind.SINGLE_CHOICE || q.kind === SurveyQuestionKind.MULTIPLE_CHOICE;
    const choiceKeys = new Set<string>();
    const choices = q.choices ?? [];
    for (const [j, c] of choices.entries()) {
      if (!KEY.test(c.key) || choiceKeys.has(c.key) || !c.label.trim())
        throw badField(`questions.${i}.choices.${j}`, 'survey.choiceKey', 'Each choice needs its own key and a label.');
      choiceKeys.add(c.key);
    }
    if (hasChoices && choices.length < 2) throw badField(`questions.${i}.choices`, 'survey.choices', 'A choice question needs at least two choices.');
    return { key: q.key, kind: q.kind, label: q.label.trim(), required: !!q.required, choices: hasChoices ? choices.map((c) => ({ key: c.key, label: c.label.trim() })) : [] };
  });
}

/** Checks answers against the questions; a missing required answer or a wrong value names its question. */
export function checkAnswers(questions: SurveyQuestion[], raw: string, final: boolean): Record<string, unknown> {
  let answers: Record<string, unknown>;
  try {
    answers = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw badField('answers', 'survey.badAnswers', 'The answers could not be read.');
  }
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) throw badField('answers', 'survey.badAnswers', 'The answers could not be read.');
  const errors: { field: string; messageKey: string; message: string }[] = [];
  const out: Record<string, unknown> = {};
  for (const q of questions) {
    const v = answers[q.key];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (final && q.required) errors.push({ field: `answers.${q.key}`, messageKey: 'survey.required', message: 'This question needs an answer.' });
      continue;
    }
    const choiceKeys = new Set(q.choices.map((c) => c.key));
    const bad = () => errors.push({ field: `answers.${q.key}`, messageKey: 'survey.badAnswer', message: 'This answer is not one the question takes.' });
    switch (q.kind) {
      case SurveyQuestionKind.SINGLE_CHOICE:
        if (typeof v !== 'string' || !choiceKeys.has(v)) bad();
        break;
      case SurveyQuestionKind.MULTIPLE_CHOICE:
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && choiceKeys.has(x))) bad();
        break;
      case SurveyQuestionKind.ACTIVE_FIELDS:
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && FIELD_ANSWERS.has(x))) bad();
        break;
      case SurveyQuestionKind.SCALE:
        if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 5) bad();
        break;
      case SurveyQuestionKind.NUMBER:
        if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 1e9) bad();
        break;
      case SurveyQuestionKind.HOURS_PER_MONTH:
        if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 744) bad();
        break;
      case SurveyQuestionKind.TEXT:
        if (typeof v !== 'string' || v.length > TEXT_MAX) bad();
        break;
      case SurveyQuestionKind.GROUPS:
        // A registered group as { groupId }, or one not registered as its name.
        if (!Array.isArray(v) || v.length > 20 || !v.every((x) => (typeof x === 'string' && x.trim() && x.length <= 200) || registeredGroupId(x) !== null)) bad();
        break;
    }
    out[q.key] = v;
  }
  if (errors.length) throw badInput(errors);
  return out;
}

/** The id of a registered group named in a GROUPS answer ({ groupId: "12" }), or null for a name. */
export function registeredGroupId(x: unknown): number | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const id = String((x as { groupId?: unknown }).groupId ?? '');
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
}

/** Every registered group id named in the GROUPS answers. */
export function groupIdsIn(questions: SurveyQuestion[], answers: Array<Record<string, unknown>>): number[] {
  const ids = new Set<number>();
  for (const q of questions) {
    if (q.kind !== SurveyQuestionKind.GROUPS) continue;
    for (const a of answers)
      for (const x of Array.isArray(a[q.key]) ? (a[q.key] as unknown[]) : []) {
        const id = registeredGroupId(x);
        if (id !== null) ids.add(id);
      }
  }
  return [...ids];
}

/**
 * Follow-up surveys: staff build them (questions in versions), schedule waves per cohort at
 * offsets from completion, and a background job opens, reminds and closes the waves on every
 * instance. A wave is claimed by a compare-and-set of its status, so two instances never invite
 * twice; invitations and reminders go only to alumni whose latest follow-up choice is yes.
 */
export class SurveyService implements ConsentWithdrawn {
  constructor(
    private readonly catalog: CatalogService,
    private readonly notices: NoticeService,
    private readonly consents: ConsentService,
    private readonly activity: ActivityService,
    private readonly system: SystemWork,
    private readonly groups: CommunityGroupService,
  ) {}

  // ── staff ─────────────────────────────────────────────────────────────

  async surveyInScope(ctx: Ctx, id: string, lock = false): Promise<Survey> {
    const survey = await repo(ctx, Survey).findOne({ where: { id: parseId(id, 'survey') }, ...(lock ? lockMode(ctx.em) : {}) });
    const scoped = fieldScope(ctx);
    if (!survey || (scoped && survey.fieldCode !== scoped)) throw notFound('survey');
    return survey;
  }

  private async currentVersion(ctx: Ctx, surveyId: number): Promise<SurveyVersion> {
    const [v] = await repo(ctx, SurveyVersion).find({ where: { surveyId }, order: { version: 'DESC' }, take: 1 });
    return v;
  }

  async create(ctx: Ctx, title: string, fieldCode: FieldCode | null, questions: SurveyQuestionInput[]): Promise<SurveyInfo> {
    const scoped = fieldScope(ctx);
    if (scoped && fieldCode !== scoped) throw forbidden('Contractor staff make surveys of their own field.');
    if (!title.trim() || title.length > 200) throw badField('title', 'validation.length', 'Enter a title (up to 200 characters).');
    const checked = checkQuestions(questions);
    const inserted = await repo(ctx, Survey).insert({ title: title.trim(), fieldCode, createdBy: ctx.user!.accountId, createdAt: ctx.now });
    const id = Number(inserted.identifiers[0].id);
    await repo(ctx, SurveyVersion).insert({ surveyId: id, version: 1, questions: JSON.stringify(checked), createdAt: ctx.now });
    ctx.audit.target('Survey', id);
    return this.info(ctx, String(id));
  }

  /** New questions: the same version while nobody has answered it, else a new version (answers keep theirs). */
  async setQuestions(ctx: Ctx, id: string, questions: SurveyQuestionInput[]): Promise<SurveyInfo> {
    const survey = await this.surveyInScope(ctx, id, true);
    const checked = checkQuestions(questions);
    const current = await this.currentVersion(ctx, survey.id);
    const answered = await repo(ctx, SurveyInvitation).existsBy({ surveyVersionId: current.id, status: InvitationStatus.ANSWERED });
    if (answered) await repo(ctx, SurveyVersion).insert({ surveyId: survey.id, version: current.version + 1, questions: JSON.stringify(checked), createdAt: ctx.now });
    else await repo(ctx, SurveyVersion).update({ id: current.id }, { questions: JSON.stringify(checked) });
    ctx.audit.target('Survey', survey.id);
    return this.info(ctx, String(survey.id));
  }

  /** Waves for a cohort at offsets from its completion (the cohort's end), each with its window and reminder. */
  async schedule(ctx: Ctx, id: string, cohortId: string, plan: WavePlan): Promise<SurveyInfo> {
    // The survey row is the lock: two schedules at once add each wave once.
    const survey = await this.surveyInScope(ctx, id, true);
    const cohort = await this.catalog.getCohort(ctx, cohortId);
    if (survey.fieldCode && survey.fieldCode !== cohort.fieldCode) throw badField('cohortId', 'survey.otherField', 'This survey is for another field’s cohorts.');
    if (!plan.offsets.length || plan.offsets.some((o) => !Number.isInteger(o) || o < 0 || o > 120))
      throw badField('offsets', 'survey.offsets', 'Offsets are whole months from 0 to 120.');
    if (!Number.isInteger(plan.windowDays) || plan.windowDays < 1 || plan.windowDays > 180) throw badField('windowDays', 'survey.window', 'The window is 1 to 180 days.');
    if (plan.remindDaysBefore !== null && (!Number.isInteger(plan.remindDaysBefore) || plan.remindDaysBefore < 1 || plan.remindDaysBefore >= plan.windowDays))
      throw badField('remindDaysBefore', 'survey.reminder', 'The reminder comes 1 day or more before the close, inside the window.');
    for (const offsetMonths of [...new Set(plan.offsets)]) {
      if (await repo(ctx, SurveyWave).existsBy({ surveyId: survey.id, cohortId: cohort.id, offsetMonths })) continue;
      const opensOn = addMonths(cohort.endsOn, offsetMonths);
      const closesOn = addDays(opensOn, plan.windowDays - 1);
      await repo(ctx, SurveyWave).insert({
        surveyId: survey.id,
        cohortId: cohort.id,
        offsetMonths,
        opensOn,
        closesOn,
        remindOn: plan.remindDaysBefore === null ? null : addDays(closesOn, -plan.remindDaysBefore),
        status: SurveyWaveStatus.SCHEDULED,
        surveyVersionId: null,
        openedAt: null,
        remindedAt: null,
      });
    }
    ctx.audit.target('Survey', survey.id);
    return this.info(ctx, String(survey.id));
  }

  async list(ctx: Ctx): Promise<SurveyInfo[]> {
    const scoped = fieldScope(ctx);
    return this.infos(ctx, await repo(ctx, Survey).find({ where: scoped ? { fieldCode: scoped as FieldCode } : {}, order: { id: 'DESC' } }));
  }

  async info(ctx: Ctx, id: string): Promise<SurveyInfo> {
    return (await this.infos(ctx, [await this.surveyInScope(ctx, id)]))[0];
  }

  /** Surveys with their current questions, waves and counts: three statements however many surveys. */
  private async infos(ctx: Ctx, surveys: Survey[]): Promise<SurveyInfo[]> {
    if (!surveys.length) return [];
    const ids = surveys.map((s) => s.id);
    const versions = await repo(ctx, SurveyVersion).find({ where: { surveyId: In(ids) }, order: { version: 'DESC' } });
    const waves = await repo(ctx, SurveyWave).find({ where: { surveyId: In(ids) }, order: { opensOn: 'ASC', id: 'ASC' } });
    const counts: { waveId: number; status: string; n: number | string }[] = waves.length
      ? await ctx.em.query(
          `SELECT i.waveId AS waveId, i.status AS status, COUNT(*) AS n FROM survey_invitation i WHERE i.waveId IN (${waves.map(() => '?').join(',')}) GROUP BY i.waveId, i.status`,
          waves.map((w) => w.id),
        )
      : [];
    const count = (waveId: number, ...statuses: InvitationStatus[]) =>
      counts.filter((c) => Number(c.waveId) === waveId && statuses.includes(c.status as InvitationStatus)).reduce((a, c) => a + Number(c.n), 0);
    const waveInfo = (wave: SurveyWave): SurveyWaveInfo => ({
      wave,
      invited: count(wave.id, ...Object.values(InvitationStatus)),
      answered: count(wave.id, InvitationStatus.ANSWERED),
      declined: count(wave.id, InvitationStatus.DECLINED),
      pending: count(wave.id, InvitationStatus.PENDING),
      ended: count(wave.id, InvitationStatus.CANCELLED, InvitationStatus.EXPIRED),
    });
    return surveys.map((survey) => {
      // Versions come newest first: the first of a survey is its current one.
      const current = versions.find((v) => v.surveyId === survey.id)!;
      return {
        id: survey.id,
        title: survey.title,
        fieldCode: survey.fieldCode,
        version: current.version,
        questions: JSON.parse(current.questions) as SurveyQuestion[],
        waves: waves.filter((w) => w.surveyId === survey.id).map(waveInfo),
      };
    });
  }

  // ── the background job ──────────────────────────────────────────────

  /** One round: open the waves due, send the reminders due, close the waves past their window. Safe on every instance. */
  async runWaves(now: Date): Promise<number> {
    const today = tokyoToday(now);
    let handled = 0;
    const due = await this.system.transaction(now, (ctx) =>
      repo(ctx, SurveyWave).find({ select: { id: true }, where: { status: SurveyWaveStatus.SCHEDULED }, order: { id: 'ASC' } }),
    );
    for (const { id } of due) handled += await this.system.transaction(now, (ctx) => this.open(ctx, id, today), 'survey.openWave');
    const open = await this.system.transaction(now, (ctx) => repo(ctx, SurveyWave).find({ where: { status: SurveyWaveStatus.OPEN }, order: { id: 'ASC' } }));
    for (const wave of open) {
      if (wave.remindOn && wave.remindOn <= today && !wave.remindedAt) handled += await this.system.transaction(now, (ctx) => this.remind(ctx, wave.id), 'survey.remind');
      if (wave.closesOn < today) handled += await this.system.transaction(now, (ctx) => this.close(ctx, wave.id), 'survey.closeWave');
    }
    return handled;
  }

  private async open(ctx: Ctx, waveId: number, today: string): Promise<number> {
    const wave = await repo(ctx, SurveyWave).findOneByOrFail({ id: waveId });
    if (wave.opensOn > today) return 0;
    const version = await this.currentVersion(ctx, wave.surveyId);
    // The claim: only the instance whose compare-and-set moves the wave from scheduled invites.
    const claimed = await repo(ctx, SurveyWave).update(
      { id: waveId, status: SurveyWaveStatus.SCHEDULED },
      { status: SurveyWaveStatus.OPEN, openedAt: ctx.now, surveyVersionId: version.id },
    );
    if (!claimed.affected) return 0;
    const alumni = (await ctx.em.query('SELECT DISTINCT c.accountId AS accountId FROM completion c WHERE c.cohortId = ? AND c.outcome = ?', [
      wave.cohortId,
      CompletionOutcome.COMPLETED,
    ])) as {
      accountId: number;
    }[];
    const consenting = await this.consents.consenting(
      ctx,
      alumni.map((a) => Number(a.accountId)),
    );
    const invited = [...consenting].sort((a, b) => a - b);
    for (let i = 0; i < invited.length; i += 500) {
      await repo(ctx, SurveyInvitation).insert(
        invited.slice(i, i + 500).map((accountId) => ({
          waveId,
          accountId,
          surveyVersionId: version.id,
          status: InvitationStatus.PENDING,
          invitedAt: ctx.now,
          remindedAt: null,
          respondedAt: null,
          answers: null,
        })),
      );
    }
    const survey = await repo(ctx, Survey).findOneByOrFail({ id: wave.surveyId });
    await this.notices.notifyMembers(
      ctx,
      invited.map((accountId) => ({
        accountId,
        kind: NoticeKind.GENERAL,
        messageKey: 'notice.surveyInvitation',
        params: { title: survey.title, closesOn: wave.closesOn },
        mail: true,
        mailTemplate: 'survey-waiting',
      })),
    );
    return 1;
  }

  private async remind(ctx: Ctx, waveId: number): Promise<number> {
    const claimed = await repo(ctx, SurveyWave)
      .createQueryBuilder()
      .update()
      .set({ remindedAt: ctx.now })
      .where('id = :id AND remindedAt IS NULL AND status = :open', { id: waveId, open: SurveyWaveStatus.OPEN })
      .execute();
    if (!claimed.affected) return 0;
    const wave = await repo(ctx, SurveyWave).findOneByOrFail({ id: waveId });
    const pending = await repo(ctx, SurveyInvitation).find({ select: { id: true, accountId: true }, where: { waveId, status: InvitationStatus.PENDING } });
    // Only those who still agree: a withdrawal cancels invitations, and this checks again.
    const consenting = await this.consents.consenting(
      ctx,
      pending.map((p) => p.accountId),
    );
    const reminded = pending.filter((p) => consenting.has(p.accountId));
    if (reminded.length) await repo(ctx, SurveyInvitation).update({ id: In(reminded.map((r) => r.id)) }, { remindedAt: ctx.now });
    const survey = await repo(ctx, Survey).findOneByOrFail({ id: wave.surveyId });
    await this.notices.notifyMembers(
      ctx,
      reminded.map((r) => ({
        accountId: r.accountId,
        kind: NoticeKind.GENERAL,
        messageKey: 'notice.surveyReminder',
        params: { title: survey.title, closesOn: wave.closesOn },
        mail: true,
        mailTemplate: 'survey-waiting',
      })),
    );
    return 1;
  }

  private async close(ctx: Ctx, waveId: number): Promise<number> {
    const closed = await repo(ctx, SurveyWave).update({ id: waveId, status: SurveyWaveStatus.OPEN }, { status: SurveyWaveStatus.CLOSED });
    if (!closed.affected) return 0;
    await repo(ctx, SurveyInvitation).update({ waveId, status: InvitationStatus.PENDING }, { status: InvitationStatus.EXPIRED });
    return 1;
  }

  /** Invitations of these accounts with their answers, newest first (Account.surveyInvitations); contractors see their field's cohorts' only. */
  async invitationsOf(ctx: Ctx, accountIds: readonly number[]): Promise<SurveyInvitation[][]> {
    const field = fieldScope(ctx);
    const qb = repo(ctx, SurveyInvitation)
      .createQueryBuilder('i')
      .where('i.accountId IN (:...ids)', { ids: [...accountIds] });
    if (field) qb.innerJoin(SurveyWave, 'w', 'w.id = i.waveId').innerJoin(Cohort, 'h', 'h.id = w.cohortId AND h.fieldCode = :field', { field });
    const rows = await qb.orderBy('i.id', 'DESC').getMany();
    return accountIds.map((a) => rows.filter((r) => r.accountId === a));
  }

  /** A withdrawn consent: pending invitations are cancelled at once, in the same transaction. */
  async consentWithdrawn(ctx: Ctx, accountId: number): Promise<void> {
    await repo(ctx, SurveyInvitation).update({ accountId, status: InvitationStatus.PENDING }, { status: InvitationStatus.CANCELLED });
  }

  // ── the alumnus ─────────────────────────────────────────────────────

  async mine(ctx: Ctx): Promise<MySurvey[]> {
    const invitations = await repo(ctx, SurveyInvitation).find({ where: { accountId: ctx.user!.accountId, status: InvitationStatus.PENDING }, order: { id: 'ASC' } });
    if (!invitations.length) return [];
    const waves = await repo(ctx, SurveyWave).findBy({ id: In(invitations.map((i) => i.waveId)) });
    const versions = await repo(ctx, SurveyVersion).findBy({ id: In(invitations.map((i) => i.surveyVersionId)) });
    const surveys = await repo(ctx, Survey).findBy({ id: In(versions.map((v) => v.surveyId)) });
    return invitations.map((i) => {
      const version = versions.find((v) => v.id === i.surveyVersionId)!;
      return {
        id: i.id,
        accountId: i.accountId,
        title: surveys.find((s) => s.id === version.surveyId)!.title,
        closesOn: waves.find((w) => w.id === i.waveId)!.closesOn,
        questions: JSON.parse(version.questions) as SurveyQuestion[],
        invitation: i,
      };
    });
  }

  private async myInvitation(ctx: Ctx, id: string): Promise<{ invitation: SurveyInvitation; questions: SurveyQuestion[] }> {
    const invitation = await repo(ctx, SurveyInvitation).findOne({ where: { id: parseId(id, 'survey') }, ...lockMode(ctx.em) });
    if (!invitation || invitation.accountId !== ctx.user!.accountId) throw notFound('survey');
    if (invitation.status !== InvitationStatus.PENDING) throw conflict('survey.notPending', 'This survey has already been answered, declined or closed.');
    const version = await repo(ctx, SurveyVersion).findOneByOrFail({ id: invitation.surveyVersionId });
    return { invitation, questions: JSON.parse(version.questions) as SurveyQuestion[] };
  }

  async saveDraft(ctx: Ctx, id: string, answers: string): Promise<MySurvey> {
    const { invitation, questions } = await this.myInvitation(ctx, id);
    const checked = checkAnswers(questions, answers, false);
    await this.checkGroups(ctx, questions, checked);
    await repo(ctx, SurveyInvitation).update({ id: invitation.id }, { answers: JSON.stringify(checked) });
    return (await this.mine(ctx)).find((s) => s.id === invitation.id)!;
  }

  /** The answers, once: required questions answered; the activity questions become activity records (source SURVEY). */
  async submit(ctx: Ctx, id: string, answers: string): Promise<boolean> {
    const { invitation, questions } = await this.myInvitation(ctx, id);
    const checked = checkAnswers(questions, answers, true);
    await this.checkGroups(ctx, questions, checked);
    const done = await repo(ctx, SurveyInvitation).update(
      { id: invitation.id, status: InvitationStatus.PENDING },
      { status: InvitationStatus.ANSWERED, answers: JSON.stringify(checked), respondedAt: ctx.now },
    );
    if (!done.affected) throw conflict('survey.notPending', 'This survey has already been answered, declined or closed.');
    await this.activityFromAnswers(ctx, invitation.accountId, questions, checked);
    return true;
  }

  /** A registered group named in the answers must be in the registry and active. */
  private async checkGroups(ctx: Ctx, questions: SurveyQuestion[], answers: Record<string, unknown>): Promise<void> {
    const ids = groupIdsIn(questions, [answers]);
    if (!ids.length) return;
    const active = new Set((await this.groups.activeByIds(ctx, ids)).map((g) => g.id));
    const q = questions.find((x) => x.kind === SurveyQuestionKind.GROUPS && groupIdsIn([x], [answers]).some((id) => !active.has(id)));
    if (q) throw badInput([{ field: `answers.${q.key}`, messageKey: 'survey.groupUnknown', message: 'This group is not in the registry (or no longer active).' }]);
  }

  /** Declined: recorded with no answers (a draft is dropped). */
  async decline(ctx: Ctx, id: string): Promise<boolean> {
    const { invitation } = await this.myInvitation(ctx, id);
    await repo(ctx, SurveyInvitation).update({ id: invitation.id, status: InvitationStatus.PENDING }, { status: InvitationStatus.DECLINED, answers: null, respondedAt: ctx.now });
    return true;
  }

  /** Each group named in the answers is an activity: a new record, or a new version of a current one of that group. */
  private async activityFromAnswers(ctx: Ctx, accountId: number, questions: SurveyQuestion[], answers: Record<string, unknown>): Promise<void> {
    const of = (kind: SurveyQuestionKind) => questions.find((q) => q.kind === kind && answers[q.key] !== undefined);
    const groupsQ = of(SurveyQuestionKind.GROUPS);
    const fieldsQ = of(SurveyQuestionKind.ACTIVE_FIELDS);
    if (!groupsQ || !fieldsQ) return;
    const fieldCodes = (answers[fieldsQ.key] as string[]).flatMap((f) => (f in FieldCode ? [FieldCode[f as keyof typeof FieldCode]] : []));
    if (!fieldCodes.length) return;
    const hoursQ = of(SurveyQuestionKind.HOURS_PER_MONTH);
    const hoursPerMonth = hoursQ ? (answers[hoursQ.key] as number) : null;
    const today = tokyoToday(ctx.now);
    const existing = (await this.activity.recordsOf(ctx, [accountId]))[0];
    const named = answers[groupsQ.key] as unknown[];
    const registered = [...new Set(named.map(registeredGroupId).filter((id): id is number => id !== null))];
    const names = [...new Set(named.filter((g): g is string => typeof g === 'string').map((g) => g.trim()))];
    const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
    const targets = [...registered.map((groupId) => ({ groupId, name: null as string | null })), ...names.map((name) => ({ groupId: null as number | null, name }))];
    for (const target of targets) {
      const same = existing.find(
        (r) =>
          !r.current.endedOn && (target.groupId !== null ? r.current.groupId === target.groupId : r.current.groupId === null && fold(r.current.groupName) === fold(target.name!)),
      );
      const input = {
        fieldCodes,
        groupId: target.groupId === null ? null : String(target.groupId),
        groupName: target.name,
        role: same?.current.role ?? null,
        startedOn: same?.current.startedOn ?? today,
        endedOn: null,
        hoursPerMonth,
      };
      if (same) await this.activity.addVersion(ctx, same.id, same.current.version, input, ActivitySource.SURVEY);
      else await this.activity.add(ctx, accountId, input, ActivitySource.SURVEY);
    }
  }
}
