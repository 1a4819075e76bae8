import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { accessOf } from '../../core/graphql/guard';
import { personalRegister, type RegisteredMark } from '../../core/personal';
import { PUBLIC, ROLE_PERMISSIONS, Role, SELF } from '../permissions';
import { READER_SELF, type PersonalDataField, type PrivacyNotice } from './privacy.types';
import type { PrivacyNoticeService } from './privacy-notice.service';

/** The privacy notice members accept (its versions: PrivacyNoticeService), and the register of personal information. */
export class PrivacyService {
  private readonly registers = new WeakMap<GraphQLSchema, RegisterRow[]>();

  constructor(private readonly notices: PrivacyNoticeService) {}

  /** The notice in force: the one registration must accept and members who answered an older one are asked again. */
  async currentNotice(ctx: Ctx): Promise<PrivacyNotice> {
    const v = await this.notices.current(ctx);
    return { version: v.version, purposeJa: v.textJa, purposeEn: v.textEn, effectiveFrom: v.effectiveFrom };
  }

  /** The register of personal information, built from the marks on the entities and the access rules of the schema that serves it. */
  register(schema: GraphQLSchema): PersonalDataField[] {
    let rows = this.registers.get(schema);
    if (!rows) {
      rows = personalDataRegister(schema);
      this.registers.set(schema, rows);
    }
    return rows.map(({ access: _access, exposedAs: _exposedAs, ...r }) => ({ ...r, readableBy: [...r.readableBy] }));
  }
}

/** A register row with how it was derived (the Markdown file shows this; the API gives readableBy). */
export interface RegisterRow extends PersonalDataField {
  /** The access codes of the field's effective rule, on every type that exposes it. */
  access: string[];
  /** The GraphQL types that expose the field; empty when it is a column only. */
  exposedAs: string[];
}

/** Role values in the order of the Role enum, as GraphQL names them (the enum's keys). */
const ROLE_NAMES = Object.entries(Role) as [keyof typeof Role, Role][];

/** Who a rule lets read: each role holding one of its codes (all roles when public), and SELF for the record's own subject. */
export function readersOf(codes: readonly string[]): string[] {
  const readers = ROLE_NAMES.filter(([, role]) => codes.includes(PUBLIC) || codes.some((code) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(code))).map(
    ([name]) => name as string,
  );
  if (codes.includes(SELF) || codes.includes(PUBLIC)) readers.push(READER_SELF);
  return readers;
}

const inheritsFrom = (cls: Function, name: string): boolean => {
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if ((c as Function).name === name) return true;
  }
  return false;
};

/**
 * The schema's object types that expose a marked field: those built from the marked class (or
 * a class extending it) that carry the field with its mark. Empty when the field is a column only.
 */
function exposuresOf(schema: GraphQLSchema, mark: RegisteredMark): GraphQLObjectType[] {
  const names = new Set(
    getMetadataStorage()
      .objectTypes.filter((t) => inheritsFrom(t.target, mark.entity))
      .map((t) => t.name),
  );
  return [...names]
    .map((name) => schema.getType(name))
    .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !!type.getFields()[mark.field]?.extensions?.personal);
}

/**
 * The register rows with who can read each field, derived from the rules the guard enforces:
 * the field's own rule, else its type's default, mapped to roles through ROLE_PERMISSIONS.
 * A field exposed by several types is readable by whoever any of them lets read it.
 */
export function personalDataRegister(schema: GraphQLSchema): RegisterRow[] {
  return personalRegister().map((mark) => {
    const exposures = exposuresOf(schema, mark);
    const codes = new Set<string>();
    for (const type of exposures) for (const code of accessOf(type, type.getFields()[mark.field]) ?? []) codes.add(code);
    return { ...mark, readableBy: readersOf([...codes]), access: [...codes], exposedAs: exposures.map((t) => t.name) };
  });
}
