import crypto from 'node:crypto';
import { MoreThan, LessThanOrEqual, And, type DataSource, type EntityManager } from 'typeorm';
import type { AuditRow } from '../../core/audit';
import { lockMode } from '../../core/tx';
import { AuditEntry } from './audit-entry.entity';
import { AuditChainHead, CHAIN_HEAD_ID } from './audit-chain-head.entity';

/**
 * The audit log's hash chain. Each row stores hash = sha-256(canonical content + the previous
 * row's hash) and that previous hash; the first row follows GENESIS_HASH. The ip is not
 * covered directly but through ipDigest = salt:sha-256(salt|ip) with a random per-row salt, so
 * an erasure may set ip to NULL (pseudonymisation) and the chain still holds, while a changed
 * ip no longer matches its digest.
 */
export const GENESIS_HASH = '0'.repeat(64);
const FORMAT = 'audit-chain-v1';

/** What the chain hash covers, as stored. */
export interface ChainedContent {
  at: Date;
  actorId: number | null;
  actorRole: string;
  action: string;
  outcome: string;
  operation: string | null;
  targetType: string | null;
  targetIdList: string | null;
  fieldList: string | null;
  reason: string | null;
  ipDigest: string | null;
  requestId: string | null;
  /** The members the row is about, "1,2" (the access history's index); null when none or not stored. */
  subjectIdList?: string | null;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The column is a datetime without fractions on MySQL: rows are stored, and hashed, to the second. */
export function toStoredSecond(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 1000) * 1000);
}

/** ISO 8601 in UTC, to the second. */
function isoSecond(at: Date): string {
  return toStoredSecond(at).toISOString().slice(0, 19) + 'Z';
}

/** Fixed field order, explicit nulls, dates in UTC to the second. */
export function canonicalContent(c: ChainedContent, prevHash: string): string {
  return JSON.stringify([
    FORMAT,
    isoSecond(c.at),
    c.actorId ?? null,
    c.actorRole,
    c.action,
    c.outcome,
    c.operation ?? null,
    c.targetType ?? null,
    c.targetIdList ?? null,
    c.fieldList ?? null,
    c.reason ?? null,
    c.ipDigest ?? null,
    c.requestId ?? null,
    c.subjectIdList ?? null,
    prevHash,
  ]);
}

export function chainHash(c: ChainedContent, prevHash: string): string {
  return sha256(canonicalContent(c, prevHash));
}

/** "salt:digest" for an ip, with a fresh salt unless one is given; null for no ip. */
export function ipDigest(ip: string | null, salt = crypto.randomBytes(16).toString('hex')): string | null {
  return ip === null ? null : `${salt}:${sha256(`${salt}|${ip}`)}`;
}

/** Whether the stored digest is the one of this ip. */
export function ipMatches(ip: string, digest: string | null): boolean {
  if (!digest) return false;
  const colon = digest.indexOf(':');
  return colon > 0 && ipDigest(ip, digest.slice(0, colon)) === digest;
}

export type ChainedRow = Omit<AuditRow, 'ip' | 'subjectIds'> & { ip: string | null; ipDigest: string | null; subjectIdList: string | null; prevHash: string; hash: string };

/** A row as stored: at to the second, its ip digest, linked to prevHash. */
export function chainRow(row: AuditRow, prevHash: string): ChainedRow {
  const { subjectIds, ...rest } = row;
  const content = { ...rest, at: toStoredSecond(row.at), ipDigest: ipDigest(row.ip ?? null), subjectIdList: subjectIds?.length ? [...new Set(subjectIds)].join(',') : null };
  return { ...content, prevHash, hash: chainHash(content, prevHash) };
}

/**
 * Appends rows to the chain inside the caller's transaction: the head read FOR UPDATE (on
 * MySQL; SQLite transactions are serial already), one multi-row insert, the head updated.
 * Returns the new rows' ids, in order, for anything stored beside them in the same transaction.
 */
