import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export const accountsLoaders = defineLoaders((ctx) => ({
  contractorById: new DataLoader<number, Contractor | null>(async (ids) => byKey(ids, await repo(ctx, Contractor).findBy({ id: In([...ids]) }), (c) => c.id)),
  accountById: new DataLoader<number, Account | null>(async (ids) => byKey(ids, await repo(ctx, Account).findBy({ id: In([...ids]) }), (a) => a.id)),
}));
