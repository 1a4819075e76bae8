/**
 * Generates the contractor-scope test from the built schema (tests/scope-generated.test.ts):
 * which operations a role may call, which of their arguments name a field-owned record, the
 * calls to make with another field's records, and selections that reach the field code of
 * every returned object. Pure schema work; the test supplies the server and the fixtures.
 */
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  getNamedType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { accessOf } from '../../server/src/core/graphql/guard';
import { PUBLIC, SELF } from '../../server/src/modules/permissions';

/** Kinds of field-owned records the fixtures provide (`field` is a field code itself). */
export type Kind = 'course' | 'cohort' | 'application' | 'notice' | 'member' | 'field' | 'classSession' | 'enrollment' | 'certificate' | 'activityRecord' | 'survey' | 'wave';
export type Records = Record<Kind, string[]>;

/**
 * The explicit map from argument (and input field) names of type ID to the record they name.
 * `id` names the record the operation returns. An ID position not in this map makes the
 * generated test fail: the module that adds it extends this map and the fixtures.
 */
export const ID_KINDS: { [name: string]: Kind | Record<string, Kind> } = {
  cohortId: 'cohort',
  courseId: 'course',
  applicationId: 'application',
  accountId: 'member',
  classSessionId: 'classSession',
  enrollmentId: 'enrollment',
  certificateId: 'certificate',
  surveyId: 'survey',
  waveId: 'wave',
  id: {
    Course: 'course',
    Cohort: 'cohort',
    Application: 'application',
    Notice: 'notice',
    Account: 'member',
    ClassSession: 'classSession',
    Certificate: 'certificate',
    Enrollment: 'enrollment',
    ActivityRecord: 'activityRecord',
    SurveyInfo: 'survey',
  },
};

/** ID arguments that name a record of no field (the caller's own, or a group or posting of the ward's registry): filled with a sample. */
export const OWN_RECORD_IDS: Record<string, string> = { passkeyId: '1', groupId: '1', postingId: '1' };

/** FieldCode fields that say something other than the record's field (where an alumnus or a group is active). */
export const NOT_OWNER_FIELDS = new Set([
  'ActivityRecordVersion.fieldCodes',
  'CommunityGroup.fieldCodes',
  'PublicGroup.fieldCodes',
  // A posting's fields and the alumni it welcomes: the ward's community work, of no field's scope.
  'PublicPosting.fieldCodes',
  'PublicPosting.alumniWelcome',
  'RecruitmentPosting.fieldCodes',
  'RecruitmentPosting.alumniWelcome',
]);

/**
 * Report rows whose null field code is the total over the caller's own fields (the reports scope
 * every row and total: reporting/aggregates.service.ts). A null there is the caller's field; a
 * named field is checked as anywhere else.
 */
export const TOTAL_ROW_FIELDS = new Set(['FieldFigures.fieldCode', 'SurveyFieldFigures.fieldCode']);

/** Positions of this enum type name a field: they are filled with a field code. */
export const FIELD_ENUM = 'FieldCode';

/** Kinds whose records belong to one field (a member does not: they may apply anywhere). */
export const OWNER_KINDS: readonly Kind[] = ['course', 'cohort', 'application', 'notice', 'classSession', 'enrollment', 'certificate', 'activityRecord', 'survey', 'wave'];

/** Mutations a contractor may call that name no field-owned record; reviewed, not generated. */
export const NO_RECORD_MUTATIONS = [
  'register',
  'login',
  'loginSecondFactor',
  'passkeyLoginOptions',
  'refreshSession',
  'logout',
  'changePassword',
  'confirmEmail',
  'resendEmailConfirmation',
  'requestPasswordReset',
  'requestLoginIdReminder',
  'resetPassword',
  'recoverLoginId',
  'updateMyDetails',
  'requestEmailChange',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'regenerateRecoveryCodes',
  'disableSecondFactor',
  'startPasskeyRegistration',
  'finishPasskeyRegistration',
  'removePasskey',
  // The public verify page's name check: by certificate number and check code, throttled.
  'checkCertificateName',
  // The member's answer to the privacy notice in force (staff are refused: privacyRenewal.membersOnly).
  'acceptPrivacyNotice',
  'declinePrivacyNotice',
];

