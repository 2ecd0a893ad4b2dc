import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { HealthCheckResult, HealthComponent } from '../http/health';
import type { Logger } from '../logging/create-logger';

/** Who called, as the verified token says. */
export interface AuthenticatedCaller {
  /** `user_name` when a person is behind the token, otherwise `client_id` (as HMPPS services do). */
  principal: string;
  clientId?: string;
  userName?: string;
  /** The `authorities` claim: roles such as `ROLE_PTPU_REPORT`. */
  authorities: readonly string[];
}

export interface TokenVerifier {
  /** `InvalidTokenError`: the token is not acceptable (401); any other rejection: JWKS unreachable (ours). */
  verify(token: string): Promise<AuthenticatedCaller>;
}

/** The token is missing, malformed, expired, from the wrong issuer or not signed by a trusted key. */
export class InvalidTokenError extends Error {
  readonly code = 'AUTH.INVALID_TOKEN';

  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'InvalidTokenError';
  }
}

function jwksUrlOf(oauthEndpointUrl: string): URL {
  return new URL(`${oauthEndpointUrl.replace(/\/+$/, '')}/.well-known/jwks.json`);
}

// jose errors that describe the token itself. Anything else (JWKS unreachable, not JSON, a bad key in the
// set) is a fault on our side and must not be reported to the caller as "your token is bad".
const TOKEN_FAULTS = new Set<string>([
  errors.JWTExpired.code,
  errors.JWTClaimValidationFailed.code,
  errors.JWTInvalid.code,
  errors.JWSInvalid.code,
  errors.JWSSignatureVerificationFailed.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
]);

/**
 * Verifies HMPPS Auth JWTs: RS256 only (so neither `alg: none` nor an HS256 token signed with a public key
 * passes), signed by a key from the JWKS at `OAUTH_ENDPOINT_URL` (cached and refreshed by jose), from
 * `OAUTH_ISSUER`, with an `exp` that has not passed. A rejected token is logged at warn with the reason
 * (never the token).
 */
export function createJwtVerifier(options: {
  oauthEndpointUrl: string;
  issuer: string;
  logger: Logger;
}): TokenVerifier {
  const keys = createRemoteJWKSet(jwksUrlOf(options.oauthEndpointUrl), { timeoutDuration: 5_000 });

  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          issuer: options.issuer,
          requiredClaims: ['exp'],
        });
        return callerOf(payload);
      } catch (error) {
        if (!(error instanceof errors.JOSEError) || !TOKEN_FAULTS.has(error.code)) throw error;
        options.logger.warn({ reason: error.message, code: error.code }, 'bearer token rejected');
        throw new InvalidTokenError(error.message, { cause: error });
      }
    },
  };
}

function callerOf(payload: JWTPayload): AuthenticatedCaller {
  const clientId = stringClaim(payload.client_id);
  const userName = stringClaim(payload.user_name);
  const principal = userName ?? clientId ?? payload.sub;
  if (!principal) throw new InvalidTokenError('token names no user_name, client_id or sub');
  const authorities = Array.isArray(payload.authorities)
    ? payload.authorities.filter((role): role is string => typeof role === 'string')
    : [];
  return { principal, clientId, userName, authorities };
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** /health component: the JWKS can be fetched and holds a key. An upstream, so never for readiness. */
export function createJwksHealthComponent(options: { oauthEndpointUrl: string }): HealthComponent {
  const url = jwksUrlOf(options.oauthEndpointUrl);
  const timeoutMs = 2_000;
  return {
    name: 'jwks',
    readiness: false,
    timeoutMs,
    async check(): Promise<HealthCheckResult> {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) {
        await response.body?.cancel();
        return { status: 'DOWN', details: { url: url.href, httpStatus: response.status } };
      }
      const body = (await response.json()) as { keys?: unknown };
      const keys = Array.isArray(body.keys) ? body.keys.length : 0;
      return { status: keys > 0 ? 'UP' : 'DOWN', details: { url: url.href, keys } };
    },
  };
}
