/** Helpers for the scale-out test: the test server's request helpers pointed at another instance, and mail counted per outbox row. */
import { In } from 'typeorm';
import type { CallOptions, GqlResult, TestServer } from './server';
import type { SmtpCapture } from './smtp-capture';
import { Account } from '../../server/src/modules/accounts';
import { MailOutbox } from '../../server/src/modules/notices';

/**
 * The test server as seen through another instance's address: `url` and `gql` go there, so every
 * helper that takes a TestServer and calls `t.gql` (apply, respond, staffCall, freeze…) sends its
 * request to that instance. Everything else (login, tokenFor, the database, the services) stays
 * the first instance's: both share the configuration (JWT secret) and the database.
 */
export function via(t: TestServer, url: string): TestServer {
  if (url === t.url) return t;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, call: CallOptions = {}): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (call.token) headers.authorization = `Bearer ${call.token}`;
    if (call.ip) headers['x-forwarded-for'] = call.ip;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };
  return { ...t, url, gql };
}

/**
 * Outbox rows against what the SMTP server received: for every address, as many mails as
 * sent rows of its account (a row sent twice, by two instances, shows as one mail too many),
 * and no row left unsent. Returns the problems found (empty when every mail went out once).
 */
export async function mailProblems(t: TestServer, smtp: SmtpCapture): Promise<string[]> {
  const rows = await t.app.dataSource.getRepository(MailOutbox).find({ select: { id: true, accountId: true, sentAt: true, lastError: true } });
  const problems: string[] = rows.filter((r) => r.sentAt === null).map((r) => `outbox ${r.id}: not sent`);
  const sent = rows.filter((r) => r.sentAt !== null && r.lastError === null);
  const ids = [...new Set(sent.map((r) => r.accountId))];
  const accounts = ids.length ? await t.app.dataSource.getRepository(Account).find({ select: { id: true, email: true }, where: { id: In(ids) } }) : [];
  const emailOf = new Map(accounts.map((a) => [a.id, a.email.toLowerCase()]));
  const expected = new Map<string, number>();
  for (const r of sent) {
    const email = emailOf.get(r.accountId);
    if (email) expected.set(email, (expected.get(email) ?? 0) + 1);
  }
  const received = new Map<string, number>();
  for (const mail of await smtp.all()) for (const to of mail.envelopeTo) received.set(to.toLowerCase(), (received.get(to.toLowerCase()) ?? 0) + 1);
  for (const [email, n] of expected) if (received.get(email) !== n) problems.push(`${email}: ${n} outbox rows sent, ${received.get(email) ?? 0} mails received`);
  for (const [email, n] of received) if (!expected.has(email)) problems.push(`${email}: ${n} mails received, no outbox row sent`);
  return problems;
}
