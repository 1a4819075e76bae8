// The TypeORM DataSource for the CLI (e.g. `npx typeorm -d ormconfig.ts migration:show`).
// The server builds the same one from its validated configuration.
import { loadConfig } from './server/src/config';
import { createDataSource } from './server/src/db/data-source';

const config = loadConfig();
export default createDataSource({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
