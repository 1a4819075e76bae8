import type { GraphQLSchema } from 'graphql';
import type { ObjectLiteral, EntityTarget } from 'typeorm';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server';
import { buildSchemaForTests, coordinates } from './helpers/schema';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, fastMembers, ok, respond, staffCall } from './helpers/intake';
import { Application, Enrollment } from '../server/src/modules/intake';

/**
 * Regression: staff reads of personal fields skipped the audit whenever the record's id
 * happened to equal the reader's account id (the guard compared `id` with the caller on
 * every type). "Is this record the caller's own" now asks the record's subject
 * (core/auth/subject.ts), for the guard and for SELF rules alike.
 *
 * For every type with @personal fields, a record whose id equals the reading staff member's
 * account id is read by that staff member: the read must be audited (pii.read naming the
 * record). Only the staff member's own Account is theirs, and its read is not audited.
 */
let t: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildSchemaForTests();
  t = await startTestServer();
});
afterAll(() => t.close());

/** The personal fields of each type, from the built schema (extensions.personal, the @personal marks). */
function personalFields(): Map<string, string[]> {
  const byType = new Map<string, string[]>();
  for (const c of coordinates(schema)) if (c.personal) byType.set(c.type, [...(byType.get(c.type) ?? []), c.field]);
  return byType;
}

interface AuditLine {
  action: string;
  outcome: string;
  targetType: string | null;
  targetIds: string[];
  fields: string[];
  requestId: string | null;
}

/** The audit rows of one request, through the GraphQL audit log (as the ward administrator). */
async function auditOf(res: GqlResult): Promise<AuditLine[]> {
  const requestId = res.headers.get('x-request-id');
  expect(requestId).toBeTruthy();
  const admin = await t.tokenFor('admin');
  const data = await ok(t, `{ auditLog(limit: 200) { action outcome targetType targetIds fields requestId } }`, {}, admin);
  return (data.auditLog as AuditLine[]).filter((e) => e.requestId === requestId);
}

async function maxId<T extends ObjectLiteral>(entity: EntityTarget<T>): Promise<number> {
  const row = await t.app.dataSource.getRepository(entity).createQueryBuilder('e').select('MAX(e.id)', 'max').getRawOne<{ max: number | string | null }>();
  return Number(row?.max ?? 0);
}

async function exists<T extends ObjectLiteral>(entity: EntityTarget<T>, id: number): Promise<boolean> {
  return t.app.dataSource.getRepository(entity).existsBy({ id } as never);
}

let year = 2040;

/** Applications (with a motivation) until one with this id exists. */
async function ensureApplication(id: number): Promise<void> {
  const missing = id - (await maxId(Application));
  if (missing > 0) {
    const cohortId = await createCohort(t, COURSE.WELFARE, { academicYear: year++, capacity: 50, selectionMethod: 'REVIEW' });
    for (const m of await fastMembers(t, missing)) await applyOk(t, m.token, cohortId, { motivation: MOTIVATION });
  }
  if (!(await exists(Application, id))) throw new Error(`cannot arrange an application with id ${id}`);
}

/** Enrollments (apply, select within capacity, announce, take the seat) until one with this id exists. */
async function ensureEnrollment(id: number): Promise<void> {
  const missing = id - (await maxId(Enrollment));
  if (missing > 0) {
    const staff = await t.tokenFor('staff');
    const cohortId = await createCohort(t, COURSE.DISASTER, { academicYear: year++, capacity: missing, selectionMethod: 'LOTTERY' });
    const members = await fastMembers(t, missing);
    const apps = [];
    for (const m of members) apps.push(await applyOk(t, m.token, cohortId));
    expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
    expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
    expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
    for (let i = 0; i < members.length; i++) expect((await respond(t, members[i].token, apps[i].id, true)).errors).toBeUndefined();
  }
  if (!(await exists(Enrollment, id))) throw new Error(`cannot arrange an enrollment with id ${id}`);
}

