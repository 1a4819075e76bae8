import type { Ctx } from '../../core/context';

/**
 * How the parts of the learning module call each other (wired in index.ts), so each part
 * depends on an interface rather than on another part's service.
 */

/** Issues (or keeps) the certificate of each completed enrollment; called inside the completion run's transaction. */
export interface CertificateIssuer {
  issueFor(ctx: Ctx, enrollmentIds: number[]): Promise<void>;
}
