import { createCapturingLogger } from '@ptpu/platform/testing';
import { logOtherAppsVariables, otherAppsConfigNames } from '@ptpu/platform';
import { loadReportsConfig, reportsConfigSchema } from '../src/config';

// The reports app reads the fewest variables: nearly all of the service's one environment is other apps'.
const sharedEnv = {
  ...Object.fromEntries(otherAppsConfigNames('reports').map((name) => [name, 'for the other apps'])),
  LOG_LEVEL: 'debug',
};

describe('the reports app in the environment the whole service shares', () => {
  it('loads its config as main.ts does, and logs once what it ignored and who reads it', () => {
    const config = loadReportsConfig(sharedEnv);
    const { logger, lines } = createCapturingLogger({ level: config.LOG_LEVEL });
    logOtherAppsVariables(logger, reportsConfigSchema, sharedEnv);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'debug',
      otherAppsVariables: {
        OAUTH_CLIENT_SECRET: ['validator', 'processor', 'retrier'],
        PTPU_CONSUMER_CONCURRENCY: ['validator'],
        PRISONTOPROBATION_HOLD_BACK_DURATION: ['processor'],
      },
    });
  });

  it('refuses a PTPU_ variable that no app reads, with the nearest real one', () => {
    expect(() => loadReportsConfig({ ...sharedEnv, PTPU_HTTP_TIMOUT: '5s' })).toThrow(
      /PTPU_HTTP_TIMOUT: .*did you mean PTPU_HTTP_TIMEOUT \(read by validator, processor, retrier\)\?/,
    );
  });
});
