/** Notices (お知らせ) to members, cohorts, fields, everyone or the public, their read state, and the mail outbox. */
import { noticesPersonalData } from './personal-data';
import type { Job } from '../../core/jobs';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { CatalogService } from '../catalog';
import { Notice } from './notice.entity';
import { NoticeRead } from './notice-read.entity';
import { MailOutbox } from './mail-outbox.entity';
import { Mailer } from './mailer';
import { NoticeService } from './notice.service';
import { NoticeResolver } from './notice.resolver';
import { NoticesTables1764400000100 } from './migrations/1764400000100-NoticesTables';
import { OutboxToken1764400000200 } from './migrations/1764400000200-OutboxToken';
import { NoticeDrafts1764500100200 } from './migrations/1764500100200-NoticeDrafts';
import { NoticeAudienceIndex1764900001200 } from './migrations/1764900001200-NoticeAudienceIndex';
import { NoticeRevision } from './notice-revision.entity';

export { Notice, NoticeAudience, NoticeKind } from './notice.entity';
export { NoticeRead } from './notice-read.entity';
export { NoticeRevision, NoticeRevisionKind } from './notice-revision.entity';
export { MailOutbox } from './mail-outbox.entity';
export { Mailer, noticeWaitingMail } from './mailer';
export { NoticeService, type AlumniReach, type MemberNotice, type MemberPlaces, type NoticeAudiences, type NoticeReach } from './notice.service';

export const noticesManifest: ModuleManifest = {
  name: 'notices',
  personalTables: noticesPersonalData,
  entities: [Notice, NoticeRead, MailOutbox, NoticeRevision],
  migrations: [NoticesTables1764400000100, OutboxToken1764400000200, NoticeDrafts1764500100200, NoticeAudienceIndex1764900001200],
  resolvers: [NoticeResolver],
  publicCoordinates: ['Query.publicNotices', 'PublicNotice.id', 'PublicNotice.title', 'PublicNotice.body', 'PublicNotice.createdAt'],
};

export function buildNotices(infra: Infrastructure, deps: { catalog: CatalogService }) {
  const mailer = new Mailer(infra.config, infra.logger, infra.database);
  const notices = new NoticeService(deps.catalog, mailer);
  const jobs: Job[] = [{ name: 'mail.outbox', intervalMs: infra.config.backgroundIntervalMs, run: (now) => mailer.dispatch(now) }];
  return { mailer, notices, jobs, resolvers: [new NoticeResolver(notices)] };
}
