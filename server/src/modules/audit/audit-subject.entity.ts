import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Which members an audit row is about: the index behind a member's access history (閲覧履歴).
 * The same ids are in the row's own subjectIdList, which the hash chain covers.
 */
@Entity('audit_subject')
@Index('IDX_audit_subject_account', ['accountId', 'auditId'])
export class AuditSubject {
  @PrimaryColumn({ type: 'int' })
  auditId: number;

  @PrimaryColumn({ type: 'int' })
  accountId: number;
}
