import { otherAppsConfigNames, otherAppsVariables } from '@ptpu/platform';
import { loadProcessorConfig, processorConfigSchema } from '../src/config';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';

// Every variable only another app reads, as the service's one environment holds them beside the processor's own.
const otherApps = Object.fromEntries(otherAppsConfigNames('processor').map((name) => [name, 'theirs']));

let stack: ProcessorStack;

beforeAll(async () => {
  stack = await startProcessorStack({ label: 'shared-env', env: otherApps, startLoop: false });
});
afterAll(() => stack.close());

describe('the processor beside the other apps’ variables', () => {
  it('starts, ignoring the validator’s queues and the retrier’s crons', async () => {
    expect((await fetch(`${stack.processor.url}/health/ping`)).status).toBe(200);
    expect(otherAppsVariables(processorConfigSchema, stack.env)).toMatchObject({
      HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME: ['validator'],
      OAUTH_ISSUER: ['validator', 'retrier', 'reports'],
      RETRY_SCHEDULES_LONG_CRON: ['retrier'],
    });
  });

  it('still refuses a PTPU_ name no app reads, suggesting the nearest', () => {
    expect(() => loadProcessorConfig({ ...stack.env, PTPU_PROCESING_CONCURRENCY: '4' })).toThrow(
      /PTPU_PROCESING_CONCURRENCY: .*did you mean PTPU_PROCESSING_CONCURRENCY \(read by processor, retrier\)/,
    );
  });
});
