import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission, SELF } from '../permissions';
import { Attendance } from './attendance.entity';
import { AttendanceChange } from './attendance-change.entity';
import { AttendanceGridCellInput, SessionAttendanceEntryInput } from './attendance.inputs';
import { AttendanceGrid, CourseAttendanceStatus, MyAttendance, SessionAttendance } from './attendance.types';
import type { AttendanceService } from './attendance.service';
import { learningLoaders } from './learning.loaders';

@Resolver(() => Attendance)
export class AttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Allow(Permission.AttendanceRecord)
  @Query(() => SessionAttendance, { description: 'A session’s attendance sheet: its students by student number, each with the recorded status or `present`.' })
  sessionAttendance(@Arg('classSessionId', () => ID) classSessionId: string, @Context() ctx: Ctx): Promise<SessionAttendance> {
    return this.attendance.sessionAttendance(ctx, classSessionId);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => SessionAttendance, {
    description: 'Save a session’s sheet: listed students get their status, every other student `present`. A correction after the session’s day needs a reason.',
  })
  saveSessionAttendance(
    @Arg('classSessionId', () => ID) classSessionId: string,
    @Arg('entries', () => [SessionAttendanceEntryInput]) entries: SessionAttendanceEntryInput[],
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<SessionAttendance> {
    return this.attendance.saveSessionAttendance(ctx, classSessionId, entries, reason);
  }

  @Allow(Permission.StudyOwn, Permission.AttendanceRecord, Permission.CatalogManage)
  @Query(() => [CourseAttendanceStatus], { description: 'A course’s effective attendance statuses: the defaults, replaced per code by the course’s own, ordered.' })
  attendanceStatuses(@Arg('courseId', () => ID) courseId: string, @Context() ctx: Ctx): Promise<CourseAttendanceStatus[]> {
    return this.attendance.statuses(ctx, courseId);
  }

  @Allow(Permission.CatalogManage, Permission.AttendanceRecord)
  @Mutation(() => [CourseAttendanceStatus], {
    description: 'Set whether a status counts as attended for a course (adds the code when new); refused once a session of the course has started.',
  })
  setCourseAttendanceStatus(
    @Arg('courseId', () => ID) courseId: string,
    @Arg('code', () => String) code: string,
    @Arg('countsAsAttended', () => Boolean) countsAsAttended: boolean,
    @Arg('label', () => String, { nullable: true, description: 'The name of a new code (required for it; up to 20 characters); ignored for the default codes.' })
    label: string | null,
    @Arg('labelEn', () => String, { nullable: true, description: 'Its English name, for the English screens (up to 40).' }) labelEn: string | null,
    @Context() ctx: Ctx,
  ): Promise<CourseAttendanceStatus[]> {
    return this.attendance.setCourseStatus(ctx, courseId, code, countsAsAttended, { label, labelEn });
  }

  @Allow(Permission.AttendanceRecord)
  @Query(() => AttendanceGrid, { description: 'A cohort’s attendance grid: sessions by start, students by student number, a cell per pair (null: not recorded).' })
  attendanceGrid(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<AttendanceGrid> {
    return this.attendance.grid(ctx, cohortId);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => AttendanceGrid, { description: 'Save cells of a cohort’s grid, all or none. A correction after a session’s day needs a reason.' })
  saveAttendanceGrid(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('cells', () => [AttendanceGridCellInput]) cells: AttendanceGridCellInput[],
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<AttendanceGrid> {
    return this.attendance.saveGrid(ctx, cohortId, cells, reason);
  }

  @Allow(Permission.StudyOwn)
  @Query(() => MyAttendance, { description: 'My attendance in a cohort I am enrolled in: each session with my status (null: not recorded) and its changes.' })
  myAttendance(@Arg('cohortId', () => ID) cohortId: string, @Context() ctx: Ctx): Promise<MyAttendance> {
    return this.attendance.mine(ctx, cohortId);
  }

  @Allow(SELF, Permission.AttendanceRecord)
  @FieldResolver(() => [AttendanceChange], { description: 'Every change of this record after it was first written, oldest first.' })
  changes(@Root() attendance: Attendance, @Context() ctx: Ctx): Promise<AttendanceChange[]> {
    return learningLoaders(ctx).changesByAttendance.load(attendance.id);
  }
}
