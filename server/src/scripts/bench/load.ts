// The load generator of `npm run bench`, in a process of its own (never the server's): one
// autocannon run described by a JSON job on argv, its figures as JSON on stdout.
import fs from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  duration: number;
}

export interface LoadJob {
  url: string;
  /** Sent in turn on every connection. */
  bodies: string[];
  /** Bearer token for every request, or one per request in turn (each used once). */
  token?: string;
  tokens?: string[];
  /** Applied to every body when tokens rotate: the placeholder __N__ becomes a running number. */
  connections: number;
  seconds: number;
  /** Requests per second over all connections (an open-loop rate), or unset for saturation. */
  rate?: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  total: number;
}

async function main(): Promise<void> {
  // The job comes as a file: a list of tokens is too long for a command line.
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as LoadJob;
  let next = 0;
  const result = await autocannon({
    url: `${job.url}/graphql`,
    connections: job.connections,
    duration: job.seconds,
    ...(job.rate ? { overallRate: job.rate } : {}),
    requests: job.bodies.map((body) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(job.token ? { authorization: `Bearer ${job.token}` } : {}) },
      body,
      ...(job.tokens
        ? {
            setupRequest: (req: { headers: Record<string, string> }) => {
              const token = job.tokens![next++ % job.tokens!.length];
              return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } };
            },
          }
        : {}),
    })),
  });
  const out: LoadResult = {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result['2xx'] + result.non2xx,
  };
  process.stdout.write(JSON.stringify(out));
}

void main();
