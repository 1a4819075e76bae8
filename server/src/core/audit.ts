import type { DataSource } from 'typeorm';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import type { Principal } from './context';
import { Role } from './auth/permissions';
import { exclusive } from './tx';

export interface AuditEvent {
  action: string;
  outcome: 'success' | 'failure' | 'denied' | 'error';
  operation?: string | null;
  targetType?: string | null;
  targetIds?: (string | number)[];
  fields?: string[];
  reason?: string | null;
  actorId?: number | null;
  actorRole?: string;
}

/**
 * Collects audit events during one request and writes them together at the end,
 * so a query reading 100 records costs one insert, not 100.
 */
export class RequestAudit {
  private events: AuditEvent[] = [];
  private piiReads = new Map<string, { ids: Set<string>; fields: Set<string> }>();
  private mutationTargets = new Map<string, Set<string>>();

  constructor(
    private readonly db: DataSource,
    private readonly meta: { requestId: string; ip: string },
    private principal: () => Principal | null,
  ) {}

  add(event: AuditEvent): void {
    this.events.push(event);
  }

  /** A staff read of a marked field; the value is never recorded. */
  piiRead(typeName: string, id: string | number, field: string): void {
    let entry = this.piiReads.get(typeName);
    if (!entry) this.piiReads.set(typeName, (entry = { ids: new Set(), fields: new Set() }));
    entry.ids.add(String(id));
    entry.fields.add(field);
  }

  /** Services name the records a mutation touched. */
  target(typeName: string, id: string | number): void {
    let ids = this.mutationTargets.get(typeName);
    if (!ids) this.mutationTargets.set(typeName, (ids = new Set()));
    ids.add(String(id));
  }

  takeTargets(): Map<string, Set<string>> {
    const targets = this.mutationTargets;
    this.mutationTargets = new Map();
    return targets;
  }

  async flush(operation: string | null): Promise<void> {
    const user = this.principal();
    for (const [typeName, read] of this.piiReads) {
      this.events.push({ action: 'pii.read', outcome: 'success', operation, targetType: typeName, targetIds: [...read.ids], fields: [...read.fields] });
    }
    this.piiReads.clear();
    if (this.events.length === 0) return;
    const rows = this.events.map((e) =>
      this.db.getRepository(AuditEntry).create({
        at: new Date(),
        actorId: e.actorId !== undefined ? e.actorId : (user?.accountId ?? null),
        actorRole: e.actorRole ?? user?.role ?? Role.ANONYMOUS,
        action: e.action,
        outcome: e.outcome,
        operation: (e.operation ?? operation)?.slice(0, 200) ?? null,
        targetType: e.targetType ?? null,
        targetIdList: e.targetIds?.length ? e.targetIds.join(',') : null,
        fieldList: e.fields?.length ? e.fields.join(',') : null,
        reason: e.reason ?? null,
        ip: this.meta.ip,
        requestId: this.meta.requestId,
      }),
    );
    this.events = [];
    await exclusive(this.db, () => this.db.getRepository(AuditEntry).insert(rows));
  }
}
