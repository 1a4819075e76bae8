import type { CatalogService } from '../catalog';
import type { NoticeService } from '../notices';
import type { SystemWork } from '../../core/system';

/** What the learning module needs from the modules built before it. */
export interface LearningDeps {
  catalog: CatalogService;
  notices: NoticeService;
  system: SystemWork;
}
