import type { DataSource } from 'typeorm';
import type { PermissionCode, Role } from './auth/permissions';
import type { FieldCode } from '../modules/catalog/field.entity';
import type { RequestAudit } from './audit';
import type { Services } from './services';
import type { Loaders } from './loaders';

/** Who is calling, resolved once per request from the access token and the database. */
export interface Principal {
  accountId: number;
  role: Role;
  sessionId: string;
  permissions: ReadonlySet<PermissionCode>;
  /** Set for contractor staff: the one field they may see. */
  contractor?: { id: number; fieldCode: FieldCode };
}

export interface Ctx {
  requestId: string;
  ip: string;
  user: Principal | null;
  db: DataSource;
  services: Services;
  loaders: Loaders;
  audit: RequestAudit;
  /** The clock used for every rule in this request. */
  now: Date;
}
