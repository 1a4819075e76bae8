import DataLoader from 'dataloader';
import { Arg, Ctx as Context, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { FieldCode } from '../catalog';
import { Permission } from '../permissions';
import { CommunityGroup, GroupStatus } from './community-group.entity';
import { CommunityGroupRevision } from './group-revision.entity';
import { District } from './district.entity';
import { CommunityGroupInput, CommunityGroupStatusInput, DistrictInput } from './community-group.inputs';
import { PublicGroup } from './community-group.types';
import type { CommunityGroupService } from './community-group.service';

@Resolver()
export class CommunityGroupResolver {
  constructor(private readonly groups: CommunityGroupService) {}

  @Public()
  @Query(() => [District], { description: 'The ward’s districts (地区), in their order.' })
  districts(@Context() ctx: Ctx): Promise<District[]> {
    return this.groups.districts(ctx);
  }

  @Allow(Permission.DistrictManage)
  @Mutation(() => [District], { description: 'Add or change a district (ward administrators): names, order and neighbours. Districts are never removed.' })
  saveDistrict(@Arg('input', () => DistrictInput) input: DistrictInput, @Context() ctx: Ctx): Promise<District[]> {
    return this.groups.saveDistrict(ctx, input);
  }

  @Public()
  @Query(() => [PublicGroup], { description: 'The directory of active registered groups: their public part only.' })
  groupDirectory(
    @Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null,
    @Arg('districtCode', () => String, { nullable: true }) districtCode: string | null,
    @Context() ctx: Ctx,
  ): Promise<PublicGroup[]> {
    return this.groups.directory(ctx, fieldCode, districtCode);
  }

  @Allow(Permission.CommunityManage)
  @Query(() => [CommunityGroup], { description: 'The group registry (ward community staff), by name; reading the representative is audited.' })
  communityGroups(
    @Arg('status', () => GroupStatus, { nullable: true }) status: GroupStatus | null,
    @Arg('fieldCode', () => FieldCode, { nullable: true }) fieldCode: FieldCode | null,
    @Arg('districtCode', () => String, { nullable: true }) districtCode: string | null,
    @Arg('text', () => String, { nullable: true, description: 'Part of the name (full-width and spaces folded).' }) text: string | null,
    @Context() ctx: Ctx,
  ): Promise<CommunityGroup[]> {
    return this.groups.list(ctx, { status, fieldCode, districtCode, text });
  }

  @Allow(Permission.CommunityManage)
  @Query(() => CommunityGroup)
  communityGroup(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<CommunityGroup> {
    return this.groups.get(ctx, id);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => CommunityGroup, { description: 'Register a group after its interview (団体登録).' })
  registerCommunityGroup(@Arg('input', () => CommunityGroupInput) input: CommunityGroupInput, @Context() ctx: Ctx): Promise<CommunityGroup> {
    return this.groups.register(ctx, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => CommunityGroup, { description: 'Correct a group: compared with the version seen; the change is kept in its history.' })
  updateCommunityGroup(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => CommunityGroupInput) input: CommunityGroupInput,
    @Context() ctx: Ctx,
  ): Promise<CommunityGroup> {
    return this.groups.update(ctx, id, expectedVersion, input);
  }

  @Allow(Permission.CommunityManage)
  @Mutation(() => CommunityGroup, { description: 'Suspend or end a group (with a reason), or make it active again.' })
  setCommunityGroupStatus(@Arg('input', () => CommunityGroupStatusInput) input: CommunityGroupStatusInput, @Context() ctx: Ctx): Promise<CommunityGroup> {
    return this.groups.setStatus(ctx, input);
  }
}

@Resolver(() => CommunityGroup)
export class CommunityGroupHistoryResolver {
  private readonly loaders: (ctx: Ctx) => { revisions: DataLoader<number, CommunityGroupRevision[]> };

  constructor(groups: CommunityGroupService) {
    this.loaders = defineLoaders((ctx) => ({ revisions: new DataLoader<number, CommunityGroupRevision[]>((ids) => groups.revisionsOf(ctx, ids)) }));
  }

  @Allow(Permission.CommunityManage)
  @FieldResolver(() => [CommunityGroupRevision], { description: 'The edit history, newest first.' })
  revisions(@Root() group: CommunityGroup, @Context() ctx: Ctx): Promise<CommunityGroupRevision[]> {
    return this.loaders(ctx).revisions.load(group.id);
  }
}
