/** Supplies the bearer token for outbound calls. */
export interface TokenProvider {
  /** A valid access token; throws a retryable `SystemError` (`AUTH.TOKEN`) when none can be had. */
  getToken(): Promise<string>;
  /** Forgets the cached token, e.g. after an upstream answered 401, so the next call fetches a new one. */
  invalidate(): void;
}
