import type { Principal } from './principal';
import { Role } from './auth/roles';

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
  /** The members whose personal information this event is about (their access history). Defaults to the target ids when the target is an Account. */
  subjectIds?: number[];
}

/** One row of the audit log as core hands it to the audit module, which stores it. */
export interface AuditRow {
  at: Date;
  actorId: number | null;
  actorRole: string;
  action: string;
  outcome: AuditEvent['outcome'];
  operation: string | null;
  targetType: string | null;
  targetIdList: string | null;
  fieldList: string | null;
  reason: string | null;
  ip: string;
  requestId: string;
  /** The members this row is about, for their access history (stored beside the row, not in it). */
  subjectIds?: number[];
}

/** Where audit rows go: the audit module's append-only table. */
export interface AuditSink {
  write(rows: AuditRow[]): Promise<void>;
}

/**
 * Collects audit events during one request and writes them together at the end,
 * so a query reading 100 records costs one insert, not 100.
 */
export class RequestAudit {
  private events: AuditEvent[] = [];
  private piiReads = new Map<string, { ids: Set<string>; fields: Set<string>; subjects: Set<number> }>();
  private mutationTargets = new Map<string, Set<string>>();

  constructor(
    private readonly sink: AuditSink,
    private readonly meta: { requestId: string; ip: string; now: Date },
    private principal: () => Principal | null,
  ) {}

  add(event: AuditEvent): void {
    this.events.push(event);
  }

  /** A staff read of a marked field; the value is never recorded. `subject` is the member the record is about, if any. */
  piiRead(typeName: string, id: string | number, field: string, subject: number | null = null): void {
    let entry = this.piiReads.get(typeName);
    if (!entry) this.piiReads.set(typeName, (entry = { ids: new Set(), fields: new Set(), subjects: new Set() }));
    entry.ids.add(String(id));
    entry.fields.add(field);
    if (subject !== null) entry.subjects.add(subject);
  }

  /** Services name the records a mutation touched. */
  target(typeName: string, id: string | number): void {
    let ids = this.mutationTargets.get(typeName);
    if (!ids) this.mutationTargets.set(typeName, (ids = new Set()));
    ids.add(String(id));
  }

  /** Where the events stand, so that a transaction run again after a deadlock does not record its first attempt twice. */
  mark(): number {
    return this.events.length;
  }

  restore(mark: number): void {
    this.events.length = Math.min(mark, this.events.length);
    this.mutationTargets = new Map();
  }

  takeTargets(): Map<string, Set<string>> {
    const targets = this.mutationTargets;
    this.mutationTargets = new Map();
    return targets;
  }

  /** Nothing to write yet: no event, no personal read. */
  get isEmpty(): boolean {
    return this.events.length === 0 && this.piiReads.size === 0;
  }

  async flush(operation: string | null): Promise<void> {
    const user = this.principal();
    for (const [typeName, read] of this.piiReads) {
      this.events.push({
        action: 'pii.read',
        outcome: 'success',
        operation,
        targetType: typeName,
        targetIds: [...read.ids],
        fields: [...read.fields],
        subjectIds: [...read.subjects],
      });
    }
    this.piiReads.clear();
    if (this.events.length === 0) return;
    const rows = this.events.map((e): AuditRow => ({
      at: this.meta.now,
      // A reporting client is no person: its rows name no account (the client is in the target).
      actorId: e.actorId !== undefined ? e.actorId : user?.reportingClient ? null : (user?.accountId ?? null),
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
      subjectIds: e.subjectIds ?? (e.targetType === 'Account' ? (e.targetIds ?? []).map(Number).filter(Number.isInteger) : []),
    }));
    this.events = [];
    await this.sink.write(rows);
  }
}
