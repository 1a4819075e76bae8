/**
 * Alumni (卒業生) follow-up: who is an alumnus (from completions, never a flag), the notices
 * alumni read, and consent to follow-up surveys in the consent ledger. Surveys and activity
 * records build on this.
 */
import { alumniPersonalData } from './personal-data';
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { Job } from '../../core/jobs';
import type { SystemWork } from '../../core/system';
import type { CatalogService } from '../catalog';
import type { NoticeService } from '../notices';
import { Survey, SurveyInvitation, SurveyVersion, SurveyWave } from './survey.entity';
import { Surveys1764700000200 } from './migrations/1764700000200-Surveys';
import { SurveyService } from './survey.service';
import { AccountSurveysResolver, SurveyResolver } from './survey.resolver';
import type { IntakeAudiences } from '../intake';
import { AlumniAudiences } from './alumni.audiences';
import { ConsentService } from './consent.service';
import { AccountConsentResolver, ConsentResolver } from './consent.resolver';
import { ActivityRecord, ActivityRecordVersion } from './activity-record.entity';
import { ActivityRecords1764700000100 } from './migrations/1764700000100-ActivityRecords';
import { ActivityService } from './activity.service';
import { AccountActivityResolver, ActivityResolver } from './activity.resolver';
import crypto from 'node:crypto';
import { GroupNote } from './group-note.entity';
import { GroupNotes1764800000000 } from './migrations/1764800000000-GroupNotes';
import { ActivityGroup1764900000100 } from './migrations/1764900000100-ActivityGroup';
import type { CommunityGroupService } from '../community';
import { GroupNoteService } from './group-note.service';
import { AccountGroupNotesResolver, GroupNoteResolver } from './group-note.resolver';
import { SurveyResultsService } from './survey-results.service';

export { FOLLOW_UP_NOTICE_VERSION, type ConsentWithdrawn } from './consent.service';
export { ActivityRecord, ActivityRecordVersion, ActivitySource } from './activity-record.entity';
export { GroupNote, GroupNoteKind } from './group-note.entity';
export { SurveyQuestionKind } from './survey.types';
export { InvitationStatus, Survey, SurveyInvitation, SurveyVersion, SurveyWave, SurveyWaveStatus } from './survey.entity';

export const alumniManifest: ModuleManifest = {
  name: 'alumni',
  personalTables: alumniPersonalData,
  entities: [ActivityRecord, ActivityRecordVersion, Survey, SurveyVersion, SurveyWave, SurveyInvitation, GroupNote],
  migrations: [ActivityRecords1764700000100, Surveys1764700000200, GroupNotes1764800000000, ActivityGroup1764900000100],
  resolvers: [
    ConsentResolver,
    AccountConsentResolver,
    ActivityResolver,
    AccountActivityResolver,
    SurveyResolver,
    AccountSurveysResolver,
    GroupNoteResolver,
    AccountGroupNotesResolver,
  ],
  publicCoordinates: [],
};

export function buildAlumni(
  infra: Infrastructure,
  deps: { intakeAudiences: IntakeAudiences; catalog: CatalogService; notices: NoticeService; system: SystemWork; groups: CommunityGroupService },
) {
  const audiences = new AlumniAudiences(deps.intakeAudiences);
  const consents = new ConsentService();
  const activity = new ActivityService(consents, deps.groups);
  const surveys = new SurveyService(deps.catalog, deps.notices, consents, activity, deps.system, deps.groups);
  consents.onWithdrawn(surveys);
  // The alumnus code of exports: derived from the secrets key, so it is stable but cannot be turned back without it.
  const results = new SurveyResultsService(surveys, deps.groups, Buffer.from(crypto.hkdfSync('sha256', infra.config.secretsKey, 'college-portal', 'alumnus-code', 32)));
  const groupNotes = new GroupNoteService(consents, deps.groups);
  const jobs: Job[] = [{ name: 'alumni.surveyWaves', intervalMs: infra.config.backgroundIntervalMs, run: (now) => surveys.runWaves(now) }];
  return {
    audiences,
    consents,
    activity,
    surveys,
    results,
    groupNotes,
    jobs,
    resolvers: [
      new ConsentResolver(consents),
      new AccountConsentResolver(consents),
      new ActivityResolver(activity),
      new AccountActivityResolver(activity),
      new SurveyResolver(surveys, results),
      new AccountSurveysResolver(surveys),
      new GroupNoteResolver(groupNotes),
      new AccountGroupNotesResolver(groupNotes),
    ],
  };
}
