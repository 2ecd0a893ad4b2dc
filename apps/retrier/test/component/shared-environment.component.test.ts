import { variablesOnlyOthersRead } from '@ptpu/deploy-contract';
import { warnUnreadVariables } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { retrierConfigSchema } from '../../src/config';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld } from '../support/test-world';

// What only the validator and the processor read, set as in an environment all four apps share.
const otherApps = Object.fromEntries(
  variablesOnlyOthersRead('retrier').map((name) => [name, 'not the retrier’s']),
);

let retrier: RetrierUnderTest;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: testWorld([]),
    startAt: '2026-01-15T10:00:00Z',
    env: otherApps,
  });
});
afterAll(() => retrier.stop());

describe('the retrier started with every app’s variables', () => {
  it('serves, having ignored the validator’s and the processor’s own variables', async () => {
    expect(otherApps).toHaveProperty('PTPU_MANAGEMENT_PORT');
    expect((await fetch(`${retrier.retrier.url}/health/ping`)).status).toBe(200);
  });

  it('warns of a misspelt PTPU_ variable and says which name was meant', () => {
    const { logger, lines } = createCapturingLogger();
    warnUnreadVariables(logger, retrierConfigSchema, { ...otherApps, PTPU_LOCK_LAESE: '2m' });

    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', didYouMean: { PTPU_LOCK_LAESE: 'PTPU_LOCK_LEASE' } }),
    ]);
  });
});
