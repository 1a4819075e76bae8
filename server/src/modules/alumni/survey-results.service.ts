import crypto from 'node:crypto';
import { In } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { forbidden, notFound, parseId } from '../../core/errors';
import { csvDocument } from '../../core/csv';
import { tokyoToday } from '../../core/graphql/scalars';
import { Cohort, Course, FieldCode, StudyField } from '../catalog';
import { Account } from '../accounts';
import { Permission } from '../permissions';
import { InvitationStatus, SurveyInvitation, SurveyVersion, SurveyWave } from './survey.entity';
import { SurveyQuestionKind, type SurveyQuestion } from './survey.types';
import type { SurveyQuestionResult, SurveyResultCount, SurveyResults } from './survey-results.types';
import { groupIdsIn, registeredGroupId, type SurveyService } from './survey.service';
import type { CommunityGroupService } from '../community';

/** Hours a month in ranges, so a chart reads at a glance. */
const HOUR_RANGES: Array<{ key: string; max: number }> = [
  { key: '0', max: 0 },
  { key: '1-4', max: 4 },
  { key: '5-9', max: 9 },
  { key: '10-19', max: 19 },
  { key: '20-39', max: 39 },
  { key: '40+', max: Infinity },
];
const FIELD_ANSWER_KEYS = [...Object.keys(FieldCode), 'NONE', 'OTHER'];
const TOP_GROUPS = 20;

/** The questions of every version: the current one's first, then keys only earlier versions asked. */
function questionsOf(versions: SurveyVersion[]): SurveyQuestion[] {
  const out = new Map<string, SurveyQuestion>();
  for (const v of [...versions].sort((a, b) => b.version - a.version)) {
    for (const q of JSON.parse(v.questions) as SurveyQuestion[]) if (!out.has(q.key)) out.set(q.key, q);
  }
  return [...out.values()];
}

