import { PRISON_IDENTIFIER_UPDATED } from '@ptpu/domain';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE } from './support/sample-events';

const DOMAIN_STATUS_CHANGE = JSON.stringify({
  eventType: 'prison-offender-events.prisoner.imprisonment-status-changed',
  version: 1,
  occurredAt: '2026-02-12T15:14:24+00:00',
  personReference: { identifiers: [{ type: 'NOMS', value: 'A5089DY' }] },
  additionalInformation: { bookingId: '1200835' },
});

const received = (prisonId: string) =>
  JSON.stringify({
    eventType: 'prison-offender-events.prisoner.received',
    version: 1,
    occurredAt: '2026-02-12T15:14:24+00:00',
    personReference: { identifiers: [{ type: 'NOMS', value: 'A5089DY' }] },
    additionalInformation: { nomsNumber: 'A5089DY', reason: 'TRANSFERRED', prisonId },
  });

/**
 * The same fact told on both channels (the classic prison event and its HMPPS domain event twin) is one row
 * path of one booking: worked once, written once, announced once.
 */
describe('processor: classic and domain events of one booking', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'both-channels', startLoop: false });
  });
  beforeEach(async () => {
    stack.sandbox.admin.loadWorld(stack.world);
    await stack.domainEvents.drain();
  });
  afterAll(() => stack.close());

  it('when a status change arrives on both channels inside one hold-back, then Delius gets one NOMS number write and one announcement', async () => {
    const classic = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE, {
      createdDate: new Date(Date.now() - 1000).toISOString(),
    });
    const domain = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', DOMAIN_STATUS_CHANGE, {
      receivedAs: 'prison-offender-events.prisoner.imprisonment-status-changed',
      bookingId: 1200835,
    });

    await stack.processor.loop.runOnce();

    expect(await stack.row(domain)).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(await stack.row(classic)).toMatchObject({ status: 'SUPERSEDED' });
    const numberWrites = stack.deliusWrites().filter((request) => request.path.endsWith('/nomsNumber'));
    expect(numberWrites).toHaveLength(1);
    const announced = await stack.domainEvents.drain();
    // One announcement of the one write (`updated`: the case held a number merged into A5089DY's).
    expect(announced.map((event) => event.eventType)).toEqual([PRISON_IDENTIFIER_UPDATED]);
  });

  it('when a prisoner is received into another prison, then the linked custody moves there, as for a classic admission', async () => {
    await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);
    await stack.processor.loop.runOnce();
    stack.sandbox.admin.recordMovement(1200835, {
      movementDate: '2026-02-12',
      movementTime: '10:00:00',
      movementReason: 'Transfer',
      movementType: 'ADM',
      directionCode: 'IN',
      movementReasonCode: 'INT',
      fromAgency: 'MDI',
      toAgency: 'LEI',
    });
    stack.sandbox.admin.clearRequests();
    const id = await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', received('LEI'), {
      receivedAs: 'prison-offender-events.prisoner.received',
      bookingId: 1200835,
    });

    await stack.processor.loop.runOnce();

    expect(await stack.row(id)).toMatchObject({ status: 'COMPLETED' });
    const custody = stack.sandbox.admin
      .deliusState('X142620')
      ?.convictions.find((conviction) => conviction.custody)?.custody;
    expect(custody?.institution).toBe('LEI');
    expect(stack.deliusWrites().map((request) => request.method)).toEqual(['PUT']);
  });
});
