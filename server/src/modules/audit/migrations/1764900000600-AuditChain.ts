import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { index, int, varchar } from '../../../core/migration-helpers';
import { chainHash, GENESIS_HASH, ipDigest, type ChainedContent } from '../audit-chain';

const BATCH = 500;

/** A datetime as the driver returns it from a raw query: a Date (MySQL) or 'YYYY-MM-DD HH:MM:SS[.mmm]' in UTC (SQLite). */
function storedDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

const nullableNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const nullableString = (value: unknown) => (value === null || value === undefined ? null : String(value));

/**
 * The audit log becomes a hash chain (audit-chain.ts): each row's hash over its content and
 * the previous row's hash, its ip covered through a salted digest, and the chain's end in
 * audit_chain_head. Rows already in the log are chained here, in id order.
 */
export class AuditChain1764900000600 implements MigrationInterface {
  name = 'AuditChain1764900000600';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('audit_log', [new TableColumn(varchar('ipDigest', 100, true)), new TableColumn(varchar('prevHash', 64, true)), new TableColumn(varchar('hash', 64, true))]);
    await q.createTable(
      new Table({
        name: 'audit_chain_head',
        columns: [{ ...int('id'), isPrimary: true }, int('lastId', true), varchar('lastHash', 64)],
      }),
    );

    const e = (name: string) => q.connection.driver.escape(name);
    const columns = ['id', 'at', 'actorId', 'actorRole', 'action', 'outcome', 'operation', 'targetType', 'targetIdList', 'fieldList', 'reason', 'ip', 'requestId'];
    // A later migration adds the members each row is about; chained too when it is there (a re-run after it).
    if (await q.hasColumn('audit_log', 'subjectIdList')) columns.push('subjectIdList');
    let prev = GENESIS_HASH;
    let lastId: number | null = null;
    for (;;) {
      const rows: Array<Record<string, unknown>> = await q.query(
        `SELECT ${columns.map(e).join(', ')} FROM ${e('audit_log')} WHERE ${e('id')} > ? ORDER BY ${e('id')} ASC LIMIT ${BATCH}`,
        [lastId ?? 0],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const content: ChainedContent = {
          at: storedDate(row.at),
          actorId: nullableNumber(row.actorId),
          actorRole: String(row.actorRole),
          action: String(row.action),
          outcome: String(row.outcome),
          operation: nullableString(row.operation),
          targetType: nullableString(row.targetType),
          targetIdList: nullableString(row.targetIdList),
          fieldList: nullableString(row.fieldList),
          reason: nullableString(row.reason),
          ipDigest: ipDigest(nullableString(row.ip)),
          requestId: nullableString(row.requestId),
          subjectIdList: nullableString(row.subjectIdList),
        };
        const hash = chainHash(content, prev);
        await q.query(`UPDATE ${e('audit_log')} SET ${e('ipDigest')} = ?, ${e('prevHash')} = ?, ${e('hash')} = ? WHERE ${e('id')} = ?`, [content.ipDigest, prev, hash, row.id]);
        prev = hash;
        lastId = Number(row.id);
      }
    }
    await q.query(`INSERT INTO ${e('audit_chain_head')} (${e('id')}, ${e('lastId')}, ${e('lastHash')}) VALUES (1, ?, ?)`, [lastId, prev]);
    await q.createIndex('audit_log', index('IDX_audit_prev_hash', ['prevHash'], true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('audit_log', 'IDX_audit_prev_hash');
    await q.dropTable('audit_chain_head');
    await q.dropColumns('audit_log', ['hash', 'prevHash', 'ipDigest']);
  }
}
