import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** A mail as a real SMTP server received it, decoded with mailparser. */
export interface CapturedMail {
  envelopeTo: string[];
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** The HTML part, decoded ('' when the mail has none). */
  html: string;
  /** Text attachments, decoded. */
  attachmentsText: string[];
  /**
   * Everything a reader of the mail sees, decoded (subject, text and HTML parts, the display
   * names of sender and recipient, text attachments). The raw message is base64 or
   * quoted-printable encoded, so a search in it would never find a Japanese name.
   */
  decoded: string;
}

export interface SmtpCapture {
  port: number;
  /** Every mail received so far, in order (parsing finished). */
  all(): Promise<CapturedMail[]>;
  /** The mail received since the last call of fresh(). */
  fresh(): Promise<CapturedMail[]>;
  close(): Promise<void>;
}

/** A local SMTP server on a free port that keeps every mail it receives. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const parsing: Array<Promise<CapturedMail>> = [];
  let seen = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      const done = new Promise<CapturedMail>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('end', async () => {
          try {
            const mail = await simpleParser(Buffer.concat(chunks));
            const toList = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
            const html = typeof mail.html === 'string' ? mail.html : '';
            const attachmentsText = mail.attachments.filter((a) => /^text\//.test(a.contentType)).map((a) => a.content.toString('utf8'));
            resolve({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              to: toList.flatMap((a) => a.value.map((v) => v.address ?? '')),
              from: mail.from?.value[0]?.address ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html,
              attachmentsText,
              decoded: [mail.subject ?? '', mail.text ?? '', html, mail.from?.text ?? '', ...toList.map((a) => a.text), ...attachmentsText].join('\n'),
            });
          } catch (error) {
            reject(error);
          }
        });
      });
      parsing.push(done);
      done.then(
        () => callback(),
        (error) => callback(error),
      );
    },
  });
  const port = await new Promise<number>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as AddressInfo).port)));
  return {
    port,
    all: () => Promise.all(parsing),
    async fresh() {
      const all = await Promise.all(parsing);
      const out = all.slice(seen);
      seen = all.length;
      return out;
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
