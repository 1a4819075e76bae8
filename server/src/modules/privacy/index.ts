/** Privacy: the notice members accept, and the register of personal information built from the @Personal marks. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { PersonalTable } from '../../core/personal-data';
import { AccessHistory } from '../audit';
import { PrivacyService } from './privacy.service';
import { PrivacyResolver } from './privacy.resolver';
import { PersonalExportService } from './personal-export.service';
import { PersonalExportResolver } from './personal-export.resolver';
import { PersonalTables } from './personal-tables';
import { ErasureRequest } from './erasure-request.entity';
import { ErasureService } from './erasure.service';
import { ErasureResolver } from './erasure.resolver';
import { ErasureRequests1764900000900 } from './migrations/1764900000900-ErasureRequests';
import { privacyPersonalData } from './personal-data';
import { PrivacyNoticeVersion } from './privacy-notice.entity';
import { PrivacyNoticeService } from './privacy-notice.service';
import { AccountNoticeResolver, PrivacyNoticeResolver } from './privacy-notice.resolver';
import { PrivacyNoticeVersions1764900000800 } from './migrations/1764900000800-PrivacyNoticeVersions';
import type { Mailer, NoticeService } from '../notices';
import type { Job } from '../../core/jobs';
import type { SystemWork } from '../../core/system';
import { RetentionService } from './retention.service';
import { RetentionRegisterResolver, RetentionResolver } from './retention.resolver';

export { PrivacyService } from './privacy.service';
export { PersonalExportService, type PersonalDataDocument } from './personal-export.service';
export { ErasureService } from './erasure.service';
export { RetentionService, INACTIVE_NOTICE_KEY } from './retention.service';
export { ErasureRequest, ErasureChannel, ErasureReason, ErasureStatus } from './erasure-request.entity';

export const privacyManifest: ModuleManifest = {
  name: 'privacy',
  personalTables: privacyPersonalData,
  entities: [ErasureRequest, PrivacyNoticeVersion],
  migrations: [ErasureRequests1764900000900, PrivacyNoticeVersions1764900000800],
  resolvers: [PrivacyResolver, PersonalExportResolver, ErasureResolver, PrivacyNoticeResolver, AccountNoticeResolver, RetentionResolver, RetentionRegisterResolver],
  publicCoordinates: ['Query.privacyNotice', 'PrivacyNotice.version', 'PrivacyNotice.purposeJa', 'PrivacyNotice.purposeEn', 'PrivacyNotice.effectiveFrom'],
};

/** The retention purge needs no more than an hourly round. */
const RETENTION_INTERVAL_MS = 3600_000;

export function buildPrivacy({ config }: Infrastructure, deps: { personalTables: readonly PersonalTable[]; notices: NoticeService; mailer: Mailer; system?: SystemWork }) {
  const notices = new PrivacyNoticeService();
  const privacy = new PrivacyService(notices);
  const history = new AccessHistory(config.siteContact.section);
  const tables = new PersonalTables(deps.personalTables);
  const exports = new PersonalExportService(tables, (ctx, accountId, offset, limit) => history.page(ctx, accountId, offset, limit));
  const erasure = new ErasureService(config, tables, deps.notices, deps.mailer);
  // The retention purge erases unused accounts through the erasure; it runs on every instance (system: modules/index.ts).
  const retention = new RetentionService(config, erasure, deps.notices, deps.system ?? null);
  const jobs: Job[] = deps.system
    ? [{ name: 'privacy.retention', intervalMs: Math.max(config.backgroundIntervalMs, RETENTION_INTERVAL_MS), run: (now) => retention.purge(now) }]
    : [];
  return {
    privacy,
    exports,
    erasure,
    retention,
    jobs,
    resolvers: [
      new PrivacyResolver(privacy),
      new PersonalExportResolver(exports, history),
      new ErasureResolver(erasure),
      new PrivacyNoticeResolver(notices),
      new AccountNoticeResolver(),
      new RetentionResolver(retention),
      new RetentionRegisterResolver(retention),
    ],
  };
}
