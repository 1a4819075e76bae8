/**
 * Reporting: aggregates for the ward's yearly evaluation, with small cells suppressed (秘匿), for
 * staff with report:read and for reporting clients, which authenticate with a token of their own
 * and may run only the registered operations in ./operations (trusted documents).
 */
import type { Infrastructure, ModuleManifest } from '../../core/module';

export const reportingManifest: ModuleManifest = {
  name: 'reporting',
  entities: [],
  migrations: [],
  resolvers: [],
  publicCoordinates: [],
};

export function buildReporting(_infra: Infrastructure) {
  return { resolvers: [] as object[] };
}
