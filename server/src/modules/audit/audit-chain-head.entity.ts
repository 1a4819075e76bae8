import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The end of the audit chain: one row (id 1) holding the last chained entry's id and hash.
 * Every append reads it FOR UPDATE, so appends from every server instance take turns and the
 * chain never forks; verification compares the chain's end with it, so rows cut off the end
 * are noticed too.
 */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  /** The newest chained audit_log row; null while the log is empty. */
  @Column({ type: 'int', nullable: true })
  lastId: number | null;

  @Column({ type: 'varchar', length: 64 })
  lastHash: string;
}

/** The head's only row. */
export const CHAIN_HEAD_ID = 1;
