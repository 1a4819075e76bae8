/**
 * Trusted documents (persisted operations): the only GraphQL a reporting token may send. Every
 * `operations/*.graphql` file is read at startup, must hold exactly one named operation that is
 * valid against the served schema (startup fails otherwise), and is registered by the SHA-256 of
 * its text (as Apollo's persisted queries: extensions.persistedQuery.sha256Hash) and by its name.
 * The server build copies the folder next to the compiled code (server/package.json).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

export const OPERATIONS_DIR = path.join(__dirname, 'operations');

export interface TrustedDocument {
  name: string;
  sha256: string;
  document: string;
}

export const sha256Hex = (text: string): string => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export class TrustedDocuments {
  private readonly byHash = new Map<string, TrustedDocument>();
  private readonly byName = new Map<string, TrustedDocument>();

  /** Reads every .graphql file of the folder; a file without exactly one named operation, or a name used twice, fails at once. */
  constructor(dir: string = OPERATIONS_DIR) {
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.graphql'))
          .sort()
      : [];
    for (const file of files) {
      const document = fs.readFileSync(path.join(dir, file), 'utf8');
      let operations: OperationDefinitionNode[];
      try {
        const parsed = parse(document);
        if (parsed.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION))
          throw new Error('only operations and fragments are allowed');
        operations = parsed.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      } catch (error) {
        throw new Error(`trusted document ${file}: ${(error as Error).message}`, { cause: error });
      }
      if (operations.length !== 1 || !operations[0].name) throw new Error(`trusted document ${file}: it must hold exactly one named operation`);
      if (operations[0].operation !== 'query') throw new Error(`trusted document ${file}: reporting operations are queries`);
      const name = operations[0].name.value;
      if (`${name}.graphql` !== file) throw new Error(`trusted document ${file}: the file must be named after its operation (${name}.graphql)`);
      if (this.byName.has(name)) throw new Error(`trusted document ${file}: the operation name ${name} is used twice`);
      const entry = { name, sha256: sha256Hex(document), document };
      this.byHash.set(entry.sha256, entry);
      this.byName.set(name, entry);
    }
  }

  /** Checks every document against the served schema; startup fails on the first invalid one. */
  validateAgainst(schema: GraphQLSchema): void {
    for (const entry of this.byName.values()) {
      const errors = validate(schema, parse(entry.document));
      if (errors.length) throw new Error(`trusted document ${entry.name}.graphql is not valid against the schema: ${errors.map((e) => e.message).join('; ')}`);
    }
  }

  list(): TrustedDocument[] {
    return [...this.byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  byDigest(sha256: string): TrustedDocument | undefined {
    return this.byHash.get(sha256.toLowerCase());
  }

  /**
   * The registered document a request names: its full text (the text must hash to a registered
   * document) or only the hash in extensions.persistedQuery. Null when it names none; when both are
   * given they must agree.
   */
  resolve(body: { query?: unknown; extensions?: unknown }): TrustedDocument | null {
    const persisted = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
    const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
    if (typeof body.query === 'string') {
      const entry = this.byHash.get(sha256Hex(body.query));
      if (!entry || (hash !== undefined && hash.toLowerCase() !== entry.sha256)) return null;
      return entry;
    }
    if (body.query !== undefined && body.query !== null) return null;
    return hash ? (this.byDigest(hash) ?? null) : null;
  }
}
