import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { AuditEntry } from './audit-entry.entity';

/** Filters of the audit log; every one given must hold (AND). */
@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact action name, e.g. member.search (see auditActions).' })
  @IsOptional()
  @MaxLength(40)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact type name, e.g. Account.' })
  @IsOptional()
  @MaxLength(60)
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries naming this record among their targets.' })
  @IsOptional()
  @MaxLength(20)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive: entries at or after this time.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive: entries before this time.' })
  @IsOptional()
  to?: Date | null;
}

@Allow(Permission.AuditRead)
@ObjectType()
export class AuditPage {
  @Field(() => [AuditEntry])
  items: AuditEntry[];

  @Field(() => Int, { description: 'All entries matching the filter.' })
  total: number;
}
