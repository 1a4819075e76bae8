// Self-contained on purpose (node:crypto only): scripts/verify-lottery.mjs runs this file from its
// TypeScript source, without building the server.
import crypto from 'node:crypto';

/**
 * The lottery, in full, so that anyone can check a draw:
 *
 * 1. Freeze: the eligible applications' anonymous codes, sorted (UTF-16 code unit order),
 *    form the list L. The commitment is SHA-256 over L joined with "\n", in hex.
 *    It is published before the seed is known.
 * 2. Seed: a value fixed after the commitment, e.g. a public number announced in advance.
 * 3. Shuffle: Fisher–Yates from the last position down. Random numbers come from the
 *    stream HMAC-SHA256(key = seed, message = commitment + ":" + block), block = 0, 1, 2, …,
 *    read as big-endian unsigned 32-bit words. A uniform j in 0..i is drawn by rejection:
 *    take the next word w; if w < 2^32 - (2^32 mod (i+1)) then j = w mod (i+1), else draw again.
 * 4. The first `capacity` codes of the result are accepted; the rest are waitlisted in order.
 */
export const LOTTERY_ALGORITHM = 'college-portal-lottery-v1: sha256(sorted codes joined by \\n); fisher-yates with hmac-sha256(seed, commitment:block) u32be rejection sampling';

export function sortCodes(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function commitmentOf(sortedCodes: readonly string[]): string {
  return crypto.createHash('sha256').update(sortedCodes.join('\n'), 'utf8').digest('hex');
}

class WordStream {
  private block = 0;
  private buffer = Buffer.alloc(0);
  private offset = 0;
  constructor(
    private readonly seed: string,
    private readonly commitment: string,
  ) {}

  next(): number {
    if (this.offset + 4 > this.buffer.length) {
      this.buffer = crypto.createHmac('sha256', this.seed).update(`${this.commitment}:${this.block++}`).digest();
      this.offset = 0;
    }
    const word = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return word;
  }
}

export function shuffle(sortedCodes: readonly string[], seed: string, commitment: string): string[] {
  const order = [...sortedCodes];
  const words = new WordStream(seed, commitment);
  const RANGE = 2 ** 32;
  for (let i = order.length - 1; i > 0; i--) {
    const n = i + 1;
    const limit = RANGE - (RANGE % n);
    let w = words.next();
    while (w >= limit) w = words.next();
    const j = w % n;
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface LotteryTranscript {
  algorithm: string;
  cohortId: number;
  capacity: number;
  codes: string[];
  commitment: string;
  frozenAt: string;
  seed: string;
  drawnAt: string;
  order: string[];
  accepted: string[];
  waitlisted: string[];
}

export function draw(codes: readonly string[], capacity: number, seed: string) {
  const sorted = sortCodes(codes);
  const commitment = commitmentOf(sorted);
  const order = shuffle(sorted, seed, commitment);
  return { sorted, commitment, order, accepted: order.slice(0, capacity), waitlisted: order.slice(capacity) };
}

/** Recomputes a transcript; lists every way it disagrees with the algorithm. */
export function verifyTranscript(t: LotteryTranscript): string[] {
  const problems: string[] = [];
  if (!Array.isArray(t.codes) || !Array.isArray(t.order)) return ['codes and order must be lists'];
  const sorted = sortCodes(t.codes);
  if (sorted.join('\n') !== t.codes.join('\n')) problems.push('the frozen list is not in sorted order');
  const commitment = commitmentOf(sorted);
  if (commitment !== t.commitment) problems.push(`the commitment does not match the list (expected ${commitment})`);
  const recomputed = shuffle(sorted, String(t.seed), commitment);
  if (recomputed.join('\n') !== t.order.join('\n')) problems.push('the order does not follow from the list and the seed');
  if (recomputed.slice(0, t.capacity).join('\n') !== (t.accepted ?? []).join('\n')) problems.push('the accepted list is not the first places of the order');
  if (recomputed.slice(t.capacity).join('\n') !== (t.waitlisted ?? []).join('\n')) problems.push('the waitlist is not the rest of the order');
  return problems;
}

/** What `npm run verify-lottery -- transcript.json` finds and prints. */
export interface TranscriptCheck {
  /** True when the transcript follows from its list and seed by this algorithm. */
  matches: boolean;
  /** Every disagreement found (empty when it matches). */
  problems: string[];
  /** The report: the verdict ("MATCHES: …" or "DOES NOT MATCH: …") first, then one line per problem or the explanation. */
  lines: string[];
}

/**
 * The whole check on a published transcript, as parsed from its JSON (anything: a tampered or
 * malformed file is reported, not thrown): the algorithm named, then verifyTranscript.
 */
export function checkTranscript(input: unknown): TranscriptCheck {
  const t = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Partial<LotteryTranscript>;
  const problems: string[] = [];
  if (t !== input) problems.push('the transcript is not a JSON object');
  else if (t.algorithm !== undefined && t.algorithm !== LOTTERY_ALGORITHM) problems.push(`unknown algorithm: ${JSON.stringify(t.algorithm)}`);
  else problems.push(...verifyTranscript(t as LotteryTranscript));
  const entries = Array.isArray(t.codes) ? t.codes.length : 0;
  const summary = `cohort ${t.cohortId}: ${entries} entries, capacity ${t.capacity}, seed ${JSON.stringify(t.seed)}`;
  if (problems.length === 0) {
    return {
      matches: true,
      problems,
      lines: [`MATCHES: ${summary}`, `commitment ${t.commitment} is SHA-256 of the sorted list; the order follows from the list and the seed.`],
    };
  }
  return { matches: false, problems, lines: [`DOES NOT MATCH: ${summary}`, ...problems.map((p) => `  - ${p}`)] };
}
