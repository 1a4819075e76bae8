import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field as GqlField, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from './account.entity';
import { Allow } from '../../core/auth/access';
import { Subject } from '../../core/auth/subject';
import { Personal } from '../../core/personal';
import { Permission, SELF } from '../permissions';

/** The kinds of consent in the ledger. */
export const ConsentKind = {
  /** The privacy notice, accepted at registration. */
  PRIVACY_NOTICE: 'privacy-notice',
  /** May the ward contact the alumnus for follow-up surveys (追跡調査)? */
  FOLLOW_UP: 'follow-up',
} as const;

export enum ConsentSource {
  /** The member, in the portal (registration, my page). */
  SELF = 'self',
  /** Staff, from a paper form the member signed; the staff member is recorded. */
  PAPER_FORM = 'paperForm',
}
registerEnumType(ConsentSource, { name: 'ConsentSource' });

/**
 * The consent ledger (同意の記録): every choice a member made, never updated. The current consent
 * of a kind is the member's latest row of that kind (no row: no consent). Acceptances of the
 * privacy notice at registration are rows of their own kind.
 */
@Allow(SELF, Permission.FollowUpManage)
@Subject('accountId')
@ObjectType()
@Entity('consent')
@Index('IDX_consent_account', ['accountId'])
export class Consent {
  @GqlField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'accountId', foreignKeyConstraintName: 'FK_consent_account' })
  account?: Account;

  /** e.g. "privacy-notice", "follow-up" */
  @GqlField(() => String, { description: 'privacy-notice or follow-up.' })
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @GqlField(() => String, { description: 'The version of the notice the member was shown.' })
  @Column({ type: 'varchar', length: 20 })
  version: string;

  @Personal({
    category: 'followUp',
    purpose: 'Contact the alumnus for follow-up surveys only while they agree',
    retention: 'Kept for the follow-up period after completion, then deleted with the follow-up answers',
    purposeJa: '本人が同意している間だけ、追跡調査のアンケートをお願いするため',
    retentionJa: '修了後の追跡調査の期間まで保存し、その後アンケートの回答とともに削除します',
  })
  @GqlField(() => Boolean, { description: 'Agreed (true), or declined or withdrew (false).' })
  @Column({ type: 'boolean', default: true })
  granted: boolean;

  @GqlField(() => ConsentSource)
  @Column({ type: 'varchar', length: 20, default: ConsentSource.SELF })
  source: ConsentSource;

  @GqlField(() => ID, { nullable: true, description: 'The staff member who entered a paper form; null for the member’s own choice.' })
  @Column({ type: 'int', nullable: true })
  recordedBy: number | null;

  @GqlField(() => Date, { description: 'When the choice was made (or the paper form entered).' })
  @Column({ type: 'datetime' })
  acceptedAt: Date;
}
