// `npm run verify-audit`: walks the audit log's hash chain (modules/audit/audit-chain.ts) on the
// configured database (DATABASE_URL, else the embedded SQLite file under DATA_DIR) and prints the
// number of rows checked and OK, or the first broken row and why.
// Exit status: 0 the chain holds, 1 it is broken, 2 the check could not run.
process.env.TZ = 'UTC';
import 'reflect-metadata';
import fs from 'node:fs';
import { loadConfig } from '../config';
import { createDataSource, detectFlavour } from '../db/data-source';
import { verifyAuditChain } from '../modules/audit';

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(config.sqlitePath)) {
    console.error(`no database at ${config.sqlitePath} (set DATABASE_URL or DATA_DIR)`);
    return 2;
  }
  const flavour = config.databaseUrl ? await detectFlavour(config.databaseUrl) : undefined;
  const dataSource = createDataSource({ databaseUrl: config.databaseUrl, flavour, sqlitePath: config.sqlitePath });
  await dataSource.initialize();
  try {
    const report = await verifyAuditChain(dataSource);
    for (const line of report.lines) console.log(line);
    return report.ok ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`cannot verify the audit log: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
