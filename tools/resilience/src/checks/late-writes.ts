import type { RecordedRequest } from '@ptpu/sandbox';

/** The apps' `claim taken` log line. */
export interface ClaimTaken {
  lockId: string;
  owner: string;
  fence: number;
  takenAt: string;
}

/** The `x-ptpu-claim` header of a write: `<claimId>;fence=<n>;owner=<owner>`. */
export interface WriteClaim {
  claimId: string;
  fence: number;
  owner: string;
}

export interface LateWrite {
  request: RecordedRequest;
  claim: WriteClaim;
  /** The later claim of the same booking, taken before the write arrived. */
  supersededBy: ClaimTaken;
}

export function parseClaimHeader(header: string): WriteClaim | undefined {
  const [claimId, ...parts] = header.split(';');
  const fields = new Map(parts.map((part) => part.split('=', 2) as [string, string]));
  const fence = Number(fields.get('fence'));
  const owner = fields.get('owner');
  if (claimId === '' || !Number.isInteger(fence) || owner === undefined) return undefined;
  return { claimId, fence, owner };
}

/**
 * Writes sent after their claim had passed to another worker: a write under fence f of a claim is late when a
 * fence above f of the same claim was taken before the sandbox received the write. Writes that carry no claim
 * header cannot be judged and are not counted here (`claimedWrites` says how many could be).
 */
export function findLateWrites(
  writes: readonly RecordedRequest[],
  claimsTaken: readonly ClaimTaken[],
): { late: LateWrite[]; claimedWrites: number } {
  const byLock = new Map<string, ClaimTaken[]>();
  for (const taken of claimsTaken) {
    const list = byLock.get(taken.lockId) ?? [];
    list.push(taken);
    byLock.set(taken.lockId, list);
  }
  const late: LateWrite[] = [];
  let claimedWrites = 0;
  for (const request of writes) {
    const claim = request.claim === null ? undefined : parseClaimHeader(request.claim);
    if (claim === undefined) continue;
    claimedWrites += 1;
    const receivedAt = Date.parse(request.receivedAt);
    const supersededBy = (byLock.get(claim.claimId) ?? []).find(
      (taken) => taken.fence > claim.fence && Date.parse(taken.takenAt) < receivedAt,
    );
    if (supersededBy !== undefined) late.push({ request, claim, supersededBy });
  }
  return { late, claimedWrites };
}
