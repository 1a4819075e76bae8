// Starts the bench's baseline server (see baseline.ts) on $PORT with the server's own configuration.
process.env.TZ = 'UTC';
import { loadConfig } from '../../config';
import { createBaseline } from './baseline';

void (async () => {
  const config = loadConfig();
  const { app } = await createBaseline(config);
  app.listen(config.port, () => process.stdout.write('ready\n'));
})();
