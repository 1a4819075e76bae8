import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { JitExecutor } from './jit';

/**
 * Operations Apollo has already parsed and validated (the armor rules included), answered again
 * without its request pipeline: the same context, the same compiled execution, the same audit at
 * the end, the same JSON. Apollo's pipeline (plugins' hooks, the query's SHA-256, the document
 * store, content negotiation, the header maps of the Express integration) was about a sixth of
 * the CPU of a small query (docs/performance.md).
 *
 * Only the plain success is answered here: a POST of a known query whose variables coerce and
 * whose execution has no error. Everything else (a failed context, bad variables, any error, a
 * mutation, an unknown document) goes on to Apollo, with the context already made and the
 * result already computed, so nothing runs twice and Apollo formats every error as it always has.
 * The cache holds what the code's schema accepts, per process; no state of the ward is in it.
 */

export interface KnownOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** What is done after every operation on either path: the reporting call's row, the request's audit. */
export type AfterOperation = (finished: { contextValue: object; operation: OperationDefinitionNode; operationName: string | null; errors: undefined }) => Promise<void>;

const MAX_KNOWN = 500;
const MAX_ACCEPT_VALUES = 50;
/** Apollo's names for the JSON media types (ApolloServer.js MEDIA_TYPES), in its order of preference. */
const APPLICATION_JSON = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const OFFERED = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, 'application/json; callbackSpec=1.0; charset=utf-8'];
const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !Buffer.isBuffer(v);
const keyOf = (operationName: string | undefined | null, query: string) => `${operationName ?? ''}\n${query}`;

export class KnownOperations {
  private readonly known = new Map<string, KnownOperation>();
  /** Requests answered here since the start (tests read it to know which path answered). */
  answered = 0;
  /** Accept header → the media type Apollo would answer with (null: none it offers), as Apollo negotiates it. */
  private readonly mediaTypes = new Map<string, string | null>();

  constructor(
    private readonly jit: JitExecutor,
    private readonly context: (req: Request, res: Response) => Promise<object>,
    private readonly afterOperation: AfterOperation,
  ) {}

  /** An Apollo plugin that records each query it has validated and resolved to one operation. */
  plugin() {
    const known = this.known;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation(rc: { source?: string; document?: DocumentNode; operation?: OperationDefinitionNode; request: { operationName?: string } }) {
            if (!rc.source || !rc.document || rc.operation?.operation !== 'query') return;
            const key = keyOf(rc.request.operationName, rc.source);
            if (known.has(key)) return;
            // Bounded: a flood of distinct documents cannot grow memory without end.
            if (known.size >= MAX_KNOWN) known.delete(known.keys().next().value as string);
            known.set(key, { document: rc.document, operation: rc.operation });
          },
        };
      },
    };
  }

  /** The context Apollo is to use for this request: the one made here, if one was. */
  contextFor(req: Request, res: Response): Promise<object> {
    return (res.locals.graphqlContext as Promise<object> | undefined) ?? this.context(req, res);
  }

  private mediaTypeFor(req: Request): string | null {
    const accept = req.headers.accept;
    if (!accept) return APPLICATION_JSON;
    let type = this.mediaTypes.get(accept);
    if (type === undefined) {
      // Express negotiates with the same library (negotiator) as Apollo, and picks as it does: the first the client prefers.
      // The callback media type (subscriptions over callbacks) is Apollo's to answer.
      const chosen = req.accepts(OFFERED) || null;
      type = chosen === APPLICATION_JSON || chosen === GRAPHQL_RESPONSE_JSON ? chosen : null;
      if (this.mediaTypes.size < MAX_ACCEPT_VALUES) this.mediaTypes.set(accept, type);
    }
    return type;
  }

  /** The operation of a request this path may answer, if it is one. */
  private operationOf(req: Request): { known: KnownOperation; query: string; variables: Record<string, unknown> } | null {
    if (req.method !== 'POST') return null;
    const body: unknown = req.body;
    if (!isRecord(body) || typeof body.query !== 'string') return null;
    for (const key of Object.keys(body)) if (!BODY_KEYS.has(key)) return null;
    // Extensions (a persisted query) and odd shapes are Apollo's to answer or refuse.
    if (body.extensions !== undefined && !(isRecord(body.extensions) && Object.keys(body.extensions).length === 0)) return null;
    if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return null;
    if (body.variables !== undefined && body.variables !== null && !isRecord(body.variables)) return null;
    const known = this.known.get(keyOf(body.operationName as string | null | undefined, body.query));
    if (!known) return null;
    return { known, query: body.query, variables: (body.variables as Record<string, unknown> | null | undefined) ?? {} };
  }

  handler() {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const request = this.operationOf(req);
      const mediaType = request ? this.mediaTypeFor(req) : null;
      if (!request || !mediaType) return next();
      const pending = this.context(req, res);
      res.locals.graphqlContext = pending;
      let ctx: object;
      try {
        ctx = await pending;
      } catch {
        return next(); // Apollo answers the failure, from the same rejected promise.
      }
      const { document, operation } = request.known;
      let result;
      try {
        result = await this.jit.run(document, operation, request.query, request.variables, ctx);
      } catch (thrown) {
        this.jit.settle(ctx, { thrown });
        return next();
      }
      if (!result) return next();
      if (result.errors?.length) {
        this.jit.settle(ctx, { result });
        return next();
      }
      await this.afterOperation({ contextValue: ctx, operation, operationName: operation.name?.value ?? null, errors: undefined });
      // As Apollo's Express integration writes a single result: its media type, status 200, the JSON and a newline.
      this.answered++;
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', mediaType);
      res.statusCode = 200;
      res.send(JSON.stringify({ data: result.data }) + '\n');
    };
  }
}
