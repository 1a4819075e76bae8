import crypto from 'node:crypto';
import { ScureBase32Plugin } from 'otplib';

/**
 * The TOTP secret of a demo or test staff account: fixed per login ID, like the demo
 * passwords, so the quick start prints it and tests compute codes with otplib.
 * Never used for accounts created through the API.
 */
export function demoTotpSecret(loginId: string): string {
  return new ScureBase32Plugin().encode(crypto.createHash('sha256').update(`college-portal demo TOTP ${loginId}`).digest().subarray(0, 20)).replace(/=+$/, '');
}
