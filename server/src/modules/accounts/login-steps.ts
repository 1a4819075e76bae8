/** How the second step of login is answered. */
export enum SecondFactorMethod {
  TOTP = 'totp',
  RECOVERY_CODE = 'recovery_code',
  PASSKEY = 'passkey',
}

/** What a confirmation link confirmed. */
export enum EmailConfirmationKind {
  REGISTRATION = 'registration',
  EMAIL_CHANGE = 'email_change',
}
