import type { RunningProcessor } from '../src/processor';
import { eventually } from '@ptpu/local-stack';
import { PROCESSING_WAIT_MS, startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE, statusChangeOf } from './support/sample-events';

/** Two processors (two pods) on one message table and one schedule table. */
describe('processor: two pods on one table', () => {
  let stack: ProcessorStack;
  let other: RunningProcessor;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'claims', startLoop: false });
    other = await stack.startAnother();
  });
  afterAll(() => stack.close());

  /** Holds the first prison-api call of a booking long enough for the other pod to try the booking too. */
  const slowFirstCall = (bookingId: number) =>
    stack.sandbox.admin.addFault({
      upstream: 'prisonApi',
      path: `/api/offender-sentences/booking/${bookingId}/sentenceTerms`,
      delayMs: 500,
      times: 1,
    });

  it('when both work the same booking at once, then one works it and the other leaves it alone', async () => {
    slowFirstCall(1200835);
    const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);

    const results = await Promise.all([stack.processor.worker.work(1200835), other.worker.work(1200835)]);

    expect(results.map((result) => result.result).sort()).toEqual(['claimed-elsewhere', 'worked']);
    expect(await stack.row(id)).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(
      stack.sandbox.admin.requests({
        upstream: 'prisonApi',
        path: '/api/offender-sentences/booking/1200835/sentenceTerms',
      }),
    ).toHaveLength(1);
    expect(
      stack.deliusWrites().filter((request) => request.path === '/secure/offenders/crn/X142620/nomsNumber'),
    ).toHaveLength(1);
  });

  it('when both start a cycle at once, then only one runs it, under the processor lock', async () => {
    slowFirstCall(1201092);
    const id = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', statusChangeOf(1201092));

    const results = await Promise.all([stack.processor.loop.runOnce(), other.loop.runOnce()]);

    expect(results).toContain('locked-elsewhere');
    expect(results).toContainEqual({ worked: 1, 'claimed-elsewhere': 0, stopped: 0 });
    await eventually(async () => expect((await stack.row(id)).status).toBe('COMPLETED'), PROCESSING_WAIT_MS);
  });
});
