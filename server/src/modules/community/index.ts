/**
 * Community (地域団体とマッチング): the group registry and its public directory. Recruitment
 * postings, consultations, introductions and consent-gated disclosure build on it.
 */
import { communityPersonalData } from './personal-data';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { District } from './district.entity';
import { CommunityGroup } from './community-group.entity';
import { CommunityGroupRevision } from './group-revision.entity';
import { GroupRegistry1764900000000 } from './migrations/1764900000000-GroupRegistry';
import { CommunityGroupService } from './community-group.service';
import { CommunityGroupHistoryResolver, CommunityGroupResolver } from './community-group.resolver';
import type { SystemWork } from '../../core/system';
import type { Job } from '../../core/jobs';
import { PostingReview, RecruitmentPosting } from './posting.entity';
import { RecruitmentPostings1764900000200 } from './migrations/1764900000200-RecruitmentPostings';
import { PostingService } from './posting.service';
import { PostingFieldsResolver, PostingResolver } from './posting.resolver';
import { LeafletQrResolver } from './leaflet-qr';
import { Consultation } from './consultation.entity';
import { Consultations1764900000300 } from './migrations/1764900000300-Consultations';
import { ConsultationService } from './consultation.service';
import { ConsultationResolver } from './consultation.resolver';
import type { AlumniCheck } from './consultation.service';
import { Introduction } from './introduction.entity';
import { Introductions1764900000400 } from './migrations/1764900000400-Introductions';
import { IntroductionService } from './introduction.service';
import { ConsultationIntroductionsResolver, IntroductionGroupResolver, IntroductionResolver } from './introduction.resolver';
import { DisclosureDecision, DisclosureEvent, DisclosureRequest } from './disclosure.entity';
import { Disclosures1764900000500 } from './migrations/1764900000500-Disclosures';
import { DisclosureService } from './disclosure.service';
import { DisclosureFieldsResolver, DisclosureResolver } from './disclosure.resolver';
import { DirectoryGroupResolver, DirectoryPostingResolver } from './directory.resolver';
import type { NoticeService } from '../notices';

export { CommunityGroup, GroupKind, GroupStatus } from './community-group.entity';
export { District } from './district.entity';
export { PostingStatus, RecruitmentPosting } from './posting.entity';
export { contactFlagsIn } from './posting.service';
export type { CommunityGroupService } from './community-group.service';
export { Consultation, ConsultationStatus } from './consultation.entity';
export { Introduction, IntroductionStatus } from './introduction.entity';
export type { ActivityRecorder } from './introduction.service';
export { DisclosureField, DisclosureRequest, DisclosureDecision, DisclosureEvent } from './disclosure.entity';

export const communityManifest: ModuleManifest = {
  name: 'community',
  personalTables: communityPersonalData,
  entities: [
    District,
    CommunityGroup,
    CommunityGroupRevision,
    RecruitmentPosting,
    PostingReview,
    Consultation,
    Introduction,
    DisclosureRequest,
    DisclosureDecision,
    DisclosureEvent,
  ],
  migrations: [GroupRegistry1764900000000, RecruitmentPostings1764900000200, Consultations1764900000300, Introductions1764900000400, Disclosures1764900000500],
  resolvers: [
    CommunityGroupResolver,
    CommunityGroupHistoryResolver,
    PostingResolver,
    PostingFieldsResolver,
    LeafletQrResolver,
    ConsultationResolver,
    IntroductionResolver,
    ConsultationIntroductionsResolver,
    IntroductionGroupResolver,
    DisclosureResolver,
    DisclosureFieldsResolver,
    DirectoryGroupResolver,
    DirectoryPostingResolver,
  ],
  publicCoordinates: [
    'Query.districts',
    'Query.groupDirectory',
    'Query.publicPostings',
    'Query.publicPosting',
    'PublicPosting.id',
    'PublicPosting.title',
    'PublicPosting.roleDescription',
    'PublicPosting.fieldCodes',
    'PublicPosting.districtCode',
    'PublicPosting.schedule',
    'PublicPosting.headcount',
    'PublicPosting.alumniWelcome',
    'PublicPosting.expiresOn',
    'PublicPosting.publishedAt',
    'PublicPosting.group',
    'PublicGroup.openPostings',
    'District.code',
    'District.nameJa',
    'District.nameEn',
    'District.sortOrder',
    'District.neighbourCodes',
    'PublicGroup.id',
    'PublicGroup.name',
    'PublicGroup.kind',
    'PublicGroup.fieldCodes',
    'PublicGroup.districtCode',
    'PublicGroup.publicDescription',
    'PublicGroup.publicContact',
  ],
};

export function buildCommunity(infra: Infrastructure, deps: { system: SystemWork; notices: NoticeService }) {
  const groups = new CommunityGroupService();
  const postings = new PostingService(deps.system);
  const introductions = new IntroductionService();
  const disclosures = new DisclosureService(deps.notices);
  const directoryPostings = new DirectoryPostingResolver();
  const consultations = new ConsultationService(postings, introductions);
  const jobs: Job[] = [{ name: 'community.expirePostings', intervalMs: infra.config.backgroundIntervalMs, run: (now) => postings.expire(now) }];
  return {
    groups,
    postings,
    consultations,
    introductions,
    disclosures,
    /** Wiring: who is an alumnus and what they studied, for every part that asks. */
    useAlumni(check: AlumniCheck): void {
      consultations.useAlumni(check);
      disclosures.useAlumni(check);
      directoryPostings.useAlumni(check);
    },
    jobs,
    resolvers: [
      new CommunityGroupResolver(groups),
      new CommunityGroupHistoryResolver(groups),
      new PostingResolver(postings),
      new PostingFieldsResolver(postings, groups),
      new LeafletQrResolver(postings, infra.config.publicUrl),
      new ConsultationResolver(consultations),
      new IntroductionResolver(introductions),
      new ConsultationIntroductionsResolver(introductions),
      new IntroductionGroupResolver(groups),
      new DisclosureResolver(disclosures),
      new DisclosureFieldsResolver(disclosures, groups),
      new DirectoryGroupResolver(postings),
      directoryPostings,
    ],
  };
}
