import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes, ok } from './helpers/intake';
import { staffToken } from './helpers/staff-token';
import { AuditEntry } from '../server/src/modules/audit';
import { Role } from '../server/src/modules/permissions';

/** The audit log screen: filters that combine, from inclusive and to exclusive, the total, the page limit, the action list. */
let t: TestServer;
let admin: string;
const T0 = new Date('2026-04-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const PAGE = `query($f: AuditFilter, $o: Int, $l: Int) { auditEntries(filter: $f, offset: $o, limit: $l) { total items { id at actorId action targetType targetIds } } }`;

function row(minutes: number, actorId: number, action: string, targetType: string | null, targetIds: string | null) {
  return {
    at: at(minutes),
    actorId,
    actorRole: 'ward_staff',
    action,
    operation: null,
    targetType,
    targetIdList: targetIds,
    fieldList: null,
    outcome: 'success',
    reason: null,
    ip: '198.51.100.1',
    requestId: 'r',
  };
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.tokenFor('admin');
  const repo = t.app.dataSource.getRepository(AuditEntry);
  await repo.insert([
    row(0, 901, 'x.edit', 'Cohort', '12'),
    row(1, 901, 'x.edit', 'Cohort', '112,121'),
    row(2, 902, 'x.edit', 'Cohort', '3,12,40'),
    row(3, 901, 'x.view', 'Account', '12'),
    row(4, 902, 'x.view', 'Account', '40,12'),
  ]);
  await repo.insert(Array.from({ length: 230 }, (_, i) => row(100 + i, 903, 'x.bulk', null, null)));
});
afterAll(() => t.close());

const page = async (f: Record<string, unknown>, o = 0, l = 50) => (await ok(t, PAGE, { f, o, l }, admin)).auditEntries;
const minutesOf = (items: any[]) => items.map((e) => (new Date(e.at).getTime() - T0.getTime()) / 60_000);

test('filters combine (AND), newest first', async () => {
  expect(minutesOf((await page({ action: 'x.edit' })).items)).toEqual([2, 1, 0]);
  expect(minutesOf((await page({ action: 'x.edit', actorId: '901' })).items)).toEqual([1, 0]);
  expect(minutesOf((await page({ actorId: '901', targetType: 'Account' })).items)).toEqual([3]);
  expect(await page({ actorId: '901', action: 'x.edit', targetType: 'Account' })).toEqual({ total: 0, items: [] });
  expect(await page({ actorId: 'not-an-id' })).toEqual({ total: 0, items: [] });
});

test('a target id matches whole ids only, wherever it stands in the list', async () => {
  expect(minutesOf((await page({ targetId: '12' })).items)).toEqual([4, 3, 2, 0]);
  expect(minutesOf((await page({ targetId: '12', targetType: 'Cohort' })).items)).toEqual([2, 0]);
  expect(minutesOf((await page({ targetId: '121' })).items)).toEqual([1]);
});

test('from is inclusive, to exclusive', async () => {
  expect(minutesOf((await page({ from: at(1).toISOString(), to: at(3).toISOString(), actorId: '901' })).items)).toEqual([1]);
  expect(minutesOf((await page({ from: at(1).toISOString(), to: at(4).toISOString() })).items)).toEqual([3, 2, 1]);
});

test('the total counts every match; the page holds at most 200', async () => {
  const first = await page({ action: 'x.bulk' }, 0, 500);
  expect(first.total).toBe(230);
  expect(first.items).toHaveLength(200);
  const rest = await page({ action: 'x.bulk' }, 200, 50);
  expect(rest).toMatchObject({ total: 230 });
  expect(rest.items).toHaveLength(30);
  expect(new Set([...first.items, ...rest.items].map((e: any) => e.id)).size).toBe(230);
  expect(errorCodes(await t.gql(PAGE, { o: -1 }, { token: admin }))).toEqual(['BAD_USER_INPUT']);
  expect(errorCodes(await t.gql(PAGE, { l: 0 }, { token: admin }))).toEqual(['BAD_USER_INPUT']);
});

test('the action names for the filter menu', async () => {
  const actions = (await ok(t, `{ auditActions }`, {}, admin)).auditActions;
  expect(actions).toEqual(expect.arrayContaining(['x.bulk', 'x.edit', 'x.view', 'login.success']));
  expect(actions).toEqual([...new Set(actions)].sort());
});

test('auditors read it; ward staff, contractors and members may not', async () => {
  const auditor = await staffToken(t, Role.AUDITOR);
  expect((await t.gql(PAGE, { f: { action: 'x.view' } }, { token: auditor.token })).data.auditEntries.total).toBe(2);
  for (const who of ['staff', 'greenery'] as const) {
    const token = await t.tokenFor(who);
    expect(errorCodes(await t.gql(PAGE, {}, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.gql(`{ auditActions }`, {}, { token }))).toEqual(['FORBIDDEN']);
  }
  const member = await t.registerMember();
  expect(errorCodes(await t.gql(PAGE, {}, { token: member.token }))).toEqual(['FORBIDDEN']);
});
