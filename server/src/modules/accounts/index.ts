/** Accounts: members and staff, consent, login sessions and refresh tokens, contractors. Depends on no other module. */
import { accountsPersonalData } from './personal-data';
import { ConsentLedger1764700000000 } from './migrations/1764700000000-ConsentLedger';
import { PasswordHasher } from '../../core/auth/passwords';
import { TokenService } from '../../core/auth/tokens';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { Job } from '../../core/jobs';
import type { SystemWork } from '../../core/system';
import { Account } from './account.entity';
import { Consent } from './consent.entity';
import { Contractor } from './contractor.entity';
import { Session } from './session.entity';
import { RefreshToken } from './refresh-token.entity';
import { LoginFailure } from './login-failure.entity';
import { AccountService } from './account.service';
import { ContractorService } from './contractor.service';
import { AccountResolver, ContractorResolver } from './accounts.resolver';
import { AccountToken } from './account-token.entity';
import { RecoveryCode } from './recovery-code.entity';
import { ThrottleBucket } from './throttle-bucket.entity';
import { AccountChange } from './account-change.entity';
import { Passkey } from './passkey.entity';
import { AccountHistory } from './account-history';
import { SecondFactorService } from './second-factor.service';
import { AccountRecoveryService } from './account-recovery.service';
import { StaffAdminService } from './staff-admin.service';
import { AccountsTables1764300000100 } from './migrations/1764300000100-AccountsTables';
import { AccountSecurity1764300000300 } from './migrations/1764300000300-AccountSecurity';
import { AccountSearch1764500100100 } from './migrations/1764500100100-AccountSearch';
import { MemberService } from './member.service';
import { AccountSearchSubscriber } from './search-form';

export { Account, AccountStatus, PendingAction, Residency } from './account.entity';
export { AccountToken, TokenPurpose } from './account-token.entity';
export type { AccountMail, AccountMailTemplate } from './account-mail';
export { SecondFactorMethod, EmailConfirmationKind } from './login-steps';
export { Consent, ConsentKind, ConsentSource } from './consent.entity';
export { Contractor } from './contractor.entity';
export { Session } from './session.entity';
export { RefreshToken } from './refresh-token.entity';
export { LoginFailure } from './login-failure.entity';
export { AccountService, isDuplicateKey, normaliseEmail, pendingActionsOf, type IssuedSession } from './account.service';
export { ContractorService, addressAllowed, isValidCidr } from './contractor.service';
export { accountsLoaders } from './accounts.loaders';
export { MemberService, type MemberScope } from './member.service';
export { searchForm } from './search-form';
export { tooManyRequests, withinLimit } from './throttle';

export const accountsManifest: ModuleManifest = {
  name: 'accounts',
  personalTables: accountsPersonalData,
  entities: [Contractor, Account, Consent, Session, RefreshToken, LoginFailure, AccountToken, RecoveryCode, ThrottleBucket, AccountChange, Passkey],
  migrations: [AccountsTables1764300000100, AccountSecurity1764300000300, AccountSearch1764500100100, ConsentLedger1764700000000],
  subscribers: [AccountSearchSubscriber],
  resolvers: [AccountResolver, ContractorResolver],
  publicCoordinates: [
    'Query.me',
    'Mutation.register',
    'Mutation.login',
    'Mutation.loginSecondFactor',
    'Mutation.passkeyLoginOptions',
    'Mutation.refreshSession',
    'Mutation.confirmEmail',
    'Mutation.requestPasswordReset',
    'Mutation.requestLoginIdReminder',
    'Mutation.resetPassword',
    'Mutation.recoverLoginId',
    'AuthPayload.accessToken',
    'AuthPayload.refreshToken',
    'AuthPayload.expiresIn',
    'AuthPayload.account',
    'AuthPayload.secondFactor',
    'SecondFactorChallenge.token',
    'SecondFactorChallenge.methods',
    'SecondFactorChallenge.expiresIn',
    'EmailConfirmation.loginId',
    'EmailConfirmation.kind',
    'RecoveryResult.loginId',
  ],
};

export function buildAccounts({ config, logger }: Infrastructure, deps: { system: SystemWork }) {
  const hasher = new PasswordHasher({ memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost });
  const tokens = new TokenService({ secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTokenTtlSeconds });
  const history = new AccountHistory();
  const secondFactor = new SecondFactorService(config, history);
  const accounts = new AccountService(config, hasher, tokens, history, secondFactor);
  const recovery = new AccountRecoveryService(config, hasher, accounts, history, deps.system, logger);
  const staffAdmin = new StaffAdminService(hasher, accounts, secondFactor, history);
  const contractors = new ContractorService();
  const members = new MemberService();
  const jobs: Job[] = [{ name: 'accounts.purgeUnconfirmed', intervalMs: config.backgroundIntervalMs, run: (now) => recovery.purgeUnconfirmed(deps.system, now) }];
  return {
    jobs,
    hasher,
    tokens,
    accounts,
    recovery,
    secondFactor,
    contractors,
    members,
    resolvers: [new AccountResolver(accounts, recovery, secondFactor, staffAdmin, history, members), new ContractorResolver(contractors)],
  };
}
