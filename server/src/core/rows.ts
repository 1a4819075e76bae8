import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { DateUtils } from 'typeorm/util/DateUtils';
import type { Ctx } from './context';
import { fieldScope } from './scope';

interface Plan {
  select: string;
  columns: ColumnMetadata[];
  fill: (entity: ObjectLiteral, row: Record<string, unknown>, prefix?: string) => void;
  create: () => ObjectLiteral;
}

/**
 * Column types both drivers hand over as they are: TypeORM's prepareHydratedValue (sqlite-abstract
 * and mysql) has no branch for them, so without a transformer it returns the value unchanged.
 */
const AS_READ = new Set(['varchar', 'char', 'text', 'mediumtext', 'longtext', 'int', 'integer', 'smallint', 'float', 'double']);

/** Sets each column's property from a row: directly where TypeORM would change nothing, else with the driver's conversion. */
function fillerOf(em: EntityManager, columns: ColumnMetadata[]): Plan['fill'] {
  const driver = em.connection.driver;
  const steps = columns.map((column) => {
    const plain = !column.embeddedMetadata && !column.transformer && typeof column.type === 'string' && AS_READ.has(column.type);
    return { column, name: column.databaseName, property: column.propertyName, plain, direct: !column.embeddedMetadata };
  });
  return (entity, row, prefix = '') => {
    for (const step of steps) {
      const raw = row[prefix + step.name];
      if (step.plain) entity[step.property] = raw;
      else if (step.direct) entity[step.property] = driver.prepareHydratedValue(raw, step.column);
      else step.column.setEntityValue(entity, driver.prepareHydratedValue(raw, step.column));
    }
  };
}

const plans = new WeakMap<object, Map<string, Plan>>();

/**
 * Reads whole entities with the SQL a hot read path writes itself, hydrated with the driver's
 * own conversions (dates, booleans), as TypeORM would. The query builder costs about 150 µs a
 * call on top of the query (docs/performance.md); this costs a string concatenation. Use it
 * for fixed-shape reads on the busiest paths; anything else stays on the query builder.
 *
 * `tail` follows `SELECT <every column> FROM <table> <alias>`: joins, WHERE, ORDER BY, with `?`
 * placeholders (both drivers use them). Identifiers in it are written as they are in the schema.
 */
export async function readRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  alias: string,
  tail: string,
  params: unknown[] = [],
  /** Columns never to read (e.g. an account's password hash). */
  omit: readonly (keyof T & string)[] = [],
): Promise<T[]> {
  const plan = planFor(em, entity, alias, omit);
  const embedded = em.connection.options.type === 'better-sqlite3';
  const bound = embedded ? params.map((p) => (p instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(p) : typeof p === 'boolean' ? (p ? 1 : 0) : p)) : params;
  const rows = (await em.query(`${plan.select} ${tail}`, bound)) as Record<string, unknown>[];
  return rows.map((row) => {
    const entityValue = plan.create();
    plan.fill(entityValue, row);
    return entityValue as T;
  });
}

function planFor(em: EntityManager, entity: Function, alias: string, omit: readonly string[]): Plan {
  let byKey = plans.get(em.connection);
  if (!byKey) plans.set(em.connection, (byKey = new Map()));
  const key = `${entity.name} ${alias} ${omit.join(',')}`;
  let plan = byKey.get(key);
  if (!plan) {
    const metadata = em.connection.getMetadata(entity);
    const escape = (name: string) => em.connection.driver.escape(name);
    const columns = columnsOf(em, entity, omit);
    plan = {
      select: `SELECT ${columns.map((c) => `${alias}.${escape(c.databaseName)} AS ${escape(c.databaseName)}`).join(', ')} FROM ${escape(metadata.tableName)} ${alias}`,
      columns,
      fill: fillerOf(em, columns),
      create: () => metadata.create(),
    };
    byKey.set(key, plan);
  }
  return plan;
}

/**
 * For a join read in one statement: the select list of one entity with its columns named
 * `<prefix><column>`, and the matching hydration of a row. The session lookup of every
 * logged-in request reads session, account and contractor this way.
 */
export function joinedColumns(em: EntityManager, entity: Function, alias: string, prefix: string, omit: readonly string[] = []): string {
  const escape = (name: string) => em.connection.driver.escape(name);
  return columnsOf(em, entity, omit)
    .map((c) => `${alias}.${escape(c.databaseName)} AS ${escape(prefix + c.databaseName)}`)
    .join(', ');
}

export function hydrateJoined<T extends ObjectLiteral>(em: EntityManager, entity: new () => T, row: Record<string, unknown>, prefix: string, omit: readonly string[] = []): T {
  const value = em.connection.getMetadata(entity).create() as T;
  joinedFiller(em, entity, omit)(value, row, prefix);
  return value;
}

const joinedFillers = new WeakMap<object, Map<string, Plan['fill']>>();

function joinedFiller(em: EntityManager, entity: Function, omit: readonly string[]): Plan['fill'] {
  let byKey = joinedFillers.get(em.connection);
  if (!byKey) joinedFillers.set(em.connection, (byKey = new Map()));
  const key = `${entity.name} ${omit.join(',')}`;
  let fill = byKey.get(key);
  if (!fill) byKey.set(key, (fill = fillerOf(em, columnsOf(em, entity, omit))));
  return fill;
}

const columnLists = new WeakMap<object, Map<string, ColumnMetadata[]>>();

/** An entity's columns less the omitted ones, worked out once per connection (it runs on every logged-in request). */
function columnsOf(em: EntityManager, entity: Function, omit: readonly string[]): ColumnMetadata[] {
  let byKey = columnLists.get(em.connection);
  if (!byKey) columnLists.set(em.connection, (byKey = new Map()));
  const key = `${entity.name} ${omit.join(',')}`;
  let columns = byKey.get(key);
  if (!columns) byKey.set(key, (columns = em.connection.getMetadata(entity).columns.filter((c) => !c.isVirtual && !omit.includes(c.propertyName))));
  return columns;
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The contractor's field clause for readRows: `AND <column> = ?` plus its parameter, or nothing. */
export function fieldClause(ctx: Pick<Ctx, 'user'>, column: string): { sql: string; params: unknown[] } {
  const scoped = fieldScope(ctx);
  return scoped ? { sql: ` AND ${column} = ?`, params: [scoped] } : { sql: '', params: [] };
}
