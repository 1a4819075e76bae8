/**
 * Alumni (卒業生) follow-up: who is an alumnus (from completions, never a flag), the notices
 * alumni read, and consent to follow-up surveys in the consent ledger. Surveys and activity
 * records build on this.
 */
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

export { FOLLOW_UP_NOTICE_VERSION, type ConsentWithdrawn } from './consent.service';
export { ActivityRecord, ActivityRecordVersion, ActivitySource } from './activity-record.entity';
export { InvitationStatus, Survey, SurveyInvitation, SurveyVersion, SurveyWave, SurveyWaveStatus } from './survey.entity';

export const alumniManifest: ModuleManifest = {
  name: 'alumni',
  entities: [ActivityRecord, ActivityRecordVersion, Survey, SurveyVersion, SurveyWave, SurveyInvitation],
  migrations: [ActivityRecords1764700000100, Surveys1764700000200],
  resolvers: [ConsentResolver, AccountConsentResolver, ActivityResolver, AccountActivityResolver, SurveyResolver, AccountSurveysResolver],
  publicCoordinates: [],
};

export function buildAlumni(infra: Infrastructure, deps: { intakeAudiences: IntakeAudiences; catalog: CatalogService; notices: NoticeService; system: SystemWork }) {
  const audiences = new AlumniAudiences(deps.intakeAudiences);
  const consents = new ConsentService();
  const activity = new ActivityService(consents);
  const surveys = new SurveyService(deps.catalog, deps.notices, consents, activity, deps.system);
  consents.onWithdrawn(surveys);
  const jobs: Job[] = [{ name: 'alumni.surveyWaves', intervalMs: infra.config.backgroundIntervalMs, run: (now) => surveys.runWaves(now) }];
  return {
    audiences,
    consents,
    activity,
    surveys,
    jobs,
    resolvers: [
      new ConsentResolver(consents),
      new AccountConsentResolver(consents),
      new ActivityResolver(activity),
      new AccountActivityResolver(activity),
      new SurveyResolver(surveys),
      new AccountSurveysResolver(surveys),
    ],
  };
}