/** Valid values for the other inputs, by name, so calls get past input validation to the scope check. */
export const SAMPLES: Record<string, unknown> = {
  // An activity's fields are where the alumnus is active, not a scope: any field may be named.
  fieldCodes: ['WELFARE'],
  startedOn: '2026-04-01',
  expectedVersion: 1,
  academicYear: 2090,
  // A span of report years (enrollmentTrend).
  fromYear: 2090,
  toYear: 2090,
  capacity: 10,
  applicationOpensAt: '2089-11-01T09:00:00+09:00',
  applicationClosesAt: '2090-02-01T17:00:00+09:00',
  startsOn: '2090-04-10',
  endsOn: '2091-03-15',
  title: '生成テスト',
  titleEn: 'Generated',
  description: '生成されたテストの講座です。',
  eligibility: ['RESIDENT'],
  minAttendanceRate: 80,
  body: '生成されたテストのお知らせです。',
  reason: '生成されたテストの理由です。',
  seed: '20260401',
  motivation: '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。',
  // A weekly pattern of class sessions (previewClassSessions, createClassSessions).
  weekdays: [1],
  startTime: '18:00',
  endTime: '20:00',
  skipDates: [],
  // A CSV the attendance import reads in both layouts (a session's 状態 column, or grid headings; an unknown one is a row error).
  fileBase64: Buffer.from('学籍番号,状態,99999999\r\n', 'utf8').toString('base64'),
};
const TYPE_DEFAULTS: Record<string, unknown> = { String: 'generated', Int: 1, Float: 1, DateTime: '2090-01-01T09:00:00+09:00', LocalDate: '2090-04-10' };

export type Access = 'yes' | 'self' | 'no';

/** What the guard lets a caller with these permission codes do with a field (SELF: only on their own records). */
export function accessFor(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, perms: ReadonlySet<string>): Access {
  const codes = accessOf(type, field) ?? [];
  if (codes.some((c) => c === PUBLIC || perms.has(c))) return 'yes';
  return codes.includes(SELF) && type.name !== 'Query' && type.name !== 'Mutation' ? 'self' : 'no';
}

// ---------------------------------------------------------------------------------------------
// Arguments

export type Slot =
  | { t: 'record'; kind: Kind; nullable: boolean; path: string }
  | { t: 'choice'; values: unknown[]; path: string }
  | { t: 'value'; value: unknown }
  | { t: 'omit' }
  | { t: 'object'; fields: Record<string, Slot> }
  | { t: 'list'; of: Slot; nullable: boolean }
  | { t: 'unknown'; nullable: boolean; path: string; why: string };
export type RecordSlot = Extract<Slot, { t: 'record' }>;
export type ChoiceSlot = Extract<Slot, { t: 'choice' }>;
export type UnknownSlot = Extract<Slot, { t: 'unknown' }>;

export interface Plan {
  coordinate: string;
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  returnType: GraphQLNamedType;
  args: Record<string, Slot>;
  records: RecordSlot[];
  choices: ChoiceSlot[];
  unknowns: UnknownSlot[];
  access: Access;
}

