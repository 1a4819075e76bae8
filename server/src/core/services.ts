import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { AppLogger } from './logger';
import { PasswordHasher } from './auth/passwords';
import { TokenService } from './auth/tokens';
import { Mailer } from './mail';
import { AccountService } from '../modules/accounts/account.service';
import { ContractorService } from '../modules/accounts/contractor.service';
import { CatalogService } from '../modules/catalog/catalog.service';
import { PrivacyService } from '../modules/privacy/privacy.service';
import { ApplicationService } from '../modules/intake/application.service';
import { SelectionService } from '../modules/intake/selection.service';
import { EnrollmentService } from '../modules/intake/enrollment.service';
import { NoticeService } from '../modules/notices/notice.service';

/** Stateless services shared by all requests; request state travels in the context. */
export function createServices(config: Config, logger: AppLogger) {
  const hasher = new PasswordHasher({ memoryKiB: config.argon2MemoryKiB, timeCost: config.argon2TimeCost });
  const tokens = new TokenService({
    secret: config.jwtSecret,
    issuer: config.jwtIssuer,
    audience: config.jwtAudience,
    ttlSeconds: config.accessTokenTtlSeconds,
  });
  const mailer = new Mailer(config, logger);
  /** Sends queued mail soon after a commit, without making the request wait for SMTP. */
  const kickMail = (db: DataSource): void => {
    setImmediate(() => {
      if (db.isInitialized) mailer.dispatch(db).catch((error) => logger.warn({ err: { message: (error as Error).message } }, 'mail dispatch failed'));
    });
  };
  const notices = new NoticeService();
  return {
    config,
    hasher,
    tokens,
    mailer,
    accounts: new AccountService(config, hasher, tokens),
    contractors: new ContractorService(),
    catalog: new CatalogService(),
    privacy: new PrivacyService(config),
    applications: new ApplicationService(),
    selection: new SelectionService(),
    enrollments: new EnrollmentService(config, notices, kickMail),
    notices,
    kickMail,
  };
}

export type Services = ReturnType<typeof createServices>;
