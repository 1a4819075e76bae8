import crypto from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { AppError } from '../../core/errors';
import { sha256 } from '../../core/auth/tokens';
import { AccountToken, TokenPurpose } from './account-token.entity';

export const linkInvalid = () => new AppError('BAD_USER_INPUT', 'auth.linkInvalid', 'This link is invalid, already used or expired. Please ask for a new one.');

export function newSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * A one-time token. `mailed` tokens get their hash when the mail is sent (notices/mailer.ts);
 * others are minted here and the secret is returned to the caller, once.
 */
export async function issueToken(
  ctx: Ctx,
  accountId: number,
  purpose: TokenPurpose,
  minutes: number,
  options: { mailed?: boolean; email?: string | null } = {},
): Promise<{ id: number; secret: string | null }> {
  const secret = options.mailed ? null : newSecret();
  const result = await repo(ctx, AccountToken).insert({
    accountId,
    purpose,
    tokenHash: secret ? sha256(secret) : null,
    email: options.email ?? null,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + minutes * 60_000),
    usedAt: null,
  });
  return { id: Number(result.identifiers[0].id), secret };
}

/** The live token behind a secret, or null (unknown, used, expired or of another purpose). */
export async function findToken(ctx: Ctx, secret: unknown, purposes: TokenPurpose[]): Promise<AccountToken | null> {
  if (typeof secret !== 'string' || secret.length < 20 || secret.length > 100) return null;
  const token = await repo(ctx, AccountToken).findOneBy({ tokenHash: sha256(secret), usedAt: IsNull(), expiresAt: MoreThan(ctx.now) });
  return token && purposes.includes(token.purpose) ? token : null;
}

/** Uses the token up with a compare-and-set: of two requests with the same link, one wins. */
export async function consumeToken(ctx: Ctx, token: AccountToken): Promise<void> {
  const claimed = await repo(ctx, AccountToken).update({ id: token.id, usedAt: IsNull() }, { usedAt: ctx.now });
  if (!claimed.affected) throw linkInvalid();
}

/** Ends the account's open tokens of these purposes (a newer link replaces the older ones). */
export async function retireTokens(ctx: Ctx, accountId: number, purposes: TokenPurpose[]): Promise<void> {
  for (const purpose of purposes) {
    await repo(ctx, AccountToken).update({ accountId, purpose, usedAt: IsNull(), expiresAt: MoreThan(ctx.now) }, { expiresAt: ctx.now });
  }
}