function slotFor(name: string, type: GraphQLInputType, path: string, returnType: string, hasDefault: boolean): Slot {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (hasDefault && !(named instanceof GraphQLEnumType)) return { t: 'omit' };
  if (isListType(inner)) {
    if (name in SAMPLES) return { t: 'value', value: SAMPLES[name] };
    return { t: 'list', of: slotFor(name, inner.ofType as GraphQLInputType, `${path}[]`, returnType, false), nullable };
  }
  if (named.name === 'ID') {
    // The caller's own records of no field (a passkey): any id; the service looks only among the caller's.
    if (name in OWN_RECORD_IDS) return { t: 'value', value: OWN_RECORD_IDS[name] };
    const entry = ID_KINDS[name];
    const kind = typeof entry === 'string' ? entry : entry?.[returnType];
    return kind ? { t: 'record', kind, nullable, path } : { t: 'unknown', nullable, path, why: `ID "${name}" (returning ${returnType}) is not in ID_KINDS` };
  }
  if (named instanceof GraphQLEnumType) {
    if (named.name === FIELD_ENUM) return { t: 'record', kind: 'field', nullable, path };
    return { t: 'choice', values: named.getValues().map((v) => v.name), path };
  }
  if (named instanceof GraphQLInputObjectType) {
    const fields: Record<string, Slot> = {};
    for (const f of Object.values(named.getFields())) fields[f.name] = slotFor(f.name, f.type, `${path}.${f.name}`, returnType, f.defaultValue !== undefined);
    return { t: 'object', fields };
  }
  if (named.name === 'Boolean') return { t: 'choice', values: [true, false], path };
  if (name in SAMPLES) return { t: 'value', value: SAMPLES[name] };
  if (nullable) return { t: 'omit' };
  if (named.name in TYPE_DEFAULTS) return { t: 'value', value: TYPE_DEFAULTS[named.name] };
  return { t: 'unknown', nullable, path, why: `no sample for ${named.name} "${name}"` };
}

function collect(slot: Slot, plan: Plan): void {
  if (slot.t === 'record') plan.records.push(slot);
  else if (slot.t === 'choice') plan.choices.push(slot);
  else if (slot.t === 'unknown') plan.unknowns.push(slot);
  else if (slot.t === 'object') Object.values(slot.fields).forEach((s) => collect(s, plan));
  else if (slot.t === 'list') collect(slot.of, plan);
}

/** Every Query and Mutation field, with the positions of its arguments. */
export function operationPlans(schema: GraphQLSchema, perms: ReadonlySet<string>): Plan[] {
  const plans: Plan[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const returnType = getNamedType(field.type);
      const plan: Plan = {
        coordinate: `${root.name}.${field.name}`,
        operation,
        field,
        returnType,
        args: {},
        records: [],
        choices: [],
        unknowns: [],
        access: accessFor(root, field, perms),
      };
      for (const arg of field.args) {
        plan.args[arg.name] = slotFor(arg.name, arg.type, arg.name, returnType.name, arg.defaultValue !== undefined);
        collect(plan.args[arg.name], plan);
      }
      plans.push(plan);
    }
  }
  return plans;
}

const OMIT = Symbol('omit');

/** One generated call: variables and the positions that carry another field's records. */
export interface Call {
  plan: Plan;
  label: string;
  query: string;
  variables: Record<string, unknown>;
  /** Positions holding a record of the other field. */
  foreign: RecordSlot[];
  mode: 'all' | 'single' | 'own';
}

function build(slot: Slot, records: Map<Slot, unknown>, choice: Map<Slot, unknown>): unknown {
  switch (slot.t) {
    case 'record':
      return records.has(slot) ? records.get(slot) : OMIT;
    case 'choice':
      return choice.get(slot) ?? slot.values[0];
    case 'value':
      return slot.value;
    case 'omit':
      return OMIT;
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(slot.fields)) {
        const v = build(s, records, choice);
        if (v !== OMIT) out[k] = v;
      }
      return out;
    }
    case 'list': {
      const v = build(slot.of, records, choice);
      return v === OMIT ? (slot.nullable ? OMIT : []) : [v];
    }
    case 'unknown':
      return slot.nullable ? OMIT : '1';
  }
}

/** The base assignment, then each other value of each choice one at a time (not their product). */
function variations(choices: ChoiceSlot[]): Map<Slot, unknown>[] {
  const out = [new Map<Slot, unknown>()];
  for (const c of choices) for (const v of c.values.slice(1)) out.push(new Map([[c, v]]));
  return out;
}

function text(plan: Plan, variables: Record<string, unknown>, selection: string): string {
  const used = plan.field.args.filter((a) => a.name in variables);
  const decl = used.length ? `(${used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const args = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${plan.operation} Generated${decl} { ${plan.field.name}${args} ${selection} }`;
}

