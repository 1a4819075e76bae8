import type { Config } from '../config';
import { PasswordHasher } from './auth/passwords';
import { TokenService } from './auth/tokens';
import { AccountService } from '../modules/accounts/account.service';
import { ContractorService } from '../modules/accounts/contractor.service';
import { CatalogService } from '../modules/catalog/catalog.service';
import { PrivacyService } from '../modules/privacy/privacy.service';

/** Stateless services shared by all requests; request state travels in the context. */
export function createServices(config: Config) {
  const hasher = new PasswordHasher({ memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost });
  const tokens = new TokenService({
    secret: config.jwtSecret,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    ttlSeconds: config.accessTokenTtlSeconds,
  });
  return {
    hasher,
    tokens,
    accounts: new AccountService(config, hasher, tokens),
    contractors: new ContractorService(),
    catalog: new CatalogService(),
    privacy: new PrivacyService(config),
  };
}

export type Services = ReturnType<typeof createServices>;
