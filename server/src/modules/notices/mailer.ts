import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { In, IsNull, LessThan } from 'typeorm';
import type { Config } from '../../config';
import type { AppLogger } from '../../core/logger';
import type { Database } from '../../core/tx';
import { Account } from '../accounts';
import { MailOutbox } from './mail-outbox.entity';

/**
 * The only mail the system sends: "a notice is waiting on your my page", with the portal's
 * address. No name, no result, nothing personal, because plain-text mail must not carry it.
 */
export function noticeWaitingMail(publicUrl: string): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/mypage`;
  return {
    subject: '【パワーアップカレッジねりま】マイページに新しいお知らせがあります',
    text: [
      'パワーアップカレッジねりまのマイページに、新しいお知らせがあります。',
      `ログインしてご確認ください: ${url}`,
      '',
      'A new notice is waiting on your My Page at Power Up College Nerima.',
      `Please log in to read it: ${url}`,
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

export const MAIL_TEMPLATES = { 'notice-waiting': noticeWaitingMail } as const;

function transportFor(config: Config): Transporter {
  if (config.smtpUrl) return nodemailer.createTransport(config.smtpUrl);
  // Development: write each message as an .eml file under data/mail instead of sending it.
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * Sends what the outbox holds. Rows are claimed with a compare-and-set, so several server
 * instances can run the dispatcher at once without sending a mail twice.
 */
export class Mailer {
  private readonly transport: Transporter;
  private running: Promise<number> | null = null;

  constructor(
    private readonly config: Config,
    private readonly logger: AppLogger,
    private readonly database: Database,
  ) {
    this.transport = transportFor(config);
  }

  /** Sends queued mail soon after a commit, without making the request wait for SMTP. */
  wake(): void {
    setImmediate(() => {
      if (this.database.writer.isInitialized) this.dispatch().catch((error) => this.logger.warn({ err: { message: (error as Error).message } }, 'mail dispatch failed'));
    });
  }

  /** Sends pending mail; resolves with the number sent. Concurrent calls share one run. */
  dispatch(now?: Date): Promise<number> {
    this.running ??= this.dispatchOnce(now).finally(() => (this.running = null));
    return this.running;
  }

  private async dispatchOnce(clock?: Date): Promise<number> {
    const db = this.database;
    const now = () => clock ?? new Date();
    const repo = db.reader.getRepository(MailOutbox);
    const writes = db.writer.getRepository(MailOutbox);
    let sent = 0;
    for (;;) {
      const staleClaim = new Date(now().getTime() - 5 * 60_000);
      const candidates = await repo.find({
        where: [
          { sentAt: IsNull(), claimedAt: IsNull() },
          { sentAt: IsNull(), claimedAt: LessThan(staleClaim) },
        ],
        order: { id: 'ASC' },
        take: 50,
      });
      const pending = candidates.filter((m) => m.attempts < 5);
      if (pending.length === 0) return sent;
      const accounts = await db.reader.getRepository(Account).findBy({ id: In([...new Set(pending.map((m) => m.accountId))]) });
      const emailOf = new Map(accounts.map((a) => [a.id, a.email]));
      let claimedAny = false;
      for (const mail of pending) {
        const token = crypto.randomUUID();
        const claim = await db.exclusive(() =>
          writes
            .createQueryBuilder()
            .update()
            .set({ claimToken: token, claimedAt: now(), attempts: () => 'attempts + 1' })
            .where('id = :id AND sentAt IS NULL AND (claimedAt IS NULL OR claimedAt < :stale)', { id: mail.id, stale: staleClaim })
            .execute(),
        );
        if (!claim.affected) continue;
        claimedAny = true;
        const to = emailOf.get(mail.accountId);
        try {
          if (to) await this.send(mail.id, to, mail.template as keyof typeof MAIL_TEMPLATES);
          await db.exclusive(() => writes.update({ id: mail.id, claimToken: token }, { sentAt: now(), lastError: to ? null : 'no address' }));
          sent++;
        } catch (error) {
          // Keep the claim: it expires after five minutes and another run retries.
          await db.exclusive(() => writes.update({ id: mail.id, claimToken: token }, { lastError: String((error as Error).message ?? error).slice(0, 200) }));
          this.logger.warn({ outboxId: mail.id }, 'mail not sent; will retry');
        }
      }
      if (!claimedAny) return sent;
    }
  }

  private async send(outboxId: number, to: string, template: keyof typeof MAIL_TEMPLATES): Promise<void> {
    const { subject, text } = MAIL_TEMPLATES[template](this.config.publicUrl);
    const info = await this.transport.sendMail({ from: this.config.mailFrom, to, subject, text });
    if (!this.config.smtpUrl) {
      const dir = path.join(this.config.dataDir, 'mail');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${String(outboxId).padStart(6, '0')}.eml`), (info as unknown as { message: Buffer }).message);
    }
    // The outbox id only: the address is personal information and stays out of the log.
    this.logger.info({ outboxId, template }, 'mail sent');
  }
}
