import { variablesOnlyOthersRead } from '@ptpu/deploy-contract';
import { eventually } from '@ptpu/local-stack';
import { spawnValidator, type ValidatorProcess } from './support/validator-process';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';

// An environment the apps share: the stack's own variables, and every variable only another app reads (their
// values are those apps' to check, so any will do).
const otherApps = Object.fromEntries(
  variablesOnlyOthersRead('validator').map((name) => [name, 'a value of theirs']),
);

let stack: ValidatorStack;
let validator: ValidatorProcess | undefined;

beforeAll(async () => {
  stack = await startValidatorStack({ label: 'shared-env', start: false, env: otherApps });
});
afterAll(async () => {
  validator?.child.kill('SIGKILL');
  await validator?.exited;
  await stack.close();
});

describe('the validator in an environment the apps share', () => {
  it('starts from main.ts, and warns once of the PTPU_ variables it does not read, a typo with the name meant', async () => {
    validator = spawnValidator({ ...stack.env, LOG_LEVEL: 'info', PTPU_DLQ_MAX_REDRIVE: '3' });
    const { lines } = validator;

    await eventually(() =>
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'validator started' })),
    );
    expect(lines.filter((line) => line.level === 'warn')).toEqual([
      expect.objectContaining({
        msg: 'this app does not read these PTPU_ variables: another app’s, or a typo',
        unreadVariables: expect.arrayContaining(['PTPU_LOCK_LEASE', 'PTPU_DLQ_MAX_REDRIVE']),
        didYouMean: { PTPU_DLQ_MAX_REDRIVE: 'PTPU_DLQ_MAX_REDRIVES' },
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('a value of theirs');
  });
});
