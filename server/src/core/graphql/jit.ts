import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { execute, getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
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

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct document is
 * compiled once into a function, which then runs the same resolvers (and the same guard, which
 * wraps them in the schema) without graphql-js's per-field interpretation. Apollo still parses
 * and validates (with the armor rules) before this runs. Plugged in through Apollo's gateway
 * interface, its one hook for a custom executor.
 */
export function jitGateway(schema: GraphQLSchema) {
  const compiled = new Map<string, CompiledQuery>();
  const executor = async (ctx: ExecutorRequest): Promise<ExecutionResult> => {
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
    const key = `${operationName ?? ''}\n${ctx.source ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, ctx.document, operationName, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(result)) return result;
      // A bounded cache: a flood of distinct documents cannot grow memory without end.
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, (query = result));
    }
    return withExtensions(await query.query(undefined, ctx.context, ctx.request.variables ?? {}));
  };
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
