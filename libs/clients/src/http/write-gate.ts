import { LEASE_PASSED_CODE, SystemError } from '@ptpu/domain';

/**
 * A booking claim's say on whether a write may still be sent (libs/store's `ActiveLock.writeGate`; declared
 * here so the clients need no store): the claim's identity for the request log, and how many ms of the lease
 * are left, answered synchronously.
 */
export interface WriteGate {
  readonly claimId: string;
  readonly owner: string;
  readonly fence: number;
  msLeft(): number;
}

/**
 * What a fetch does with requests other than GET: absent, sends them (token requests, offender-search's
 * `POST /match`, which only reads); `'refused'`, refuses them, so a client built without a claim cannot write;
 * a gate, sends each only while the gate says the lease holds.
 */
export type WritePolicy = WriteGate | 'refused';

/** A write refused because the claim it would be sent under may no longer be ours. */
export function leasePassed(request: Request, gate: WriteGate, msLeft: number, cause?: unknown): SystemError {
  return new SystemError(`${request.method} not sent: the lease of ${gate.claimId} may have passed`, {
    code: LEASE_PASSED_CODE,
    // The booking is left for whoever holds it now, or for a later run: nothing is wrong with the write itself.
    retryable: true,
    cause,
    details: { claimId: gate.claimId, fence: gate.fence, owner: gate.owner, msLeft, url: request.url },
  });
}

/** A write through a client that was not built under a claim: a wiring mistake, never sent. */
export function noWriteGate(request: Request): SystemError {
  return new SystemError(`${request.method} not sent: this client writes only under a booking claim`, {
    code: 'CLAIM.NO_WRITE_GATE',
    retryable: false,
    details: { url: request.url },
  });
}
