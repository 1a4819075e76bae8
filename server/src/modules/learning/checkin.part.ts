/** The check-in and CSV import part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { LearningDeps } from './learning.deps';

export const checkinPart = {
  entities: [] as Function[],
  migrations: [] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [] as Function[],
  publicCoordinates: [] as string[],
};

export function buildCheckin(infra: Infrastructure, deps: LearningDeps) {
  void infra;
  void deps;
  return { resolvers: [] as object[] };
}
