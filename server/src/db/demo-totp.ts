/** Re-exported for scripts and tests: the demo staff accounts' TOTP secrets. */
export { demoTotpSecret } from '../core/auth/demo-totp';
