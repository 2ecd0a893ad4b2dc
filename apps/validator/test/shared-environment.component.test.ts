import { logOtherAppsVariables, otherAppsConfigNames } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { loadValidatorConfig, validatorConfigSchema } from '../src/config';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';

// The service's one environment: the stack's own variables, and every variable only another app reads (their
// values are those apps' to check, so any will do).
const otherApps = Object.fromEntries(
  otherAppsConfigNames('validator').map((name) => [name, 'another app’s']),
);

let stack: ValidatorStack;

beforeAll(async () => {
  stack = await startValidatorStack({ label: 'shared-env', env: otherApps });
});
afterAll(() => stack.close());

describe('the validator in the environment the whole service shares', () => {
  it('starts, and logs once which apps read the variables it ignored', async () => {
    expect((await fetch(`${stack.url()}/health/ping`)).status).toBe(200);
    const { logger, lines } = createCapturingLogger();
    logOtherAppsVariables(logger, validatorConfigSchema, stack.env);

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'debug',
        otherAppsVariables: expect.objectContaining({
          PTPU_LOCK_LEASE: ['processor', 'retrier'],
          RETRY_SCHEDULES_SHORT_CRON: ['retrier'],
        }),
      }),
    ]);
  });

  it('refuses a misspelt PTPU_ variable, naming the one meant', () => {
    expect(() => loadValidatorConfig({ ...stack.env, PTPU_DLQ_MAX_REDRIVE: '3' })).toThrow(
      /PTPU_DLQ_MAX_REDRIVE: .*did you mean PTPU_DLQ_MAX_REDRIVES/,
    );
  });
});
