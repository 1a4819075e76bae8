import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { repo, type Ctx } from '../../core/context';
import { defineLoaders } from '../../core/loaders';
import { placeholders, readRows } from '../../core/rows';
import { Account } from './account.entity';
import { Contractor } from './contractor.entity';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** A nested account never carries the password hash or the login counters. */
const NOT_SHOWN = ['passwordHash', 'failedLoginCount', 'lockedUntil', 'passwordChangedAt', 'totpSecret', 'totpPendingSecret', 'totpLastStep'] as const;

/** Counts per account in one statement: `SELECT accountId, COUNT(*) … GROUP BY accountId`. */
async function countsBy(ctx: Ctx, table: string, ids: readonly number[], extra = ''): Promise<number[]> {
  const rows = (await ctx.em.query(`SELECT accountId, COUNT(*) AS n FROM ${table} WHERE accountId IN (${placeholders(ids)}) ${extra} GROUP BY accountId`, [...ids])) as {
    accountId: number;
    n: number | string;
  }[];
  const map = new Map(rows.map((r) => [Number(r.accountId), Number(r.n)]));
  return ids.map((id) => map.get(id) ?? 0);
}

export const accountsLoaders = defineLoaders((ctx) => ({
  contractorById: new DataLoader<number, Contractor | null>(async (ids) => byKey(ids, await repo(ctx, Contractor).findBy({ id: In([...ids]) }), (c) => c.id)),
  accountById: new DataLoader<number, Account | null>(async (ids) =>
    byKey(ids, await readRows(ctx.em, Account, 'a', `WHERE a.id IN (${placeholders(ids)})`, [...ids], [...NOT_SHOWN]), (a) => a.id),
  ),
  /** Whether TOTP is enrolled, without reading the (encrypted) secret out of the database. */
  totpEnrolled: new DataLoader<number, boolean>(async (ids) => {
    const rows = (await ctx.em.query(`SELECT id FROM account WHERE id IN (${placeholders(ids)}) AND totpSecret IS NOT NULL`, [...ids])) as { id: number }[];
    const enrolled = new Set(rows.map((r) => Number(r.id)));
    return ids.map((id) => enrolled.has(id));
  }),
  passkeyCount: new DataLoader<number, number>((ids) => countsBy(ctx, 'passkey', ids)),
  recoveryCodesLeft: new DataLoader<number, number>((ids) => countsBy(ctx, 'recovery_code', ids, 'AND usedAt IS NULL')),
}));
