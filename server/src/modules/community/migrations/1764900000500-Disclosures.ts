import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, date, datetime, fk, id, index, int, varchar } from '../../../core/migration-helpers';

/** Consent-gated disclosure (情報提供の同意): requests, the member's decisions per field, and the ledger. */
export class Disclosures1764900000500 implements MigrationInterface {
  name = 'Disclosures1764900000500';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'disclosure_request',
        columns: [
          id(),
          int('accountId'),
          int('groupId'),
          int('introductionId', true),
          varchar('fieldList', 100),
          varchar('purpose', 500),
          date('validUntil'),
          varchar('status', 20),
          int('createdBy'),
          datetime('createdAt'),
          datetime('answeredAt', true),
          int('version'),
        ],
        indices: [index('IDX_disclosure_request_account', ['accountId'])],
        foreignKeys: [
          fk('FK_disclosure_request_account', 'accountId', 'account', 'id', 'CASCADE'),
          fk('FK_disclosure_request_group', 'groupId', 'community_group', 'id', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disclosure_decision',
        columns: [id(), int('requestId'), int('accountId'), varchar('field', 20), bool('approved'), datetime('decidedAt'), datetime('revokedAt', true)],
        indices: [index('UQ_disclosure_decision', ['requestId', 'field'], true)],
        foreignKeys: [fk('FK_disclosure_decision_request', 'requestId', 'disclosure_request', 'id', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'disclosure_event',
        columns: [id(), int('requestId'), int('accountId'), varchar('action', 20), varchar('fieldList', 100), datetime('at'), int('byStaff', true)],
        indices: [index('IDX_disclosure_event_account', ['accountId'])],
        foreignKeys: [fk('FK_disclosure_event_request', 'requestId', 'disclosure_request', 'id', 'CASCADE')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('disclosure_event');
    await q.dropTable('disclosure_decision');
    await q.dropTable('disclosure_request');
  }
}
