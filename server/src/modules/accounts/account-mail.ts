import type { Ctx } from '../../core/context';

/**
 * Mail about the account itself. Each holds at most a one-time link and generic text: never
 * the login ID, never personal data (plain-text mail can be read in transit).
 */
export type AccountMailTemplate = 'confirm-registration' | 'registration-attempt' | 'confirm-email-change' | 'email-changed' | 'password-reset' | 'login-id-reminder';

/**
 * Queues account mail in the caller's transaction. Implemented by the notices module's outbox,
 * which depends on accounts; modules/index.ts wires it in (accounts.useMail).
 */
export interface AccountMail {
  queue(ctx: Ctx, mail: { accountId: number; template: AccountMailTemplate; tokenId?: number | null }): Promise<void>;
}
