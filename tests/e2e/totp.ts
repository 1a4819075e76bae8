import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { demoTotpSecret } from '../../server/src/db/demo-totp';
import type { E2E } from './harness';

/**
 * TOTP codes for browser tests. The server accepts a code once per 30-second step per account
 * (it also accepts the previous and the next step), so each account's last used step is kept
 * here: the next code is for a later step, and when that would be more than one step ahead the
 * helper waits for the clock to catch up.
 */
const PERIOD = 30;
const lastStep = new Map<string, number>();

export { demoTotpSecret };

const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD);

/**
 * A code for `secret` that `account` has not used yet. The steps are kept per account and secret:
 * a new secret (enrolling again after a reset) starts afresh, as the server's count does.
 */
export async function freshTotp(secret: string, account = ''): Promise<string> {
  const key = `${account}/${secret}`;
  const step = Math.max(stepNow(), (lastStep.get(key) ?? -Infinity) + 1);
  // More than one step ahead would be refused: wait until the clock is at most one step behind.
  while (step > stepNow() + 1) await new Promise((r) => setTimeout(r, 500));
  // (A code for the current step still works in the next one, so a step boundary on the way is harmless.)
  lastStep.set(key, step);
  return generateSync({ secret, epoch: step * PERIOD, period: PERIOD });
}

/** The demo staff account's code (its secret is fixed per login ID by the demo seed). */
export function demoTotp(loginId: string): Promise<string> {
  return freshTotp(demoTotpSecret(loginId), loginId);
}

/** Logs a staff account in over the API, with the second factor when asked; returns the access token. */
export async function staffApiToken(e: E2E, loginId: string, password: string, secret: string = demoTotpSecret(loginId)): Promise<string> {
  const fields = 'accessToken secondFactor { token methods }';
  const res = await e.gql(`mutation($i: String!, $p: String!) { login(identifier: $i, password: $p) { ${fields} } }`, { i: loginId, p: password });
  if (res.errors) throw new Error(`login ${loginId}: ${JSON.stringify(res.errors)}`);
  const payload = res.data.login;
  if (!payload.secondFactor) return payload.accessToken;
  const code = await freshTotp(secret, loginId);
  const second = await e.gql(`mutation($t: String!, $c: String!) { loginSecondFactor(token: $t, method: TOTP, code: $c) { accessToken } }`, {
    t: payload.secondFactor.token,
    c: code,
  });
  if (second.errors) throw new Error(`loginSecondFactor ${loginId}: ${JSON.stringify(second.errors)}`);
  return second.data.loginSecondFactor.accessToken;
}

/** On the console's login page after the password: types a fresh authenticator code and submits it. */
export async function enterTotp(page: Page, loginId: string, secret: string = demoTotpSecret(loginId)): Promise<void> {
  await page.locator('#login-code').waitFor();
  await page.fill('#login-code', await freshTotp(secret, loginId));
  await page.getByTestId('login-code-submit').click();
}

/** The whole console login of a staff account with its second factor; resolves once off the login page. */
export async function staffBrowserLogin(page: Page, baseUrl: string, loginId: string, password: string, secret: string = demoTotpSecret(loginId)): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.fill('#login-identifier', loginId);
  await page.fill('#login-password', password);
  await page.getByTestId('login-submit').click();
  await enterTotp(page, loginId, secret);
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}
