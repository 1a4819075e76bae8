import { defaultFieldResolver, GraphQLObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { Ctx } from '../context';
import type { AppLogger } from '../logger';
import { forbidden, unauthenticated } from '../errors';
import { MEMBER_SIDE_ROLES, PUBLIC, SELF } from '../auth/roles';
import { isOwnRecord, subjectOf } from '../auth/subject';
import type { PersonalMark } from '../personal';
import { runMutation } from './mutation';
import type { Database } from '../tx';

interface FieldRule {
  codes: readonly string[];
  personal: PersonalMark | undefined;
  coordinate: string;
}

const rules = new WeakMap<GraphQLField<unknown, unknown>, FieldRule | null>();

/** The codes that govern a field, as the guard enforces them: its own, else its type's default (never for Query and Mutation). */
export function accessOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): readonly string[] | undefined {
  return ruleOf(type, field)?.codes;
}

/** A field's rule: its own, else its type's default (never for Query and Mutation). Computed once per field. */
function ruleOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): FieldRule | null {
  let rule = rules.get(field);
  if (rule === undefined) {
    const own = (field.extensions as { access?: string[]; personal?: PersonalMark }) ?? {};
    const root = type.name === 'Query' || type.name === 'Mutation';
    const codes = own.access?.length ? own.access : root ? undefined : (type.extensions as { access?: string[] })?.access;
    rule = codes?.length ? { codes, personal: own.personal, coordinate: `${type.name}.${field.name}` } : null;
    rules.set(field, rule);
  }
  return rule;
}

function allows(rule: FieldRule, ctx: Ctx, root: unknown): boolean {
  const user = ctx.user;
  for (const code of rule.codes) {
    if (code === PUBLIC) return true;
    if (!user) continue;
    if (code === SELF ? isOwnRecord(root, user.accountId) : user.permissions.has(code)) return true;
  }
  return false;
}

const isPromise = (v: unknown): v is Promise<unknown> => !!v && typeof (v as Promise<unknown>).then === 'function';

/**
 * Wraps every field of the schema, and is the one place where access rules are checked. Deny
 * by default: a field without a rule in the schema is refused even if someone forgot the
 * coverage test. Mutations run in one transaction each. Staff reads of personal fields are
 * collected for the audit log. It wraps the resolvers directly rather than running as a
 * type-graphql middleware, whose chain makes every field asynchronous: a field that needs
 * nothing asynchronous stays synchronous.
 */
export function guardSchema(schema: GraphQLSchema, database: Database, logger: AppLogger, plain: ReadonlySet<string> = new Set()): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const rule = ruleOf(type, field);
      const isMutation = type.name === 'Mutation';
      // A plain property anyone may read, that is not personal: nothing to check, audit or resolve,
      // so the executor reads the property itself (graphql-jit then inlines it: no call, no info object).
      if (rule && rule.codes.includes(PUBLIC) && !rule.personal && !isMutation && type.name !== 'Query' && plain.has(rule.coordinate)) {
        field.resolve = undefined;
        continue;
      }
      field.resolve = (root, args, context: Ctx, info) => {
        if (!rule) {
          context.audit.add({ action: 'auth.denied', outcome: 'denied', operation: `${type.name}.${field.name}`, reason: 'no_rule' });
          throw forbidden();
        }
        if (!allows(rule, context, root)) {
          context.audit.add({ action: 'auth.denied', outcome: 'denied', operation: rule.coordinate, reason: context.user ? 'missing_permission' : 'anonymous' });
          throw context.user ? forbidden() : unauthenticated();
        }
        if (isMutation) return runMutation(database, logger, context, () => resolve(root, args, context, info));
        const user = context.user;
        if (!rule.personal || !user || MEMBER_SIDE_ROLES.has(user.role) || isOwnRecord(root, user.accountId)) return resolve(root, args, context, info);
        const id = (root as { id?: unknown } | null)?.id;
        const audit = (value: unknown) => {
          if (value !== null && value !== undefined && id !== undefined) context.audit.piiRead(type.name, String(id), field.name, subjectOf(root));
          return value;
        };
        const value = resolve(root, args, context, info);
        return isPromise(value) ? value.then(audit) : audit(value);
      };
    }
  }
  return schema;
}
