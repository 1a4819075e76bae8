import type { Role } from './auth/roles';

/** Who is calling, resolved once per request from the access token and the database. */
export interface Principal {
  accountId: number;
  role: Role;
  sessionId: string;
  permissions: ReadonlySet<string>;
  /**
   * What the account must do first (confirm its address, change a temporary password, enrol a
   * second factor). While this is non-empty, `permissions` holds only what those steps need.
   */
  pending?: readonly string[];
  /** Set for contractor staff: the one field they may see. */
  contractor?: { id: number; fieldCode: string };
  /**
   * Set for a reporting client's token (role REPORTING): no person's account stands behind it, so
   * accountId is 0, which is never a record's subject (SELF rules never match it).
   */
  reportingClient?: { id: number; allowedOperations: readonly string[] };
}
