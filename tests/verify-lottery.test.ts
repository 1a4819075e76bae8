import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from './helpers/server';

/** The command a ward officer (or anyone) runs on a published transcript. */
let t: TestServer;
let dir: string;
beforeAll(async () => {
  t = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-lottery-'));
  execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: path.join(__dirname, '..'), stdio: 'ignore' });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function verify(transcript: unknown): { status: number | null; out: string } {
  const file = path.join(dir, `t-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(transcript, null, 2));
  const r = spawnSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'verify-lottery.mjs'), file], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

test('the demo lottery transcript is public once announced, and verifies; tampered copies do not', async () => {
  const cohorts = await t.gql(`{ courses(fieldCode: RECYCLING) { cohorts { id status lottery { commitment seed } } } }`);
  const drawn = cohorts.data.courses[0].cohorts.find((c: any) => c.lottery?.seed);
  expect(drawn.status).toBe('ANNOUNCED');
  const res = await t.gql(`query($id: ID!) { lotteryTranscript(cohortId: $id) }`, { id: drawn.id });
  const transcript = JSON.parse(res.data.lotteryTranscript);
  expect(transcript.commitment).toBe(drawn.lottery.commitment);

  const good = verify(transcript);
  expect(good.out).toContain('MATCHES');
  expect(good.status).toBe(0);

  const swapped = { ...transcript, order: [...transcript.order] };
  [swapped.order[0], swapped.order[swapped.order.length - 1]] = [swapped.order[swapped.order.length - 1], swapped.order[0]];
  const tamperings = [
    swapped,
    { ...transcript, seed: transcript.seed + '1' },
    { ...transcript, codes: [...transcript.codes.slice(1), 'AZZZZZZZZ'] },
    { ...transcript, accepted: [...transcript.waitlisted.slice(0, 1), ...transcript.accepted.slice(1)] },
  ];
  for (const bad of tamperings) {
    const r = verify(bad);
    expect(r.status).toBe(1);
    expect(r.out).toContain('DOES NOT MATCH');
  }
});
