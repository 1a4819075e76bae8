import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceSettings {
  databaseUrl?: string;
  /** MariaDB reports column defaults differently; TypeORM must know which server it talks to. */
  flavour?: 'mysql' | 'mariadb';
  sqlitePath: string;
  logger?: Logger;
}

/** MySQL/MariaDB when a mysql:// URL is given, else the embedded SQLite file. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logger: settings.logger, logging: settings.logger ? true : false } as const;
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
