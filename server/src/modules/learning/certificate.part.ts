/** The certificate part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import type { LearningDeps } from './learning.deps';

export const certificatePart = {
  entities: [] as Function[],
  migrations: [] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [] as Function[],
  publicCoordinates: [] as string[],
};

export function buildCertificate(infra: Infrastructure, deps: LearningDeps) {
  void infra;
  void deps;
  return { resolvers: [] as object[] };
}
