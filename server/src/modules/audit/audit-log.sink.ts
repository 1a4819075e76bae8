import type { AuditRow, AuditSink } from '../../core/audit';
import type { Database } from '../../core/tx';
import { appendToChain } from './audit-chain';
import { AuditSubject } from './audit-subject.entity';

/**
 * Stores core's audit rows, after the request's work, chained (audit-chain.ts): one
 * transaction per request's rows, in which the chain head is locked (MySQL) or the writers'
 * turn is held (SQLite), so appends from every instance form one chain. The members each row is
 * about go into audit_subject in the same transaction (their access history).
 */
export class AuditLogSink implements AuditSink {
  constructor(private readonly database: Database) {}

  async write(rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    // The chain head is read FOR UPDATE, which sees the latest row at any isolation level.
    await this.database.transaction(async (em) => {
      const ids = await appendToChain(em, rows);
      const subjects = rows.flatMap((row, i) => [...new Set(row.subjectIds ?? [])].map((accountId) => ({ auditId: ids[i], accountId })));
      for (let i = 0; i < subjects.length; i += 500) await em.getRepository(AuditSubject).insert(subjects.slice(i, i + 500));
    }, 'server default');
  }
}