function pick(records: Records, kind: Kind, i: number, side: string): string {
  const list = records[kind];
  if (!list?.length) throw new Error(`no ${side} fixture of kind ${kind}`);
  return list[i % list.length];
}

/**
 * Calls naming another field's records: every record position foreign ("all"), and when an
 * operation has several, each one foreign alone with the required others own and the optional
 * others left out ("single"). Each crossed with every fixture record and every choice value.
 */
export function refusalCalls(plan: Plan, own: Records, foreign: Records, selection: string): Call[] {
  const calls: Call[] = [];
  const modes: Array<{ mode: 'all' | 'single'; foreign: RecordSlot[] }> = [{ mode: 'all', foreign: plan.records }];
  if (plan.records.length > 1) for (const r of plan.records) modes.push({ mode: 'single', foreign: [r] });
  for (const m of modes) {
    const n = Math.max(...m.foreign.map((r) => foreign[r.kind]?.length ?? 0));
    for (let i = 0; i < n; i++) {
      const assigned = new Map<Slot, unknown>();
      for (const r of plan.records) {
        if (m.foreign.includes(r)) assigned.set(r, pick(foreign, r.kind, i, 'foreign'));
        else if (!r.nullable) assigned.set(r, pick(own, r.kind, 0, 'own'));
      }
      for (const choice of variations(plan.choices)) {
        const variables = build({ t: 'object', fields: plan.args }, assigned, choice) as Record<string, unknown>;
        const label = `${plan.field.name}(${JSON.stringify(variables)})`;
        calls.push({ plan, label, query: text(plan, variables, selection), variables, foreign: m.foreign, mode: m.mode });
      }
    }
  }
  return calls;
}

/** Calls naming the caller's own records (and, for optional positions, none). Non-record inputs keep their first value. */
export function ownCalls(plan: Plan, own: Records, selection: string): Call[] {
  const calls: Call[] = [];
  const required = plan.records.filter((r) => !r.nullable);
  const variants: Array<{ fill: RecordSlot[] }> = [{ fill: required }];
  if (required.length < plan.records.length) variants.push({ fill: plan.records });
  for (const v of variants) {
    const n = Math.max(1, ...v.fill.map((r) => own[r.kind]?.length ?? 0));
    for (let i = 0; i < (v.fill.length ? n : 1); i++) {
      const assigned = new Map<Slot, unknown>(v.fill.map((r) => [r, pick(own, r.kind, i, 'own')]));
      // Optional arguments stay unset (the walk wants whole lists) unless they name a record.
      const kept = plan.field.args.filter((a) => isNonNullType(a.type) || v.fill.some((r) => r.path === a.name));
      const args = Object.fromEntries(kept.map((a) => [a.name, plan.args[a.name]]));
      const variables = build({ t: 'object', fields: args }, assigned, new Map()) as Record<string, unknown>;
      calls.push({ plan, label: `${plan.field.name}(${JSON.stringify(variables)})`, query: text(plan, variables, selection), variables, foreign: [], mode: 'own' });
    }
  }
  return calls;
}

// ---------------------------------------------------------------------------------------------
// Ownership and selections

export interface Owner {
  /** Fields of the FieldCode enum type. */
  direct: string[];
  /** ID fields naming an owned record, resolved through the database. */
  refs: Array<{ field: string; kind: Kind }>;
  /** A path through required object fields to a type with a FieldCode field, e.g. cohort.course.fieldCode. */
  path: string[] | null;
}

