import type { AppLogger } from './logger';

/**
 * Background work a module registers: the mail outbox, offer deadlines, and next survey
 * waves, retention purges, certificate batches. Every instance runs every job; a job claims
 * its rows with a compare-and-set (or a row lock), so any number of instances may run it.
 */
export interface Job {
  name: string;
  /** How often an instance runs it, in milliseconds. */
  intervalMs: number;
  /** Does one round at the given time; resolves with the number of items handled. */
  run(now: Date): Promise<number>;
}

export class JobRunner {
  private timers: NodeJS.Timeout[] = [];
  private running = new Map<string, Promise<number>>();

  constructor(
    readonly jobs: readonly Job[],
    private readonly logger: AppLogger,
  ) {
    const names = new Set<string>();
    for (const job of jobs) {
      if (names.has(job.name)) throw new Error(`two jobs are named ${job.name}`);
      names.add(job.name);
    }
  }

  /** One round of one job; a round still running is joined rather than started twice. */
  run(name: string, now = new Date()): Promise<number> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job) throw new Error(`no job named ${name}`);
    let round = this.running.get(name);
    if (!round) {
      round = job.run(now).finally(() => this.running.delete(name));
      this.running.set(name, round);
    }
    return round;
  }

  /** One round of every job, in registration order (tests move the clock with `now`). */
  async runAll(now = new Date()): Promise<Record<string, number>> {
    const done: Record<string, number> = {};
    for (const job of this.jobs) done[job.name] = await this.run(job.name, now);
    return done;
  }

  /** Schedules every job; disabled, it schedules nothing (tests drive jobs themselves). */
  start(enabled: boolean): void {
    if (!enabled) return;
    for (const job of this.jobs) {
      const timer = setInterval(() => {
        this.run(job.name).catch((error) => this.logger.warn({ job: job.name, err: { message: (error as Error).message } }, 'background job failed'));
      }, job.intervalMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.allSettled([...this.running.values()]);
  }
}
