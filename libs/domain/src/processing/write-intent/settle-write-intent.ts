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
 */
export async function settleWriteIntent(
  intent: WriteIntent,
  communityApi: Pick<CommunityApi, 'findNomsNumberHolder'>,
): Promise<IntentSettlement> {
  const holds = (holder: NomsNumberHolder) => holder.kind === 'one' && holder.crn === intent.crn;
  if (intent.write === 'setNomsNumber') {
    const holder = await communityApi.findNomsNumberHolder(intent.nomsNumber);
    if (holds(holder)) return { kind: 'applied' };
    if (holder.kind === 'several') return { kind: 'unknown', heldElsewhere: true };
    return { kind: 'not-applied' };
  }
  if (holds(await communityApi.findNomsNumberHolder(intent.newNomsNumber))) return { kind: 'applied' };
  if (holds(await communityApi.findNomsNumberHolder(intent.oldNomsNumber))) return { kind: 'not-applied' };
  return { kind: 'unknown', heldElsewhere: false };
}
