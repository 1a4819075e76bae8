/** Helpers for the intake, selection, notice and concurrency tests. */
import crypto from 'node:crypto';
import { In } from 'typeorm';
import type { GqlResult, TestServer } from './server';
import { Account, AccountStatus } from '../../server/src/modules/accounts';
import { Session } from '../../server/src/modules/accounts';
import { Role } from '../../server/src/modules/permissions';
import { Application, ApplicationEvent, ApplicationStatus } from '../../server/src/modules/intake';

/** Course (and seeded open cohort) ids of the test fixture (./fixture.ts); the demo seed has the same. */
export const COURSE = { WELFARE: '1', DISASTER: '2', AGRICULTURE: '3', GREENERY: '4', RECYCLING: '5' } as const;

/** 20+ characters: a valid motivation statement. */
export const MOTIVATION = '地域の高齢者の見守り活動に参加したいと考えています。講座で基礎から学びたいです。';

export const APPLY = `mutation($input: ApplyInput!) { applyToCohort(input: $input) { id code status eligibilityBasis workplaceOrSchool motivation emailAlerts } }`;

const DAY = 24 * 3600_000;

export function errorCodes(res: GqlResult): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.code);
}

export function messageKeys(res: GqlResult): string[] {
  return (res.errors ?? []).map((e) => e.extensions?.messageKey);
}

export function fieldErrors(res: GqlResult): string[] {
  return (res.errors ?? []).flatMap((e) => (e.extensions?.fieldErrors ?? []).map((f: { field: string }) => f.field));
}

