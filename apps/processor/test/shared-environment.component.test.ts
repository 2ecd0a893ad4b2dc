import { variablesOnlyOthersRead } from '@ptpu/deploy-contract';
import { warnUnreadVariables } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { processorConfigSchema } from '../src/config';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';

// Every variable only another app reads, as an environment the apps share holds them beside the processor's own.
const otherApps = Object.fromEntries(variablesOnlyOthersRead('processor').map((name) => [name, 'theirs']));

let stack: ProcessorStack;

beforeAll(async () => {
  stack = await startProcessorStack({ label: 'shared-env', env: otherApps, startLoop: false });
});
afterAll(() => stack.close());

describe('the processor beside the other apps’ variables', () => {
  it('starts, ignoring the validator’s queues and the retrier’s crons', async () => {
    expect(otherApps).toHaveProperty('RETRY_SCHEDULES_LONG_CRON');
    expect((await fetch(`${stack.processor.url}/health/ping`)).status).toBe(200);
  });

  it('warns once of the PTPU_ variables it does not read, suggesting the name a typo meant', () => {
    const { logger, lines } = createCapturingLogger();
    warnUnreadVariables(logger, processorConfigSchema, { ...stack.env, PTPU_PROCESING_CONCURRENCY: '4' });

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        unreadVariables: expect.arrayContaining(['PTPU_CONSUMER_CONCURRENCY', 'PTPU_PROCESING_CONCURRENCY']),
        didYouMean: { PTPU_PROCESING_CONCURRENCY: 'PTPU_PROCESSING_CONCURRENCY' },
      }),
    ]);
  });
});
