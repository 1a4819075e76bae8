/** Access tokens for staff roles the fixture does not seed (e.g. an auditor), without the login steps. */
import crypto from 'node:crypto';
import type { TestServer } from './server';
import { Account, AccountStatus, Session } from '../../server/src/modules/accounts';
import type { Role } from '../../server/src/modules/permissions';

export async function staffToken(t: TestServer, role: Role, contractorId: number | null = null): Promise<{ id: number; token: string }> {
  const now = new Date();
  const tag = crypto.randomBytes(3).toString('hex');
  const accounts = t.app.dataSource.getRepository(Account);
  const { identifiers } = await accounts.insert({
    loginId: `X${tag.toUpperCase()}`,
    role,
    name: `職員 ${tag}`,
    nameKana: 'ショクイン',
    email: `staff.${tag}@example.jp`,
    phone: null,
    residency: null,
    address: null,
    workplaceOrSchool: null,
    passwordHash: 'not used',
    contractorId,
    status: AccountStatus.ACTIVE,
    failedLoginCount: 0,
    lockedUntil: null,
    passwordChangedAt: now,
    emailVerifiedAt: now,
    // A second factor is on record, so the session has no pending steps.
    secondFactorAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const id = Number(identifiers[0].id);
  const sid = crypto.randomUUID();
  await t.app.dataSource
    .getRepository(Session)
    .insert({ id: sid, accountId: id, createdAt: now, expiresAt: new Date(now.getTime() + 24 * 3600_000), revokedAt: null, revokedReason: null });
  return { id, token: t.app.services.tokens.signAccess({ sub: String(id), sid, role }) };
}
