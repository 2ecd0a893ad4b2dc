import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Logger } from '../logging/create-logger';
import { type AuthenticatedCaller, InvalidTokenError, type TokenVerifier } from './token-verifier';

export interface JwtVerifierOptions {
  /** `OAUTH_ENDPOINT_URL` (includes `/auth`); keys come from `<it>/.well-known/jwks.json`. */
  oauthEndpointUrl: string;
  /** `OAUTH_ISSUER`: the only accepted `iss`. */
  issuer: string;
  /** Rejected tokens are logged here at warn, with the reason (never the token). */
  logger: Logger;
  /** How long fetching the JWKS may take; default 5000 ms. */
  jwksTimeoutMs?: number;
}

/** The JWKS address for an HMPPS Auth base URL. */
export function jwksUrlOf(oauthEndpointUrl: string): URL {
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
 * passes), signed by a key from the JWKS (cached and refreshed by jose), from `issuer`, with an `exp` that
 * has not passed.
 */
export function createJwtVerifier(options: JwtVerifierOptions): TokenVerifier {
  const keys = createRemoteJWKSet(jwksUrlOf(options.oauthEndpointUrl), {
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
  });

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
