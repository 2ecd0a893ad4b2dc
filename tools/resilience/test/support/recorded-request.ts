import type { RecordedRequest } from '@ptpu/sandbox';

/** A request as the sandbox's log records it, with what a test does not care about filled in. */
export function recordedRequest(overrides: Partial<RecordedRequest>): RecordedRequest {
  return {
    upstream: 'communityApi',
    method: 'PUT',
    path: '/secure/offenders/crn/X1/nomsNumber',
    query: {},
    body: { nomsNumber: 'A1234AA' },
    status: 200,
    receivedAt: '2026-12-02T10:00:00.000Z',
    caller: 'processor-1',
    claim: null,
    fault: null,
    ...overrides,
  };
}
