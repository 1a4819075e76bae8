import { Arg, Ctx as Context, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../core/context';
import { Allow } from '../../core/auth/access';
import { Permission } from '../permissions';
import { AttendanceImportPreview, AttendanceImportResult } from './attendance-import.types';
import type { AttendanceImportService } from './attendance-import.service';

const FILE = 'The CSV file, base64-encoded: UTF-8 (with or without a BOM) or Shift_JIS as Excel writes it; at most 2 MB and 5,000 cells.';
const SESSION = 'Given: the per-session sheet (columns 学籍番号 and 状態). Not given: the grid (学籍番号, then one column per session, headed by its date or id).';

@Resolver()
export class AttendanceImportResolver {
  constructor(private readonly imports: AttendanceImportService) {}

  @Allow(Permission.AttendanceRecord)
  @Query(() => AttendanceImportPreview, { description: 'What an attendance CSV file would record, with every error named by row and column. Writes nothing.' })
  previewAttendanceCsv(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('fileBase64', () => String, { description: FILE }) fileBase64: string,
    @Arg('classSessionId', () => ID, { nullable: true, description: SESSION }) classSessionId: string | null,
    @Context() ctx: Ctx,
  ): Promise<AttendanceImportPreview> {
    return this.imports.preview(ctx, cohortId, fileBase64, classSessionId ?? null);
  }

  @Allow(Permission.AttendanceRecord)
  @Mutation(() => AttendanceImportResult, {
    description: 'Records an attendance CSV file in one transaction; with any error in the file nothing is written (BAD_USER_INPUT lists them).',
  })
  applyAttendanceCsv(
    @Arg('cohortId', () => ID) cohortId: string,
    @Arg('fileBase64', () => String, { description: FILE }) fileBase64: string,
    @Arg('classSessionId', () => ID, { nullable: true, description: SESSION }) classSessionId: string | null,
    @Arg('reason', () => String, { nullable: true, description: 'Needed when the file changes records after their session’s day.' }) reason: string | null,
    @Context() ctx: Ctx,
  ): Promise<AttendanceImportResult> {
    return this.imports.apply(ctx, cohortId, fileBase64, classSessionId ?? null, reason ?? null);
  }
}