/**
 * How a staff member reads the personal fields of a record of each type with the given id.
 * A new type with personal fields must get a reader here (the first test fails until it has one).
 */
const READERS: Record<
  string,
  { entity?: EntityTarget<{ id: number; accountId: number }>; arrange(id: number): Promise<void>; read(id: number, fields: string[], token: string): Promise<GqlResult> }
> = {
  Account: {
    // The record of an Account whose id is the reader's is the reader's own account.
    arrange: async () => undefined,
    read: (_id, fields, token) => t.gql(`{ me { id ${fields.join(' ')} } }`, {}, { token }),
  },
  Application: {
    entity: Application,
    arrange: ensureApplication,
    read: (id, fields, token) => t.gql(`query($id: ID!) { application(id: $id) { id ${fields.join(' ')} } }`, { id: String(id) }, { token }),
  },
  Enrollment: {
    entity: Enrollment,
    arrange: ensureEnrollment,
    read: async (id, fields, token) => {
      const { cohortId } = await t.app.dataSource.getRepository(Enrollment).findOneByOrFail({ id });
      return t.gql(`query($c: ID!) { cohortRoster(cohortId: $c) { id ${fields.join(' ')} } }`, { c: String(cohortId) }, { token });
    },
  },
};

test('every type with personal fields has a reader in this test', () => {
  expect([...personalFields().keys()].sort()).toEqual(Object.keys(READERS).sort());
});

describe.each(['admin', 'staff'] as const)('the %s reads records whose id equals their own account id', (who) => {
  let token: string;
  let myId: number;

  beforeAll(async () => {
    token = await t.tokenFor(who);
    myId = Number((await ok(t, `{ me { id } }`, {}, token)).me.id);
    for (const type of personalFields().keys()) await READERS[type].arrange(myId);
  });

  test.each(Object.keys(READERS).filter((type) => type !== 'Account'))('%s: the read of the record with my account id is audited as pii.read naming it', async (type) => {
    const fields = personalFields().get(type)!;
    const res = await READERS[type].read(myId, fields, token);
    expect(res.errors).toBeUndefined();
    const value = (Object.values(res.data)[0] as any) ?? null;
    const record = Array.isArray(value) ? value.find((r: any) => r.id === String(myId)) : value;
    expect(record?.id).toBe(String(myId));
    // The record is about someone else: it is not the reader's own.
    const stored = await t.app.dataSource.getRepository(READERS[type].entity!).findOneByOrFail({ id: myId });
    expect(stored.accountId).not.toBe(myId);
    const reads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === type);
    expect(reads).toHaveLength(1);
    expect(reads[0].targetIds).toContain(String(myId));
    // Every non-empty personal field that was read is named.
    const nonEmpty = fields.filter((f) => record[f] !== null && record[f] !== undefined);
    expect(nonEmpty.length).toBeGreaterThan(0);
    expect([...reads[0].fields].sort()).toEqual(expect.arrayContaining(nonEmpty));
  });

  test('Account: reading my own account is not audited', async () => {
    const fields = personalFields().get('Account')!;
    const res = await READERS.Account.read(myId, fields, token);
    expect(res.errors).toBeUndefined();
    expect(res.data.me.id).toBe(String(myId));
    expect(res.data.me.name).toBeTruthy();
    const accountReads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === 'Account');
    expect(accountReads).toEqual([]);
  });

  test("Account: another person's account read in the same request is audited, mine is not", async () => {
    const res = await t.gql(`query($id: ID!) { me { id name } application(id: $id) { id applicant { id name } } }`, { id: String(myId) }, { token });
    expect(res.errors).toBeUndefined();
    const applicantId = res.data.application.applicant.id;
    expect(applicantId).not.toBe(String(myId));
    const accountReads = (await auditOf(res)).filter((e) => e.action === 'pii.read' && e.targetType === 'Account');
    expect(accountReads).toHaveLength(1);
    expect(accountReads[0].targetIds).toEqual([applicantId]);
  });
});
