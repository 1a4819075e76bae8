import { ARGON2_MIN_MEMORY_KIB, ARGON2_MIN_TIME_COST, loadConfig } from '../server/src/config';
import { Account } from '../server/src/modules/accounts';
import { CHEAP_HASHING_ENV, startTestServer, type TestServer } from './helpers/server';

/**
 * The argon2id cost: the OWASP minimums (m=19456 KiB, t=2) are the defaults and, outside
 * NODE_ENV=test, also the floor. Only the test suite may hash more cheaply.
 */
const SECRET = { JWT_SECRET: 'x'.repeat(48), DATA_DIR: '/tmp/cp-config-test-unused' };
const cost = (env: Record<string, string>) => {
  const config = loadConfig({ ...SECRET, ...env });
  return { memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost };
};
const PRODUCTION_COST = { memoryKiB: 19456, timeCost: 2 };

describe('configuration', () => {
  test('the minimums are the OWASP ones', () => {
    expect({ memoryKiB: ARGON2_MIN_MEMORY_KIB, timeCost: ARGON2_MIN_TIME_COST }).toEqual(PRODUCTION_COST);
  });

  test.each(['production', 'development', 'test'])('NODE_ENV=%s: unset means the minimums', (NODE_ENV) => {
    expect(cost({ NODE_ENV })).toEqual(PRODUCTION_COST);
  });

  test.each(['production', 'development'])('NODE_ENV=%s: lower values are raised to the minimums', (NODE_ENV) => {
    expect(cost({ NODE_ENV, ...CHEAP_HASHING_ENV })).toEqual(PRODUCTION_COST);
    expect(cost({ NODE_ENV, ARGON2_MEMORY_KIB: '0', ARGON2_TIME_COST: '0' })).toEqual(PRODUCTION_COST);
    expect(cost({ NODE_ENV, ARGON2_MEMORY_KIB: '19455', ARGON2_TIME_COST: '1' })).toEqual(PRODUCTION_COST);
  });

  test('NODE_ENV unset (development): lower values are raised too', () => {
    const config = loadConfig({ ...SECRET, ...CHEAP_HASHING_ENV });
    expect(config.env).toBe('development');
    expect([config.argon2MemoryKiB, config.argon2TimeCost]).toEqual([19456, 2]);
  });

  test('higher values are kept everywhere', () => {
    for (const NODE_ENV of ['production', 'development', 'test'])
      expect(cost({ NODE_ENV, ARGON2_MEMORY_KIB: '65536', ARGON2_TIME_COST: '3' })).toEqual({ memoryKiB: 65536, timeCost: 3 });
  });

  test('NODE_ENV=test alone may go lower, down to what argon2 itself allows', () => {
    expect(cost({ NODE_ENV: 'test', ...CHEAP_HASHING_ENV })).toEqual({ memoryKiB: 1024, timeCost: 1 });
    expect(cost({ NODE_ENV: 'test', ARGON2_MEMORY_KIB: '0', ARGON2_TIME_COST: '0' })).toEqual({ memoryKiB: 8, timeCost: 1 });
  });
});

describe('the hashes servers store', () => {
  async function storedHash(t: TestServer): Promise<string> {
    const member = await t.registerMember();
    const account = await t.app.dataSource.getRepository(Account).findOneOrFail({ where: { loginId: member.loginId }, select: { id: true, passwordHash: true } });
    return account.passwordHash;
  }
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((s) => s.close())));
  const start = async (options: Parameters<typeof startTestServer>[0]) => {
    const s = await startTestServer({ seed: false, ...options });
    servers.push(s);
    return s;
  };

  test('a production server hashes at the minimums even when given the cheap settings', async () => {
    // The harness passes CHEAP_HASHING_ENV to every server; NODE_ENV=production must ignore it.
    const prod = await start({ env: { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48) } });
    expect(prod.config.env).toBe('production');
    expect(await storedHash(prod)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  test("hashing: 'production' gives a test server the production parameters", async () => {
    const t = await start({ hashing: 'production' });
    expect(await storedHash(t)).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  test('by default the test harness hashes cheaply, and logins still verify', async () => {
    const t = await start({});
    expect(await storedHash(t)).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    const member = await t.registerMember();
    expect((await t.login(member.loginId, member.password)).account.loginId).toBe(member.loginId);
  });
});
