import { randomUUID } from 'node:crypto';
import type { JsonWebKeySet } from '@ptpu/clients';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, jwtVerify, SignJWT } from 'jose';

/** What a token says about its bearer, in HMPPS Auth's claim names. */
export interface TokenSubject {
  authorities: readonly string[];
  clientId: string;
  userName?: string;
  grantType?: string;
  scope?: readonly string[];
  /** Overrides the issuer's lifetime (seconds). */
  expiresInSeconds?: number;
}

export interface IssuedToken {
  token: string;
  jti: string;
  expiresIn: number;
}

export interface VerifiedToken extends JWTPayload {
  authorities?: string[];
  client_id?: string;
  user_name?: string;
}

/**
 * HMPPS Auth's signing side: one RS256 key pair made at start-up, published as a JWKS, used to sign
 * client-credentials tokens and minted tokens, and to check the tokens the other upstreams receive.
 */
export class TokenIssuer {
  private constructor(
    readonly issuer: string,
    private readonly lifetimeSeconds: number,
    private readonly kid: string,
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    readonly jwks: JsonWebKeySet,
  ) {}

  static async create(issuer: string, lifetimeSeconds: number): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = randomUUID();
    const { n, e } = await exportJWK(publicKey);
    const jwks = { keys: [{ kty: 'RSA', kid, alg: 'RS256', use: 'sig', n, e }] };
    return new TokenIssuer(issuer, lifetimeSeconds, kid, privateKey, publicKey, jwks);
  }

  async issue(subject: TokenSubject): Promise<IssuedToken> {
    const jti = randomUUID();
    const expiresIn = subject.expiresInSeconds ?? this.lifetimeSeconds;
    const token = await new SignJWT({
      authorities: [...subject.authorities],
      client_id: subject.clientId,
      ...(subject.userName === undefined ? {} : { user_name: subject.userName }),
      scope: [...(subject.scope ?? ['read'])],
      grant_type: subject.grantType ?? 'client_credentials',
      auth_source: subject.userName === undefined ? 'none' : 'auth',
    })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setSubject(subject.userName ?? subject.clientId)
      .setIssuer(this.issuer)
      .setAudience('oauth2-resource')
      .setJti(jti)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .sign(this.privateKey);
    return { token, jti, expiresIn };
  }

  /** The token's claims if this issuer signed it and it has not expired; throws otherwise. */
  async verify(token: string): Promise<VerifiedToken> {
    const { payload } = await jwtVerify(token, this.publicKey, {
      issuer: this.issuer,
      algorithms: ['RS256'],
    });
    return payload as VerifiedToken;
  }
}
