/** The completion part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { Job } from '../../core/jobs';
import type { LearningDeps } from './learning.deps';
import { CompletionRule } from './completion-rule.entity';
import { ProgressNotice } from './progress-notice.entity';
import { CompletionRules1764600000200 } from './migrations/1764600000200-CompletionRules';
import { CompletionService } from './completion.service';
import { AccountCompletionsResolver, CompletionResolver } from './completion.resolver';

export const completionPart = {
  entities: [CompletionRule, ProgressNotice] as Function[],
  migrations: [CompletionRules1764600000200] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [CompletionResolver, AccountCompletionsResolver] as Function[],
  publicCoordinates: [] as string[],
};

export function buildCompletion(infra: Infrastructure, deps: LearningDeps) {
  const service = new CompletionService(deps.catalog, deps.notices, deps.system);
  const jobs: Job[] = [{ name: 'learning.progressNotices', intervalMs: infra.config.backgroundIntervalMs, run: (now) => service.sendProgressNotices(now) }];
  return {
    service,
    jobs,
    /** Wires the certificate part's issuer (learning/index.ts). */
    useCertificates: (issuer: Parameters<CompletionService['useCertificates']>[0]) => service.useCertificates(issuer),
    resolvers: [new CompletionResolver(service), new AccountCompletionsResolver(service)] as object[],
  };
}
