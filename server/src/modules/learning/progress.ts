/**
 * Live progress toward completion, computed from plain data (no database, no clock of its own).
 *
 * The rate is honest: over ALL planned, non-cancelled counting sessions, past and future. A
 * student with 5 of 5 so far out of 10 planned is at 50%, with 100% still reachable.
 *
 * - attended: counting sessions whose recorded status counts as attended;
 * - missed: counting sessions whose recorded status does not count as attended (an absence);
 * - open: counting sessions with nothing recorded yet (future ones, and past ones whose
 *   attendance is not entered yet): they may still be attended, so they count as reachable;
 * - bestReachable = (attended + open) / planned.
 */
import type { RuleTerms } from './completion-rule.defaults';

export enum ProgressState {
  ON_TRACK = 'onTrack',
  AT_RISK = 'atRisk',
  NOT_ACHIEVABLE = 'notAchievable',
  WITHDRAWN = 'withdrawn',
}

export interface SessionFacts {
  id: number;
  endsAt: Date;
  countsTowardCompletion: boolean;
  requiredForCompletion: boolean;
  cancelledAt: Date | null;
}

export interface ProgressFigures {
  planned: number;
  attended: number;
  /** Counting sessions that have ended. */
  past: number;
  /** Counting sessions not yet ended. */
  future: number;
  missed: number;
  /** Counting sessions with nothing recorded yet. */
  open: number;
  /** Absences that count against the rule's maximum (= missed). */
  absences: number;
  /** Required sessions (when the rule asks for them) missed. */
  requiredMissed: number;
  /** attended / planned, in percent (0 when nothing is planned). */
  rateSoFar: number;
  /** (attended + open) / planned, in percent (100 when nothing is planned). */
  bestReachable: number;
  state: ProgressState;
}

/** The counting sessions: not cancelled, counting toward completion. */
export function countingSessions<S extends SessionFacts>(sessions: readonly S[]): S[] {
  return sessions.filter((s) => !s.cancelledAt && s.countsTowardCompletion);
}

const percent = (n: number, d: number) => Math.round((1000 * n) / d) / 10;

/** Whether n of d reaches min percent, in integers (no rounding at the boundary). */
export const reaches = (n: number, d: number, minPercent: number) => n * 100 >= minPercent * d;

/**
 * One student's progress. `statusOf(sessionId)` is their recorded status code, if any;
 * `countsAsAttended(code)` the course's effective rule for that code.
 */
export function computeProgress(
  sessions: readonly SessionFacts[],
  statusOf: (sessionId: number) => string | undefined,
  countsAsAttended: (code: string) => boolean,
  rule: RuleTerms,
  now: Date,
  withdrawn = false,
): ProgressFigures {
  const counting = countingSessions(sessions);
  let attended = 0;
  let missed = 0;
  let past = 0;
  let requiredMissed = 0;
  for (const s of counting) {
    if (s.endsAt.getTime() <= now.getTime()) past++;
    const code = statusOf(s.id);
    if (code === undefined) continue;
    if (countsAsAttended(code)) attended++;
    else {
      missed++;
      if (rule.requireMarkedSessions && s.requiredForCompletion) requiredMissed++;
    }
  }
  const planned = counting.length;
  const open = planned - attended - missed;
  const figures = {
    planned,
    attended,
    past,
    future: planned - past,
    missed,
    open,
    absences: missed,
    requiredMissed,
    rateSoFar: planned ? percent(attended, planned) : 0,
    bestReachable: planned ? percent(attended + open, planned) : 100,
  };
  return { ...figures, state: withdrawn ? ProgressState.WITHDRAWN : stateOf(figures, rule) };
}

function achievable(f: { planned: number; missed: number; absences: number; requiredMissed: number }, rule: RuleTerms): boolean {
  if (f.requiredMissed > 0) return false;
  if (rule.maxAbsences !== null && f.absences > rule.maxAbsences) return false;
  return f.planned === 0 || reaches(f.planned - f.missed, f.planned, rule.minRatePercent);
}

/** NOT_ACHIEVABLE once out of reach; AT_RISK when one more missed counting session would make it so. */
export function stateOf(f: Pick<ProgressFigures, 'planned' | 'missed' | 'open' | 'absences' | 'requiredMissed'>, rule: RuleTerms): ProgressState {
  if (!achievable(f, rule)) return ProgressState.NOT_ACHIEVABLE;
  if (f.open > 0 && !achievable({ ...f, missed: f.missed + 1, absences: f.absences + 1 }, rule)) return ProgressState.AT_RISK;
  return ProgressState.ON_TRACK;
}

/** Why a student does not complete under the rule (message keys), at the cohort's end: what is not attended by then is not attended. */
export function completionReasons(
  sessions: readonly SessionFacts[],
  statusOf: (sessionId: number) => string | undefined,
  countsAsAttended: (code: string) => boolean,
  rule: RuleTerms,
): { attended: number; planned: number; absences: number; requiredMissed: number; reasons: string[] } {
  const counting = countingSessions(sessions);
  let attended = 0;
  let absences = 0;
  let requiredMissed = 0;
  for (const s of counting) {
    const code = statusOf(s.id);
    const ok = code !== undefined && countsAsAttended(code);
    if (ok) attended++;
    else if (code !== undefined) absences++;
    if (!ok && rule.requireMarkedSessions && s.requiredForCompletion) requiredMissed++;
  }
  const planned = counting.length;
  const reasons: string[] = [];
  if (planned === 0 || !reaches(attended, planned, rule.minRatePercent)) reasons.push('completion.rateTooLow');
  if (requiredMissed > 0) reasons.push('completion.requiredMissed');
  if (rule.maxAbsences !== null && absences > rule.maxAbsences) reasons.push('completion.tooManyAbsences');
  return { attended, planned, absences, requiredMissed, reasons };
}
