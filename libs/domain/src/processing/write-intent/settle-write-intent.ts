import type { CommunityApi, NomsNumberHolder } from '../../ports/community-api.port';
import type { WriteIntent } from './write-intent';

/**
 * What Delius holds, as far as lookups can tell, about a write that may or may not have been applied:
 * `applied` (announce its events), `not-applied` (forget it; the attempt decides afresh), or `unknown`
 * (keep it and try again later; `heldElsewhere` when the number is on several cases, which only the
 * probation team can sort out).
 */
export type IntentSettlement =
  { kind: 'applied' } | { kind: 'not-applied' } | { kind: 'unknown'; heldElsewhere: boolean };

/**
 * Settles an intent by reading Delius, never by sending the write again (a write whose answer was lost may
 * have been applied; sending it twice could move a number that has moved on since):
 * - a NOMS number set: the number's holder is the intended case -> applied; nobody, or another case ->
 *   not applied; several cases (community-api's 409) -> unknown, held elsewhere;
 * - a merge's replace: the new number's holder is the intended case -> applied; the old number's holder
 *   still is -> not applied; anything else -> unknown.
 * "Another case" is never the intended case itself.
 *
 * `mayStillLand`: the write may still be on its way (sent, or about to be, and not yet past the lease and the
 * write timeout). Delius not holding it yet then proves nothing, so what would be `not-applied` is `unknown`:
 * forgetting it would let the write land unannounced after the next decision found nothing to do.
 */
export async function settleWriteIntent(
  intent: WriteIntent,
  communityApi: Pick<CommunityApi, 'findNomsNumberHolder'>,
  mayStillLand: boolean,
): Promise<IntentSettlement> {
  const holds = (holder: NomsNumberHolder) => holder.kind === 'one' && holder.crn === intent.crn;
  const notApplied: IntentSettlement = mayStillLand
    ? { kind: 'unknown', heldElsewhere: false }
    : { kind: 'not-applied' };
  if (intent.write === 'setNomsNumber') {
    const holder = await communityApi.findNomsNumberHolder(intent.nomsNumber);
    if (holds(holder)) return { kind: 'applied' };
    if (holder.kind === 'several') return { kind: 'unknown', heldElsewhere: true };
    return notApplied;
  }
  if (holds(await communityApi.findNomsNumberHolder(intent.newNomsNumber))) return { kind: 'applied' };
  if (holds(await communityApi.findNomsNumberHolder(intent.oldNomsNumber))) return notApplied;
  return { kind: 'unknown', heldElsewhere: false };
}
