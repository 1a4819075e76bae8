/** The completion part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { LearningDeps } from './learning.deps';

export const completionPart = {
  entities: [] as Function[],
  migrations: [] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [] as Function[],
  publicCoordinates: [] as string[],
};

export function buildCompletion(infra: Infrastructure, deps: LearningDeps) {
  void infra;
  void deps;
  return { resolvers: [] as object[] };
}
