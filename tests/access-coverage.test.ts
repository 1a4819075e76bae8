import { getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../server/src/core/graphql/schema';
import { PUBLIC_COORDINATES } from '../server/src/core/auth/public-coordinates';
import { PUBLIC, ROLE_PERMISSIONS, Permission, SELF } from '../server/src/core/auth/permissions';
import { coordinates } from './helpers/schema';

/**
 * Deny by default, checked two ways: the built schema (the rule the guard enforces at run
 * time) and type-graphql's metadata (the @Authorized that the auth checker enforces).
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const known = new Set<string>([...Object.values(Permission), SELF, PUBLIC]);

test('every schema coordinate has an access rule or is on the reviewed public list', () => {
  const all = coordinates(schema);
  const missing = all.filter((c) => !c.access?.length).map((c) => `${c.type}.${c.field}`);
  expect(missing).toEqual([]);
  const unknownCodes = all.flatMap((c) => (c.access ?? []).filter((code) => !known.has(code)).map((code) => `${c.type}.${c.field}: ${code}`));
  expect(unknownCodes).toEqual([]);
  const covered = all.filter((c) => c.access?.length).length;
  console.log(`access rules: ${covered}/${all.length} coordinates (${((100 * covered) / all.length).toFixed(1)}%), ${PUBLIC_COORDINATES.length} public`);
  expect(covered).toBe(all.length);
});

test('the public list and the @Public() marks agree exactly', () => {
  const marked = coordinates(schema).filter((c) => c.access?.includes(PUBLIC)).map((c) => `${c.type}.${c.field}`).sort();
  expect(marked).toEqual([...PUBLIC_COORDINATES].sort());
});

test('every non-public coordinate carries @Authorized in the type-graphql metadata', () => {
  const storage = getMetadataStorage();
  const authorized = (target: Function, name: string) => storage.authorizedFields.some((a) => a.target === target && a.fieldName === name);
  const problems: string[] = [];
  for (const c of coordinates(schema)) {
    if (c.access?.includes(PUBLIC)) continue;
    let found = false;
    if (c.type === 'Query' || c.type === 'Mutation') {
      const handlers = c.type === 'Query' ? storage.queries : storage.mutations;
      const handler = handlers.find((h) => h.schemaName === c.field);
      found = !!handler && authorized(handler.target, handler.methodName);
    } else {
      const objectType = storage.objectTypes.find((o) => o.name === c.type);
      if (objectType) {
        const resolver = storage.fieldResolvers.find((r) => r.getObjectType?.() === objectType.target && r.schemaName === c.field);
        found = resolver ? authorized(resolver.target, resolver.methodName) : authorized(objectType.target, c.field);
      }
    }
    if (!found) problems.push(`${c.type}.${c.field}`);
  }
  expect(problems).toEqual([]);
});

test('personal information is never public and always needs a permission', () => {
  const personal = coordinates(schema).filter((c) => c.personal);
  expect(personal.length).toBeGreaterThan(0);
  for (const c of personal) {
    expect(c.access).not.toContain(PUBLIC);
    expect(c.access!.some((code) => code !== SELF)).toBe(true);
  }
});

test('the register of personal information lists every marked field, with purpose and retention', async () => {
  const { personalRegister } = await import('../server/src/core/personal');
  const marked = coordinates(schema).filter((c) => c.personal).map((c) => c.field).sort();
  const register = personalRegister();
  expect(register.map((m) => m.field).sort()).toEqual(marked);
  for (const m of register) {
    expect(m.purpose.length).toBeGreaterThan(10);
    expect(m.retention.length).toBeGreaterThan(10);
  }
});

test('every role maps only to defined permission codes', () => {
  const defined = new Set<string>(Object.values(Permission));
  for (const codes of Object.values(ROLE_PERMISSIONS)) for (const code of codes) expect(defined.has(code)).toBe(true);
});

/**
 * Pinned field lists. A new field fails here until someone reviews its access rule and
 * whether it is personal information, then adds it.
 */
const PINNED: Record<string, string[]> = {
  Account: ['address', 'contractor', 'createdAt', 'email', 'id', 'loginId', 'name', 'nameKana', 'permissions', 'phone', 'residency', 'role', 'workplaceOrSchool'],
  Application: ['applicant', 'code', 'cohort', 'cohortId', 'decision', 'decisionReason', 'eligibilityBasis', 'eligible', 'emailAlerts', 'enrollment', 'events', 'id', 'ineligibleReason', 'motivation', 'offerDeadline', 'preferredContact', 'status', 'submittedAt', 'updatedAt', 'waitlistPosition', 'workplaceOrSchool'],
  ApplicationEvent: ['actorId', 'at', 'fromStatus', 'id', 'reason', 'toStatus'],
  AuditEntry: ['action', 'actorId', 'actorRole', 'at', 'fields', 'id', 'ip', 'operation', 'outcome', 'reason', 'requestId', 'targetIds', 'targetType'],
  AuthPayload: ['accessToken', 'account', 'expiresIn', 'refreshToken'],
  Cohort: ['academicYear', 'acceptingApplications', 'applicationClosesAt', 'applicationCount', 'applicationOpensAt', 'capacity', 'course', 'courseId', 'endsOn', 'id', 'lottery', 'myApplication', 'seatsTaken', 'selectionMethod', 'startsOn', 'status'],
  Contractor: ['active', 'allowedAddressRanges', 'contractEndsOn', 'contractStartsOn', 'endedAt', 'fieldCode', 'id', 'name'],
  Course: ['cohorts', 'createdAt', 'description', 'eligibility', 'field', 'fieldCode', 'id', 'minAttendanceRate', 'motivationRequired', 'title', 'titleEn', 'updatedAt', 'years'],
  Enrollment: ['cohortId', 'enrolledAt', 'id', 'student', 'studentNumber', 'withdrawnAt'],
  Field: ['code', 'courses', 'nameEn', 'nameJa', 'years'],
  LotteryInfo: ['capacity', 'commitment', 'drawnAt', 'entries', 'frozenAt', 'seed'],
  Mutation: ['announceCohort', 'applyToCohort', 'changeCohortStatus', 'changePassword', 'createCohort', 'createContractor', 'createCourse', 'createNotice', 'createStaffAccount', 'decideApplication', 'drawLottery', 'endContractor', 'freezeLottery', 'login', 'logout', 'markNoticeRead', 'processOfferDeadlines', 'refreshSession', 'register', 'respondToOffer', 'runSelection', 'setApplicationEligibility', 'updateApplication', 'updateCohort', 'updateContractor', 'updateCourse', 'withdrawApplication', 'withdrawEnrollment'],
  Notice: ['audience', 'body', 'cohortId', 'createdAt', 'fieldCode', 'id', 'kind', 'read', 'title'],
  PersonalDataField: ['category', 'entity', 'field', 'purpose', 'retention'],
  PrivacyNotice: ['purposeEn', 'purposeJa', 'version'],
  PublicNotice: ['body', 'createdAt', 'id', 'title'],
  Query: ['application', 'auditLog', 'cohort', 'cohortApplications', 'cohortRoster', 'contractors', 'course', 'courses', 'fields', 'lotteryTranscript', 'me', 'myApplications', 'myNotices', 'openCohorts', 'personalDataRegister', 'privacyNotice', 'publicNotices', 'rosterCsv', 'staffAccounts', 'staffNotices', 'unreadNoticeCount'],
  RegisterPayload: ['loginId'],
  StaffAccountPayload: ['account', 'temporaryPassword'],
};

test('each type exposes exactly its reviewed fields', () => {
  const actual: Record<string, string[]> = {};
  for (const c of coordinates(schema)) (actual[c.type] ??= []).push(c.field);
  for (const fields of Object.values(actual)) fields.sort();
  expect(actual).toEqual(PINNED);
});
