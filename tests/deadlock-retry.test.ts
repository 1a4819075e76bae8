import { Repository } from 'typeorm';
import { startTestServer, type TestServer } from './helpers/server';
import { errorCodes } from './helpers/intake';
import { Course } from '../server/src/modules/catalog';
import { AuditEntry } from '../server/src/modules/audit';

/**
 * A transaction chosen as a deadlock victim (MySQL ER_LOCK_DEADLOCK, errno 1213) was rolled back
 * whole, so the framework runs the mutation again (up to three times in all) instead of answering
 * with a server error; the audit records the mutation once. Any other failure is not retried.
 * The deadlock is simulated here so that the test is the same on both databases; the race tests
 * (e.g. closing a posting while the expiry job runs) meet real ones on MariaDB.
 */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = await t.tokenFor('admin');
});
afterAll(() => t.close());

const CREATE = `mutation($input: CourseInput!) { createCourse(input: $input) { id title } }`;
const input = (title: string) => ({ fieldCode: 'WELFARE', title, description: '再試行の確認', eligibility: ['RESIDENT'], motivationRequired: false, minAttendanceRate: 80 });
const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
    name: 'QueryFailedError',
    driverError: { errno: 1213, code: 'ER_LOCK_DEADLOCK' },
  });

/** Makes the first `times` saves of a course fail as `error()` does. */
async function failingCourseSaves<T>(times: number, error: () => Error, run: () => Promise<T>): Promise<{ result: T; attempts: number }> {
  const proto = Repository.prototype as Repository<any>;
  const original = proto.save;
  let attempts = 0;
  proto.save = function (this: Repository<any>, ...args: any[]) {
    if (this.target !== Course) return (original as any).apply(this, args);
    attempts++;
    return attempts <= times ? Promise.reject(error()) : (original as any).apply(this, args);
  } as typeof original;
  try {
    return { result: await run(), attempts };
  } finally {
    proto.save = original;
  }
}

const coursesTitled = (title: string) => t.app.dataSource.getRepository(Course).countBy({ title });
const auditOf = async (requestId: string | null) => (await t.app.dataSource.getRepository(AuditEntry).findBy({ requestId: requestId ?? '' })).map((e) => e.action);

test('a deadlock victim runs again and succeeds; one course, one audit row', async () => {
  const { result, attempts } = await failingCourseSaves(2, deadlock, () => t.gql(CREATE, { input: input('再試行コース') }, { token: admin }));
  expect(result.errors).toBeUndefined();
  expect(attempts).toBe(3);
  expect(await coursesTitled('再試行コース')).toBe(1);
  await t.settle();
  expect((await auditOf(result.headers.get('x-request-id'))).filter((a) => a === 'mutation')).toHaveLength(1);
});

test('three deadlocks in a row: a server error, nothing written', async () => {
  const { result, attempts } = await failingCourseSaves(3, deadlock, () => t.gql(CREATE, { input: input('三度目コース') }, { token: admin }));
  expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(attempts).toBe(3);
  expect(await coursesTitled('三度目コース')).toBe(0);
});

test('any other failure is not run again', async () => {
  const other = () => Object.assign(new Error('Duplicate entry'), { name: 'QueryFailedError', driverError: { errno: 1062, code: 'ER_DUP_ENTRY' } });
  const { result, attempts } = await failingCourseSaves(1, other, () => t.gql(CREATE, { input: input('一度きりコース') }, { token: admin }));
  expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
  expect(attempts).toBe(1);
  expect(await coursesTitled('一度きりコース')).toBe(0);
});
