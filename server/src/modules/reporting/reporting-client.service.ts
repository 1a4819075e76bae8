import crypto from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { NextFunction, Request, Response } from 'express';
import { repo, type Ctx } from '../../core/context';
import type { Principal } from '../../core/principal';
import { RequestAudit, type AuditSink } from '../../core/audit';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { Permission, Role } from '../permissions';
import { ReportingClient } from './reporting-client.entity';
import type { ReportingClientInput } from './reporting-client.types';
import type { TrustedDocuments } from './trusted-documents';

/** Reporting tokens start with this, so the composition root knows them from session tokens. */
export const REPORTING_TOKEN_PREFIX = 'cprpt_';
const TOKEN_PATTERN = /^cprpt_(\d{1,10})_([A-Za-z0-9_-]{43})$/;
/** The longest a token may live; a client is renewed by creating it again. */
export const REPORTING_MAX_LIFETIME_MS = 366 * 24 * 3600_000;

/** How the network helpers of the contractors (accounts module) are handed in. */
export interface AddressRules {
  isValidCidr(range: string): boolean;
  addressAllowed(ranges: string[], ip: string): boolean;
}

export type ReportingRefusal = 'reporting.tokenInvalid' | 'reporting.tokenExpired' | 'reporting.addressNotAllowed';

const hashToken = (token: string): string => crypto.createHash('sha256').update(token, 'utf8').digest('hex');

