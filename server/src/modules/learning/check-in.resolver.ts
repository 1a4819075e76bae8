import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { CheckIn } from './check-in.entity';
import { CheckInCode, CheckInResult } from './check-in.types';
import type { CheckInService } from './check-in.service';

@Resolver(() => CheckIn)
export class CheckInResolver {
  constructor(private readonly checkIns: CheckInService) {}

  @Allow(Permission.AttendanceRecord)
  @Query(() => CheckIn, { nullable: true, description: 'The QR check-in of a class session; null if it was never opened.' })
  classSessionCheckIn(@Arg('classSessionId', () => ID) classSessionId: string, @Context() ctx: Ctx): Promise<CheckIn | null> {
    return this.checkIns.state(ctx, classSessionId);
  }

  @Allow(Permission.AttendanceRecord)
  @Query(() => CheckInCode, { description: 'The check-in code to show now; it changes every 30 seconds (fetch again at expiresAt).' })
  checkInCode(@Arg('classSessionId', () => ID) classSessionId: string, @Context() ctx: Ctx): Promise<CheckInCode> {
    return this.checkIns.code(ctx, classSessionId);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => CheckIn, { description: 'Open QR self check-in for a class session (again, with a new key, after a close).' })
  openCheckIn(@Arg('classSessionId', () => ID) classSessionId: string, @Context() ctx: Ctx): Promise<CheckIn> {
    return this.checkIns.open(ctx, classSessionId);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => CheckIn)
  closeCheckIn(@Arg('classSessionId', () => ID) classSessionId: string, @Context() ctx: Ctx): Promise<CheckIn> {
    return this.checkIns.close(ctx, classSessionId);
  }

  @Allow(Permission.StudyOwn)
  @Mutation(() => CheckInResult, {
    description: 'Check in to a class session with the code scanned from the console: marks me present, during the session’s time window only.',
  })
  checkIn(@Arg('classSessionId', () => ID) classSessionId: string, @Arg('code', () => String) code: string, @Context() ctx: Ctx): Promise<CheckInResult> {
    return this.checkIns.checkIn(ctx, classSessionId, code);
  }
}
