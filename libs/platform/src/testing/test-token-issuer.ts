import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK } from 'jose';

export interface MintOptions {
  /** Roles in the `authorities` claim; default none. */
  authorities?: readonly string[];
  /** `iss`; default the issuer's own (`<oauthEndpointUrl>/issuer`). */
  issuer?: string;
  /** Seconds until `exp`, negative for an already expired token; default 3600. */
  expiresInSeconds?: number;
  clientId?: string;
  /** Set for a token on behalf of a person; the principal is then this rather than the client id. */
  userName?: string;
}

/** A fake HMPPS Auth for tests: serves a JWKS and mints good and bad tokens. */
export interface TestTokenIssuer {
  /** Like `OAUTH_ENDPOINT_URL`: `http://127.0.0.1:<port>/auth`. */
  oauthEndpointUrl: string;
  /** Like `OAUTH_ISSUER`: `<oauthEndpointUrl>/issuer`. */
  issuer: string;
  /** A valid RS256 token signed by a key in the JWKS. */
  mint(options?: MintOptions): Promise<string>;
  /** Valid in every way except that it expired an hour ago. */
  mintExpired(options?: MintOptions): Promise<string>;
  /** RS256, but signed by a key the JWKS does not publish. */
  mintWithOtherKey(options?: MintOptions): Promise<string>;
  /** Unsigned (`alg: none`). */
  mintUnsigned(options?: MintOptions): string;
  /** HS256 with a shared secret, the classic algorithm-confusion attempt. */
  mintHs256(options?: MintOptions): Promise<string>;
  close(): Promise<void>;
}

const KID = 'test-key';

/** Starts a JWKS server on an ephemeral 127.0.0.1 port at `/auth/.well-known/jwks.json`. */
export async function startTestTokenIssuer(): Promise<TestTokenIssuer> {
  const trusted = await generateKeyPair('RS256', { extractable: true });
  const untrusted = await generateKeyPair('RS256');
  const jwks = {
    keys: [{ ...(await exportJWK(trusted.publicKey)), kid: KID, alg: 'RS256', use: 'sig' } satisfies JWK],
  };

  const server = createServer((request, response) => {
    const found = request.method === 'GET' && request.url === '/auth/.well-known/jwks.json';
    response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    response.end(found ? JSON.stringify(jwks) : '{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const oauthEndpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/auth`;
  const issuer = `${oauthEndpointUrl}/issuer`;

  const claimsOf = (options: MintOptions) => ({
    authorities: [...(options.authorities ?? [])],
    client_id: options.clientId ?? 'ptpu-test-client',
    ...(options.userName ? { user_name: options.userName } : {}),
    scope: ['read'],
    jti: randomUUID(),
  });
  const sign = (options: MintOptions, key: CryptoKey | Uint8Array, alg: string) =>
    new SignJWT(claimsOf(options))
      .setProtectedHeader({ alg, kid: KID, typ: 'JWT' })
      .setSubject(options.userName ?? options.clientId ?? 'ptpu-test-client')
      .setIssuer(options.issuer ?? issuer)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 3_600))
      .sign(key);

  return {
    oauthEndpointUrl,
    issuer,
    mint: (options = {}) => sign(options, trusted.privateKey, 'RS256'),
    mintExpired: (options = {}) =>
      sign({ ...options, expiresInSeconds: -3_600 }, trusted.privateKey, 'RS256'),
    mintWithOtherKey: (options = {}) => sign(options, untrusted.privateKey, 'RS256'),
    mintUnsigned: (options = {}) =>
      new UnsecuredJWT(claimsOf(options))
        .setSubject(options.clientId ?? 'ptpu-test-client')
        .setIssuer(options.issuer ?? issuer)
        .setExpirationTime('1h')
        .encode(),
    mintHs256: (options = {}) =>
      sign(options, new TextEncoder().encode('a-shared-secret-of-32-bytes-long!'), 'HS256'),
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
