import { Field, Int, ObjectType } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';

/** A retention rule (保存期間の規則) with the setting that fixes its period and the configured value. */
@Allow(Permission.AuditRead, Permission.PrivacyErase)
@ObjectType()
export class RetentionRuleInfo {
  @Field(() => String, { description: 'e.g. application.notEnrolled; the register rows name it in retentionRule.' })
  id: string;

  @Field(() => String, { description: 'The rule in Japanese, with the configured period.' })
  descriptionJa: string;

  @Field(() => String, { description: 'The environment setting, e.g. RETENTION_NOT_ENROLLED_MONTHS.' })
  setting: string;

  @Field(() => Int)
  value: number;

  @Field(() => String, { description: 'months, years or days.' })
  unit: string;
}

/** What one rule would trim, delete or announce now: counts only, never a personal value. */
@Allow(Permission.AuditRead, Permission.PrivacyErase)
@ObjectType()
export class RetentionDryRunRow {
  @Field(() => String)
  ruleId: string;

  @Field(() => String)
  descriptionJa: string;

  @Field(() => Int, { description: 'Rows that would be trimmed or deleted (notices that would be sent, accounts that would be erased, audit rows past the period).' })
  rows: number;

  @Field(() => Int, { nullable: true, description: 'The people those rows belong to; null for the audit log.' })
  people: number | null;
}
