import { otherAppsConfigNames, otherAppsVariables } from '@ptpu/platform';
import { loadRetrierConfig, retrierConfigSchema } from '../../src/config';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld } from '../support/test-world';

// What only the validator and the processor read, set as in the one environment all four apps share.
const otherApps = Object.fromEntries(
  otherAppsConfigNames('retrier').map((name) => [name, 'not the retrier’s']),
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
    expect((await fetch(`${retrier.retrier.url}/health/ping`)).status).toBe(200);
    expect(Object.keys(otherAppsVariables(retrierConfigSchema, otherApps))).toEqual(
      otherAppsConfigNames('retrier'),
    );
  });

  it('refuses a misspelt PTPU_ variable and says which name was meant', () => {
    expect(() => loadRetrierConfig({ ...otherApps, PTPU_LOCK_LAESE: '2m' })).toThrow(
      /PTPU_LOCK_LAESE: .*did you mean PTPU_LOCK_LEASE \(read by processor, retrier\)\?/,
    );
  });
});
