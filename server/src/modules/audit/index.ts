/** The audit log: where core's audit rows are stored, and the query that reads them. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogSink } from './audit-log.sink';
import { AuditResolver } from './audit.resolver';
import { AuditLog1764300000200 } from './migrations/1764300000200-AuditLog';
import { AuditFilters1764500100300 } from './migrations/1764500100300-AuditFilters';
import { AuditChain1764900000600 } from './migrations/1764900000600-AuditChain';
import { AuditChainHead } from './audit-chain-head.entity';
import { AuditSubject } from './audit-subject.entity';
import { AuditSubjects1764900000700 } from './migrations/1764900000700-AuditSubjects';
import { AuditLogService } from './audit-log.service';

export { AuditEntry } from './audit-entry.entity';
export { AuditChainHead } from './audit-chain-head.entity';
export { AuditSubject } from './audit-subject.entity';
export { AccessHistory, staffCode, type AccessHistoryRow } from './access-history';
export { verifyAuditChain, type ChainReport, type ChainProblem } from './audit-chain';

export const auditManifest: ModuleManifest = {
  name: 'audit',
  entities: [AuditEntry, AuditChainHead, AuditSubject],
  migrations: [AuditLog1764300000200, AuditFilters1764500100300, AuditChain1764900000600, AuditSubjects1764900000700],
  resolvers: [AuditResolver],
  publicCoordinates: [],
};

export function buildAudit({ database }: Infrastructure) {
  return { auditSink: new AuditLogSink(database), resolvers: [new AuditResolver(new AuditLogService())] };
}
