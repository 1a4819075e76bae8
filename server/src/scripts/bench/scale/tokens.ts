// Access tokens for the generated accounts: the data set writes no sessions and its staff have no
// TOTP secret, so the bench and the tests open a session row and sign its token, as login would.
import crypto from 'node:crypto';
import type { App } from '../../../app';
import type { Role } from '../../../core/auth/roles';
import { Session } from '../../../modules/accounts';

const SESSION_HOURS = 8;

export async function sessionToken(app: App, accountId: number, role: Role, now = new Date()): Promise<string> {
  const id = crypto.randomUUID();
  await app.dataSource
    .getRepository(Session)
    .insert({ id, accountId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000), revokedAt: null, revokedReason: null });
  return app.services.tokens.signAccess({ sub: String(accountId), sid: id, role });
}
