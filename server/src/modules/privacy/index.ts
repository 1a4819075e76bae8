/** Privacy: the notice members accept, and the register of personal information built from the @Personal marks. */
import type { Infrastructure, ModuleManifest } from '../../core/module';
import { PrivacyService } from './privacy.service';
import { PrivacyResolver } from './privacy.resolver';

export { PrivacyService } from './privacy.service';

export const privacyManifest: ModuleManifest = {
  name: 'privacy',
  entities: [],
  migrations: [],
  resolvers: [PrivacyResolver],
  publicCoordinates: ['Query.privacyNotice', 'PrivacyNotice.version', 'PrivacyNotice.purposeJa', 'PrivacyNotice.purposeEn'],
};

export function buildPrivacy({ config }: Infrastructure) {
  const privacy = new PrivacyService(config);
  return { privacy, resolvers: [new PrivacyResolver(privacy)] };
}
