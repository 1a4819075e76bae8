/**
 * Community (地域団体とマッチング): the group registry and its public directory. Recruitment
 * postings, consultations, introductions and consent-gated disclosure build on it.
 */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { District } from './district.entity';
import { CommunityGroup } from './community-group.entity';
import { CommunityGroupRevision } from './group-revision.entity';
import { GroupRegistry1764900000000 } from './migrations/1764900000000-GroupRegistry';
import { CommunityGroupService } from './community-group.service';
import { CommunityGroupHistoryResolver, CommunityGroupResolver } from './community-group.resolver';

export { CommunityGroup, GroupKind, GroupStatus } from './community-group.entity';
export { District } from './district.entity';
export type { CommunityGroupService } from './community-group.service';

export const communityManifest: ModuleManifest = {
  name: 'community',
  entities: [District, CommunityGroup, CommunityGroupRevision],
  migrations: [GroupRegistry1764900000000],
  resolvers: [CommunityGroupResolver, CommunityGroupHistoryResolver],
  publicCoordinates: [
    'Query.districts',
    'Query.groupDirectory',
    'District.code',
    'District.nameJa',
    'District.nameEn',
    'District.sortOrder',
    'PublicGroup.id',
    'PublicGroup.name',
    'PublicGroup.kind',
    'PublicGroup.fieldCodes',
    'PublicGroup.districtCode',
    'PublicGroup.publicDescription',
    'PublicGroup.publicContact',
  ],
};

export function buildCommunity(_infra: Infrastructure) {
  const groups = new CommunityGroupService();
  return { groups, jobs: [], resolvers: [new CommunityGroupResolver(groups), new CommunityGroupHistoryResolver(groups)] };
}
