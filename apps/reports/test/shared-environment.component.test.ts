import { variablesOnlyOthersRead } from '@ptpu/deploy-contract';
import { warnUnreadVariables } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { loadReportsConfig, reportsConfigSchema } from '../src/config';

// The reports app reads the fewest variables: nearly all of an environment the apps share is other apps'.
const sharedEnv = {
  ...Object.fromEntries(variablesOnlyOthersRead('reports').map((name) => [name, 'for the other apps'])),
  LOG_LEVEL: 'debug',
};

describe('the reports app in an environment the apps share', () => {
  it('loads its config as main.ts does, and warns once of the PTPU_ variables it does not read', () => {
    const config = loadReportsConfig(sharedEnv);
    const { logger, lines } = createCapturingLogger({ level: config.LOG_LEVEL });
    warnUnreadVariables(logger, reportsConfigSchema, sharedEnv);

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        unreadVariables: Object.keys(sharedEnv)
          .filter((name) => name.startsWith('PTPU_'))
          .sort(),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('for the other apps');
  });
});
