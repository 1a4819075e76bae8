import 'reflect-metadata';
import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import type { Config } from './config';
import type { Ctx } from './core/context';
import { RequestAudit } from './core/audit';
import { createLogger, type AppLogger } from './core/logger';
import { buildAppSchema } from './core/graphql/schema';
import { guardSchema } from './core/graphql/guard';
import { jitExecutor } from './core/graphql/jit';
import { KnownOperations } from './core/graphql/known-operations';
import { runNow } from './core/graphql/mutation';
import { createFormatError } from './core/graphql/format-error';
import { JobRunner } from './core/jobs';
import type { Database } from './core/tx';
import { createDataSource, detectFlavour, openDatabase } from './db/data-source';
import { unauthenticated } from './core/errors';
import { buildModules, resolverClasses, type Modules, type Services } from './modules';
import { isReportingToken, type ReportingRequest } from './modules/reporting';

export interface AppOptions {
  logger?: AppLogger;
  /** e.g. a statement counter in tests */
  sqlLogger?: TypeOrmLogger;
  dataSource?: DataSource;
}

export interface App {
  express: express.Express;
  /** The writer connection (migrations, tests' direct checks). */
  dataSource: DataSource;
  database: Database;
  services: Services;
  /** Background jobs; tests drive them with a moved clock: `app.jobs.runAll(now)`. */
  jobs: JobRunner;
  system: Modules['system'];
  logger: AppLogger;
  /** Validated queries answered again without Apollo's pipeline (null with GRAPHQL_EXECUTOR=graphql-js). */
  knownOperations: KnownOperations | null;
  stop(): Promise<void>;
}

