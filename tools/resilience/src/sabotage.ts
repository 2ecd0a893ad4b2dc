import type { ResilienceStack } from './stack/resilience-stack';
import type { WorldInput } from '@ptpu/sandbox';

/**
 * Deliberate breakage, to show the checks trip on a real run: a Delius NOMS-number write nobody announces, and
 * a write under a claim fence lower than one already taken for the same booking. Only `--sabotage` asks for it.
 */
export const SABOTAGES = ['unannounced-write', 'late-write'] as const;
export type Sabotage = (typeof SABOTAGES)[number];

export async function sabotage(
  kind: Sabotage,
  stack: ResilienceStack,
  world: WorldInput,
  claimsBefore: number,
): Promise<void> {
  const token = await stack.sandbox.mintToken(['ROLE_COMMUNITY', 'ROLE_COMMUNITY_CUSTODY_UPDATE']);
  const deliusCase = world.deliusCases?.at(-1);
  const prisoner = world.prisoners?.at(-1);
  if (deliusCase === undefined || prisoner === undefined)
    throw new Error('the world has nobody to write about');
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    'x-ptpu-caller': 'saboteur',
  };
  if (kind === 'late-write') {
    stack.evidence.collect();
    const taken = stack.evidence.claimsTaken.slice(claimsBefore).find((claim) => claim.fence > 1);
    if (taken === undefined) throw new Error('no claim with a fence above 1 was logged to write under');
    headers['x-ptpu-claim'] = `${taken.lockId};fence=${taken.fence - 1};owner=saboteur`;
  }
  const answer = await fetch(
    `${stack.sandbox.urls.communityApi}/secure/offenders/crn/${deliusCase.crn}/nomsNumber`,
    { method: 'PUT', headers, body: JSON.stringify({ nomsNumber: `${prisoner.offenderNo.slice(0, 5)}ZZ` }) },
  );
  if (!answer.ok) throw new Error(`the sabotage write was refused: ${answer.status}`);
}