function newToken(clientId: number): { token: string; tokenHash: string } {
  const token = `${REPORTING_TOKEN_PREFIX}${clientId}_${crypto.randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashToken(token) };
}

export const isReportingToken = (bearer: string): boolean => bearer.startsWith(REPORTING_TOKEN_PREFIX);

/** The principal of a reporting client: role REPORTING with report:read and nothing else; no person's account (accountId 0 is never a row's subject). */
export function reportingPrincipal(client: ReportingClient): Principal {
  return {
    accountId: 0,
    role: Role.REPORTING,
    sessionId: `reporting:${client.id}`,
    permissions: new Set([Permission.ReportRead]),
    reportingClient: { id: client.id, allowedOperations: client.allowedOperations },
  };
}

export class ReportingClientService {
  constructor(
    private readonly documents: TrustedDocuments,
    private readonly addresses: AddressRules,
  ) {}

  list(ctx: Ctx): Promise<ReportingClient[]> {
    return repo(ctx, ReportingClient).find({ order: { id: 'ASC' } });
  }

  async get(ctx: Ctx, id: string | number): Promise<ReportingClient> {
    const client = await repo(ctx, ReportingClient).findOne({ where: { id: parseId(id, 'reporting client') }, ...lockMode(ctx.em) });
    if (!client) throw notFound('reporting client');
    return client;
  }

  async create(ctx: Ctx, input: ReportingClientInput): Promise<{ client: ReportingClient; token: string }> {
    const operations = [...new Set(input.allowedOperations.map((o) => o.trim()).filter(Boolean))];
    if (operations.length === 0) throw badField('allowedOperations', 'reporting.operationsRequired', 'Choose at least one registered operation.');
    const unknown = operations.find((o) => !this.documents.has(o));
    if (unknown !== undefined) throw badField('allowedOperations', 'reporting.unknownOperation', `"${unknown.slice(0, 100)}" is not a registered operation.`);
    if (input.expiresAt.getTime() <= ctx.now.getTime()) throw badField('expiresAt', 'reporting.expiryInPast', 'The expiry must be in the future.');
    if (input.expiresAt.getTime() > ctx.now.getTime() + REPORTING_MAX_LIFETIME_MS) throw badField('expiresAt', 'reporting.expiryTooFar', 'The expiry may be at most a year ahead.');
    const ranges = (input.allowedAddressRanges ?? []).map((r) => r.trim()).filter(Boolean);
    const invalid = ranges.find((r) => !this.addresses.isValidCidr(r));
    if (invalid !== undefined) throw badField('allowedAddressRanges', 'validation.cidr', `"${invalid.slice(0, 64)}" is not a network range such as 203.0.113.0/24.`);
    const clients = repo(ctx, ReportingClient);
    // Whole seconds, as MySQL stores them.
    const now = new Date(Math.floor(ctx.now.getTime() / 1000) * 1000);
    const client = await clients.save(
      clients.create({
        name: input.name.trim(),
        purpose: input.purpose.trim(),
        operationList: operations.join('\n'),
        allowedCidrs: ranges.join('\n'),
        // A placeholder that matches no token: the real hash needs the id.
        tokenHash: '-',
        expiresAt: input.expiresAt,
        revokedAt: null,
        tokenIssuedAt: now,
        createdAt: now,
        createdBy: ctx.user!.accountId,
      }),
    );
    const { token, tokenHash } = newToken(client.id);
    await clients.update({ id: client.id }, { tokenHash });
    client.tokenHash = tokenHash;
    ctx.audit.target('ReportingClient', client.id);
    return { client, token };
  }

  /** Revokes the token now; it is refused on its next call, on every server. Revoking twice keeps the first. */
  async revoke(ctx: Ctx, id: string): Promise<ReportingClient> {
    const client = await this.get(ctx, id);
    const revokedAt = new Date(Math.floor(ctx.now.getTime() / 1000) * 1000);
    const done = await repo(ctx, ReportingClient).update({ id: client.id, revokedAt: IsNull() }, { revokedAt });
    if (done.affected) client.revokedAt = revokedAt;
    ctx.audit.target('ReportingClient', client.id);
    return client;
  }

  /** A new token, shown once; the old one stops working at once. A revoked client stays revoked. */
  async rotate(ctx: Ctx, id: string): Promise<{ client: ReportingClient; token: string }> {
    const client = await this.get(ctx, id);
    if (client.revokedAt) throw conflict('reporting.clientRevoked', 'This reporting client has been revoked; create a new one.');
    const { token, tokenHash } = newToken(client.id);
    const tokenIssuedAt = new Date(Math.floor(ctx.now.getTime() / 1000) * 1000);
    const done = await repo(ctx, ReportingClient).update({ id: client.id, revokedAt: IsNull() }, { tokenHash, tokenIssuedAt });
    if (!done.affected) throw conflict('reporting.clientRevoked', 'This reporting client has been revoked; create a new one.');
    Object.assign(client, { tokenHash, tokenIssuedAt });
    ctx.audit.target('ReportingClient', client.id);
    return { client, token };
  }

  /** Checks a reporting token: lookup by the id it names, then a constant-time comparison of hashes. */
  async authenticate(
    em: EntityManager,
    token: string,
    ip: string,
    now: Date,
  ): Promise<{ client: ReportingClient; refusal: null } | { clientId: number | null; refusal: ReportingRefusal; reason: string }> {
    const match = TOKEN_PATTERN.exec(token);
    if (!match) return { clientId: null, refusal: 'reporting.tokenInvalid', reason: 'reporting_token_malformed' };
    const client = await em.getRepository(ReportingClient).findOneBy({ id: Number(match[1]) });
    const expected = Buffer.from(client?.tokenHash ?? '0'.repeat(64), 'utf8');
    const given = Buffer.from(hashToken(token), 'utf8');
    const same = expected.length === given.length && crypto.timingSafeEqual(expected, given);
    // A wrong secret for an existing client (e.g. its token before a rotation) is recorded against that client.
    if (!client || !same) return { clientId: client?.id ?? null, refusal: 'reporting.tokenInvalid', reason: 'reporting_token_unknown' };
    if (client.revokedAt && client.revokedAt <= now) return { clientId: client.id, refusal: 'reporting.tokenInvalid', reason: 'reporting_token_revoked' };
    if (client.expiresAt <= now) return { clientId: client.id, refusal: 'reporting.tokenExpired', reason: 'reporting_token_expired' };
    const ranges = client.allowedAddressRanges;
    if (ranges.length && !this.addresses.addressAllowed(ranges, ip)) return { clientId: client.id, refusal: 'reporting.addressNotAllowed', reason: 'address_not_allowed' };
    return { client, refusal: null };
  }
}

const REFUSALS: { messageKey: ReportingRefusal; message: string }[] = [
  { messageKey: 'reporting.tokenInvalid', message: 'This reporting token is not valid (unknown, revoked or replaced).' },
  { messageKey: 'reporting.tokenExpired', message: 'This reporting token has expired; ask the ward for a new one.' },
  { messageKey: 'reporting.addressNotAllowed', message: 'This reporting token is not accepted from this network address.' },
];
const REFUSAL_TEXT = Object.fromEntries(REFUSALS.map((r) => [r.messageKey, r.message])) as Record<ReportingRefusal, string>;

/** The refusals of documents, with extensions.code PERSISTED_QUERY_NOT_ALLOWED. */
export const UNTRUSTED_DOCUMENT = 'reporting.untrustedDocument';
export const OPERATION_NOT_ALLOWED = 'reporting.operationNotAllowed';

/** What the gate leaves on the request for the context function. */
export interface ReportingRequest {
  reportingPrincipal?: Principal;
  reportingOperation?: string;
}

/**
 * The HTTP gate of reporting tokens, before Apollo: the token is checked (401 otherwise), then the
 * body must name a registered document (its full text, or only extensions.persistedQuery.sha256Hash)
 * whose operation the client may run (400 / 403 PERSISTED_QUERY_NOT_ALLOWED otherwise). The body is
 * then rewritten to the registered text, so nothing the caller wrote is ever parsed or executed.
 * Session tokens pass untouched. Every refusal is audited here; answered calls by the audit plugin.
 */
export function reportingGate(
  service: ReportingClientService,
  documents: TrustedDocuments,
  sink: AuditSink,
  readManager: () => EntityManager,
): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7) : null;
    if (!bearer || !isReportingToken(bearer)) return next();
    const requestId = String((req as Request & { id?: unknown }).id ?? crypto.randomUUID());
    const ip = String(req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 64);
    const now = new Date();
    const refuse = async (status: number, code: string, messageKey: string, message: string, event: { reason: string; clientId: number | null; operation?: string | null }) => {
      const audit = new RequestAudit(sink, { requestId, ip, now }, () => null);
      audit.add({
        action: 'reporting.call',
        outcome: 'denied',
        actorId: null,
        actorRole: Role.REPORTING,
        operation: event.operation ?? null,
        targetType: 'ReportingClient',
        targetIds: event.clientId ? [event.clientId] : [],
        reason: event.reason,
      });
      await audit.flush('reporting');
      res.status(status).json({ errors: [{ message, extensions: { code, messageKey } }] });
    };
    (async () => {
      const checked = await service.authenticate(readManager(), bearer, ip, now);
      if (checked.refusal !== null) {
        return refuse(401, 'UNAUTHENTICATED', checked.refusal, REFUSAL_TEXT[checked.refusal], { reason: checked.reason, clientId: checked.clientId });
      }
      const client = checked.client;
      const body = (req.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown };
      const document = documents.resolve(body);
      if (!document) {
        return refuse(
          400,
          'PERSISTED_QUERY_NOT_ALLOWED',
          UNTRUSTED_DOCUMENT,
          'A reporting token may send only registered operations (reportingOperations): their exact text, or extensions.persistedQuery.sha256Hash.',
          { reason: 'untrusted_document', clientId: client.id },
        );
      }
      const named = typeof body.operationName === 'string' ? body.operationName : null;
      if ((named !== null && named !== document.name) || !client.allowedOperations.includes(document.name)) {
        return refuse(403, 'PERSISTED_QUERY_NOT_ALLOWED', OPERATION_NOT_ALLOWED, `This reporting client may not run ${document.name}.`, {
          reason: 'operation_not_allowed',
          clientId: client.id,
          operation: `query ${document.name}`,
        });
      }
      req.body = { query: document.document, variables: body.variables ?? {}, operationName: document.name };
      Object.assign(req as Request & ReportingRequest, { reportingPrincipal: reportingPrincipal(client), reportingOperation: document.name });
      next();
    })().catch(next);
  };
}

/**
 * Audits every call answered for a reporting token (action reporting.call, the client as target,
 * the operation's name). It must come before the audit plugin, which writes the request's rows.
 */
export function reportingCallAudit<TContext extends { user: Principal | null; audit: RequestAudit }>(): {
  requestDidStart(): Promise<{
    willSendResponse(rc: { contextValue: TContext; operationName?: string | null; errors?: readonly { extensions?: Record<string, unknown> }[] }): Promise<void>;
  }>;
} {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, errors }) {
          const client = contextValue?.user?.reportingClient;
          if (!client) return;
          const code = errors?.length ? String(errors[0].extensions?.code ?? 'error').slice(0, 60) : null;
          contextValue.audit.add({
            action: 'reporting.call',
            outcome: code === null ? 'success' : code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'denied' : 'failure',
            actorId: null,
            actorRole: Role.REPORTING,
            operation: `query ${operationName ?? ''}`.trim(),
            targetType: 'ReportingClient',
            targetIds: [client.id],
            reason: code,
          });
        },
      };
    },
  };
}
