import type { EmulatorEndpoints } from '@ptpu/local-stack';
import type { ScenarioResult } from './checks/scenario-result';
import { runScenario } from './run-scenario';
import type { Sabotage } from './sabotage';
import { ALL_SCENARIOS } from './scenarios/all-scenarios';
import { ResilienceStack } from './stack/resilience-stack';
import { DEFAULT_STACK_SETTINGS, type StackSettings } from './stack/stack-settings';

export interface SuiteOptions {
  scenarios: readonly string[];
  seed: number;
  settings?: StackSettings;
  log?: (line: string) => void;
  /** Deliberate breakage the checks must catch (see src/sabotage.ts). */
  sabotages?: readonly Sabotage[];
  /** Told each scenario's result as it ends, so a run cut short by a broken stack still shows what it had. */
  onResult?: (result: ScenarioResult) => void;
}

/** Starts the stack once, runs the named scenarios one after another on it, and stops it. */
export async function runSuite(
  endpoints: EmulatorEndpoints,
  options: SuiteOptions,
): Promise<ScenarioResult[]> {
  const unknown = options.scenarios.filter((name) => !ALL_SCENARIOS.some((s) => s.name === name));
  if (unknown.length > 0)
    throw new Error(
      `unknown scenarios: ${unknown.join(', ')} (known: ${ALL_SCENARIOS.map((s) => s.name).join(', ')})`,
    );
  const log = options.log ?? (() => undefined);
  const stack = await ResilienceStack.start(endpoints, options.settings ?? DEFAULT_STACK_SETTINGS);
  log(`stack up: ${stack.apps.map((app) => app.podName).join(', ')}; logs in ${stack.logDir}`);
  const results: ScenarioResult[] = [];
  try {
    // In the order asked for; each scenario keeps its own index, so its bookings are its own in any order.
    for (const name of options.scenarios) {
      const index = ALL_SCENARIOS.findIndex((known) => known.name === name);
      const scenario = ALL_SCENARIOS[index];
      const result = await runScenario(stack, scenario, index, options.seed, log, options.sabotages);
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    await stack.stop();
  }
  return results;
}
