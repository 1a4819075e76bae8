import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';
import { checkTranscript, verifyTranscript, LOTTERY_ALGORITHM, type LotteryTranscript } from '../server/src/modules/intake';

/** The check a ward officer (or anyone) runs on a published transcript: the function, and the command around it. */
let t: TestServer;
let dir: string;
let transcript: LotteryTranscript;
beforeAll(async () => {
  // The demo seed holds a drawn, announced lottery whose transcript is public.
  t = await startTestServer({ seed: 'demo' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-lottery-'));
  const cohorts = await t.gql(`{ courses(fieldCode: RECYCLING) { cohorts { id status lottery { commitment seed } } } }`);
  const drawn = cohorts.data.courses[0].cohorts.filter((c: any) => c.lottery?.seed);
  expect(drawn).toHaveLength(1);
  expect(drawn[0].status).toBe('ANNOUNCED');
  const res = await t.gql(`query($id: ID!) { lotteryTranscript(cohortId: $id) }`, { id: drawn[0].id });
  expect(res.errors).toBeUndefined();
  transcript = JSON.parse(res.data.lotteryTranscript);
  expect(transcript.commitment).toBe(drawn[0].lottery.commitment);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Ways to tamper with a transcript, each with the reason the check must give. */
const TAMPERINGS: Array<[string, (good: LotteryTranscript) => unknown, RegExp]> = [
  [
    'two places swapped',
    (good) => {
      const order = [...good.order];
      [order[0], order[order.length - 1]] = [order[order.length - 1], order[0]];
      return { ...good, order };
    },
    /order does not follow/,
  ],
  ['another seed', (good) => ({ ...good, seed: good.seed + '1' }), /order does not follow/],
  ['a code replaced', (good) => ({ ...good, codes: [...good.codes.slice(1), 'AZZZZZZZZ'] }), /commitment does not match/],
  ['a waitlisted code moved into the accepted', (good) => ({ ...good, accepted: [...good.waitlisted.slice(0, 1), ...good.accepted.slice(1)] }), /accepted list/],
  ['the list unsorted', (good) => ({ ...good, codes: [...good.codes].reverse() }), /not in sorted order/],
  ['another algorithm', (good) => ({ ...good, algorithm: 'college-portal-lottery-v0' }), /unknown algorithm/],
  ['not an object', (good) => [good], /not a JSON object/],
];

describe('checkTranscript', () => {
  test('the demo transcript matches', () => {
    expect(transcript.algorithm).toBe(LOTTERY_ALGORITHM);
    expect(transcript.codes).toHaveLength(12);
    expect(verifyTranscript(transcript)).toEqual([]);
    const result = checkTranscript(transcript);
    expect(result).toMatchObject({ matches: true, problems: [] });
    expect(result.lines[0]).toBe(`MATCHES: cohort ${transcript.cohortId}: 12 entries, capacity 8, seed ${JSON.stringify(transcript.seed)}`);
  });

  test.each(TAMPERINGS)('a copy with %s does not match, and says why', (_name, tamper, why) => {
    const result = checkTranscript(tamper(transcript));
    expect(result.matches).toBe(false);
    expect(result.lines[0]).toMatch(/^DOES NOT MATCH: /);
    expect(result.problems.join('\n')).toMatch(why);
    expect(result.lines.slice(1)).toEqual(result.problems.map((p) => `  - ${p}`));
  });
});

describe('npm run verify-lottery (scripts/verify-lottery.mjs)', () => {
  /** Runs the command as a user would, with no PATH: it must not need npm (no server build). */
  function cli(...args: string[]): { status: number | null; out: string } {
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'verify-lottery.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, PATH: '' } });
    return { status: r.status, out: r.stdout + r.stderr };
  }
  function file(content: unknown): string {
    const name = path.join(dir, `t-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(name, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return name;
  }

  test('a published transcript: MATCHES, exit 0', () => {
    const good = cli(file(transcript));
    expect(good.out).toContain(`MATCHES: cohort ${transcript.cohortId}: 12 entries`);
    expect(good.status).toBe(0);
  });

  test('a tampered copy: DOES NOT MATCH with the reason, exit 1', () => {
    const [, tamper, why] = TAMPERINGS[0];
    const r = cli(file(tamper(transcript)));
    expect(r.out).toContain('DOES NOT MATCH');
    expect(r.out).toMatch(why);
    expect(r.status).toBe(1);
  });

  test('no file, or one that is not JSON: exit 2', () => {
    expect(cli()).toMatchObject({ status: 2, out: expect.stringContaining('usage:') });
    expect(cli(file('{ not json'))).toMatchObject({ status: 2, out: expect.stringContaining('cannot read') });
    expect(cli(path.join(dir, 'missing.json'))).toMatchObject({ status: 2, out: expect.stringContaining('cannot read') });
  });
});
