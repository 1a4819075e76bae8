import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/**
 * Append-only audit log. It records who did what to which records and which fields,
 * never the values.
 */
@Allow(Permission.AuditRead)
@ObjectType()
@Entity('audit_log')
@Index('IDX_audit_at', ['at'])
@Index('IDX_audit_actor', ['actorId'])
@Index('IDX_audit_action', ['action'])
@Index('IDX_audit_target_type', ['targetType'])
@Index('IDX_audit_prev_hash', ['prevHash'], { unique: true })
export class AuditEntry {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @GqlField(() => Date)
  @Column({ type: 'datetime' })
  at: Date;

  @GqlField(() => String, { nullable: true, description: 'Account id of the actor; empty for anonymous callers.' })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 30 })
  actorRole: string;

  /** login.success, login.failure, auth.denied, mutation, pii.read, … */
  @GqlField(() => String)
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @GqlField(() => String, { nullable: true, description: 'GraphQL operation and field, e.g. "mutation updateCohort".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  operation: string | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  targetType: string | null;

  @GqlField(() => [String])
  get targetIds(): string[] {
    return this.targetIdList ? this.targetIdList.split(',') : [];
  }

  @Column({ type: 'text', nullable: true })
  targetIdList: string | null;

  @GqlField(() => [String])
  get fields(): string[] {
    return this.fieldList ? this.fieldList.split(',') : [];
  }

  @Column({ type: 'text', nullable: true })
  fieldList: string | null;

  @GqlField(() => String)
  @Column({ type: 'varchar', length: 20 })
  outcome: string;

  /** A reason code such as "bad_password" or "locked"; never a value the user typed. */
  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 60, nullable: true })
  reason: string | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @GqlField(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The members this row is about ("3,17"), for their access history; audit_subject indexes it. Not in the API. */
  @Column({ type: 'text', nullable: true })
  subjectIdList: string | null;

  // The hash chain (audit-chain.ts); not in the API.

  /** "salt:sha-256(salt|ip)": the chain covers this, not the ip, so the ip can be erased. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  ipDigest: string | null;

  /** The previous row's hash; unique, so the chain cannot fork. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  hash: string | null;
}
