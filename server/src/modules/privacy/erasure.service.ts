import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { badField, conflict, notFound, parseId } from '../../core/errors';
import { lockMode } from '../../core/tx';
import type { Overwrite, PersonalTable } from '../../core/personal-data';
import { NoticeKind, type Mailer, type NoticeService } from '../notices';
import { Permission, Role } from '../permissions';
import { ErasureChannel, ErasureReason, ErasureRequest, ErasureStatus } from './erasure-request.entity';
import type { PersonalTables } from './personal-tables';

const DAY_MS = 24 * 3600_000;

/**
 * Erasure (削除): a member asks on my page, or staff record a request made in person after an
 * identity check; after the cooling-off period a ward administrator carries it out. The erasure
 * walks the modules' declarations (core/personal-data.ts) in one transaction: rows go, or stay in
 * the pseudonymous ledger with their personal columns overwritten; the account becomes a tombstone
 * that cannot log in; the audit log's rows by the member lose their ip. A crash rolls it all back,
 * so there is never a half-erased member who can still log in.
 */
export class ErasureService {
  constructor(
    private readonly config: Config,
    private readonly personal: PersonalTables,
    private readonly notices: NoticeService,
    private readonly mailer: Mailer,
  ) {}

  /** The member's own request, from my page. */
  async requestOwn(ctx: Ctx): Promise<ErasureRequest> {
    const accountId = ctx.user!.accountId;
    return this.open(ctx, accountId, { channel: ErasureChannel.SELF, reason: ErasureReason.MEMBER_REQUEST, identityChecked: true });
  }

  /** A request made in person, by post or through a representative, recorded by ward staff after an identity check. */
  async record(ctx: Ctx, accountIdArg: string, channel: ErasureChannel, reason: ErasureReason, identityChecked: boolean): Promise<ErasureRequest> {
    if (!identityChecked) throw badField('identityChecked', 'privacy.identityNotChecked', 'Check who is asking (an identity document) before recording the request.');
    if (channel === ErasureChannel.SELF) throw badField('channel', 'validation.select', 'A request recorded by staff comes from the counter, the post or a representative.');
    const accountId = parseId(accountIdArg, 'member');
    return this.open(ctx, accountId, { channel, reason, identityChecked });
  }

  private async open(ctx: Ctx, accountId: number, how: { channel: ErasureChannel; reason: ErasureReason; identityChecked: boolean }): Promise<ErasureRequest> {
    // The account row is the lock: two requests at once cannot both find none pending.
    const [account] = (await ctx.em.query(`SELECT id, role, status FROM account WHERE id = ?${ctx.em.connection.options.type === 'better-sqlite3' ? '' : ' FOR UPDATE'}`, [
      accountId,
    ])) as Array<{
      id: number;
      role: string;
      status: string;
    }>;
    if (!account || account.role !== Role.MEMBER || account.status === 'erased') throw notFound('member');
    const requests = repo(ctx, ErasureRequest);
    if (await requests.existsBy({ accountId, status: ErasureStatus.PENDING })) throw conflict('erasure.alreadyRequested', 'An erasure request is already waiting for this member.');
    const request = requests.create({
      accountId,
      ...how,
      status: ErasureStatus.PENDING,
      requestedAt: ctx.now,
      requestedBy: ctx.user!.accountId,
      executableFrom: new Date(ctx.now.getTime() + this.config.erasureCoolingOffDays * DAY_MS),
      cancelledAt: null,
      executedAt: null,
      executedBy: null,
    });
    await requests.insert(request);
    ctx.audit.target('ErasureRequest', request.id);
    ctx.audit.add({ action: 'privacy.erasureRequested', outcome: 'success', targetType: 'Account', targetIds: [accountId], reason: `${how.channel}:${how.reason}` });
    // The member is told, on my page and by a mail that says only that the request was received.
    await this.notices.notifyMembers(ctx, [
      {
        accountId,
        kind: NoticeKind.GENERAL,
        messageKey: 'notice.erasureRequested',
        params: { erasableFrom: request.executableFrom.toISOString() },
        mail: true,
        mailTemplate: 'erasure-requested',
      },
    ]);
    return request;
  }

  /** The member's pending request, if any (my page). */
  async ownPending(ctx: Ctx): Promise<ErasureRequest | null> {
    return repo(ctx, ErasureRequest).findOne({ where: { accountId: ctx.user!.accountId, status: ErasureStatus.PENDING }, order: { id: 'DESC' } });
  }

