/** The certificate part of the learning module: its entities, migrations, public coordinates and services. */
import type { Infrastructure } from '../../core/module';
import { tooManyRequests, withinLimit } from '../accounts';
import type { LearningDeps } from './learning.deps';
import { Certificate } from './certificate.entity';
import { CertificateIssue } from './certificate-issue.entity';
import { CertificateNumberCounter } from './certificate-number-counter.entity';
import { Certificates1764600000300 } from './migrations/1764600000300-Certificates';
import { CertificateService } from './certificate.service';
import { CertificateResolver } from './certificate.resolver';
import type { CertificateIssuer } from './learning.contract';

export const certificatePart = {
  entities: [Certificate, CertificateIssue, CertificateNumberCounter] as Function[],
  migrations: [Certificates1764600000300] as Function[],
  /** Resolver classes; build…() returns their instances. */
  resolvers: [CertificateResolver] as Function[],
  publicCoordinates: [
    'Query.verifyCertificate',
    'Mutation.checkCertificateName',
    ...['status', 'number', 'courseTitle', 'fieldCode', 'startsOn', 'endsOn', 'completedOn', 'issuedOn', 'revokedOn'].map((f) => `CertificateVerification.${f}`),
  ],
};

export function buildCertificate(infra: Infrastructure, deps: LearningDeps) {
  const service = new CertificateService(infra.config, deps.catalog, withinLimit, tooManyRequests);
  const issuer: CertificateIssuer = service;
  return { resolvers: [new CertificateResolver(service)] as object[], service, issuer };
}
