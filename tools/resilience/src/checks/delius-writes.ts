import type { RecordedRequest } from '@ptpu/sandbox';

/** A NOMS-number write that changed Delius, and the domain event that must announce it. */
export interface AppliedNomsWrite {
  /** The case written, when the route names it (a merge's replace names only the old number). */
  crn: string | undefined;
  nomsNumber: string;
  receivedAt: string;
  caller: string | null;
}

const SET_BY_CRN = /^\/secure\/offenders\/crn\/([^/]+)\/nomsNumber$/;
const REPLACE_BY_NOMS = /^\/secure\/offenders\/nomsNumber\/([^/]+)\/nomsNumber$/;

/** Every community-api call that was not a read: the writes whose timing the late-write check judges. */
export function isDeliusWrite(request: RecordedRequest): boolean {
  return request.upstream === 'communityApi' && request.method !== 'GET';
}

/**
 * The NOMS-number writes that changed Delius: answered 2xx, or faulted after the sandbox applied them (the
 * caller saw an error or nothing, but the case holds the number).
 */
export function appliedNomsWrites(requests: readonly RecordedRequest[]): AppliedNomsWrite[] {
  const applied: AppliedNomsWrite[] = [];
  for (const request of requests) {
    if (request.upstream !== 'communityApi' || request.method !== 'PUT') continue;
    const byCrn = SET_BY_CRN.exec(request.path);
    if (byCrn === null && !REPLACE_BY_NOMS.test(request.path)) continue;
    const changed =
      request.fault !== null
        ? request.fault.applied
        : request.status !== null && request.status >= 200 && request.status < 300;
    const nomsNumber = (request.body as { nomsNumber?: unknown } | undefined)?.nomsNumber;
    if (!changed || typeof nomsNumber !== 'string') continue;
    applied.push({
      crn: byCrn === null ? undefined : decodeURIComponent(byCrn[1]),
      nomsNumber,
      receivedAt: request.receivedAt,
      caller: request.caller,
    });
  }
  return applied;
}