  /** Cancels a pending request: the member their own, ward staff any (e.g. the member changed their mind at the counter). */
  async cancel(ctx: Ctx, idArg: string): Promise<ErasureRequest> {
    const id = parseId(idArg, 'erasure request');
    const request = await repo(ctx, ErasureRequest).findOne({ where: { id }, ...lockMode(ctx.em) });
    const staff = ctx.user!.permissions.has(Permission.PrivacyExport);
    if (!request || (!staff && request.accountId !== ctx.user!.accountId)) throw notFound('erasure request');
    if (request.status !== ErasureStatus.PENDING) throw conflict('erasure.notPending', 'This request has already been cancelled or carried out.');
    await repo(ctx, ErasureRequest).update({ id, status: ErasureStatus.PENDING }, { status: ErasureStatus.CANCELLED, cancelledAt: ctx.now });
    ctx.audit.target('ErasureRequest', id);
    return { ...request, status: ErasureStatus.CANCELLED, cancelledAt: ctx.now };
  }

  /** Requests for staff: pending first (oldest first), then the rest, newest first. */
  async list(ctx: Ctx, status: ErasureStatus | null): Promise<ErasureRequest[]> {
    const qb = repo(ctx, ErasureRequest).createQueryBuilder('r');
    if (status) qb.where('r.status = :status', { status });
    return (await qb.orderBy('r.id', 'DESC').take(500).getMany()).sort((a, b) =>
      a.status === b.status ? (a.status === ErasureStatus.PENDING ? a.id - b.id : b.id - a.id) : a.status === ErasureStatus.PENDING ? -1 : 1,
    );
  }

  /** Carries out a pending request once its cooling-off period has passed: in one transaction with the request's own change. */
  async execute(ctx: Ctx, idArg: string): Promise<ErasureRequest> {
    const id = parseId(idArg, 'erasure request');
    const request = await repo(ctx, ErasureRequest).findOne({ where: { id }, ...lockMode(ctx.em) });
    if (!request) throw notFound('erasure request');
    if (request.status !== ErasureStatus.PENDING) throw conflict('erasure.notPending', 'This request has already been cancelled or carried out.');
    if (request.executableFrom > ctx.now) throw conflict('erasure.coolingOff', 'The cooling-off period has not passed yet.', { from: request.executableFrom.toISOString() });
    const [{ email }] = (await ctx.em.query('SELECT email FROM account WHERE id = ?', [request.accountId])) as Array<{ email: string }>;
    await this.eraseMember(ctx, request.accountId, 'request');
    const done = await repo(ctx, ErasureRequest).update(
      { id, status: ErasureStatus.PENDING },
      { status: ErasureStatus.EXECUTED, executedAt: ctx.now, executedBy: ctx.user!.accountId },
    );
    if (!done.affected) throw conflict('erasure.notPending', 'This request has already been cancelled or carried out.');
    ctx.audit.target('ErasureRequest', id);
    // The member is told at the address the account had; nothing of it remains after the commit.
    ctx.afterCommit(() => this.mailer.sendErasureDone(email));
    return { ...request, status: ErasureStatus.EXECUTED, executedAt: ctx.now, executedBy: ctx.user!.accountId };
  }

  /**
   * Erases one member in the caller's transaction (the request above, or a retention rule):
   * children before parents, so the declarations' order read backwards.
   */
  async eraseMember(ctx: Ctx, accountId: number, why: 'request' | 'retention'): Promise<void> {
    const em = ctx.em;
    // The account row first, locked: a login or another erasure waits for this one.
    await em.query(`UPDATE account SET status = ? WHERE id = ?`, ['erased', accountId]);
    for (const table of [...this.personal.list].reverse()) {
      const ids = await this.personal.rowIds(em, table, accountId);
      if (ids.length) await this.apply(em, table, ids);
    }
    // The audit log holds no values; the member's own requests lose their ip (the hash chain covers only its digest).
    await em.query('UPDATE audit_log SET ip = NULL WHERE actorId = ?', [accountId]);
    ctx.audit.add({ action: 'privacy.erased', outcome: 'success', targetType: 'Account', targetIds: [accountId], reason: why });
  }

  private async apply(em: EntityManager, table: PersonalTable, ids: Array<number | string>): Promise<void> {
    const metadata = em.connection.getMetadata(table.entity);
    const key = metadata.primaryColumns[0].propertyName;
    const rows = em.getRepository(table.entity);
    const rule = table.erase;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      if (rule === 'delete') await rows.delete({ [key]: In(chunk) });
      else if ('custom' in rule) await rule.custom(em, chunk.map(Number));
      else {
        // A NOT NULL column takes the empty string where the rule says null.
        const entries = (Object.entries(rule.keep.overwrite) as Array<[string, Overwrite]>).map(([c, v]): [string, Overwrite] => [
          c,
          v === null && !metadata.findColumnWithPropertyName(c)?.isNullable ? '' : v,
        ]);
        if (!entries.length) continue;
        const perRow = entries.some(([, v]) => typeof v === 'function');
        if (!perRow) await rows.update({ [key]: In(chunk) }, Object.fromEntries(entries));
        else for (const id of chunk) await rows.update({ [key]: id }, Object.fromEntries(entries.map(([c, v]) => [c, typeof v === 'function' ? v(Number(id)) : v])));
      }
    }
  }
}
