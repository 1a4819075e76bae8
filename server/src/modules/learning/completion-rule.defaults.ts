/** What progress and the completion run need of a rule (a stored version, or the course's default). */
export interface RuleTerms {
  version: number;
  minRatePercent: number;
  requireMarkedSessions: boolean;
  maxAbsences: number | null;
}

/**
 * Version 0, before staff set a rule of their own: the minimum attendance rate the course was
 * created with (Course.minAttendanceRate, one figure for staff to keep), no limit on absences,
 * required sessions honoured.
 */
export function defaultRule(course: { minAttendanceRate: number }): RuleTerms {
  return { version: 0, minRatePercent: course.minAttendanceRate, requireMarkedSessions: true, maxAbsences: null };
}
