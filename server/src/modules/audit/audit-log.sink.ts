import type { AuditRow, AuditSink } from '../../core/audit';
import type { Database } from '../../core/tx';
import { AuditEntry } from './audit-entry.entity';

/** Stores core's audit rows, after the request's work, in the writers' turn. */
export class AuditLogSink implements AuditSink {
  constructor(private readonly database: Database) {}

  async write(rows: AuditRow[]): Promise<void> {
    await this.database.exclusive(() => this.database.writer.getRepository(AuditEntry).insert(rows));
  }
}
