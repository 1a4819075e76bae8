import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { execute, getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

/** The part of Apollo's request context the executor reads. */
interface ExecutorRequest {
  source?: string;
  document: DocumentNode;
  operationName?: string | null;
  request: { variables?: Record<string, unknown>; operationName?: string };
  context: unknown;
}

const MAX_COMPILED = 500;

/**
 * graphql-jit leaves `extensions` undefined on errors whose cause has none (an unexpected
 * error), where graphql-js gives {}; Apollo's error formatting reads it. The error itself is
 * kept (path, original error), seen through an object that adds an empty `extensions`.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  return { ...result, errors: result.errors.map((e) => (e.extensions ? e : Object.create(e, { extensions: { value: {}, enumerable: true } }))) };
}

/** What the executor answers for a context instead of executing: a result (or a throw) already computed for it. */
type Settled = { result: ExecutionResult } | { thrown: unknown };
/**
 * Kept on the context itself, as an own enumerable property: Apollo hands the executor a shallow
 * copy of the context (Object.assign), which keeps it.
 */
const SETTLED = Symbol('settled');

export interface JitExecutor {
  /** Apollo's gateway interface, its one hook for a custom executor. */
  gateway: ReturnType<typeof gatewayOf>;
  /**
   * Runs an operation Apollo has already parsed and validated, as Apollo would have run it; null
   * when its variables do not coerce (Apollo answers those, with graphql-js's exact errors).
   */
  run(document: DocumentNode, operation: OperationDefinitionNode, source: string, variables: Record<string, unknown>, context: object): Promise<ExecutionResult | null>;
  /** The answer Apollo is to give for this context, computed already: the executor returns it (or throws it) instead of running again. */
  settle(context: object, outcome: Settled): void;
}

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document is
 * compiled once into a function, which then runs the same resolvers (and the same guard, which
 * wraps them in the schema) without graphql-js's per-field interpretation. Apollo still parses
 * and validates (with the armor rules) before this runs; `run` serves the operations it already
 * has (core/graphql/known-operations.ts).
 */
export function jitExecutor(schema: GraphQLSchema): JitExecutor {
  const compiled = new Map<string, CompiledQuery>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined, source: string): CompiledQuery | ExecutionResult => {
    const key = `${operationName ?? ''}\n${source}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) return result;
      // A bounded cache: a flood of distinct documents cannot grow memory without end.
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, (query = result));
    }
    return query;
  };

  const executor = async (ctx: ExecutorRequest): Promise<ExecutionResult> => {
    const done = (ctx.context as { [SETTLED]?: Settled } | undefined)?.[SETTLED];
    if (done) {
      delete (ctx.context as { [SETTLED]?: Settled })[SETTLED];
      if ('thrown' in done) throw done.thrown;
      return done.result;
    }
    // Errors before execution keep graphql-js's exact shape, which Apollo turns into a 400 with
    // BAD_USER_INPUT (variables) or an operation-resolution error: graphql-js produces them here.
    // The name the client asked for (ctx.operationName is the one Apollo resolved, null if none).
    const operationName = ctx.request.operationName ?? ctx.operationName ?? undefined;
    const operation = getOperationAST(ctx.document, operationName);
    if (!operation || operation.operation === 'subscription') {
      return execute({ schema, document: ctx.document, operationName, contextValue: ctx.context, variableValues: ctx.request.variables });
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], ctx.request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compiledFor(ctx.document, operationName, ctx.source ?? '');
    if (!isCompiledQuery(query)) return query;
    return withExtensions(await query.query(undefined, ctx.context, ctx.request.variables ?? {}));
  };

  return {
    gateway: gatewayOf(schema, executor),
    async run(document, operation, source, variables, context) {
      if (operation.operation === 'subscription') return null;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
      if (coerced.errors) return null;
      const query = compiledFor(document, operation.name?.value, source);
      if (!isCompiledQuery(query)) return null;
      return withExtensions(await query.query(undefined, context, variables));
    },
    settle(context, outcome) {
      (context as { [SETTLED]?: Settled })[SETTLED] = outcome;
    },
  };
}

function gatewayOf(schema: GraphQLSchema, executor: (ctx: ExecutorRequest) => Promise<ExecutionResult>) {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
