import { PUBLIC, Role, SELF } from '../core/auth/roles';

export { PUBLIC, Role, SELF };

/**
 * Every permission code and every role's set of codes, in one place. It lives beside the
 * modules, not in core, so a new module adds its codes here without touching core.
 * Resolvers name codes with @Allow(...); nothing checks roles directly.
 */
export const Permission = {
  /** Read and change one's own account. */
  SelfRead: 'self:read',
  SelfUpdate: 'self:update',
  /** Secure one's own account: change the password, confirm the address, enrol a second factor. What a session with pending steps may do. */
  SelfSecure: 'self:secure',
  /** See cohorts still in draft and other staff-only catalogue detail. */
  CatalogReadInternal: 'catalog:read-internal',
  /** Create and edit courses and cohorts (within the field scope). */
  CatalogManage: 'catalog:manage',
  /** Read members' personal information (within the field scope); every read is audited. */
  MemberRead: 'member:read',
  /** Create staff accounts: ward administrators only. */
  StaffManage: 'staff:manage',
  StaffRead: 'staff:read',
  ContractorRead: 'contractor:read',
  ContractorManage: 'contractor:manage',
  AuditRead: 'audit:read',
  /** Apply to cohorts, answer offers (members). */
  ApplicationApply: 'application:apply',
  /** Read applications with their motivation, decide on them (within the field scope); reads are audited. */
  ApplicationReview: 'application:review',
  /** Move cohorts through their lifecycle: close, select, lottery, announce. */
  SelectionRun: 'selection:run',
  /** Read and export a cohort's roster of students. */
  RosterRead: 'roster:read',
  /** Read one's own notices. */
  NoticeRead: 'notice:read',
  /** Write notices to members, cohorts, fields or the public (within the field scope). */
  NoticeWrite: 'notice:write',
  /** A student's own learning: their class sessions, attendance, QR check-in, withdrawal, certificate; as an alumnus, their follow-up consent and activity records. */
  StudyOwn: 'study:own',
  /** Plan class sessions and record attendance (within the field scope). */
  AttendanceRecord: 'attendance:record',
  /** Completion rules, progress, the completion run and overrides (within the field scope). */
  CompletionDecide: 'completion:decide',
  /** Certificates: list, revoke, reissue, bulk download (within the field scope). */
  CertificateManage: 'certificate:manage',
  /** Alumni follow-up: consent recorded from paper forms, surveys, activity records (within the field scope). */
  FollowUpManage: 'followup:manage',
  /** Names, kana and student numbers in the export of survey answers (pseudonymous without it); audited. */
  FollowUpNames: 'followup:names',
  /** Record and read what groups say about alumni (団体からの声); every read audited. The ward's community section, not contractors. */
  GroupNoteManage: 'group-note:manage',
  /** The group registry with its interviews and representatives (団体登録); the ward's community section, not contractors. */
  CommunityManage: 'community:manage',
  /** The ward's list of districts (地区) for groups and postings: ward administrators. */
  DistrictManage: 'district:manage',
  /** Ask for the erasure of one's own data (削除の申出) and cancel the request while it waits. */
  SelfErase: 'self:erase',
  /** Execute erasure requests once their cooling-off period has passed: the ward's administrators. */
  PrivacyErase: 'privacy:erase',
  /** Produce a member's data export (開示) when they ask at the counter or by post; audited with how they asked. The ward, not contractors. */
  PrivacyExport: 'privacy:export',
  /** Publish new versions of the privacy notice and see who answered them: ward administrators. */
  PrivacyNotice: 'privacy:notice',
  /** Aggregates only, for the ward's yearly evaluation. */
  ReportRead: 'report:read',
  /** Reporting clients and their tokens (create, revoke, rotate, list), and the registered operations: ward administrators. */
  ReportClients: 'report:clients',
} as const;

export type PermissionCode = (typeof Permission)[keyof typeof Permission];

export type AccessCode = PermissionCode | typeof SELF | typeof PUBLIC;

const P = Permission;
export const ROLE_PERMISSIONS: Record<Role, readonly PermissionCode[]> = {
  [Role.ANONYMOUS]: [],
  [Role.MEMBER]: [P.SelfRead, P.SelfUpdate, P.SelfSecure, P.SelfErase, P.ApplicationApply, P.NoticeRead, P.StudyOwn],
  [Role.CONTRACTOR_STAFF]: [
    P.SelfRead,
    P.SelfUpdate,
    P.SelfSecure,
    P.CatalogReadInternal,
    P.CatalogManage,
    P.MemberRead,
    P.ApplicationReview,
    P.SelectionRun,
    P.RosterRead,
    P.NoticeWrite,
    P.AttendanceRecord,
    P.CompletionDecide,
    P.CertificateManage,
    P.FollowUpManage,
    // Their field's figures only (reporting/aggregates.service.ts scopes every report).
    P.ReportRead,
  ],
  [Role.WARD_STAFF]: [
    P.SelfRead,
    P.SelfUpdate,
    P.SelfSecure,
    P.CatalogReadInternal,
    P.CatalogManage,
    P.MemberRead,
    P.StaffRead,
    P.ContractorRead,
    P.ReportRead,
    P.ApplicationReview,
    P.SelectionRun,
    P.RosterRead,
    P.NoticeWrite,
    P.AttendanceRecord,
    P.CompletionDecide,
    P.CertificateManage,
    P.FollowUpManage,
    P.FollowUpNames,
    P.GroupNoteManage,
    P.CommunityManage,
    P.PrivacyExport,
  ],
  [Role.WARD_ADMIN]: [
    P.SelfRead,
    P.SelfUpdate,
    P.SelfSecure,
    P.CatalogReadInternal,
    P.CatalogManage,
    P.MemberRead,
    P.StaffRead,
    P.StaffManage,
    P.ContractorRead,
    P.ContractorManage,
    P.AuditRead,
    P.ReportRead,
    P.ApplicationReview,
    P.SelectionRun,
    P.RosterRead,
    P.NoticeWrite,
    P.AttendanceRecord,
    P.CompletionDecide,
    P.CertificateManage,
    P.FollowUpManage,
    P.FollowUpNames,
    P.GroupNoteManage,
    P.CommunityManage,
    P.DistrictManage,
    P.PrivacyExport,
    P.PrivacyErase,
    P.PrivacyNotice,
    P.ReportClients,
  ],
  [Role.AUDITOR]: [P.SelfRead, P.SelfUpdate, P.SelfSecure, P.CatalogReadInternal, P.StaffRead, P.ContractorRead, P.AuditRead, P.ReportRead],
  [Role.REPORTING]: [P.ReportRead],
};

export const STAFF_ROLES: readonly Role[] = [Role.CONTRACTOR_STAFF, Role.WARD_STAFF, Role.WARD_ADMIN, Role.AUDITOR];

export function permissionsOf(role: Role): ReadonlySet<PermissionCode> {
  return new Set(ROLE_PERMISSIONS[role]);
}

/** All a session may do while the account has pending steps (PendingAction). */
export const PENDING_PERMISSIONS: ReadonlySet<PermissionCode> = new Set([P.SelfRead, P.SelfSecure]);

/** All a member's session may do after declining the privacy notice in force: read itself (and its data export), answer again, ask for erasure. */
export const NOTICE_DECLINED_PERMISSIONS: ReadonlySet<PermissionCode> = new Set([P.SelfRead, P.SelfSecure, P.SelfErase]);
