import { ConfigError, JAPAN_LOCATIONS, isInJapan, loadConfig } from '../server/src/config';
import { codes, startTestServer, type TestServer } from './helpers/server';

/**
 * Data residency (issue 13, point 8): the database, its backups and the mail relay must be in
 * Japan. In production the server refuses to start with any of them elsewhere, naming the
 * setting; outside production the value is allowed but shown. /healthz and the staff query
 * dataResidency report the locations.
 */
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(48), DATA_DIR: '/tmp/cp-config-test-unused' };
const SETTINGS = ['DATABASE_LOCATION', 'BACKUP_LOCATION', 'MAIL_RELAY_LOCATION'] as const;
const JAPANESE = ['JP', 'ap-northeast-1', 'ap-northeast-3', 'japaneast', 'japanwest', 'asia-northeast1', 'asia-northeast2'];

/** The ConfigError message loadConfig throws, or null when it loads. */
function refusal(env: Record<string, string>): string | null {
  try {
    loadConfig({ ...PRODUCTION, ...env });
    return null;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
}

describe('configuration', () => {
  test('the accepted names are exactly the Japanese ones', () => {
    expect([...JAPAN_LOCATIONS].sort()).toEqual([...JAPANESE].sort());
  });

  test('defaults: JP for all three; DATA_LOCATION is the default of each', () => {
    expect(loadConfig({ ...PRODUCTION }).residency).toEqual({ database: 'JP', backups: 'JP', mailRelay: 'JP' });
    expect(loadConfig({ ...PRODUCTION, DATA_LOCATION: 'ap-northeast-1' }).residency).toEqual({
      database: 'ap-northeast-1',
      backups: 'ap-northeast-1',
      mailRelay: 'ap-northeast-1',
    });
    expect(loadConfig({ ...PRODUCTION, DATA_LOCATION: 'japaneast', BACKUP_LOCATION: 'japanwest' }).residency).toEqual({
      database: 'japaneast',
      backups: 'japanwest',
      mailRelay: 'japaneast',
    });
  });

  test.each(SETTINGS)('production: %s outside Japan is refused, naming the setting and the value', (name) => {
    const message = refusal({ [name]: 'us-east-1' });
    expect(message).toBe(`${name} is us-east-1: personal data must stay in Japan (${JAPANESE.join(', ')})`);
    // The other two settings are not blamed.
    for (const other of SETTINGS.filter((s) => s !== name)) expect(message).not.toContain(other);
  });

  test('production: a DATA_LOCATION outside Japan is refused as DATA_LOCATION, unless each setting overrides it', () => {
    expect(refusal({ DATA_LOCATION: 'eu-west-1' })).toMatch(/^DATA_LOCATION is eu-west-1: personal data must stay in Japan/);
    expect(refusal({ DATA_LOCATION: 'eu-west-1', DATABASE_LOCATION: 'JP', BACKUP_LOCATION: 'JP' })).toMatch(/^DATA_LOCATION is eu-west-1/);
    expect(refusal({ DATA_LOCATION: 'eu-west-1', DATABASE_LOCATION: 'JP', BACKUP_LOCATION: 'JP', MAIL_RELAY_LOCATION: 'JP' })).toBeNull();
  });

  test.each(JAPANESE)('production: %s is accepted for every setting', (location) => {
    const env = Object.fromEntries(SETTINGS.map((s) => [s, location]));
    expect(refusal(env)).toBeNull();
    expect(loadConfig({ ...PRODUCTION, ...env }).residency).toEqual({ database: location, backups: location, mailRelay: location });
  });

  test.each(['ap-northeast-2', 'KR', 'us-east-1', 'asia-northeast3', 'koreacentral', 'japan', 'ap-northeast-10', 'JPN'])('production: %s is refused', (location) => {
    expect(isInJapan(location)).toBe(false);
    for (const name of SETTINGS) expect(refusal({ [name]: location })).toMatch(new RegExp(`^${name} is ${location}: `));
  });

  test('case does not matter; surrounding spaces are trimmed', () => {
    for (const location of ['jp', 'Jp', 'AP-NORTHEAST-1', 'JapanEast', 'ASIA-NORTHEAST2', ' ap-northeast-3 ']) {
      expect([location, isInJapan(location)]).toEqual([location, true]);
      expect([location, refusal({ DATABASE_LOCATION: location, BACKUP_LOCATION: location, MAIL_RELAY_LOCATION: location })]).toEqual([location, null]);
    }
    expect(loadConfig({ ...PRODUCTION, DATABASE_LOCATION: ' ap-northeast-3 ' }).residency.database).toBe('ap-northeast-3');
  });

  test('an empty setting falls back to DATA_LOCATION, then JP', () => {
    expect(loadConfig({ ...PRODUCTION, DATABASE_LOCATION: '', BACKUP_LOCATION: '  ', DATA_LOCATION: 'japanwest' }).residency).toEqual({
      database: 'japanwest',
      backups: 'japanwest',
      mailRelay: 'japanwest',
    });
    expect(loadConfig({ ...PRODUCTION, DATA_LOCATION: '' }).residency.database).toBe('JP');
  });

  test.each(['development', 'test'])('NODE_ENV=%s: a location outside Japan is allowed and kept as given', (NODE_ENV) => {
    const config = loadConfig({ ...PRODUCTION, NODE_ENV, DATABASE_LOCATION: 'us-east-1', BACKUP_LOCATION: 'ap-northeast-2' });
    expect(config.residency).toEqual({ database: 'us-east-1', backups: 'ap-northeast-2', mailRelay: 'JP' });
  });
});

describe('over HTTP', () => {
  let t: TestServer;
  let admin: string;
  beforeAll(async () => {
    // Outside production a non-Japan value is allowed, and shown as it is.
    t = await startTestServer({ env: { DATABASE_LOCATION: 'ap-northeast-1', BACKUP_LOCATION: 'us-west-2', MAIL_RELAY_LOCATION: 'japaneast' } });
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  test('/healthz shows the three locations', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', residency: { database: 'ap-northeast-1', backups: 'us-west-2', mailRelay: 'japaneast' } });
  });

  test('dataResidency: a ward administrator reads the locations and whether all are in Japan', async () => {
    const res = await t.gql('{ dataResidency { database backups mailRelay inJapan } }', {}, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data.dataResidency).toEqual({ database: 'ap-northeast-1', backups: 'us-west-2', mailRelay: 'japaneast', inJapan: false });
  });

  test('dataResidency: refused to a member, to ward staff without the permission, and to anonymous callers', async () => {
    const member = await t.registerMember();
    const staff = await t.tokenFor('staff');
    for (const [who, token] of [
      ['member', member.token],
      ['staff', staff],
    ] as const) {
      const res = await t.gql('{ dataResidency { database } }', {}, { token });
      expect([who, codes(res), res.data?.dataResidency ?? null]).toEqual([who, ['FORBIDDEN'], null]);
    }
    const anonymous = await t.gql('{ dataResidency { database } }');
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('over HTTP, all in Japan', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ seed: 'fixture', env: { DATA_LOCATION: 'ap-northeast-1', MAIL_RELAY_LOCATION: 'JP' } });
  });
  afterAll(() => t.close());

  test('inJapan is true and /healthz agrees', async () => {
    const res = await t.gql('{ dataResidency { database backups mailRelay inJapan } }', {}, { token: await t.tokenFor('admin') });
    expect(res.data.dataResidency).toEqual({ database: 'ap-northeast-1', backups: 'ap-northeast-1', mailRelay: 'JP', inJapan: true });
    expect((await (await fetch(`${t.url}/healthz`)).json()).residency).toEqual({ database: 'ap-northeast-1', backups: 'ap-northeast-1', mailRelay: 'JP' });
  });
});