export async function appendToChain(em: EntityManager, rows: AuditRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const heads = em.getRepository(AuditChainHead);
  const head = await heads.findOne({ where: { id: CHAIN_HEAD_ID }, ...lockMode(em) });
  if (!head) throw new Error('audit_chain_head has no row: run the migrations');
  let prev = head.lastHash;
  const chained = rows.map((row) => {
    const c = chainRow(row, prev);
    prev = c.hash;
    return c;
  });
  const result = await em.getRepository(AuditEntry).insert(chained);
  const ids = result.identifiers.map((identifier) => Number(identifier?.id));
  if (ids.length !== rows.length || !ids.every(Number.isInteger)) throw new Error('the audit insert returned no ids');
  await heads.update({ id: CHAIN_HEAD_ID }, { lastId: ids[ids.length - 1], lastHash: prev });
  return ids;
}

export type ChainProblem = 'content changed' | 'chain broken' | 'row missing' | 'not chained';

export interface ChainReport {
  ok: boolean;
  /** Rows found intact before the first broken one (all of them when ok). */
  checked: number;
  /** The id of the first broken row (for 'row missing' at the end: the id the head names). */
  brokenId: number | null;
  problem: ChainProblem | null;
  detail: string | null;
  /** What the command prints. */
  lines: string[];
}

/**
 * Walks the chain in id order, in batches, up to the head as it was when the walk began
 * (rows appended meanwhile are left for the next run). Names the first broken row and why:
 * its content no longer gives its hash (or its ip its digest), its link does not follow the
 * row before (a row before it was removed or rewritten), it carries no hash at all, or rows
 * the head names are gone from the end.
 */
export async function verifyAuditChain(dataSource: DataSource, options: { batchSize?: number } = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 1000;
  const head = await dataSource.getRepository(AuditChainHead).findOneBy({ id: CHAIN_HEAD_ID });
  const done = (checked: number, broken?: { id: number | null; problem: ChainProblem; detail: string }): ChainReport => {
    if (!broken) return { ok: true, checked, brokenId: null, problem: null, detail: null, lines: [`checked ${checked} rows: OK`] };
    return {
      ok: false,
      checked,
      brokenId: broken.id,
      problem: broken.problem,
      detail: broken.detail,
      lines: [`checked ${checked} rows: BROKEN at row ${broken.id ?? '?'}: ${broken.problem} (${broken.detail})`],
    };
  };
  if (!head) return done(0, { id: null, problem: 'row missing', detail: 'the chain head (audit_chain_head, id 1) is missing' });
  const repo = dataSource.getRepository(AuditEntry);
  let prev = GENESIS_HASH;
  let checked = 0;
  let after = 0;
  const end = head.lastId ?? 0;
  while (after < end) {
    const batch = await repo.find({ where: { id: And(MoreThan(after), LessThanOrEqual(end)) }, order: { id: 'ASC' }, take: batchSize });
    if (batch.length === 0) break;
    for (const row of batch) {
      if (!row.hash || !row.prevHash) return done(checked, { id: row.id, problem: 'not chained', detail: 'the row has no hash: it was not written by the audit log' });
      if (row.ip !== null && !ipMatches(row.ip, row.ipDigest)) return done(checked, { id: row.id, problem: 'content changed', detail: 'the ip does not match its digest' });
      if (chainHash(row, row.prevHash) !== row.hash) return done(checked, { id: row.id, problem: 'content changed', detail: 'the content does not give its hash' });
      if (row.prevHash !== prev) return done(checked, { id: row.id, problem: 'chain broken', detail: 'it does not follow the row before it: a row was removed or rewritten' });
      prev = row.hash;
      checked++;
    }
    after = batch[batch.length - 1].id;
  }
  if (prev !== head.lastHash) return done(checked, { id: head.lastId, problem: 'row missing', detail: `the chain ends before the row the head names (${head.lastId ?? 'none'})` });
  return done(checked);
}
