/**
 * The roles every installation has. Which permission codes each role holds is data that the
 * modules declare (modules/permissions.ts); core only reads the codes a principal carries.
 */
export enum Role {
  ANONYMOUS = 'anonymous',
  MEMBER = 'member',
  CONTRACTOR_STAFF = 'contractor_staff',
  WARD_STAFF = 'ward_staff',
  WARD_ADMIN = 'ward_admin',
  AUDITOR = 'auditor',
  REPORTING = 'reporting',
}

/** Roles that act on residents' data for the ward; their reads of personal fields are audited. */
export const MEMBER_SIDE_ROLES: ReadonlySet<string> = new Set([Role.ANONYMOUS, Role.MEMBER]);

/** Pseudo-code for rules that also allow the record's own subject (my own account). */
export const SELF = 'self';
/** Pseudo-code for the reviewed public list. */
export const PUBLIC = 'public';
