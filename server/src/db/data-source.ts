import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceSettings {
  databaseUrl?: string;
  sqlitePath: string;
  logger?: Logger;
}

/** MySQL/MariaDB when a mysql:// URL is given, else the embedded SQLite file. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logger: settings.logger, logging: settings.logger ? true : false } as const;
  if (settings.databaseUrl) {
    return {
      ...common,
      type: 'mysql',
      url: settings.databaseUrl,
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
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
