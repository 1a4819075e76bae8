import type { DataSource, Migration } from 'typeorm';

/** The MySQL/MariaDB named lock that one instance at a time holds while it applies migrations. */
export const MIGRATION_LOCK = 'college_portal.migrations';
const LOCK_WAIT_SECONDS = 600;

/**
 * Applies the pending migrations, one instance at a time. TypeORM takes no lock of its own, so
 * two instances starting together on a database that needs migrating would both apply the same
 * migration (one fails with "table already exists"). On MySQL/MariaDB a named lock (GET_LOCK,
 * held by a session of its own for the whole run) makes the second wait and then find nothing
 * to apply. The embedded SQLite file has one server.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<Migration[]> {
  const type = dataSource.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return dataSource.runMigrations({ transaction: 'each' });
  const holder = dataSource.createQueryRunner();
  try {
    const [row] = (await holder.query('SELECT GET_LOCK(?, ?) AS got', [MIGRATION_LOCK, LOCK_WAIT_SECONDS])) as Array<{ got: number | string | null }>;
    if (Number(row?.got) !== 1) throw new Error(`Another instance has been applying migrations for over ${LOCK_WAIT_SECONDS} s (lock ${MIGRATION_LOCK}).`);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await holder.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await holder.release();
  }
}
