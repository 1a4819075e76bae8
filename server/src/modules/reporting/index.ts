/**
 * Reporting: aggregates for the ward's yearly evaluation, with small cells suppressed (秘匿), for
 * staff with report:read and for reporting clients, which authenticate with a token of their own
 * and may run only the registered operations in ./operations (trusted documents).
 */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { ReportingClient } from './reporting-client.entity';
import { ReportingClientResolver } from './reporting-client.resolver';
import { reportingCallAudit, reportingGate, ReportingClientService, type AddressRules } from './reporting-client.service';
import { TrustedDocuments } from './trusted-documents';
import { ReportingClients1764900001000 } from './migrations/1764900001000-ReportingClients';
import { ReportIndexes1764900001100 } from './migrations/1764900001100-ReportIndexes';
import { AggregatesService } from './aggregates.service';
import { ReportingResolver } from './reporting.resolver';

export const reportingManifest: ModuleManifest = {
  name: 'reporting',
  entities: [ReportingClient],
  migrations: [ReportingClients1764900001000, ReportIndexes1764900001100],
  resolvers: [ReportingResolver, ReportingClientResolver],
  publicCoordinates: [],
};

export { ReportingClient, ReportingClientStatus } from './reporting-client.entity';
export { ReportingClientService, REPORTING_TOKEN_PREFIX, isReportingToken, type ReportingRequest } from './reporting-client.service';
export { TrustedDocuments, sha256Hex, type TrustedDocument } from './trusted-documents';

/** deps.addresses: the contractors' network helpers (accounts module), for clients limited to some networks. */
export function buildReporting(infra: Infrastructure, deps: { addresses: AddressRules }) {
  const aggregates = new AggregatesService(infra.config.reportSuppressionThreshold);
  // Every operations/*.graphql is read now; app.ts validates them against the schema before serving.
  const documents = new TrustedDocuments();
  const clients = new ReportingClientService(documents, deps.addresses);
  return {
    documents,
    clients,
    /** The HTTP gate of reporting tokens and the audit of their calls (composition root: app.ts). */
    gate: reportingGate,
    callAudit: reportingCallAudit,
    resolvers: [new ReportingResolver(aggregates), new ReportingClientResolver(clients, documents)] as object[],
  };
}
