import { variablesOnlyOthersRead } from '@ptpu/deploy-contract';
import { warnUnreadVariables } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { validatorConfigSchema } from '../src/config';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';

// An environment the apps share: the stack's own variables, and every variable only another app reads (their
// values are those apps' to check, so any will do).
const otherApps = Object.fromEntries(
  variablesOnlyOthersRead('validator').map((name) => [name, 'another app’s']),
);

let stack: ValidatorStack;

beforeAll(async () => {
  stack = await startValidatorStack({ label: 'shared-env', env: otherApps });
});
afterAll(() => stack.close());

describe('the validator in an environment the apps share', () => {
  it('starts, and warns once of the PTPU_ variables it does not read, a typo with the name meant', async () => {
    expect((await fetch(`${stack.url()}/health/ping`)).status).toBe(200);
    const { logger, lines } = createCapturingLogger();
    warnUnreadVariables(logger, validatorConfigSchema, { ...stack.env, PTPU_DLQ_MAX_REDRIVE: '3' });

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        unreadVariables: expect.arrayContaining(['PTPU_LOCK_LEASE', 'PTPU_DLQ_MAX_REDRIVE']),
        didYouMean: { PTPU_DLQ_MAX_REDRIVE: 'PTPU_DLQ_MAX_REDRIVES' },
      }),
    ]);
  });
});
