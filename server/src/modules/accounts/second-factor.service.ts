import crypto from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';
import QRCode from 'qrcode';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport as AuthenticatorTransportFuture,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { IsNull } from 'typeorm';
import type { Config } from '../../config';
import type { Ctx } from '../../core/context';
import { repo } from '../../core/context';
import { AppError, badField, conflict, notFound, parseId } from '../../core/errors';
import { SecretBox } from '../../core/auth/secret-box';
import { sha256 } from '../../core/auth/tokens';
import { Role } from '../permissions';
import { Account } from './account.entity';
import { AccountToken, TokenPurpose } from './account-token.entity';
import { RecoveryCode } from './recovery-code.entity';
import { Passkey } from './passkey.entity';
import { consumeToken, findToken, issueToken } from './one-time-tokens';
import type { AccountHistory } from './account-history';

const ISSUER = 'パワーアップカレッジねりま';
const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: the codes are read off paper.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const secondFactorFailed = () => new AppError('UNAUTHENTICATED', 'auth.secondFactorFailed', 'The code is not correct, or it has already been used.');

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** TOTP, recovery codes and passkeys: the second factor every staff account must have. */
export class SecondFactorService {
  private readonly box: SecretBox;

  constructor(
    private readonly config: Config,
    private readonly history: AccountHistory,
  ) {
    this.box = new SecretBox(config.secretsKey);
  }

  private period(): number {
    return this.config.totpPeriodSeconds;
  }

