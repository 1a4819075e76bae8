import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { placeholders, readRows } from '../../core/rows';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** A nested account never carries the password hash or the login counters. */
const NOT_SHOWN = ['passwordHash', 'failedLoginCount', 'lockedUntil', 'passwordChangedAt'] as const;

export const accountsLoaders = defineLoaders((ctx) => ({
  contractorById: new DataLoader<number, Contractor | null>(async (ids) => byKey(ids, await repo(ctx, Contractor).findBy({ id: In([...ids]) }), (c) => c.id)),
  accountById: new DataLoader<number, Account | null>(async (ids) =>
    byKey(ids, await readRows(ctx.em, Account, 'a', `WHERE a.id IN (${placeholders(ids)})`, [...ids], [...NOT_SHOWN]), (a) => a.id),
  ),
}));
