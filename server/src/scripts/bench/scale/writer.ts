// Multi-row INSERTs with bound parameters, chunked under the drivers' placeholder limits, in
// transactions of a few dozen statements: a million rows in a few hundred statements, not a
// million round trips through save().
import type { DataSource, QueryRunner } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

/** Placeholders per statement: MySQL allows 65,535, SQLite 32,766; a margin under each. */
const MAX_PARAMS = { sqlite: 32_000, mysql: 60_000 };
/** Statements per transaction: big enough to spare commits, small enough not to hold a huge undo log. */
const STATEMENTS_PER_TRANSACTION = 40;

export type Value = string | number | boolean | Date | null;

/** What both drivers store: datetimes as UTC text (TypeORM's own form on SQLite), booleans as 1/0. */
function bind(v: Value): string | number | null {
  if (v instanceof Date) return DateUtils.mixedDateToUtcDatetimeString(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export class RowWriter {
  /** Rows written, by table. */
  readonly counts: Record<string, number> = {};
  private runner: QueryRunner | null = null;
  private statements = 0;
  private readonly maxParams: number;
  private readonly placeholderCache = new Map<string, string>();

  constructor(private readonly db: DataSource) {
    this.maxParams = db.options.type === 'better-sqlite3' ? MAX_PARAMS.sqlite : MAX_PARAMS.mysql;
  }

  async open(): Promise<void> {
    this.runner = this.db.createQueryRunner();
    await this.runner.connect();
    await this.runner.startTransaction();
  }

  async close(): Promise<void> {
    if (!this.runner) return;
    await this.runner.commitTransaction();
    await this.runner.release();
    this.runner = null;
  }

  /** Rolls back the open transaction (rows of earlier transactions stay: the caller drops the database). */
  async abort(): Promise<void> {
    if (!this.runner) return;
    if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    await this.runner.release();
    this.runner = null;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.runner!.query(sql, params) as Promise<T[]>;
  }

  private async statement(sql: string, params: unknown[]): Promise<void> {
    await this.runner!.query(sql, params);
    if (++this.statements % STATEMENTS_PER_TRANSACTION === 0) {
      await this.runner!.commitTransaction();
      await this.runner!.startTransaction();
    }
  }

  private rowsPerStatement(columns: number): number {
    return Math.max(1, Math.floor(this.maxParams / columns));
  }

  private sql(table: string, columns: readonly string[], rows: number): string {
    const key = `${table}|${rows}`;
    let sql = this.placeholderCache.get(key);
    if (!sql) {
      const escape = (name: string) => this.db.driver.escape(name);
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      sql = `INSERT INTO ${escape(table)} (${columns.map(escape).join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
      this.placeholderCache.set(key, sql);
    }
    return sql;
  }

  private async write(table: string, columns: readonly string[], rows: readonly Value[][]): Promise<void> {
    if (!rows.length) return;
    const params: unknown[] = [];
    for (const row of rows) {
      if (row.length !== columns.length) throw new Error(`${table}: a row of ${row.length} values for ${columns.length} columns`);
      for (const v of row) params.push(bind(v));
    }
    await this.statement(this.sql(table, columns, rows.length), params);
    this.counts[table] = (this.counts[table] ?? 0) + rows.length;
  }

  /**
   * Inserts the rows in order and, with `ids`, returns their ids in the same order: read back
   * by id after the highest id before (one writer, so ids grow with the insertion order;
   * nothing assumes they start at 1 or step by 1).
   */
  async insert(table: string, columns: readonly string[], rows: readonly Value[][], ids = false): Promise<number[]> {
    const before = ids ? await this.maxId(table) : 0;
    const per = this.rowsPerStatement(columns.length);
    for (let i = 0; i < rows.length; i += per) await this.write(table, columns, rows.slice(i, i + per));
    if (!ids) return [];
    const read = (await this.query<{ id: unknown }>(`SELECT id FROM ${this.db.driver.escape(table)} WHERE id > ? ORDER BY id`, [before])).map((r) => Number(r.id));
    if (read.length !== rows.length) throw new Error(`${table}: wrote ${rows.length} rows, read back ${read.length} ids`);
    return read;
  }

  private async maxId(table: string): Promise<number> {
    const [row] = await this.query<{ m: unknown }>(`SELECT MAX(id) AS m FROM ${this.db.driver.escape(table)}`);
    return row?.m === null || row?.m === undefined ? 0 : Number(row.m);
  }

  /** A streaming insert for large tables (attendance): rows are written as each chunk fills. */
  batch(table: string, columns: readonly string[]): Batch {
    return new Batch(this.rowsPerStatement(columns.length), (rows) => this.write(table, columns, rows));
  }
}

export class Batch {
  private rows: Value[][] = [];

  constructor(
    private readonly size: number,
    private readonly flushRows: (rows: Value[][]) => Promise<void>,
  ) {}

  /** Adds a row; resolves at once unless the chunk is full and goes to the database. */
  async add(row: Value[]): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    await this.flushRows(rows);
  }
}