  /** A new secret to scan; it takes effect when a code from it is confirmed. */
  async startTotp(ctx: Ctx): Promise<TotpEnrolment> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    if (account.totpSecret) throw conflict('secondFactor.totpAlreadyEnrolled', 'An authenticator app is already set up for this account.');
    const secret = generateSecret();
    await repo(ctx, Account).update({ id: account.id }, { totpPendingSecret: this.box.seal(secret) });
    const otpauthUri = generateURI({ issuer: ISSUER, label: account.loginId, secret, period: this.period() });
    return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
  }

  async confirmTotp(ctx: Ctx, code: string): Promise<string[]> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    if (!account.totpPendingSecret) throw conflict('secondFactor.noEnrolment', 'Start the set-up again: no authenticator is waiting to be confirmed.');
    const step = this.matchingStep(this.box.open(account.totpPendingSecret), code, null, ctx.now);
    if (step === null) throw badField('code', 'validation.totpCode', 'The code does not match. Enter the 6-digit code the app shows now.');
    await repo(ctx, Account).update(
      { id: account.id },
      { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpLastStep: step, secondFactorAt: account.secondFactorAt ?? ctx.now },
    );
    await this.history.record(ctx, account.id, 'second_factor', ['totp']);
    ctx.audit.target('Account', account.id);
    return this.replaceRecoveryCodes(ctx, account.id);
  }

  /** The step a code belongs to (this one, or one either side for clock drift), or null. */
  private matchingStep(secret: string, code: unknown, after: number | null, now: Date): number | null {
    if (typeof code !== 'string') return null;
    const token = code.replace(/[\s-]/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const result = verifySync({
      secret,
      token,
      epoch: Math.floor(now.getTime() / 1000),
      period: this.period(),
      epochTolerance: this.period(),
      ...(after !== null ? { afterTimeStep: after } : {}),
    });
    return result.valid && 'timeStep' in result ? (result.timeStep as number) : null;
  }

  /** Checks a TOTP code at login; a code is good once: its step is written with a compare-and-set. */
  async verifyTotp(ctx: Ctx, account: Account, code: string): Promise<boolean> {
    if (!account.totpSecret) return false;
    const step = this.matchingStep(this.box.open(account.totpSecret), code, account.totpLastStep, ctx.now);
    if (step === null) return false;
    const claimed = await repo(ctx, Account)
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: step })
      .where('id = :id AND (totpLastStep IS NULL OR totpLastStep < :step)', { id: account.id, step })
      .execute();
    return Boolean(claimed.affected);
  }

  async useRecoveryCode(ctx: Ctx, account: Account, code: string): Promise<boolean> {
    if (typeof code !== 'string' || code.length > 40) return false;
    const hash = this.recoveryHash(account.id, code);
    const row = await repo(ctx, RecoveryCode).findOneBy({ accountId: account.id, codeHash: hash, usedAt: IsNull() });
    if (!row) return false;
    const claimed = await repo(ctx, RecoveryCode).update({ id: row.id, usedAt: IsNull() }, { usedAt: ctx.now });
    if (!claimed.affected) return false;
    await this.history.record(ctx, account.id, 'recovery_codes', ['used']);
    return true;
  }

  private recoveryHash(accountId: number, code: string): string {
    return sha256(`${accountId}:${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`);
  }

  private async replaceRecoveryCodes(ctx: Ctx, accountId: number): Promise<string[]> {
    await repo(ctx, RecoveryCode).delete({ accountId });
    const codes: string[] = [];
    for (let i = 0; i < RECOVERY_CODE_COUNT; i++) {
      let raw = '';
      for (let j = 0; j < 10; j++) raw += RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)];
      codes.push(`${raw.slice(0, 5)}-${raw.slice(5)}`);
    }
    await repo(ctx, RecoveryCode).insert(codes.map((code) => ({ accountId, codeHash: this.recoveryHash(accountId, code), createdAt: ctx.now, usedAt: null })));
    return codes;
  }

  async regenerateRecoveryCodes(ctx: Ctx, account: Account): Promise<string[]> {
    if (!account.secondFactorAt) throw conflict('secondFactor.notEnrolled', 'Set up a second factor first.');
    const codes = await this.replaceRecoveryCodes(ctx, account.id);
    await this.history.record(ctx, account.id, 'recovery_codes', ['regenerated']);
    ctx.audit.target('Account', account.id);
    return codes;
  }

  async recoveryCodesLeft(ctx: Ctx, accountId: number): Promise<number> {
    return repo(ctx, RecoveryCode).countBy({ accountId, usedAt: IsNull() });
  }

  /** Removes every second factor; the next login asks staff to enrol again. */
  async clear(ctx: Ctx, accountId: number): Promise<void> {
    await repo(ctx, Account).update({ id: accountId }, { totpSecret: null, totpPendingSecret: null, totpLastStep: null, secondFactorAt: null });
    await repo(ctx, RecoveryCode).delete({ accountId });
    await repo(ctx, Passkey).delete({ accountId });
  }

  /** The demo seed and tests: TOTP enrolled with a known secret. */
  async enrolKnownTotp(em: Ctx['em'], accountId: number, secret: string, now: Date): Promise<void> {
    await em.getRepository(Account).update({ id: accountId }, { totpSecret: this.box.seal(secret), secondFactorAt: now });
  }

  // ---- passkeys (WebAuthn) ----

  /** The WebAuthn challenge belongs to a one-time token: derived from it, so nothing else is stored. */
  private challengeFor(secret: string): string {
    return crypto.createHmac('sha256', this.config.secretsKey).update(`webauthn:${secret}`).digest('base64url');
  }

  private origin(): string {
    return new URL(this.config.publicUrl).origin;
  }

  async startPasskeyRegistration(ctx: Ctx): Promise<{ token: string; optionsJson: string }> {
    const account = await repo(ctx, Account).findOneByOrFail({ id: ctx.user!.accountId });
    const existing = await repo(ctx, Passkey).findBy({ accountId: account.id });
    const { secret } = await issueToken(ctx, account.id, TokenPurpose.PASSKEY_REGISTRATION, 10);
    const options = await generateRegistrationOptions({
      rpName: ISSUER,
      rpID: this.config.webauthnRpId,
      userName: account.loginId,
      userDisplayName: account.loginId,
      userID: new TextEncoder().encode(`account-${account.id}`),
      challenge: new TextEncoder().encode(this.challengeFor(secret!)),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: (p.transports ?? undefined) as AuthenticatorTransportFuture[] | undefined })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    return { token: secret!, optionsJson: JSON.stringify(options) };
  }

  async finishPasskeyRegistration(ctx: Ctx, token: string, responseJson: string, name: string): Promise<Passkey> {
    const accountId = ctx.user!.accountId;
    const found = await findToken(ctx, token, [TokenPurpose.PASSKEY_REGISTRATION]);
    if (!found || found.accountId !== accountId) throw badField('token', 'passkey.failed', 'The passkey could not be registered. Please try again.');
    await consumeToken(ctx, found);
    const expected = this.encodedChallenge(token);
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: JSON.parse(responseJson) as RegistrationResponseJSON,
        expectedChallenge: expected,
        expectedOrigin: this.origin(),
        expectedRPID: this.config.webauthnRpId,
        requireUserVerification: false,
      });
    } catch {
      throw badField('responseJson', 'passkey.failed', 'The passkey could not be registered. Please try again.');
    }
    if (!verification.verified) throw badField('responseJson', 'passkey.failed', 'The passkey could not be registered. Please try again.');
    const { credential } = verification.registrationInfo;
    const label = (name ?? '').trim().slice(0, 100) || 'passkey';
    const insert = await repo(ctx, Passkey).insert({
      accountId,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? null,
      name: label,
      createdAt: ctx.now,
      lastUsedAt: null,
    });
    const account = await repo(ctx, Account).findOneByOrFail({ id: accountId });
    if (!account.secondFactorAt) await repo(ctx, Account).update({ id: accountId }, { secondFactorAt: ctx.now });
    await this.history.record(ctx, accountId, 'passkey', ['added']);
    ctx.audit.target('Account', accountId);
    return repo(ctx, Passkey).findOneByOrFail({ id: Number(insert.identifiers[0].id) });
  }

  /** The challenge as the browser echoes it: base64url of the bytes given to generate*Options. */
  private encodedChallenge(secret: string): string {
    return Buffer.from(this.challengeFor(secret)).toString('base64url');
  }

  /** `secret` is the login step's own token, which the caller sent (only its hash is stored). */
  async passkeyLoginOptions(ctx: Ctx, token: AccountToken, secret: string): Promise<string> {
    const passkeys = await repo(ctx, Passkey).findBy({ accountId: token.accountId });
    const options = await generateAuthenticationOptions({
      rpID: this.config.webauthnRpId,
      challenge: new TextEncoder().encode(this.challengeFor(secret)),
      allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: (p.transports ?? undefined) as AuthenticatorTransportFuture[] | undefined })),
      userVerification: 'preferred',
    });
    return JSON.stringify(options);
  }

  async verifyPasskey(ctx: Ctx, account: Account, loginSecret: string, responseJson: string): Promise<boolean> {
    let response: AuthenticationResponseJSON;
    try {
      response = JSON.parse(responseJson) as AuthenticationResponseJSON;
    } catch {
      return false;
    }
    const passkey = typeof response?.id === 'string' ? await repo(ctx, Passkey).findOneBy({ accountId: account.id, credentialId: response.id }) : null;
    if (!passkey) return false;
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge: this.encodedChallenge(loginSecret),
        expectedOrigin: this.origin(),
        expectedRPID: this.config.webauthnRpId,
        credential: {
          id: passkey.credentialId,
          publicKey: Buffer.from(passkey.publicKey, 'base64url'),
          counter: passkey.counter,
          transports: (passkey.transports ?? undefined) as AuthenticatorTransportFuture[] | undefined,
        },
        requireUserVerification: false,
      });
      if (!result.verified) return false;
      // Compare-and-set on the signature counter: a cloned authenticator or a replay loses.
      const next = result.authenticationInfo.newCounter;
      const claimed = await repo(ctx, Passkey)
        .createQueryBuilder()
        .update()
        .set({ counter: next, lastUsedAt: ctx.now })
        .where('id = :id AND (counter < :next OR (counter = 0 AND :next = 0))', { id: passkey.id, next })
        .execute();
      return Boolean(claimed.affected);
    } catch {
      return false;
    }
  }

  async removePasskey(ctx: Ctx, id: string): Promise<boolean> {
    const accountId = ctx.user!.accountId;
    const passkey = await repo(ctx, Passkey).findOneBy({ id: parseId(id, 'passkey'), accountId });
    if (!passkey) throw notFound('passkey');
    const account = await repo(ctx, Account).findOneByOrFail({ id: accountId });
    const passkeys = await repo(ctx, Passkey).countBy({ accountId });
    if (account.role !== Role.MEMBER && !account.totpSecret && passkeys <= 1) {
      throw conflict('secondFactor.lastFactor', 'This is your only second factor. Set up another one before removing it.');
    }
    await repo(ctx, Passkey).delete({ id: passkey.id });
    if (!account.totpSecret && passkeys <= 1) await repo(ctx, Account).update({ id: accountId }, { secondFactorAt: null });
    await this.history.record(ctx, accountId, 'passkey', ['removed']);
    ctx.audit.target('Account', accountId);
    return true;
  }

  passkeysOf(ctx: Ctx, accountId: number): Promise<Passkey[]> {
    return repo(ctx, Passkey).find({ where: { accountId }, order: { id: 'ASC' } });
  }
}
