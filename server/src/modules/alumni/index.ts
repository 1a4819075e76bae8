/**
 * Alumni (卒業生) follow-up: who is an alumnus (from completions, never a flag), the notices
 * alumni read, and consent to follow-up surveys in the consent ledger. Surveys and activity
 * records build on this.
 */
import type { Infrastructure, ModuleManifest } from '../../core/module';
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

export const alumniManifest: ModuleManifest = {
  name: 'alumni',
  entities: [ActivityRecord, ActivityRecordVersion],
  migrations: [ActivityRecords1764700000100],
  resolvers: [ConsentResolver, AccountConsentResolver, ActivityResolver, AccountActivityResolver],
  publicCoordinates: [],
};

export function buildAlumni(_infra: Infrastructure, deps: { intakeAudiences: IntakeAudiences }) {
  const audiences = new AlumniAudiences(deps.intakeAudiences);
  const consents = new ConsentService();
  const activity = new ActivityService(consents);
  return {
    audiences,
    consents,
    activity,
    resolvers: [new ConsentResolver(consents), new AccountConsentResolver(consents), new ActivityResolver(activity), new AccountActivityResolver(activity)],
  };
}
