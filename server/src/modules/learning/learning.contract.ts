import type { Ctx } from '../../core/context';

/**
 * How the parts of the learning module call each other (wired in index.ts), so each part
 * depends on an interface rather than on another part's service.
 */

/** Issues (or keeps) the certificate of each completed enrollment; called inside the completion run's transaction. */
export interface CertificateIssuer {
  issueFor(ctx: Ctx, enrollmentIds: number[]): Promise<void>;
  /** An override to not completed: the certificate, if any, is revoked with this reason. */
  revokeFor(ctx: Ctx, enrollmentIds: number[], reason: string): Promise<void>;
  /** An override back to completed: a certificate revoked earlier is valid again, as a new copy. */
  reinstateFor(ctx: Ctx, enrollmentIds: number[]): Promise<void>;
}

/** One attendance to record: the status code for a student (enrollment) at a class session. */
export interface AttendanceEntry {
  classSessionId: number;
  enrollmentId: number;
  statusCode: string;
}

/**
 * The one write path of attendance (schedule part: attendance-write.ts `recordAttendance`), used by
 * per-session entry, the grid, CSV import and QR check-in: an upsert per (session, student) inside
 * the caller's transaction; a change of an existing record adds an attendance_change row; a
 * correction after the session's Tokyo day without a reason is refused (BAD_USER_INPUT
 * 'attendance.reasonRequired'). Returns how many records were created and changed.
 */
export type RecordAttendance = (
  ctx: Ctx,
  entries: readonly AttendanceEntry[],
  options: { source: 'entry' | 'grid' | 'csv' | 'checkin'; reason?: string | null },
) => Promise<{ created: number; changed: number }>;
