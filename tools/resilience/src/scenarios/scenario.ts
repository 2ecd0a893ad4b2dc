import type { SeededRandom } from '../seeded-random';
import type { ResilienceStack } from '../stack/resilience-stack';

export interface ScenarioContext {
  stack: ResilienceStack;
  /** This scenario's own generator, seeded from the run's seed and the scenario's name. */
  random: SeededRandom;
  /** Waits until `ms` after the scenario's first event was published. */
  at(ms: number): Promise<void>;
  /** One line of what the fault schedule did, printed with the run. */
  note(line: string): void;
}

export interface Scenario {
  name: string;
  summary: string;
  bookings: number;
  events: number;
  /** The events are published evenly over this long, so faults meet the validators and the workers alike. */
  publishOverMs: number;
  /** Injects the scenario's faults and resolves once the last of them has ended. */
  inject(context: ScenarioContext): Promise<void>;
  /** How long after the faults end everything must be accounted for and worked. */
  settleWithinMs: number;
  /**
   * `all`: besides the classic events, each status change's HMPPS domain event twin is published on the domain
   * topic, and a probation event for every booking's case on the probation topic, all during the faults.
   */
  channels?: 'classic' | 'all';
}
