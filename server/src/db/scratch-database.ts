import crypto from 'node:crypto';

/**
 * A fresh MySQL/MariaDB database next to the one `url` names, for a test file or a bench run:
 * created with the collation the migrations expect, dropped by `drop()`.
 */
export async function createScratchDatabase(url: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const mysql = await import('mysql2/promise');
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  parsed.pathname = `/${name}`;
  return {
    url: parsed.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}
