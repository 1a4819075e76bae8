import type { Role } from './auth/roles';

/** Who is calling, resolved once per request from the access token and the database. */
export interface Principal {
  accountId: number;
  role: Role;
  sessionId: string;
  permissions: ReadonlySet<string>;
  /** Set for contractor staff: the one field they may see. */
  contractor?: { id: number; fieldCode: string };
}
