import { Ctx as Context, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import type { StaffHomeService } from './staff-home.service';
import { StaffHome } from './staff-home.types';

@Resolver()
export class StaffHomeResolver {
  constructor(private readonly service: StaffHomeService) {}

  @Allow(Permission.CatalogReadInternal)
  @Query(() => StaffHome, {
    description: 'Pending work by cohort (applications to review, lotteries, results, offers about to lapse) and counts, within the caller’s field scope.',
  })
  staffHome(@Context() ctx: Ctx): Promise<StaffHome> {
    return this.service.home(ctx);
  }
}
