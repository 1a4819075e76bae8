/** Helpers for the race, rollback and job tests: triggers, a second instance, request mixes. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { createApp, type App } from '../../server/src/app';
import type { GqlResult, TestServer } from './server';
import { errorCodes } from './intake';

/** The suite runs on MySQL/MariaDB when DATABASE_URL is set, else on the embedded SQLite file. */
export const onMysql = !!process.env.DATABASE_URL;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Responses that failed on the server's side (5xx, or a masked internal error). */
export function serverFailures(list: GqlResult[]): string[] {
  return list.filter((r) => r.status >= 500 || errorCodes(r).includes('INTERNAL_SERVER_ERROR')).map((r) => `${r.status} ${JSON.stringify(r.errors)}`);
}

/**
 * A trigger, in each dialect's syntax. `sqlite` is the trigger's body (between BEGIN and END);
 * `mysql` is the statement after FOR EACH ROW.
 */
export interface TriggerSpec {
  name: string;
  timing: 'BEFORE' | 'AFTER';
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  table: string;
  /** SQLite: an optional WHEN condition (NEW./OLD. columns); MySQL gets the same test inside IF. */
  when?: string;
  /** SQLite statement(s), e.g. SELECT RAISE(ABORT, 'boom'); */
  sqlite: string;
  /** MySQL statement(s), e.g. SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom'; */
  mysql: string;
}

/** Creates a trigger on the test's database (call it while no request is running). */
export async function createTrigger(t: TestServer, spec: TriggerSpec): Promise<void> {
  if (onMysql) {
    const body = spec.when ? `BEGIN IF ${spec.when} THEN ${spec.mysql} END IF; END` : `BEGIN ${spec.mysql} END`;
    await t.app.dataSource.query(`CREATE TRIGGER \`${spec.name}\` ${spec.timing} ${spec.event} ON \`${spec.table}\` FOR EACH ROW ${body}`);
  } else {
    const when = spec.when ? ` WHEN ${spec.when}` : '';
    await t.app.dataSource.query(`CREATE TRIGGER "${spec.name}" ${spec.timing} ${spec.event} ON "${spec.table}" FOR EACH ROW${when} BEGIN ${spec.sqlite} END`);
  }
}

export async function dropTrigger(t: TestServer, name: string): Promise<void> {
  await t.app.dataSource.query(onMysql ? `DROP TRIGGER IF EXISTS \`${name}\`` : `DROP TRIGGER IF EXISTS "${name}"`);
}

/**
 * A ledger of writes in the order the database executed them: triggers append a row (an
 * auto-increment number) whenever a watched row is written, inside the writer's
 * transaction, so a rolled-back write leaves no line. Comparing line numbers tells which
 * of two committed writes ran first, which response times cannot.
 */
export class WriteLedger {
  private readonly triggers: string[] = [];

  constructor(
    private readonly t: TestServer,
    readonly table = 't_write_ledger',
  ) {}

  async create(): Promise<void> {
    await this.t.app.dataSource.query(
      onMysql
        ? `CREATE TABLE \`${this.table}\` (seq INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(20) NOT NULL, ref INT NOT NULL) ENGINE=InnoDB`
        : `CREATE TABLE "${this.table}" (seq INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL, ref INTEGER NOT NULL)`,
    );
  }

  /** Appends `what`, NEW.id whenever a row of `table` is updated (and `when` holds). */
  async watchUpdates(table: string, what: string, when?: string): Promise<void> {
    const name = `t_ledger_${table}_${what}`;
    const insert = onMysql ? `INSERT INTO \`${this.table}\` (what, ref) VALUES ('${what}', NEW.id);` : `INSERT INTO "${this.table}" (what, ref) VALUES ('${what}', NEW.id);`;
    await createTrigger(this.t, { name, timing: 'AFTER', event: 'UPDATE', table, when, sqlite: insert, mysql: insert });
    this.triggers.push(name);
  }

  async lines(): Promise<Array<{ seq: number; what: string; ref: number }>> {
    const rows: Array<{ seq: number | string; what: string; ref: number | string }> = await this.t.app.dataSource.query(`SELECT seq, what, ref FROM ${this.table} ORDER BY seq`);
    return rows.map((r) => ({ seq: Number(r.seq), what: r.what, ref: Number(r.ref) }));
  }

  async clear(): Promise<void> {
    await this.t.app.dataSource.query(`DELETE FROM ${this.table}`);
  }

  async drop(): Promise<void> {
    for (const name of this.triggers) await dropTrigger(this.t, name);
    await this.t.app.dataSource.query(`DROP TABLE IF EXISTS ${this.table}`);
  }
}

/**
 * Starts the calls together, each after its own small delay (delays[i] ms, 0 for none), so
 * that over many rounds the decisive call lands before, among and after the others.
 */
export function together<T>(calls: Array<() => Promise<T>>, delays: number[]): Promise<T[]> {
  return Promise.all(calls.map((call, i) => (delays[i] ? sleep(delays[i]).then(call) : call())));
}

export interface Instance {
  app: App;
  url: string;
  close(): Promise<void>;
}

/**
 * A second server instance on the test server's database (same configuration, its own
 * connection pool and job runner), as behind a load balancer. Only for MySQL/MariaDB: the
 * embedded SQLite file belongs to one process.
 */
export async function secondInstance(t: TestServer, options: { sqlLogger?: TypeOrmLogger } = {}): Promise<Instance> {
  if (!onMysql) throw new Error('a second instance needs a MySQL/MariaDB database');
  const app = await createApp(t.config, { sqlLogger: options.sqlLogger });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.stop();
    },
  };
}
