import DataLoader from 'dataloader';
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow, Public } from '../../core/auth/access';
import { defineLoaders } from '../../core/loaders';
import { Permission } from '../permissions';
import { PublicGroup } from './community-group.types';
import { PublicPosting } from './posting.types';
import type { PostingService } from './posting.service';
import type { AlumniCheck } from './consultation.service';

/**
 * The directory's extras: a group's open postings (public, like the top page), and for alumni
 * whether a posting especially welcomes alumni of a field they studied (decided from their
 * completions on the server).
 */
@Resolver(() => PublicGroup)
export class DirectoryGroupResolver {
  private readonly loaders: (ctx: Ctx) => { postings: DataLoader<number, PublicPosting[]> };

  constructor(postings: PostingService) {
    this.loaders = defineLoaders((ctx) => ({
      postings: new DataLoader<number, PublicPosting[]>(async (ids) => {
        const all = await postings.published(ctx, {});
        return ids.map((id) => all.filter((p) => p.group.id === id));
      }),
    }));
  }

  @Public()
  @FieldResolver(() => [PublicPosting], { description: 'The group’s published, unexpired postings.' })
  openPostings(@Root() group: PublicGroup, @Context() ctx: Ctx): Promise<PublicPosting[]> {
    return this.loaders(ctx).postings.load(group.id);
  }
}

@Resolver(() => PublicPosting)
export class DirectoryPostingResolver {
  private readonly loaders: (ctx: Ctx) => { studied: DataLoader<number, string[]> };
  private alumni: AlumniCheck | null = null;

  constructor() {
    this.loaders = defineLoaders((ctx) => ({
      studied: new DataLoader<number, string[]>((ids) => Promise.all(ids.map((id) => this.alumni!.studiedFields(ctx, id)))),
    }));
  }

  useAlumni(check: AlumniCheck): void {
    this.alumni = check;
  }

  @Allow(Permission.StudyOwn)
  @FieldResolver(() => Boolean, { description: 'For a logged-in member: the posting especially welcomes alumni of a field they completed (false for others).' })
  async welcomesMe(@Root() posting: PublicPosting, @Context() ctx: Ctx): Promise<boolean> {
    if (!posting.alumniWelcome.length) return false;
    const studied = await this.loaders(ctx).studied.load(ctx.user!.accountId);
    return posting.alumniWelcome.some((f) => studied.includes(f));
  }
}
