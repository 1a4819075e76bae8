import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { entities, migrations, subscribers } from '../modules';
import { TimestampSubscriber } from '../core/timestamped';
import { Database } from '../core/tx';

export interface DataSourceSettings {
  databaseUrl?: string;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  flavour?: 'mysql' | 'mariadb';
  sqlitePath: string;
  logger?: Logger;
}

/** MySQL/MariaDB when a mysql:// URL is given, else the embedded SQLite file. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const common = {
    entities: [...entities] as Function[],
    migrations: [...migrations] as Function[],
    subscribers: [TimestampSubscriber, ...subscribers] as Function[],
    synchronize: false,
    migrationsRun: false,
    logger: settings.logger,
    logging: settings.logger ? true : false,
  } as const;
  if (settings.databaseUrl) {
    return {
      ...common,
      type: settings.flavour ?? (settings.databaseUrl.startsWith('mariadb:') ? 'mariadb' : 'mysql'),
      url: settings.databaseUrl.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      // Store UTC; the API presents Asia/Tokyo.
      timezone: 'Z',
      extra: { connectionLimit: 10 },
    };
  }
  if (settings.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(settings.sqlitePath), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: settings.sqlitePath,
    // WAL lets readers run beside the single writer; the timeout waits for a lock rather than failing.
    enableWAL: settings.sqlitePath !== ':memory:',
    timeout: 5000,
    // Prepared statements are kept per connection; lists with IN (…) of many lengths need room.
    statementCacheSize: 500,
    // With WAL, NORMAL keeps the database consistent after a crash and spares an fsync per commit.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
    },
  };
}

/** Asks the server whether it is MySQL or MariaDB. */
export async function detectFlavour(databaseUrl: string): Promise<'mysql' | 'mariadb'> {
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection(databaseUrl.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/**
 * The writer and, on an embedded file, a read-only second connection to the same file (see
 * core/tx.ts). The reader opens after the writer has created the file and switched it to WAL.
 */
export async function openDatabase(writer: DataSource, settings: DataSourceSettings): Promise<Database> {
  if (!writer.isInitialized) await writer.initialize();
  if (writer.options.type !== 'better-sqlite3' || settings.sqlitePath === ':memory:' || settings.databaseUrl) return new Database(writer);
  const reader = new DataSource({
    type: 'better-sqlite3',
    database: settings.sqlitePath,
    entities: [...entities],
    readonly: true,
    timeout: 5000,
    statementCacheSize: 500,
    logger: settings.logger,
    logging: settings.logger ? true : false,
  });
  await reader.initialize();
  return new Database(writer, reader);
}
