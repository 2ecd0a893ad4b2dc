/** Who called, as the verified token says. */
export interface AuthenticatedCaller {
  /** `user_name` when a person is behind the token, otherwise `client_id` (as HMPPS services do). */
  principal: string;
  clientId?: string;
  userName?: string;
  /** The `authorities` claim: roles such as `ROLE_PTPU_REPORT`. */
  authorities: readonly string[];
}

/** Turns a bearer token into a caller, or says why it cannot be trusted. */
export interface TokenVerifier {
  /**
   * Rejects with `InvalidTokenError` when the token is not acceptable (the caller's problem: 401); any
   * other rejection means the token could not be checked (JWKS unreachable: our problem).
   */
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