/** One operation's root fields, for the audit of mutations. */
function rootFields(operation: OperationDefinitionNode | undefined | null): string[] {
  return (operation?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

interface FinishedOperation {
  contextValue: unknown;
  operation?: OperationDefinitionNode | null;
  operationName?: string | null;
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** What ends every operation, answered by Apollo or by the known-operations path: the mutation's row, then the request's audit written. */
function finishAudit(logger: AppLogger) {
  return async ({ contextValue, operation, errors }: FinishedOperation): Promise<void> => {
    const audit = (contextValue as Ctx | undefined)?.audit;
    const kind = operation?.operation ?? null;
    // Most reads audit nothing: no label to build, nothing to write.
    if (!audit || (kind !== 'mutation' && audit.isEmpty)) return;
    const fields = rootFields(operation);
    if (kind === 'mutation') {
      const targets = audit.takeTargets();
      const [targetType, ids] = [...targets.entries()][0] ?? [null, new Set<string>()];
      for (const field of fields) {
        audit.add({
          action: 'mutation',
          outcome: errors?.length ? 'failure' : 'success',
          operation: `mutation ${field}`,
          targetType,
          targetIds: [...ids],
          reason: errors?.length ? String(errors[0].extensions?.code ?? 'error').slice(0, 60) : null,
        });
      }
    }
    try {
      await audit.flush(kind ? `${kind} ${fields.join(',')}`.slice(0, 200) : null);
    } catch (error) {
      // The response is already decided; a lost audit row is logged loudly instead of turning it into a 500.
      logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'audit write failed');
    }
  };
}

/** The body limit of /graphql/files: a 2 MB file in base64 (2.7 MB) and the operation around it. */
const FILE_BODY_LIMIT = '3mb';
/** The root fields /graphql/files answers. */
export const FILE_OPERATIONS = new Set(['previewAttendanceCsv', 'applyAttendanceCsv', '__typename']);

/** /graphql/files answers only operations whose every root field is a file operation (no fragments at the root). */
function onlyFileOperations(req: Request, res: Response, next: NextFunction): void {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  let allowed = false;
  if (typeof query === 'string') {
    try {
      const document = parse(query, { maxTokens: 2000 });
      allowed = document.definitions.every(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.selectionSet.selections.every((s) => s.kind === Kind.FIELD && FILE_OPERATIONS.has(s.name.value)),
      );
    } catch {
      allowed = false;
    }
  }
  if (allowed) return next();
  res.status(400).json({
    errors: [{ message: 'This address takes file operations only; send others to /graphql.', extensions: { code: 'BAD_REQUEST', messageKey: 'request.notAFileOperation' } }],
  });
}

/** Every /graphql answer is no-store, including the ones Apollo gives its own header (a persisted query not found). */
const noStore: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

function serveClient(app: express.Express, mount: string, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get(mount === '/' ? '/' : mount, (_req, res) => {
      res.status(503).type('text/plain').send('This client has not been built yet. Run "npm run build", or "npm start", which builds what is missing.');
    });
    return;
  }
  app.use(mount, express.static(dir, { index: false, maxAge: '1h', setHeaders: (res, file) => file.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') }));
  // Single-page app: unknown paths under the mount get index.html, and the router takes over.
  app.get(mount === '/' ? /^\/(?!graphql|healthz|admin(\/|$)).*/ : new RegExp(`^${mount}(/.*)?$`), (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const flavour = config.databaseUrl ? await detectFlavour(config.databaseUrl) : undefined;
  const settings = { databaseUrl: config.databaseUrl, flavour, sqlitePath: config.sqlitePath, logger: options.sqlLogger };
  const dataSource = options.dataSource ?? createDataSource(settings);
  const database = await openDatabase(dataSource, settings);
  const modules = buildModules({ config, logger, database });
  const { services } = modules;
  const jobs = new JobRunner(modules.jobs, logger);
  const schema = await buildAppSchema({ resolvers: resolverClasses, instances: modules.resolvers, guard: (built, plain) => guardSchema(built, database, logger, plain) });
  // Trusted documents (reporting clients' operations) must be valid against the served schema, or the server does not start.
  modules.reporting.documents.validateAgainst(schema);

  const armor = new ApolloArmor({
    maxDepth: { n: 8, exposeLimits: false, flattenFragments: true },
    costLimit: { maxCost: 5000, exposeLimits: false },
    maxAliases: { n: 15, exposeLimits: false },
    maxDirectives: { n: 10, exposeLimits: false },
    // Token limit is enforced by Apollo's parser (parseOptions below): armor's version re-parses
    // outside Apollo's error handling and turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // Suggestions are stripped in formatError (core/graphql/format-error.ts); armor's version rewrites
    // error.message in place, which graphql-jit's errors do not allow.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  const production = config.env === 'production';
  const jit = config.graphqlExecutor === 'jit' ? jitExecutor(schema) : null;
  // The reporting call's row, then the request's audit: after every operation, on either path.
  const reportingCall = modules.reporting.callAudit<Ctx>();
  const audited = finishAudit(logger);
  const afterOperation = async (finished: FinishedOperation & { contextValue: Ctx }) => {
    await (await reportingCall.requestDidStart()).willSendResponse(finished);
    await audited(finished);
  };
  const known = jit ? new KnownOperations(jit, (req) => createContext(req), afterOperation as never) : null;
  const apollo = new ApolloServer<Ctx>({
    ...(jit ? { gateway: jit.gateway as never } : { schema }),
    introspection: !production,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: nothing sends them, and their cache would be per-process state.
    persistedQueries: false,
    parseOptions: { maxTokens: 2000 },
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    validationRules: [...protection.validationRules],
    plugins: [
      ...protection.plugins,
      {
        async requestDidStart() {
          return { willSendResponse: (rc) => afterOperation(rc as FinishedOperation & { contextValue: Ctx }) };
        },
      },
      ...(known ? [known.plugin()] : []),
      // Every answer is no-store, so cache hints are never used; the plugin would wrap every field to compute them.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // The access log: a request id, method, path (never the query string), status and time; nothing
  // from headers or bodies ever reaches it. It is written by a child logger without the redaction
  // pass, which it does not need and which cost more than the rest of the line (docs/performance.md).
  const access = logger.child({}, { redact: [] });
  app.use((req: Request & { id?: string }, res: Response, next: NextFunction) => {
    const id = crypto.randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (req.url !== '/healthz') {
      const started = performance.now();
      res.once('finish', () => {
        access.info(
          { req: { id, method: req.method, path: req.url.split('?')[0] }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) },
          'request completed',
        );
      });
    }
    next();
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ok', database: dataSource.options.type, residency: config.residency });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  /** The request's context: who calls (an access token, a reporting token, or nobody), its audit, its clock. */
  async function createContext(req: Request): Promise<Ctx> {
    const requestId = String((req as Request & { id?: unknown }).id ?? crypto.randomUUID());
    // Bounded: a forwarded header is caller-controlled text until proven an address.
    const ip = String(req.ip ?? req.socket.remoteAddress ?? 'unknown').slice(0, 64);
    const now = new Date();
    const ctx: Ctx = {
      requestId,
      ip,
      user: null,
      now,
      em: database.readManager,
      audit: new RequestAudit(modules.auditSink, { requestId, ip, now }, () => ctx.user),
      afterCommit: runNow(logger),
      memo: new Map(),
    };
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ') && isReportingToken(header.slice(7))) {
      // Checked, audited and reduced to a registered document by the reporting gate before Apollo.
      const principal = (req as Request & ReportingRequest).reportingPrincipal;
      if (!principal) throw unauthenticated('reporting.tokenInvalid', 'This reporting token is not valid (unknown, revoked or replaced).');
      ctx.user = principal;
    } else if (header) {
      const match = /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(header);
      const claims = match ? services.tokens.verifyAccess(match[1]) : null;
      const resolved = claims ? await services.accounts.principalFor(database.readManager, claims, ip, ctx.now) : { principal: null, reason: 'invalid_token' };
      if (!resolved.principal) {
        ctx.audit.add({ action: 'auth.denied', outcome: 'denied', reason: resolved.reason ?? 'invalid_token', actorId: claims ? Number(claims.sub) || null : null });
        await ctx.audit.flush('authenticate');
        throw unauthenticated('auth.sessionExpired', 'Your session has ended or is not valid. Please log in again.');
      }
      ctx.user = resolved.principal;
    }
    return ctx;
  }
  const graphql = expressMiddleware(apollo, {
    // The known-operations path may have made the context already (it never makes two).
    context: ({ req, res }) => (known ? (known.contextFor(req, res) as Promise<Ctx>) : createContext(req)),
  });
  const answerKnown = known ? [known.handler()] : [];
  const noStoreHeader = (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  // Files (an attendance CSV, base64) go to their own path with a larger body limit, so /graphql
  // keeps its small one; only the file operations are answered here.
  // Reporting tokens: checked and held to the registered documents before Apollo (modules/reporting).
  const reportingGate = modules.reporting.gate(services.reportingClients, modules.reporting.documents, modules.auditSink, () => database.readManager);
  app.use('/graphql/files', noStoreHeader, express.json({ limit: FILE_BODY_LIMIT }), reportingGate, onlyFileOperations, graphql);
  app.use('/graphql', noStoreHeader, express.json({ limit: '64kb' }), reportingGate, ...answerKnown, graphql);

  serveClient(app, '/admin', config.adminClientDir);
  serveClient(app, '/', config.memberClientDir);

  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', messageKey: 'error.notFound' } }] });
  });
  // Body-parser and other request errors: a 4xx with a code, never a 500 with a stack.
  app.use((err: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err: { type: err.name, message: err.message } }, 'unhandled request error');
    const messageKey =
      err.type === 'entity.too.large' ? 'request.tooLarge' : err.type === 'entity.parse.failed' ? 'request.malformedJson' : status === 500 ? 'error.internal' : 'request.invalid';
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal error' : 'The request could not be read.',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST', messageKey },
        },
      ],
    });
  });

  return {
    express: app,
    dataSource,
    database,
    services,
    jobs,
    system: modules.system,
    logger,
    knownOperations: known,
    async stop() {
      await jobs.stop();
      await services.recovery.settled();
      await apollo.stop();
      await database.destroy();
    },
  };
}
