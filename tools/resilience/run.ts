/**
 * `npm run test:resilience [-- --scenarios a,b] [--seed N] [--sabotage unannounced-write,late-write]`: the
 * service as several processes of each app, under each fault scenario in turn, with every published event
 * accounted for afterwards. Prints one table row per scenario and exits non-zero when any check failed. Same
 * seed, same fault schedule. `--sabotage` breaks something on purpose, to see the checks catch it.
 */
import { parseArgs } from 'node:util';
import { ensureEmulators } from '@ptpu/local-stack';
import { failedChecks, type ScenarioResult } from './src/checks/scenario-result';
import { resultDetails, resultsTable } from './src/report/results-table';
import { runSuite } from './src/run-suite';
import { SABOTAGES, type Sabotage } from './src/sabotage';
import { ALL_SCENARIOS } from './src/scenarios/all-scenarios';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scenarios: { type: 'string', default: ALL_SCENARIOS.map((s) => s.name).join(',') },
      seed: { type: 'string', default: '20260101' },
      sabotage: { type: 'string', default: '' },
    },
  });
  const sabotages = values.sabotage.split(',').filter((kind) => kind !== '') as Sabotage[];
  const unknownSabotage = sabotages.filter((kind) => !SABOTAGES.includes(kind));
  if (unknownSabotage.length > 0)
    throw new Error(`unknown sabotage ${unknownSabotage.join(', ')} (known: ${SABOTAGES.join(', ')})`);
  const emulators = await ensureEmulators({ quiet: true });
  const results: ScenarioResult[] = [];
  const report = () => console.log(`\n${resultsTable(results)}\n\n${resultDetails(results)}`);
  try {
    await runSuite(emulators.endpoints, {
      scenarios: values.scenarios.split(',').map((name) => name.trim()),
      seed: Number(values.seed),
      log: (line) => console.log(line),
      sabotages,
      onResult: (result) => results.push(result),
    });
  } catch (error) {
    if (results.length > 0) report();
    throw error;
  } finally {
    await emulators.stop();
  }
  report();
  return results.some((result) => failedChecks(result).length > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`resilience: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
