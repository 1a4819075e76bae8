import { Arg, Ctx as GqlCtx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../core/auth/access';
import type { Ctx } from '../../core/context';
import { Permission } from '../permissions';
import { PersonalDataField } from './privacy.types';
import { ruleOfCategory } from './retention-rules';
import type { RetentionService } from './retention.service';
import { RetentionDryRunRow, RetentionRuleInfo } from './retention.types';

@Resolver()
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Allow(Permission.AuditRead, Permission.PrivacyErase)
  @Query(() => [RetentionRuleInfo], { description: 'The retention rules with their configured periods (the register names them by id).' })
  retentionRules(): RetentionRuleInfo[] {
    return this.retention.rules();
  }

  @Allow(Permission.AuditRead, Permission.PrivacyErase)
  @Query(() => [RetentionDryRunRow], {
    description: 'What the retention purge would trim, delete or announce, by rule: counts only. `at` asks about a later moment (default: now).',
  })
  retentionDryRun(@GqlCtx() ctx: Ctx, @Arg('at', () => Date, { nullable: true }) at?: Date | null): Promise<RetentionDryRunRow[]> {
    return this.retention.dryRun(ctx, at ?? ctx.now);
  }
}

/** The register's rows name the retention rule of their category, with the configured period in words. */
@Resolver(() => PersonalDataField)
export class RetentionRegisterResolver {
  constructor(private readonly retention: RetentionService) {}

  @Allow(Permission.AuditRead)
  @FieldResolver(() => String, { description: 'The retention rule of the field’s category (its id in retentionRules).' })
  retentionRule(@Root() row: PersonalDataField): string {
    return ruleOfCategory(row.category).id;
  }

  @Allow(Permission.AuditRead)
  @FieldResolver(() => String, { description: 'That rule in Japanese, with the configured period (what the purge job does).' })
  retentionRuleJa(@Root() row: PersonalDataField): string {
    return ruleOfCategory(row.category).descriptionJa(this.retention.settings);
  }
}