export class ScopeWalker {
  private readonly owners = new Map<string, Owner | null>();
  /** Coordinates the caller reaches only as SELF: refused on anyone else's record, and that is not a scope matter. */
  readonly selfOnly = new Set<string>();
  /** Object fields that need arguments the walk cannot fill. */
  readonly unwalkable = new Set<string>();
  readonly typesSeen = new Set<string>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly perms: ReadonlySet<string>,
  ) {}

  private object(name: string): GraphQLObjectType | null {
    const t = this.schema.getType(name);
    return t instanceof GraphQLObjectType ? t : null;
  }

  private readable(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
    return Object.values(type.getFields()).filter((f) => accessFor(type, f, this.perms) === 'yes');
  }

  /** How an object of this type tells its field, or null when it does not belong to one. */
  owner(typeName: string): Owner | null {
    if (this.owners.has(typeName)) return this.owners.get(typeName)!;
    const type = this.object(typeName);
    let owner: Owner | null = null;
    if (type) {
      const fields = this.readable(type);
      const direct = fields.filter((f) => getNamedType(f.type).name === FIELD_ENUM && !NOT_OWNER_FIELDS.has(`${typeName}.${f.name}`)).map((f) => f.name);
      const refs: Owner['refs'] = [];
      for (const f of fields) {
        if (getNamedType(f.type).name !== 'ID' || isListType(isNonNullType(f.type) ? f.type.ofType : f.type)) continue;
        const entry = ID_KINDS[f.name];
        const kind = typeof entry === 'string' ? entry : entry?.[typeName];
        if (kind && OWNER_KINDS.includes(kind)) refs.push({ field: f.name, kind });
      }
      const path = direct.length ? null : this.pathToField(type);
      if (direct.length || refs.length || path) owner = { direct, refs, path };
    }
    this.owners.set(typeName, owner);
    return owner;
  }

  /** Breadth first through required, single object fields to a type with a FieldCode field. */
  private pathToField(start: GraphQLObjectType): string[] | null {
    const queue: Array<{ type: GraphQLObjectType; path: string[] }> = [{ type: start, path: [] }];
    const seen = new Set([start.name]);
    while (queue.length) {
      const { type, path } = queue.shift()!;
      for (const f of this.readable(type)) {
        const named = getNamedType(f.type);
        const coordinate = `${type.name}.${f.name}`;
        if (path.length && named.name === FIELD_ENUM && !NOT_OWNER_FIELDS.has(coordinate) && !TOTAL_ROW_FIELDS.has(coordinate)) return [...path, f.name];
        if (!(named instanceof GraphQLObjectType) || !isNonNullType(f.type) || isListType(f.type.ofType) || seen.has(named.name) || path.length >= 3) continue;
        seen.add(named.name);
        queue.push({ type: named, path: [...path, f.name] });
      }
    }
    return null;
  }

  /** `__typename`, `id` and whatever tells the field. */
  ownerSelection(typeName: string): Sel {
    const sel: Sel = { __typename: {} };
    const type = this.object(typeName);
    if (!type) return sel;
    if (type.getFields().id && accessFor(type, type.getFields().id, this.perms) === 'yes') sel.id = {};
    const owner = this.owner(typeName);
    if (!owner) return sel;
    for (const f of owner.direct) sel[f] = {};
    for (const r of owner.refs) sel[r.field] = {};
    if (owner.path) {
      let at = sel;
      for (const step of owner.path) at = at[step] ??= {};
    }
    return sel;
  }

  /** The owner selection plus every object field the caller may follow, `depth` levels down. */
  walkSelection(typeName: string, depth: number): Sel {
    this.typesSeen.add(typeName);
    const sel = this.ownerSelection(typeName);
    const type = this.object(typeName);
    if (!type || depth <= 0) return sel;
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (!(named instanceof GraphQLObjectType)) continue;
      const access = accessFor(type, f, this.perms);
      if (access === 'no') continue;
      if (access === 'self') this.selfOnly.add(`${type.name}.${f.name}`);
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
        this.unwalkable.add(`${type.name}.${f.name}`);
        continue;
      }
      sel[f.name] = merge(sel[f.name] ?? {}, this.walkSelection(named.name, depth - 1));
    }
    return sel;
  }

  /**
   * Every object in a response whose field is not `own`, or cannot be told. `ownerOf` resolves
   * a record id of a kind to its field through the database.
   */
  problems(typeName: string, value: unknown, own: string, ownerOf: (kind: Kind, id: string) => string | null | undefined, path: string, counter = { objects: 0 }): string[] {
    if (value === null || value === undefined) return [];
    if (Array.isArray(value)) return value.flatMap((v, i) => this.problems(typeName, v, own, ownerOf, `${path}[${i}]`, counter));
    if (typeof value !== 'object') return [];
    const o = value as Record<string, unknown>;
    const actual = typeof o.__typename === 'string' ? o.__typename : typeName;
    const type = this.object(actual);
    if (!type) return [];
    counter.objects++;
    const out: string[] = [];
    const owner = this.owner(actual);
    if (owner) {
      const seen = new Map<string, string>();
      for (const f of owner.direct) {
        if (o[f] != null) seen.set(`${f}`, String(o[f]));
        else if (o[f] === null && TOTAL_ROW_FIELDS.has(`${actual}.${f}`)) seen.set(`${f} (a total row)`, own);
      }
      for (const r of owner.refs) {
        if (o[r.field] == null) continue;
        const field = ownerOf(r.kind, String(o[r.field]));
        seen.set(`${r.field}→${r.kind}`, field === undefined ? `an unknown ${r.kind}` : (field ?? 'no field'));
      }
      if (owner.path) {
        let at: unknown = o;
        for (const step of owner.path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
        if (at != null) seen.set(owner.path.join('.'), String(at));
      }
      const name = `${path} (${actual}${o.id !== undefined ? ` ${String(o.id)}` : ''})`;
      if (seen.size === 0) out.push(`${name}: its field cannot be told`);
      for (const [how, field] of seen) if (field !== own) out.push(`${name}: belongs to ${field} (by ${how})`);
    }
    for (const [k, v] of Object.entries(o)) {
      const f = type.getFields()[k];
      if (!f || k === '__typename') continue;
      const named = getNamedType(f.type as GraphQLOutputType);
      if (named instanceof GraphQLObjectType) out.push(...this.problems(named.name, v, own, ownerOf, `${path}.${k}`, counter));
    }
    return out;
  }
}

