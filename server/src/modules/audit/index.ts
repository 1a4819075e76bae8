/** The audit log: where core's audit rows are stored, and the query that reads them. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogSink } from './audit-log.sink';
import { AuditResolver } from './audit.resolver';
import { AuditLog1764300000200 } from './migrations/1764300000200-AuditLog';
import { AuditFilters1764500100300 } from './migrations/1764500100300-AuditFilters';
import { AuditLogService } from './audit-log.service';

export { AuditEntry } from './audit-entry.entity';

export const auditManifest: ModuleManifest = {
  name: 'audit',
  entities: [AuditEntry],
  migrations: [AuditLog1764300000200, AuditFilters1764500100300],
  resolvers: [AuditResolver],
  publicCoordinates: [],
};

export function buildAudit({ database }: Infrastructure) {
  return { auditSink: new AuditLogSink(database), resolvers: [new AuditResolver(new AuditLogService())] };
}
