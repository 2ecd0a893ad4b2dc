import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_MOVEMENT, SAMPLE_STATUS_CHANGE, statusChangeOf } from './support/sample-events';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** Which rows a cycle takes (docs/architecture.md, Processing a booking), with the production-like hold-back of 10 minutes. */
describe('processor: the hold-back', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({
      label: 'hold-back',
      startLoop: false,
      env: { PRISONTOPROBATION_HOLD_BACK_DURATION: '10m' },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.admin.loadWorld(stack.world);
    stack.sandbox.admin.clearRequests();
  });

  it('when a booking has only rows younger than the hold-back, then the cycle leaves them', async () => {
    const young = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', statusChangeOf(1201092), {
      createdDate: minutesAgo(9),
    });

    expect(await stack.processor.loop.runOnce()).toEqual({ worked: 0, 'claimed-elsewhere': 0, stopped: 0 });
    expect(await stack.row(young)).toMatchObject({ status: 'VALIDATED', retryCount: 0 });
  });

  it('when a booking has only rows in a retry tier, then the processor leaves them to the retrier', async () => {
    const retried = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', statusChangeOf(1201778), {
      createdDate: minutesAgo(90),
      retryCount: 1,
      status: 'NO_MATCH',
    });

    await stack.processor.loop.runOnce();

    expect(await stack.row(retried)).toMatchObject({ status: 'NO_MATCH', retryCount: 1 });
    expect(stack.sandbox.admin.requests()).toEqual([]);
  });

  it('when a due row has young siblings, then the whole booking is worked together, the status change first', async () => {
    const movement = await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', SAMPLE_MOVEMENT, {
      createdDate: minutesAgo(11),
    });
    const statusChange = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE, {
      createdDate: minutesAgo(1),
    });
    const duplicate = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE, {
      createdDate: minutesAgo(2),
    });

    expect(await stack.processor.loop.runOnce()).toEqual({ worked: 1, 'claimed-elsewhere': 0, stopped: 0 });

    expect((await stack.row(statusChange)).status).toBe('COMPLETED');
    expect((await stack.row(movement)).status).toBe('COMPLETED');
    expect((await stack.row(duplicate)).status).toBe('SUPERSEDED');
    const prisonCalls = stack.sandbox.admin
      .requests({ upstream: 'prisonApi' })
      .map((request) => request.path);
    expect(prisonCalls.indexOf('/api/offender-sentences/booking/1200835/sentenceTerms')).toBeLessThan(
      prisonCalls.indexOf('/api/bookings/1200835/movement/1'),
    );
    expect(prisonCalls.filter((path) => path.endsWith('/sentenceTerms'))).toHaveLength(1);
  });
});
