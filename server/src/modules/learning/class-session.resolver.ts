import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { Cohort } from '../catalog';
import { ClassSession } from './class-session.entity';
import { ClassSessionInput, ClassSessionPatternInput, ClassSessionUpdateInput } from './class-session.inputs';
import { ClassSessionChange } from './class-session-change.entity';
import { ClassSessionDraft } from './class-session.types';
import type { ClassSessionService } from './class-session.service';
import { learningLoaders } from './learning.loaders';

@Resolver(() => ClassSession)
export class ClassSessionResolver {
  constructor(private readonly sessions: ClassSessionService) {}

  @Allow(Permission.StudyOwn, Permission.AttendanceRecord)
  @Query(() => ClassSession, { description: 'One class session: staff within their field, a member of a cohort they are enrolled in.' })
  classSession(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<ClassSession> {
    return this.sessions.get(ctx, id);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => ClassSession, { description: 'Plan one class session of a cohort, within its period.' })
  createClassSession(@Arg('input', () => ClassSessionInput) input: ClassSessionInput, @Context() ctx: Ctx): Promise<ClassSession> {
    return this.sessions.create(ctx, input);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => ClassSession, { description: 'Change a planned session. A new time or venue needs a reason, is kept in its changes and tells the students.' })
  updateClassSession(@Arg('input', () => ClassSessionUpdateInput) input: ClassSessionUpdateInput, @Context() ctx: Ctx): Promise<ClassSession> {
    return this.sessions.update(ctx, input);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => ClassSession, { description: 'Cancel a session, with the reason the students are told. It leaves the completion denominator.' })
  cancelClassSession(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Context() ctx: Ctx): Promise<ClassSession> {
    return this.sessions.cancel(ctx, id, reason);
  }

  @Allow(Permission.AttendanceRecord)
  @Query(() => [ClassSessionDraft], { description: 'The sessions a weekly pattern would create (at most 200), in Tokyo time; nothing is saved.' })
  async previewClassSessions(@Arg('pattern', () => ClassSessionPatternInput) pattern: ClassSessionPatternInput, @Context() ctx: Ctx): Promise<ClassSessionDraft[]> {
    return (await this.sessions.preview(ctx, pattern)).drafts;
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => [ClassSession], { description: 'Create every session of a weekly pattern (at most 200), all or none.' })
  createClassSessions(@Arg('pattern', () => ClassSessionPatternInput) pattern: ClassSessionPatternInput, @Context() ctx: Ctx): Promise<ClassSession[]> {
    return this.sessions.createFromPattern(ctx, pattern);
  }

  @Allow(Permission.AttendanceRecord)
  @FieldResolver(() => [ClassSessionChange], { description: 'Reschedules, cancellation and other edits, oldest first.' })
  changes(@Root() session: ClassSession, @Context() ctx: Ctx): Promise<ClassSessionChange[]> {
    return learningLoaders(ctx).changesBySession.load(session.id);
  }
}

@Resolver(() => Cohort)
export class CohortClassSessionsResolver {
  @Allow(Permission.StudyOwn, Permission.AttendanceRecord)
  @FieldResolver(() => [ClassSession], { description: 'The cohort’s class sessions by start (members: only of a cohort they are enrolled in).' })
  classSessions(@Root() cohort: Cohort, @Context() ctx: Ctx): Promise<ClassSession[]> {
    return learningLoaders(ctx).sessionsByCohort.load(cohort.id);
  }
}
