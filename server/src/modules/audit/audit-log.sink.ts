import type { AuditRow, AuditSink } from '../../core/audit';
import type { Database } from '../../core/tx';
import { appendToChain } from './audit-chain';

/**
 * Stores core's audit rows, after the request's work, chained (audit-chain.ts): one
 * transaction per request's rows, in which the chain head is locked (MySQL) or the writers'
 * turn is held (SQLite), so appends from every instance form one chain. The members each row is
 * about go into audit_subject in the same transaction (their access history).
 */
/** audit_subject rows per statement. */
const SUBJECTS_PER_INSERT = 500;

export class AuditLogSink implements AuditSink {
  constructor(private readonly database: Database) {}

  async write(rows: AuditRow[]): Promise<void> {
    if (rows.length === 0) return;
    // The chain head is read FOR UPDATE, which sees the latest row at any isolation level.
    await this.database.transaction(async (em) => {
      const ids = await appendToChain(em, rows);
      const subjects = rows.flatMap((row, i) => [...new Set(row.subjectIds ?? [])].map((accountId) => ({ auditId: ids[i], accountId })));
      // Plain multi-row INSERTs: the query builder's parameter handling cost more than the rows (a staff page of 100 members).
      for (let i = 0; i < subjects.length; i += SUBJECTS_PER_INSERT) {
        const chunk = subjects.slice(i, i + SUBJECTS_PER_INSERT);
        await em.query(
          `INSERT INTO audit_subject (auditId, accountId) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
          chunk.flatMap((s) => [s.auditId, s.accountId]),
        );
      }
    }, 'server default');
  }
}
