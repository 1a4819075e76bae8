import DataLoader from 'dataloader';
import { In, type FindOptionsSelect } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** What a nested account can show: never the password hash or the login counters. */
const SHOWN: FindOptionsSelect<Account> = {
  id: true,
  loginId: true,
  role: true,
  name: true,
  nameKana: true,
  email: true,
  phone: true,
  residency: true,
  address: true,
  workplaceOrSchool: true,
  contractorId: true,
  status: true,
  createdAt: true,
  updatedAt: true,
};

export const accountsLoaders = defineLoaders((ctx) => ({
  contractorById: new DataLoader<number, Contractor | null>(async (ids) => byKey(ids, await repo(ctx, Contractor).findBy({ id: In([...ids]) }), (c) => c.id)),
  accountById: new DataLoader<number, Account | null>(async (ids) => byKey(ids, await repo(ctx, Account).find({ select: SHOWN, where: { id: In([...ids]) } }), (a) => a.id)),
}));