/** Runs an operation that must succeed; throws with the errors otherwise. */
export async function ok<T = any>(t: TestServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors || res.status >= 400) throw new Error(`${query.slice(0, 80)}… failed (${res.status}): ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

export interface Member {
  id: number;
  token: string;
  loginId: string;
  email: string;
  name: string;
  nameKana: string;
}

const hashes = new WeakMap<TestServer, Promise<string>>();
let fastSeq = 0;

/**
 * Members without argon2 per member: Account rows with one shared hash, a session each,
 * and an access token signed by the server's own token service.
 */
export async function fastMembers(t: TestServer, n: number, details: (i: number) => Partial<Pick<Member, 'name' | 'nameKana' | 'email'>> = () => ({})): Promise<Member[]> {
  if (!hashes.has(t)) hashes.set(t, t.app.services.hasher.hash('not used in these tests'));
  const passwordHash = await hashes.get(t)!;
  const now = new Date();
  const tag = crypto.randomBytes(2).toString('hex').toUpperCase();
  const rows = Array.from({ length: n }, (_, i) => {
    const seq = ++fastSeq;
    const d = details(i);
    return {
      loginId: `MT${tag}${String(seq).padStart(6, '0')}`,
      role: Role.MEMBER,
      name: d.name ?? `練馬 会員${seq}`,
      nameKana: d.nameKana ?? `ネリマ カイイン${seq}`,
      email: d.email ?? `fast${seq}.${tag.toLowerCase()}@example.jp`,
      phone: null,
      residency: null,
      address: null,
      workplaceOrSchool: null,
      passwordHash,
      contractorId: null,
      status: AccountStatus.ACTIVE,
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      // Members with confirmed addresses (registration's mail link is tested in accounts-security.test).
      emailVerifiedAt: now,
      createdAt: now,
      updatedAt: now,
    };
  });
  const accounts = t.app.dataSource.getRepository(Account);
  for (let i = 0; i < rows.length; i += 100) await accounts.insert(rows.slice(i, i + 100));
  const saved = await accounts.find({ where: { loginId: In(rows.map((r) => r.loginId)) } });
  const byLogin = new Map(saved.map((a) => [a.loginId, a]));
  const members = rows.map((r) => {
    const a = byLogin.get(r.loginId)!;
    const sid = crypto.randomUUID();
    return { account: a, sid };
  });
  const sessions = members.map(({ account, sid }) => ({
    id: sid,
    accountId: account.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + DAY),
    revokedAt: null,
    revokedReason: null,
  }));
  for (let i = 0; i < sessions.length; i += 100) await t.app.dataSource.getRepository(Session).insert(sessions.slice(i, i + 100));
  return members.map(({ account, sid }) => ({
    id: account.id,
    token: t.app.services.tokens.signAccess({ sub: String(account.id), sid, role: Role.MEMBER }),
    loginId: account.loginId,
    email: account.email,
    name: account.name,
    nameKana: account.nameKana,
  }));
}

export function applyInput(cohortId: string, overrides: Record<string, unknown> = {}) {
  return { cohortId, eligibilityBasis: 'RESIDENT', preferredContact: 'EMAIL', emailAlerts: true, ...overrides };
}

export function apply(t: TestServer, token: string, cohortId: string, overrides: Record<string, unknown> = {}): Promise<GqlResult> {
  return t.gql(APPLY, { input: applyInput(cohortId, overrides) }, { token });
}

export async function applyOk(t: TestServer, token: string, cohortId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; code: string }> {
  return (await ok(t, APPLY, { input: applyInput(cohortId, overrides) }, token)).applyToCohort;
}

const COHORT_FIELDS = 'id academicYear capacity applicationOpensAt applicationClosesAt startsOn endsOn selectionMethod status';

/** A new cohort of a course, open now, starting well in the future; each test can use its own academic year. */
export async function createCohort(t: TestServer, courseId: string, changes: Record<string, unknown> = {}): Promise<string> {
  const staff = await t.tokenFor('staff');
  const now = Date.now();
  const input = {
    courseId,
    academicYear: 2030,
    capacity: 10,
    applicationOpensAt: new Date(now - DAY).toISOString(),
    applicationClosesAt: new Date(now + 30 * DAY).toISOString(),
    startsOn: '2030-04-10',
    endsOn: '2031-03-15',
    selectionMethod: 'LOTTERY',
    status: 'OPEN',
    ...changes,
  };
  const data = await ok(t, `mutation($input: CohortInput!) { createCohort(input: $input) { id } }`, { input }, staff);
  return data.createCohort.id;
}

/** updateCohort with the current values, changed as given. */
export async function updateCohort(t: TestServer, id: string, changes: Record<string, unknown>, token?: string): Promise<GqlResult> {
  const staff = await t.tokenFor('staff');
  const current = (await ok(t, `query($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`, { id }, staff)).cohort;
  const { id: _id, ...values } = current;
  return t.gql(
    `mutation($id: ID!, $input: CohortUpdateInput!) { updateCohort(id: $id, input: $input) { ${COHORT_FIELDS} } }`,
    { id, input: { ...values, ...changes } },
    { token: token ?? staff },
  );
}

export async function updateCohortOk(t: TestServer, id: string, changes: Record<string, unknown>): Promise<void> {
  const res = await updateCohort(t, id, changes);
  if (res.errors) throw new Error(`updateCohort failed: ${JSON.stringify(res.errors)}`);
}

export function changeStatus(t: TestServer, id: string, status: string, token: string): Promise<GqlResult> {
  return t.gql(`mutation($id: ID!, $s: CohortStatus!) { changeCohortStatus(id: $id, status: $s) { id status } }`, { id, s: status }, { token });
}

export async function staffCall(t: TestServer, mutation: 'runSelection' | 'announceCohort' | 'processOfferDeadlines', cohortId: string, token?: string): Promise<GqlResult> {
  return t.gql(`mutation($id: ID!) { ${mutation}(cohortId: $id) { id status } }`, { id: cohortId }, { token: token ?? (await t.tokenFor('staff')) });
}

export async function freeze(t: TestServer, cohortId: string): Promise<GqlResult> {
  return t.gql(`mutation($id: ID!) { freezeLottery(cohortId: $id) { commitment entries capacity seed drawnAt } }`, { id: cohortId }, { token: await t.tokenFor('staff') });
}

export async function drawLottery(t: TestServer, cohortId: string, seed: string): Promise<GqlResult> {
  return t.gql(
    `mutation($id: ID!, $seed: String!) { drawLottery(cohortId: $id, seed: $seed) { commitment entries capacity seed drawnAt } }`,
    { id: cohortId, seed },
    { token: await t.tokenFor('staff') },
  );
}

export function respond(t: TestServer, token: string, applicationId: string | number, accept: boolean): Promise<GqlResult> {
  return t.gql(
    `mutation($id: ID!, $accept: Boolean!) { respondToOffer(applicationId: $id, accept: $accept) { id status offerDeadline enrollment { studentNumber } } }`,
    { id: String(applicationId), accept },
    { token },
  );
}

/** The stored application (the server's view, unmasked). */
export function dbApplication(t: TestServer, id: string | number): Promise<Application> {
  return t.app.dataSource.getRepository(Application).findOneByOrFail({ id: Number(id) });
}

export async function dbStatuses(t: TestServer, cohortId: string | number): Promise<Map<number, ApplicationStatus>> {
  const rows = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) }, select: { id: true, status: true } });
  return new Map(rows.map((r) => [r.id, r.status]));
}

export async function seatsHeld(t: TestServer, cohortId: string | number): Promise<number> {
  return t.app.dataSource.getRepository(Application).countBy({ cohortId: Number(cohortId), status: In([ApplicationStatus.OFFERED, ApplicationStatus.ENROLLED]) });
}

/**
 * Checks that the recorded moves of each application form one chain: the first is
 * null → submitted ("applied"), each next one starts where the last ended, and the
 * chain ends at the current status. Returns the problems found.
 */
export async function chainProblems(t: TestServer, cohortId: string | number): Promise<string[]> {
  const apps = await t.app.dataSource.getRepository(Application).find({ where: { cohortId: Number(cohortId) } });
  if (apps.length === 0) return [];
  const events = await t.app.dataSource.getRepository(ApplicationEvent).find({ where: { applicationId: In(apps.map((a) => a.id)) }, order: { id: 'ASC' } });
  const byApp = new Map<number, ApplicationEvent[]>();
  for (const e of events) byApp.set(e.applicationId, [...(byApp.get(e.applicationId) ?? []), e]);
  const problems: string[] = [];
  for (const app of apps) {
    const chain = byApp.get(app.id) ?? [];
    if (chain.length === 0 || chain[0].fromStatus !== null || chain[0].toStatus !== ApplicationStatus.SUBMITTED) {
      problems.push(`application ${app.id}: does not start with null → submitted`);
      continue;
    }
    for (let i = 1; i < chain.length; i++) {
      if (chain[i].fromStatus !== chain[i - 1].toStatus)
        problems.push(`application ${app.id}: event ${i} starts at ${chain[i].fromStatus}, previous ended at ${chain[i - 1].toStatus}`);
    }
    if (chain[chain.length - 1].toStatus !== app.status) problems.push(`application ${app.id}: chain ends at ${chain[chain.length - 1].toStatus}, status is ${app.status}`);
  }
  return problems;
}

/** A small seeded PRNG, so "random" mixes are the same on every run (the scale data set's own). */
export { mulberry32 } from '../../server/src/scripts/bench/scale/random';
