import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { In, IsNull, LessThan } from 'typeorm';
import type { Config } from '../../config';
import type { AppLogger } from '../../core/logger';
import { retryOnDeadlock, type Database } from '../../core/tx';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { sha256 } from '../../core/auth/tokens';
import { Account, AccountToken, type AccountMail, type AccountMailTemplate } from '../accounts';
import { Role } from '../permissions';
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

const FOOTER = ['', '※このメールは送信専用です。 This address does not receive replies.'];
const FOOTER_IGNORE = ['', 'お心当たりのない場合は、このメールを破棄してください。 If this was not you, you can ignore this mail.', ...FOOTER];

/** Link mails: the link and generic text only; no login ID, no name, nothing personal. */
const linkMail =
  (subject: string, ja: string[], en: string[], minutes: (config: Config) => number) =>
  (link: string, config: Config): { subject: string; text: string } => ({
    subject: `【パワーアップカレッジねりま】${subject}`,
    text: [...ja, link, `（リンクの有効期限は${duration(minutes(config))}です。一度だけ使えます。）`, '', ...en, link, ...FOOTER_IGNORE].join('\n'),
  });

/** "24時間", "30分", "1時間30分". */
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours ? `${hours}時間` : ''}${rest || !hours ? `${rest}分` : ''}`;
}

export const ACCOUNT_MAIL_TEXT: Record<AccountMailTemplate, (link: string, config: Config) => { subject: string; text: string }> = {
  'confirm-registration': linkMail(
    'メールアドレスの確認',
    ['パワーアップカレッジねりまへのご登録ありがとうございます。', '次のリンクを開いて、メールアドレスの確認を完了してください。ログインIDは確認後の画面に表示されます。'],
    ['Please open this link to confirm your email address and finish registering. Your login ID is shown on screen afterwards.'],
    (c) => c.emailConfirmationMinutes,
  ),
  'registration-attempt': (link) => ({
    subject: '【パワーアップカレッジねりま】このアドレスで登録の申し込みがありました',
    text: [
      'このメールアドレスで新しい登録の申し込みがありましたが、このアドレスはすでに登録されています。',
      'ご本人の場合は、次のページからログインしてください。パスワードやログインIDを忘れた場合も、このページから再設定できます。',
      link,
      '',
      'Someone tried to register with this email address, which is already registered. If it was you, log in here; you can also reset a forgotten password or login ID there.',
      link,
      ...FOOTER_IGNORE,
    ].join('\n'),
  }),
  'confirm-email-change': linkMail(
    '新しいメールアドレスの確認',
    ['マイページでメールアドレスの変更が申し込まれました。', '次のリンクを開くと、このアドレスへの変更が完了します。'],
    ['Open this link to make this your new email address at Power Up College Nerima.'],
    (c) => c.emailConfirmationMinutes,
  ),
  'email-changed': (link) => ({
    subject: '【パワーアップカレッジねりま】メールアドレスが変更されました',
    text: [
      'マイページのメールアドレスが別のアドレスに変更されました。今後のお知らせは新しいアドレスに届きます。',
      'お心当たりのない場合は、練馬区の担当窓口にご連絡ください。',
      link,
      '',
      'The email address of your account was changed. If you did not do this, please contact the ward office.',
      ...FOOTER,
    ].join('\n'),
  }),
  'password-reset': linkMail(
    'パスワードの再設定',
    ['パスワードの再設定が申し込まれました。', '次のリンクを開いて、新しいパスワードを設定してください。設定後の画面にログインIDも表示されます。'],
    ['Open this link to set a new password. Your login ID is shown on screen afterwards.'],
    (c) => c.passwordResetMinutes,
  ),
  'login-id-reminder': linkMail(
    'ログインIDの確認',
    ['ログインIDの確認が申し込まれました。', '次のリンクを開くと、画面にログインIDが表示されます（メールにはログインIDを記載しません）。'],
    ['Open this link to see your login ID on screen (it is never sent by mail).'],
    (c) => c.passwordResetMinutes,
  ),
};

/** Where each account mail's link leads, under the portal (members) or the admin console (staff). */
const LINK_PATH: Record<AccountMailTemplate, string> = {
  'confirm-registration': 'confirm-email',
  'registration-attempt': 'login',
  'confirm-email-change': 'confirm-email',
  'email-changed': 'login',
  'password-reset': 'reset-password',
  'login-id-reminder': 'recover-login-id',
};
/** Templates whose link carries a one-time token (minted when the mail is sent). */
const TOKEN_LINK = new Set<AccountMailTemplate>(['confirm-registration', 'confirm-email-change', 'password-reset', 'login-id-reminder']);

/** How long after a commit the queued mail is sent. */
const WAKE_DELAY_MS = 50;

/** A survey is waiting (follow-up): the mail says only that, and where; never the survey or its questions. */
export function surveyWaitingMail(publicUrl: string): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/mypage/surveys`;
  return {
    subject: '【パワーアップカレッジねりま】アンケートのお願いが届いています',
    text: [
      'パワーアップカレッジねりまのマイページに、アンケートのお願いが届いています。',
      `ログインしてご確認ください: ${url}`,
      '',
      'A survey is waiting on your My Page at Power Up College Nerima.',
      `Please log in to see it: ${url}`,
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

/** A group asks for information (consent-gated disclosure): the mail says only that a request is waiting, never the group or the fields. */
export function disclosureWaitingMail(publicUrl: string): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/mypage/consultations`;
  return {
    subject: '【パワーアップカレッジねりま】確認をお願いしたいことがあります',
    text: [
      'パワーアップカレッジねりまのマイページに、ご確認をお願いしたいお知らせが届いています。',
      `ログインしてご確認ください: ${url}`,
      '',
      'Something on your My Page at Power Up College Nerima is waiting for your answer.',
      `Please log in to see it: ${url}`,
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

/** An erasure request was received: the mail says only that, and where to see the date or cancel; never what will be erased. */
export function erasureRequestedMail(publicUrl: string): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/mypage/privacy`;
  return {
    subject: '【パワーアップカレッジねりま】情報の削除のお申し出を受け付けました',
    text: [
      'パワーアップカレッジねりまで、あなたの情報の削除のお申し出を受け付けました。',
      '確認のための期間のあと、区の担当者が削除します。予定日の確認と取り消しは、マイページの「あなたの情報」からできます。',
      `マイページ: ${url}`,
      'お心当たりがない場合は、お手数ですが区の担当窓口までご連絡ください。',
      '',
      'We have received a request to erase your information at Power Up College Nerima. After a short waiting period, ward staff will erase it. You can see the date or cancel the request on My Page ("Your information").',
      `My Page: ${url}`,
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

/** The erasure was carried out. Sent once, straight after it, to the address the account had: nothing else about the person remains to send it from. */
export function erasureDoneMail(): { subject: string; text: string } {
  return {
    subject: '【パワーアップカレッジねりま】あなたの情報を削除しました',
    text: [
      'お申し出のとおり、パワーアップカレッジねりまで保有していたあなたの個人情報を削除しました。アカウントは使えなくなりました。',
      '統計と修了証の真正性の確認のため、氏名を含まない記録（講座・年度・修了の結果・修了証番号）だけを残しています。',
      '',
      'As you asked, we have erased the personal information Power Up College Nerima held about you. Your account can no longer be used.',
      'For statistics and to verify certificates, we keep only records without your name (course, year, outcome, certificate number).',
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

/** An unused account will be erased (retention): the mail says only that, and that logging in keeps it; the date is on My Page. */
export function accountInactiveMail(publicUrl: string): { subject: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/mypage`;
  return {
    subject: '【パワーアップカレッジねりま】ご利用のないアカウントの削除について',
    text: [
      'パワーアップカレッジねりまのアカウントに長い間ログインがないため、お知らせした日にアカウントと登録された情報を削除します。',
      '引き続きご利用になる場合は、その日までにログインしてください。ログインすれば削除しません。削除の予定日はマイページのお知らせでご確認いただけます。',
      `ログイン: ${url}`,
      '',
      'Your account at Power Up College Nerima has not been used for a long time, so it and the information registered with it will be erased on the date given on your My Page. To keep it, simply log in before then.',
      `Log in: ${url}`,
      '',
      '※このメールは送信専用です。 This address does not receive replies.',
    ].join('\n'),
  };
}

export const MAIL_TEMPLATES = {
  'account-inactive': accountInactiveMail,
  'notice-waiting': noticeWaitingMail,
  'survey-waiting': surveyWaitingMail,
  'disclosure-waiting': disclosureWaitingMail,
  'erasure-requested': erasureRequestedMail,
} as const;
const isAccountMail = (template: string): template is AccountMailTemplate => template in ACCOUNT_MAIL_TEXT;

function transportFor(config: Config): Transporter {
  if (config.smtpUrl) return nodemailer.createTransport(config.smtpUrl);
  // Development: write each message as an .eml file under data/mail instead of sending it.
  return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
}

/**
 * Sends what the outbox holds. Rows are claimed with a compare-and-set, so several server
 * instances can run the dispatcher at once without sending a mail twice.
 */
export class Mailer implements AccountMail {
  private readonly transport: Transporter;
  private running: Promise<number> | null = null;

  constructor(
    private readonly config: Config,
    private readonly logger: AppLogger,
    private readonly database: Database,
  ) {
    this.transport = transportFor(config);
  }

  /** Account mail, in the caller's transaction; sent after the commit. */
  async queue(ctx: Ctx, mail: { accountId: number; template: AccountMailTemplate; tokenId?: number | null }): Promise<void> {
    await repo(ctx, MailOutbox).insert({ accountId: mail.accountId, template: mail.template, tokenId: mail.tokenId ?? null, createdAt: ctx.now, attempts: 0 });
    ctx.afterCommit(() => this.wake());
  }

  /** Sends queued mail soon after a commit, without making the request wait for SMTP. */
  wake(): void {
    // A moment later, so the answer leaves first: the embedded driver is synchronous, and a send
    // started at once would hold the answer back (and make a mail-sending request measurably
    // slower than one that sends nothing, which would tell registered addresses apart).
    setTimeout(() => {
      if (this.database.writer.isInitialized) this.dispatch().catch((error) => this.logger.warn({ err: { message: (error as Error).message } }, 'mail dispatch failed'));
    }, WAKE_DELAY_MS).unref();
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
      const accountOf = new Map(accounts.map((a) => [a.id, a]));
      const tokenIds = pending.map((m) => m.tokenId).filter((id): id is number => id !== null && id !== undefined);
      const tokens = tokenIds.length ? await db.reader.getRepository(AccountToken).findBy({ id: In(tokenIds) }) : [];
      const tokenOf = new Map(tokens.map((t) => [t.id, t]));
      let claimedAny = false;
      for (const mail of pending) {
        const token = crypto.randomUUID();
        // Two instances claiming at once can make InnoDB pick one statement as a deadlock victim: it claimed nothing, so it runs again.
        const claim = await retryOnDeadlock(() =>
          db.exclusive(() =>
            writes
              .createQueryBuilder()
              .update()
              .set({ claimToken: token, claimedAt: now(), attempts: () => 'attempts + 1' })
              .where('id = :id AND sentAt IS NULL AND (claimedAt IS NULL OR claimedAt < :stale)', { id: mail.id, stale: staleClaim })
              .execute(),
          ),
        );
        if (!claim.affected) continue;
        claimedAny = true;
        const account = accountOf.get(mail.accountId);
        const accountToken = mail.tokenId ? tokenOf.get(mail.tokenId) : undefined;
        const to: string | undefined = accountToken?.email ?? account?.email;
        let skipped: string | null = to ? null : 'no address';
        try {
          if (to && isAccountMail(mail.template)) {
            const link = await this.accountLink(mail.template, account!, accountToken, now());
            if (link) await this.sendText(mail.id, to, mail.template, ACCOUNT_MAIL_TEXT[mail.template](link, this.config));
            else skipped = 'link no longer valid';
          } else if (to) await this.send(mail.id, to, mail.template as keyof typeof MAIL_TEMPLATES);
          await retryOnDeadlock(() => db.exclusive(() => writes.update({ id: mail.id, claimToken: token }, { sentAt: now(), lastError: skipped })));
          sent++;
        } catch (error) {
          // Keep the claim: it expires after five minutes and another run retries.
          await retryOnDeadlock(() =>
            db.exclusive(() => writes.update({ id: mail.id, claimToken: token }, { lastError: String((error as Error).message ?? error).slice(0, 200) })),
          );
          this.logger.warn({ outboxId: mail.id }, 'mail not sent; will retry');
        }
      }
      if (!claimedAny) return sent;
    }
  }

  /**
   * The link an account mail carries. For a one-time link the secret is made now and only its
   * hash written (compare-and-set on an unused, unexpired token), so it never rests in the
   * database; a retry after a failed send makes a new one. Null: the token is used or expired.
   */
  private async accountLink(template: AccountMailTemplate, account: Account, token: AccountToken | undefined, now: Date): Promise<string | null> {
    const base = this.config.publicUrl.replace(/\/$/, '') + (account.role === Role.MEMBER ? '' : '/admin');
    const url = `${base}/${LINK_PATH[template]}`;
    if (!TOKEN_LINK.has(template)) return url;
    if (!token || token.usedAt || token.expiresAt <= now) return null;
    const secret = crypto.randomBytes(32).toString('base64url');
    const minted = await this.database.exclusive(() =>
      this.database.writer
        .getRepository(AccountToken)
        .createQueryBuilder()
        .update()
        .set({ tokenHash: sha256(secret) })
        .where('id = :id AND usedAt IS NULL AND expiresAt > :now', { id: token.id, now })
        .execute(),
    );
    // The secret goes in the fragment: browsers never send it to a server or in a Referer.
    return minted.affected ? `${url}#${secret}` : null;
  }

  /**
   * The one mail that cannot wait in the outbox: the erasure's confirmation, whose address the
   * erasure has just removed. Sent after the commit; a failure is logged (without the address) and not retried.
   */
  async sendErasureDone(to: string): Promise<void> {
    try {
      await this.sendText(0, to, 'erasure-done', erasureDoneMail());
    } catch (error) {
      this.logger.warn({ template: 'erasure-done', err: { message: (error as Error).message } }, 'erasure confirmation not sent');
    }
  }

  private async send(outboxId: number, to: string, template: keyof typeof MAIL_TEMPLATES): Promise<void> {
    await this.sendText(outboxId, to, template, MAIL_TEMPLATES[template](this.config.publicUrl));
  }

  private async sendText(outboxId: number, to: string, template: string, { subject, text }: { subject: string; text: string }): Promise<void> {
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
