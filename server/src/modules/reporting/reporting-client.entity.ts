import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/** Where a client stands: its token works, was revoked, or has passed its expiry. */
export enum ReportingClientStatus {
  ACTIVE = 'active',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}
registerEnumType(ReportingClientStatus, { name: 'ReportingClientStatus' });

/**
 * A ward reporting tool (a dashboard, a BI tool, the yearly report script) with a token of its own.
 * The token is shown once and stored only as its SHA-256 hash; the client may run only the
 * registered operations named in allowedOperations, and reads aggregates only (role REPORTING).
 */
@Allow(Permission.ReportClients)
@ObjectType()
@Entity('reporting_client')
export class ReportingClient {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: 'What the ward uses it for, e.g. 年次評価の集計 (yearly evaluation).' })
  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  /** Registered operation names, one per line. */
  @Column({ type: 'text' })
  operationList: string;

  /** CIDR ranges, one per line; empty: any address. */
  @Column({ type: 'text' })
  allowedCidrs: string;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field(() => Date, { description: 'The token stops working at this moment.' })
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { description: 'When the current token was issued (at creation or the last rotation).' })
  @Column({ type: 'datetime' })
  tokenIssuedAt: Date;

  @Field(() => Date)
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Field(() => ID, { description: 'The ward administrator who created it.' })
  @Column({ type: 'int' })
  createdBy: number;

  @Field(() => [String], { description: 'The registered operations (reportingOperations) this client may run.' })
  get allowedOperations(): string[] {
    return this.operationList.split('\n').filter(Boolean);
  }

  @Field(() => [String], { description: 'Networks (CIDR) from which the token is accepted; empty: any address.' })
  get allowedAddressRanges(): string[] {
    return this.allowedCidrs.split('\n').filter(Boolean);
  }

  statusAt(now: Date): ReportingClientStatus {
    if (this.revokedAt && this.revokedAt <= now) return ReportingClientStatus.REVOKED;
    if (this.expiresAt <= now) return ReportingClientStatus.EXPIRED;
    return ReportingClientStatus.ACTIVE;
  }
}
