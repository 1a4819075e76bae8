import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Ctx } from './context';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders';
import { Contractor } from '../modules/accounts/contractor.entity';
import { createIntakeLoaders } from '../modules/intake/intake.loaders';

/** The DataLoader set of one request. */
export function createLoaders(ctx: Omit<Ctx, 'loaders' | 'services'>) {
  return {
    catalog: createCatalogLoaders(ctx),
    intake: createIntakeLoaders(ctx),
    contractorById: new DataLoader<number, Contractor | null>(async (ids) => {
      const rows = await ctx.db.getRepository(Contractor).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
