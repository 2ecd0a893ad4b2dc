import { SystemError } from '@ptpu/domain';
import { setupServer } from 'msw/node';
import { createUpstreamClients, type UpstreamClientsOptions } from '../../src';
import { recordRequests } from '../../src/testing';

/** Made-up hosts: msw answers before any DNS lookup, and an unhandled request fails the test. */
export const urls = {
  prisonApi: 'http://prison-api.test',
  offenderSearch: 'http://offender-search.test',
  communityApi: 'http://community-api.test',
  auth: 'http://hmpps-auth.test/auth',
};

export const TOKEN = 'ABCDE';
export const TIMEOUT_MS = 150;

/** One msw server per test file, listening before any client exists; each test starts with no handlers. */
export function useFakeUpstreams() {
  const server = setupServer();
  const recorder = recordRequests(server);
  // msw 3 renamed msw 2's onUnhandledRequest to onUnhandledFrame; 'error' fails any request nobody expected.
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    recorder.clear();
  });
  afterAll(() => {
    recorder.stop();
    server.close();
  });
  return { server, recorder };
}

/** Clients as an app builds them, with back-off shrunk to a millisecond so retry tests stay fast. */
export function buildClients(overrides: Partial<UpstreamClientsOptions> = {}) {
  return createUpstreamClients({
    prisonApiUrl: urls.prisonApi,
    offenderSearchUrl: urls.offenderSearch,
    communityApiUrl: urls.communityApi,
    authUrl: urls.auth,
    clientId: 'ptpu-client',
    clientSecret: 'ptpu-secret',
    timeoutMs: TIMEOUT_MS,
    retry: { baseDelayMs: 1, maxDelayMs: 1 },
    ...overrides,
  });
}

/** Asserts a promise fails with a SystemError carrying `expected` (code, retryable, details...). */
export async function expectSystemError(
  promise: Promise<unknown>,
  expected: Record<string, unknown>,
): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SystemError);
  expect(err).toMatchObject(expected);
}
