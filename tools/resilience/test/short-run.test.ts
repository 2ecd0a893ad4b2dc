import { localEndpoints } from '@ptpu/local-stack';
import { failedChecks } from '../src/checks/scenario-result';
import { resultDetails, resultsTable } from '../src/report/results-table';
import { runSuite } from '../src/run-suite';
import { SHORT_RUN } from '../src/scenarios/all-scenarios';

/**
 * The short run of `npm test`: the fleet (2 validators, 2 processors, a retrier, each a process of its own)
 * under the named scenarios, every published event accounted for afterwards. `npm run test:resilience` runs
 * them all.
 */
describe('the resilience short run', () => {
  it(`keeps every check under ${SHORT_RUN.join(', ')}`, async () => {
    const results = await runSuite(localEndpoints(), { scenarios: SHORT_RUN, seed: 20260101 });
    process.stdout.write(`\n${resultsTable(results)}\n\n${resultDetails(results)}\n`);

    expect(results.map((result) => result.scenario)).toEqual(SHORT_RUN);
    expect(results.map((result) => [result.scenario, failedChecks(result)])).toEqual(
      SHORT_RUN.map((scenario) => [scenario, []]),
    );
    // A run that saw no write could not fail the announcement and late-write checks.
    for (const result of results) {
      expect(result.nomsWrites.length).toBeGreaterThan(0);
      expect(result.deliusWrites).toBeGreaterThan(0);
    }
    // About 95 s on an idle 2-core machine; the margin is for a busy CI runner, not for a slower service.
  }, 420_000);
});