function stats(values: number[]): Pick<SurveyQuestionResult, 'mean' | 'median' | 'min' | 'max'> {
  if (!values.length) return { mean: null, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return {
    mean: Math.round((sorted.reduce((a, b) => a + b, 0) / sorted.length) * 100) / 100,
    median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** One question over the answers given. */
export function summarise(q: SurveyQuestion, answers: Array<Record<string, unknown>>, groupNames: ReadonlyMap<number, string> = new Map()): SurveyQuestionResult {
  const given = answers.map((a) => a[q.key]).filter((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length));
  const tally = new Map<string, number>();
  const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const counted = (keys: Array<{ key: string; label: string | null }>): SurveyResultCount[] => keys.map((k) => ({ ...k, count: tally.get(k.key) ?? 0 }));
  const base = { key: q.key, kind: q.kind, label: q.label, answered: given.length, counts: [] as SurveyResultCount[], ...stats([]) };
  switch (q.kind) {
    case SurveyQuestionKind.SINGLE_CHOICE:
    case SurveyQuestionKind.MULTIPLE_CHOICE:
      for (const v of given) for (const k of Array.isArray(v) ? v : [v]) bump(String(k));
      return { ...base, counts: counted(q.choices.map((c) => ({ key: c.key, label: c.label }))) };
    case SurveyQuestionKind.ACTIVE_FIELDS:
      for (const v of given) for (const k of v as string[]) bump(k);
      return { ...base, counts: counted(FIELD_ANSWER_KEYS.map((key) => ({ key, label: null }))) };
    case SurveyQuestionKind.SCALE:
      for (const v of given) bump(String(v));
      return { ...base, counts: counted(['1', '2', '3', '4', '5'].map((key) => ({ key, label: null }))), ...stats(given as number[]) };
    case SurveyQuestionKind.HOURS_PER_MONTH:
      for (const v of given) bump(HOUR_RANGES.find((r) => (v as number) <= r.max)!.key);
      return { ...base, counts: counted(HOUR_RANGES.map((r) => ({ key: r.key, label: null }))), ...stats(given as number[]) };
    case SurveyQuestionKind.NUMBER:
      return { ...base, ...stats(given as number[]) };
    case SurveyQuestionKind.GROUPS: {
      // A registered group counts under group:<id> with its registered name; other names as
      // written, folded (full-width, spaces) so that one group is one row.
      const shown = new Map<string, string>();
      for (const v of given) {
        const keys = new Set(
          (v as unknown[]).map((g) => {
            const id = registeredGroupId(g);
            if (id === null) return String(g).normalize('NFKC').trim().replace(/\s+/g, ' ');
            shown.set(`group:${id}`, groupNames.get(id) ?? `group:${id}`);
            return `group:${id}`;
          }),
        );
        for (const k of keys) bump(k);
      }
      const top = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_GROUPS);
      return { ...base, counts: top.map(([key, count]) => ({ key, label: shown.get(key) ?? key, count })) };
    }
    default:
      return base;
  }
}

/**
 * A survey's results: a summary per question with counts (no one's answer), and the answers as
 * CSV, pseudonymous by default (an alumnus code, cohort, field); names only with the names
 * permission. Every export is audited.
 */
export class SurveyResultsService {
  constructor(
    private readonly surveys: SurveyService,
    private readonly groups: CommunityGroupService,
    private readonly pseudonymKey: Buffer,
  ) {}

  /** A stable code per alumnus, the same in every survey, so +1 and +2 years line up; it cannot be turned back into the account without the key. */
  alumnusCode(accountId: number): string {
    const mac = crypto.createHmac('sha256', this.pseudonymKey).update(`alumnus:${accountId}`).digest();
    return 'A' + base32(mac.subarray(0, 7)).slice(0, 10);
  }

  private async scope(ctx: Ctx, surveyId: string, waveId: string | null | undefined) {
    const survey = await this.surveys.surveyInScope(ctx, surveyId);
    const waves = await repo(ctx, SurveyWave).find({ where: { surveyId: survey.id }, order: { opensOn: 'ASC', id: 'ASC' } });
    const chosen = waveId ? waves.filter((w) => w.id === parseId(waveId, 'wave')) : waves;
    if (waveId && !chosen.length) throw notFound('wave');
    return { survey, waves: chosen };
  }

  async results(ctx: Ctx, surveyId: string, waveId?: string | null): Promise<SurveyResults> {
    const { survey, waves } = await this.scope(ctx, surveyId, waveId);
    const versions = await repo(ctx, SurveyVersion).findBy({ surveyId: survey.id });
    const rows: Array<{ status: string; answers: string | null }> = waves.length
      ? await repo(ctx, SurveyInvitation).find({ select: { status: true, answers: true }, where: { waveId: In(waves.map((w) => w.id)) } })
      : [];
    const answered = rows.filter((r) => r.status === InvitationStatus.ANSWERED);
    const answers = answered.map((r) => (r.answers ? (JSON.parse(r.answers) as Record<string, unknown>) : {}));
    const questions = questionsOf(versions);
    const groupNames = await this.groups.namesOf(ctx, groupIdsIn(questions, answers));
    return {
      surveyId: survey.id,
      waveId: waveId ? waves[0].id : null,
      invited: rows.length,
      answered: answered.length,
      declined: rows.filter((r) => r.status === InvitationStatus.DECLINED).length,
      questions: questions.map((q) => summarise(q, answers, groupNames)),
    };
  }

  /** The answers as CSV for Excel: one row per answer, one column per question, in Japanese headings. */
  async answersCsv(ctx: Ctx, surveyId: string, waveId: string | null | undefined, withNames: boolean): Promise<string> {
    if (withNames && !ctx.user?.permissions.has(Permission.FollowUpNames)) throw forbidden('Names in the export need the follow-up names permission.');
    const { survey, waves } = await this.scope(ctx, surveyId, waveId);
    const versions = await repo(ctx, SurveyVersion).findBy({ surveyId: survey.id });
    const questions = questionsOf(versions);
    const invitations = waves.length
      ? await repo(ctx, SurveyInvitation).find({ where: { waveId: In(waves.map((w) => w.id)), status: InvitationStatus.ANSWERED }, order: { waveId: 'ASC', id: 'ASC' } })
      : [];
    const cohortIds = [...new Set(waves.map((w) => w.cohortId))];
    const cohorts = cohortIds.length ? await repo(ctx, Cohort).findBy({ id: In(cohortIds) }) : [];
    const courses = cohorts.length ? await repo(ctx, Course).findBy({ id: In([...new Set(cohorts.map((c) => c.courseId))]) }) : [];
    const fields = await repo(ctx, StudyField).find();
    const fieldName = (code: string) => fields.find((f) => f.code === code)?.nameJa ?? code;
    const answerFieldName = (key: string) => (key === 'NONE' ? 'なし' : key === 'OTHER' ? 'その他' : fieldName(FieldCode[key as keyof typeof FieldCode] ?? key));
    const parsed = new Map(invitations.map((i) => [i.id, i.answers ? (JSON.parse(i.answers) as Record<string, unknown>) : {}]));
    const groupNames = await this.groups.namesOf(ctx, groupIdsIn(questions, [...parsed.values()]));
    const people = new Map<number, { name: string; nameKana: string }>();
    // A student number belongs to one cohort: keyed by alumnus and cohort.
    const studentNumbers = new Map<string, string>();
    if (withNames && invitations.length) {
      const ids = [...new Set(invitations.map((i) => i.accountId))];
      const accounts: Account[] = [];
      for (let i = 0; i < ids.length; i += 500)
        accounts.push(...(await repo(ctx, Account).find({ select: { id: true, name: true, nameKana: true }, where: { id: In(ids.slice(i, i + 500)) } })));
      const numbers = (await ctx.em.query(
        `SELECT e.accountId AS accountId, e.cohortId AS cohortId, e.studentNumber AS studentNumber FROM enrollment e WHERE e.cohortId IN (${cohortIds.map(() => '?').join(',')})`,
        cohortIds,
      )) as Array<{
        accountId: number;
        cohortId: number;
        studentNumber: string | null;
      }>;
      for (const a of accounts) people.set(a.id, { name: a.name, nameKana: a.nameKana });
      for (const n of numbers) if (n.studentNumber) studentNumbers.set(`${Number(n.accountId)}:${Number(n.cohortId)}`, n.studentNumber);
    }
    const cell = (q: SurveyQuestion, v: unknown): string | number => {
      if (v === undefined || v === null) return '';
      const choice = (k: unknown) => q.choices.find((c) => c.key === k)?.label ?? String(k);
      switch (q.kind) {
        case SurveyQuestionKind.SINGLE_CHOICE:
          return choice(v);
        case SurveyQuestionKind.MULTIPLE_CHOICE:
          return (v as string[]).map(choice).join('、');
        case SurveyQuestionKind.ACTIVE_FIELDS:
          return (v as string[]).map(answerFieldName).join('、');
        case SurveyQuestionKind.GROUPS:
          return (v as unknown[])
            .map((g) => {
              const id = registeredGroupId(g);
              return id === null ? String(g) : (groupNames.get(id) ?? '');
            })
            .join('、');
        default:
          return typeof v === 'number' ? v : String(v);
      }
    };
    const header = ['回答者コード', ...(withNames ? ['学籍番号', '氏名', 'ふりがな'] : []), '年度', '講座', '分野', '調査回', '回答日', ...questions.map((q) => q.label)];
    const lines: Array<Array<string | number>> = [header];
    for (const inv of invitations) {
      const wave = waves.find((w) => w.id === inv.waveId)!;
      const cohort = cohorts.find((c) => c.id === wave.cohortId);
      const answers = parsed.get(inv.id)!;
      const person = people.get(inv.accountId);
      lines.push([
        this.alumnusCode(inv.accountId),
        ...(withNames ? [studentNumbers.get(`${inv.accountId}:${wave.cohortId}`) ?? '', person?.name ?? '', person?.nameKana ?? ''] : []),
        cohort ? `${cohort.academicYear}年度` : '',
        courses.find((c) => c.id === cohort?.courseId)?.title ?? '',
        cohort ? fieldName(cohort.fieldCode) : '',
        `修了${wave.offsetMonths}か月後`,
        inv.respondedAt ? tokyoToday(inv.respondedAt).replace(/-/g, '/') : '',
        ...questions.map((q) => cell(q, answers[q.key])),
      ]);
    }
    ctx.audit.add({
      action: withNames ? 'survey.exportNamed' : 'survey.export',
      outcome: 'success',
      targetType: 'SurveyInvitation',
      targetIds: invitations.map((i) => i.id),
      subjectIds: invitations.map((i) => i.accountId),
      fields: withNames ? ['answers', 'name', 'nameKana', 'studentNumber'] : ['answers'],
    });
    return csvDocument(lines);
  }
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
