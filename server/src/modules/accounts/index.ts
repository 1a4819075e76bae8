/** Accounts: members and staff, consent, login sessions and refresh tokens, contractors. Depends on no other module. */
import { PasswordHasher } from '../../core/auth/passwords';
import { TokenService } from '../../core/auth/tokens';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { Account } from './account.entity';
import { Consent } from './consent.entity';
import { Contractor } from './contractor.entity';
import { Session } from './session.entity';
import { RefreshToken } from './refresh-token.entity';
import { LoginFailure } from './login-failure.entity';
import { AccountService } from './account.service';
import { ContractorService } from './contractor.service';
import { AccountResolver, ContractorResolver } from './accounts.resolver';
import { AccountsTables1764300000100 } from './migrations/1764300000100-AccountsTables';

export { Account, AccountStatus, Residency } from './account.entity';
export { Consent } from './consent.entity';
export { Contractor } from './contractor.entity';
export { Session } from './session.entity';
export { RefreshToken } from './refresh-token.entity';
export { LoginFailure } from './login-failure.entity';
export { AccountService, isDuplicateKey, normaliseEmail, type IssuedSession } from './account.service';
export { ContractorService } from './contractor.service';
export { accountsLoaders } from './accounts.loaders';

export const accountsManifest: ModuleManifest = {
  name: 'accounts',
  entities: [Contractor, Account, Consent, Session, RefreshToken, LoginFailure],
  migrations: [AccountsTables1764300000100],
  resolvers: [AccountResolver, ContractorResolver],
  publicCoordinates: [
    'Query.me',
    'Mutation.register',
    'Mutation.login',
    'Mutation.refreshSession',
    'RegisterPayload.loginId',
    'AuthPayload.accessToken',
    'AuthPayload.refreshToken',
    'AuthPayload.expiresIn',
    'AuthPayload.account',
  ],
};

export function buildAccounts({ config }: Infrastructure) {
  const hasher = new PasswordHasher({ memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost });
  const tokens = new TokenService({ secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience, ttlSeconds: config.accessTokenTtlSeconds });
  const accounts = new AccountService(config, hasher, tokens);
  const contractors = new ContractorService();
  return { hasher, tokens, accounts, contractors, resolvers: [new AccountResolver(accounts), new ContractorResolver(contractors)] };
}
