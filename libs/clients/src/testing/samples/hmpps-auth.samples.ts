import type { TokenResponse } from '../../wire-schemas';

/** The original stub's token (`ABCDE`), with the 20-minute lifetime HMPPS Auth gives system tokens. */
export const sampleTokenResponse = (overrides: Partial<TokenResponse> = {}): TokenResponse => ({
  access_token: 'ABCDE',
  token_type: 'bearer',
  expires_in: 1199,
  scope: 'read',
  sub: 'prison-to-probation-update-api-client',
  auth_source: 'none',
  iss: 'http://127.0.0.1:8090/auth/issuer',
  ...overrides,
});