export type Sel = { [field: string]: Sel };

export function merge(a: Sel, b: Sel): Sel {
  const out: Sel = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k] ?? {}, v);
  return out;
}

export function printSelection(sel: Sel): string {
  const keys = Object.keys(sel);
  if (!keys.length) return '';
  return `{ ${keys.map((k) => (Object.keys(sel[k]).length ? `${k} ${printSelection(sel[k])}` : k)).join(' ')} }`;
}

/** Roughly the number of tokens the server's parser counts. */
export function tokenCount(sel: Sel): number {
  return Object.entries(sel).reduce((n, [, v]) => n + 1 + (Object.keys(v).length ? 2 + tokenCount(v) : 0), 0);
}

/** Splits a selection into pieces under a token budget: each piece keeps the leaves and one branch. */
export function splitSelection(sel: Sel, budget: number): Sel[] {
  if (tokenCount(sel) <= budget) return [sel];
  const leaves: Sel = {};
  const branches: Array<[string, Sel]> = [];
  for (const [k, v] of Object.entries(sel)) {
    if (Object.keys(v).length) branches.push([k, v]);
    else leaves[k] = v;
  }
  const room = budget - tokenCount(leaves) - 3;
  return branches.flatMap(([k, v]) => splitSelection(v, room).map((piece) => ({ ...leaves, [k]: piece })));
}

/** The schema coordinate (Type.field) an error path ends at, e.g. ['application', 'applicant', 'contractor'] → Account.contractor. */
export function coordinateAt(schema: GraphQLSchema, rootType: string, path: ReadonlyArray<string | number>): string {
  let type: GraphQLNamedType | undefined | null = schema.getType(rootType);
  let coordinate = rootType;
  for (const step of path) {
    if (typeof step === 'number' || !(type instanceof GraphQLObjectType)) continue;
    const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[step];
    if (!field) return `${coordinate}.${step}`;
    coordinate = `${type.name}.${step}`;
    type = getNamedType(field.type);
  }
  return coordinate;
}
