import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict } from '../../core/errors';
import { lockMode } from '../../core/tx';
import { Account, Consent, ConsentKind, ConsentSource, isDuplicateKey } from '../accounts';
import { Role } from '../permissions';
import { PrivacyNoticeVersion } from './privacy-notice.entity';
import { PrivacyNoticeState, type PrivacyNoticeInput, type PrivacyNoticeVersionView } from './privacy-notice.types';

/** YYYY-MM, optionally -suffix (lower-case letters or digits): 2027-04, 2027-04-b. */
export const NOTICE_VERSION = /^\d{4}-(0[1-9]|1[0-2])(-[a-z0-9]{1,8})?$/;
export const NOTICE_TEXT_MAX = 10_000;
/** A version may take effect this long before it is published (the form's clock, the network). */
const PAST_TOLERANCE_MS = 60_000;

/**
 * The versions of the privacy notice and the members' answers to them. The notice in force is
 * the latest version whose effectiveFrom has passed (before the first one takes effect: the
 * first one). A member whose latest answer in the consent ledger names another version is asked
 * again (the session's pending step ACCEPT_PRIVACY_NOTICE, accounts module); their answer is a
 * new ledger row, never a change to one.
 */
export class PrivacyNoticeService {
  /** The version in force at ctx.now. */
  async current(ctx: Ctx): Promise<PrivacyNoticeVersion> {
    const versions = repo(ctx, PrivacyNoticeVersion);
    const now = await versions.createQueryBuilder('v').where('v.effectiveFrom <= :now', { now: ctx.now }).orderBy('v.effectiveFrom', 'DESC').addOrderBy('v.id', 'DESC').getOne();
    if (now) return now;
    const first = await versions.createQueryBuilder('v').orderBy('v.effectiveFrom', 'ASC').addOrderBy('v.id', 'ASC').getOne();
    if (!first) throw new Error('no privacy notice version (migration PrivacyNoticeVersions seeds the first)');
    return first;
  }

  /** Every version, newest first, with how many members accepted and declined each. */
  async list(ctx: Ctx): Promise<PrivacyNoticeVersionView[]> {
    const [rows, current] = await Promise.all([repo(ctx, PrivacyNoticeVersion).find({ order: { effectiveFrom: 'DESC', id: 'DESC' } }), this.current(ctx)]);
    const counts = (await ctx.em.query(
      'SELECT c.version AS version, COUNT(DISTINCT CASE WHEN c.granted = 1 THEN c.accountId END) AS accepted, COUNT(DISTINCT CASE WHEN c.granted = 0 THEN c.accountId END) AS declined ' +
        'FROM consent c WHERE c.kind = ? GROUP BY c.version',
      [ConsentKind.PRIVACY_NOTICE],
    )) as Array<{ version: string; accepted: number | string; declined: number | string }>;
    const byVersion = new Map(counts.map((c) => [c.version, c]));
    return rows.map((v) => ({
      id: String(v.id),
      version: v.version,
      textJa: v.textJa,
      textEn: v.textEn,
      effectiveFrom: v.effectiveFrom,
      publishedAt: v.publishedAt,
      publishedBy: v.publishedBy === null ? null : String(v.publishedBy),
      state: v.id === current.id ? PrivacyNoticeState.CURRENT : v.effectiveFrom > ctx.now ? PrivacyNoticeState.SCHEDULED : PrivacyNoticeState.SUPERSEDED,
      acceptedCount: Number(byVersion.get(v.version)?.accepted ?? 0),
      declinedCount: Number(byVersion.get(v.version)?.declined ?? 0),
    }));
  }

  /** A ward administrator publishes a new version; it is never edited or removed afterwards. */
  async publish(ctx: Ctx, input: PrivacyNoticeInput): Promise<PrivacyNoticeVersionView> {
    const version = typeof input.version === 'string' ? input.version.trim() : '';
    if (!NOTICE_VERSION.test(version)) throw badField('version', 'privacyNotices.versionFormat', 'Write the version as YYYY-MM, e.g. 2027-04 (optionally followed by -b).');
    const textJa = input.textJa.trim();
    const textEn = input.textEn.trim();
    for (const [field, text] of [
      ['textJa', textJa],
      ['textEn', textEn],
    ] as const) {
      if (!text) throw badField(field, 'validation.blank', 'Enter the text of the notice.');
      if (text.length > NOTICE_TEXT_MAX) throw badField(field, 'validation.length', `The text may have up to ${NOTICE_TEXT_MAX} characters.`);
    }
    const effectiveFrom = input.effectiveFrom;
    if (effectiveFrom.getTime() < ctx.now.getTime() - PAST_TOLERANCE_MS) {
      throw badField('effectiveFrom', 'privacyNotices.effectiveInPast', 'A new version cannot take effect in the past.');
    }
    const versions = repo(ctx, PrivacyNoticeVersion);
    // Versions follow each other: the new one takes effect after every one already published.
    const [latest] = await versions.find({ order: { effectiveFrom: 'DESC' }, take: 1, ...lockMode(ctx.em) });
    if (latest && effectiveFrom <= latest.effectiveFrom) {
      throw badField('effectiveFrom', 'privacyNotices.effectiveBeforeLatest', 'The new version must take effect after the latest one already published.');
    }
    if (await versions.existsBy({ version })) throw versionTaken(version);
    let id: number;
    try {
      const inserted = await versions.insert({ version, textJa, textEn, effectiveFrom, publishedAt: ctx.now, publishedBy: ctx.user!.accountId });
      id = Number(inserted.identifiers[0].id);
    } catch (error) {
      if (isDuplicateKey(error)) throw versionTaken(version);
      throw error;
    }
    ctx.audit.target('PrivacyNoticeVersion', id);
    const published = (await this.list(ctx)).find((v) => v.id === String(id));
    return published!;
  }

  /** The member accepts the version in force. Accepting it again writes nothing (idempotent). */
  accept(ctx: Ctx, version: string): Promise<boolean> {
    return this.answer(ctx, version, true);
  }

  /** The member declines the version in force: the account stays, limited to export and erasure, and they can still accept later. */
  decline(ctx: Ctx, version: string): Promise<boolean> {
    return this.answer(ctx, version, false);
  }

  private async answer(ctx: Ctx, version: string, granted: boolean): Promise<boolean> {
    const accountId = ctx.user!.accountId;
    // The account row under a lock: two answers at once are written one after the other.
    const account = await repo(ctx, Account).findOne({ select: { id: true, role: true }, where: { id: accountId }, ...lockMode(ctx.em) });
    if (!account || account.role !== Role.MEMBER) throw conflict('privacyRenewal.membersOnly', 'Only members answer the privacy notice.');
    const current = await this.current(ctx);
    if (version !== current.version) {
      throw conflict('privacyRenewal.notCurrent', 'The privacy notice has changed since it was shown. Please read the current one.', { version: current.version });
    }
    const [latest] = await repo(ctx, Consent).find({ where: { accountId, kind: ConsentKind.PRIVACY_NOTICE }, order: { id: 'DESC' }, take: 1 });
    ctx.audit.target('Account', accountId);
    if (latest && latest.version === current.version && latest.granted === granted) return true;
    await repo(ctx, Consent).insert({
      accountId,
      kind: ConsentKind.PRIVACY_NOTICE,
      version: current.version,
      granted,
      source: ConsentSource.SELF,
      recordedBy: null,
      acceptedAt: ctx.now,
    });
    return true;
  }
}

const versionTaken = (version: string) =>
  conflict('privacyNotices.versionTaken', 'This version already exists: versions are never changed. Choose a new version code.', { version });
