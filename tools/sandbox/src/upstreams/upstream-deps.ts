import type { Clock } from '@ptpu/domain';
import type { TokenIssuer } from '../auth/token-issuer';
import type { WorldState } from '../state/world-state';

/** What every upstream's routes need: the world in force now (an admin load replaces it), tokens, time. */
export interface UpstreamDeps {
  world: () => WorldState;
  issuer: TokenIssuer;
  clock: Clock;
}
