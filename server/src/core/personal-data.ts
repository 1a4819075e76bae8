import type { EntityManager } from 'typeorm';
import type { Ctx } from './context';

/**
 * Where each table holding a member's personal information finds that member's rows, and how
 * its columns read in the member's export (開示). Modules declare their tables in their manifest;
 * the export, the erasure and the register's tests loop over the declarations, so a column added
 * to a declared table is exported without anyone remembering to. A table with an @Personal mark
 * and no declaration fails tests/personal-data-export.test.ts.
 */

/** The parts of the export, in the order the document shows them. */
export const EXPORT_SECTIONS = {
  account: 'アカウントと登録内容',
  consents: '同意の記録',
  applications: '受講の申込',
  learning: '受講・出欠・修了',
  followUp: '修了後の活動と追跡調査',
  community: '地域団体へのお引き合わせ',
  notices: 'お知らせとメール',
  security: 'ログインと安全のための記録',
} as const;

export type ExportSection = keyof typeof EXPORT_SECTIONS;

/** How a table's rows are tied to the member: a column holding the account id, or a column pointing at a row of another declared table. */
export type PersonalOwner = { column: string } | { column: string; parent: Function };

export interface PersonalTable {
  entity: Function;
  section: ExportSection;
  /** What one row is, in the member's words (e.g. 申込). */
  titleJa: string;
  owner: PersonalOwner;
  /** Columns never exported: hashes, secrets, claim tokens. */
  secret?: readonly string[];
  /** Japanese labels of the columns the readable document shows; every marked column needs one. */
  labels: Readonly<Record<string, string>>;
  /** Japanese words for coded values, by column. */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Marked getters (the API's view) and the columns that store them, e.g. fieldCodes → fieldCodeList. */
  stored?: Readonly<Record<string, string>>;
  /** Column the rows are ordered by (default: the primary key). */
  orderBy?: string;
  /** What erasure (削除) does to the member's rows; see ErasureRule. */
  erase: ErasureRule;
}

/** A value written over a personal column at erasure: fixed, or made from the row's id (to stay unique). */
export type Overwrite = string | number | boolean | null | ((id: number) => string);

/**
 * What erasure does to a table's rows of the member:
 * - 'delete': the rows go;
 * - keep: the rows stay in the pseudonymous ledger (statistics, certificate verification, student
 *   numbers never reused), with `overwrite` written over the personal columns. `kept` names the
 *   marked columns the ledger keeps because, once the name is gone, they say nothing about who the
 *   person was (a student number, an attendance status, an outcome). tests/personal-data-export
 *   checks that every marked column of a kept table is in one of the two;
 * - custom: a function of the module's that rewrites the rows itself (e.g. survey answers keep
 *   their choices and lose their free text), in the erasure's transaction.
 */
export type ErasureRule =
  | 'delete'
  | { keep: { overwrite: Readonly<Record<string, Overwrite>>; kept?: readonly string[] } }
  | { custom: (em: EntityManager, rowIds: number[]) => Promise<void>; kept?: readonly string[] };

export const YES_NO: Readonly<Record<string, string>> = { true: 'はい', false: 'いいえ' };

/**
 * Erases one member (削除): every personal value in every declared table, leaving the
 * pseudonymous ledger. Written by the privacy module's erasure; the retention purge calls it for
 * accounts left unused past their period (reason 'retention'). Runs in the caller's transaction.
 */
export interface MemberEraser {
  eraseMember(ctx: Ctx, accountId: number, reason: 'retention'): Promise<void>;
}
