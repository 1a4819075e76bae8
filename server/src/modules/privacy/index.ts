/** Privacy: the notice members accept, and the register of personal information built from the @Personal marks. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import type { PersonalTable } from '../../core/personal-data';
import { AccessHistory } from '../audit';
import { PrivacyService } from './privacy.service';
import { PrivacyResolver } from './privacy.resolver';
import { PersonalExportService } from './personal-export.service';
import { PersonalExportResolver } from './personal-export.resolver';

export { PrivacyService } from './privacy.service';
export { PersonalExportService, type PersonalDataDocument } from './personal-export.service';

export const privacyManifest: ModuleManifest = {
  name: 'privacy',
  entities: [],
  migrations: [],
  resolvers: [PrivacyResolver, PersonalExportResolver],
  publicCoordinates: ['Query.privacyNotice', 'PrivacyNotice.version', 'PrivacyNotice.purposeJa', 'PrivacyNotice.purposeEn'],
};

export function buildPrivacy({ config }: Infrastructure, deps: { personalTables: readonly PersonalTable[] }) {
  const privacy = new PrivacyService(config);
  const history = new AccessHistory(config.siteContact.section);
  const exports = new PersonalExportService(deps.personalTables, (ctx, accountId, offset, limit) => history.page(ctx, accountId, offset, limit));
  return { privacy, exports, resolvers: [new PrivacyResolver(privacy), new PersonalExportResolver(exports, history)] };
}
