import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Role } from './roles';

/** RFC 9068 media type for access tokens; a refresh token or ID token of ours can never pass as one. */
export const ACCESS_TOKEN_TYP = 'at+jwt';
const ALGORITHM = 'HS256' as const;

export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export class TokenService {
  /** One KeyObject: given a string, jsonwebtoken tries to parse it as a PEM key on every call, which dominated request CPU. */
  private readonly key: crypto.KeyObject;

  constructor(private readonly settings: TokenSettings) {
    this.key = crypto.createSecretKey(Buffer.from(settings.secret, 'utf8'));
  }

  signAccess(claims: AccessClaims): string {
    return jwt.sign({ sid: claims.sid, role: claims.role }, this.key, {
      algorithm: ALGORITHM,
      header: { alg: ALGORITHM, typ: ACCESS_TOKEN_TYP },
      subject: claims.sub,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      expiresIn: this.settings.ttlSeconds,
      jwtid: crypto.randomUUID(),
    });
  }

  /** Returns the claims, or null for any token that is not a valid access token of ours. */
  verifyAccess(token: string): AccessClaims | null {
    try {
      const decoded = jwt.verify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        complete: true,
      });
      if (decoded.header.typ !== ACCESS_TOKEN_TYP) return null;
      const payload = decoded.payload as jwt.JwtPayload;
      // RFC 9068: an access token must expire; one without exp is refused, not trusted forever.
      if (typeof payload.exp !== 'number' || typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.role !== 'string') return null;
      return { sub: payload.sub, sid: payload.sid, role: payload.role as Role };
    } catch {
      return null;
    }
  }

  get ttlSeconds(): number {
    return this.settings.ttlSeconds;
  }
}

export function newRefreshToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}
