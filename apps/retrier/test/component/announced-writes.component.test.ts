import { parseWriteIntent, reportingDeleteBy, type MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import {
  createDomainEventProbe,
  DynamoDbFaultProxy,
  localEndpoints,
  type DomainEventProbe,
} from '@ptpu/local-stack';
import { DEFAULT_WORLD_PATH, readWorldFile } from '@ptpu/sandbox';
import { RetrierUnderTest } from '../support/retrier-under-test';

const START = '2026-01-15T10:00:00.000Z';
const UPDATED = 'probation-case.prison-identifier.updated';

/** A row of the sample booking 1200835 that failed once: the short tier's next. */
function retryingRow(id: string, message: Record<string, unknown>): MessageRow {
  return buildMessageRow({
    id,
    bookingId: 1200835,
    eventType: message.eventType as MessageRow['eventType'],
    message: JSON.stringify({ bookingId: 1200835, ...message }),
    createdDate: '2026-01-15T08:00:00.000Z',
    deleteBy: reportingDeleteBy(new Date(START)),
    retryCount: 1,
    status: 'ERROR',
  });
}

/**
 * A Delius write whose answer is lost (applied, then answered 500), or whose event DynamoDB refused to record,
 * is not a failed write: the next attempt must find, by lookups alone, that Delius holds it, announce it once,
 * and never send it again.
 */
describe('retrier: writes whose answer was lost are announced', () => {
  let retrier: RetrierUnderTest;
  let domainEvents: DomainEventProbe;
  let dynamodb: DynamoDbFaultProxy;

  beforeAll(async () => {
    // The retrier reaches DynamoDB through a proxy that can refuse chosen calls, as DynamoDB refuses them.
    dynamodb = await DynamoDbFaultProxy.start(localEndpoints().dynamodb);
    retrier = await RetrierUnderTest.start({
      world: await readWorldFile(DEFAULT_WORLD_PATH),
      startAt: START,
      env: { AWS_ENDPOINT_URL_DYNAMODB: dynamodb.url },
    });
    domainEvents = await createDomainEventProbe(
      retrier.aws.sns,
      retrier.aws.sqs,
      'announced',
      retrier.domainTopicArn,
    );
  });
  afterAll(async () => {
    await retrier?.stop();
    await dynamodb?.close();
  });

  beforeEach(async () => {
    retrier.sandbox.admin.loadWorld(await readWorldFile(DEFAULT_WORLD_PATH));
    retrier.sandbox.admin.clearRequests();
    dynamodb.clear();
    await domainEvents.drain();
  });

  const writesTo = (path: string) =>
    retrier.sandbox.admin.requests({ upstream: 'communityApi', method: 'PUT', path });

  it('when a NOMS number write is applied but answered 500, then the next attempt announces it once and does not send it again', async () => {
    const nomsNumberWrite = '/secure/offenders/crn/X142620/nomsNumber';
    retrier.sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: nomsNumberWrite,
      afterApply: true,
      status: 500,
      times: 1,
    });
    const row = retryingRow('lost-noms-answer', { eventType: 'IMPRISONMENT_STATUS-CHANGED' });
    await retrier.store(row);

    await retrier.retrier.runTier('SHORT', 'schedule');

    const afterLoss = await retrier.row(row.id);
    expect(afterLoss).toMatchObject({ status: 'ERROR', retryCount: 2 });
    expect(parseWriteIntent(row.id, afterLoss.writeIntent as string)).toMatchObject({ crn: 'X142620' });
    expect(retrier.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    expect(await domainEvents.drain()).toEqual([]);

    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await domainEvents.drain()).toEqual([
      expect.objectContaining({
        eventType: UPDATED,
        eventId: `${row.id}/${UPDATED}/X142620`,
        body: expect.objectContaining({
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        }),
      }),
    ]);
    expect(writesTo(nomsNumberWrite)).toHaveLength(1);
    const settled = await retrier.row(row.id);
    expect(settled.status).toBe('COMPLETED');
    expect(settled.writeIntent).toBeUndefined();
  });

  it('when a merge is applied but its answer is lost, then the next attempt finds the new number on the case and announces it once', async () => {
    const replace = '/secure/offenders/nomsNumber/A9999DY/nomsNumber';
    retrier.sandbox.admin.addFault({
      upstream: 'communityApi',
      method: 'PUT',
      path: replace,
      afterApply: true,
      reset: true,
      times: 1,
    });
    const row = retryingRow('lost-merge-answer', {
      eventType: 'BOOKING_NUMBER-CHANGED',
      previousBookingNumber: '38430A',
    });
    await retrier.store(row);

    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await retrier.row(row.id)).toMatchObject({ status: 'ERROR', retryCount: 2 });
    expect(retrier.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    expect(await domainEvents.drain()).toEqual([]);

    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await domainEvents.drain()).toEqual([
      expect.objectContaining({
        eventType: UPDATED,
        eventId: `${row.id}/${UPDATED}/X142620`,
        body: expect.objectContaining({
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        }),
      }),
    ]);
    expect(writesTo(replace)).toHaveLength(1);
    expect(await retrier.row(row.id)).toMatchObject({ status: 'COMPLETED' });
  });

  it('when DynamoDB refuses to record the event after the Delius write, then the booking stops and the next attempt announces the write once', async () => {
    const nomsNumberWrite = '/secure/offenders/crn/X142620/nomsNumber';
    // Every attempt the SDK makes at recording the owed event is refused, once the write has gone out.
    dynamodb.refuse({ operation: 'TransactWriteItems', bodyIncludes: 'SET pendingEvents', times: 3 });
    const row = retryingRow('event-not-recorded', { eventType: 'IMPRISONMENT_STATUS-CHANGED' });
    await retrier.store(row);

    const refused = await retrier.retrier.runTier('SHORT', 'schedule');

    expect(refused).toMatchObject({
      result: 'completed',
      report: { bookings: [expect.objectContaining({ bookingId: 1200835, result: 'stopped' })] },
    });
    expect(dynamodb.refused).toBe(3);
    const stopped = await retrier.row(row.id);
    expect(stopped).toMatchObject({ status: 'ERROR', retryCount: 1 });
    expect(stopped.pendingEvents).toBeUndefined();
    expect(parseWriteIntent(row.id, stopped.writeIntent as string)).toMatchObject({ crn: 'X142620' });
    expect(retrier.sandbox.admin.deliusState('X142620')?.otherIds.nomsNumber).toBe('A5089DY');
    expect(await domainEvents.drain()).toEqual([]);

    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await domainEvents.drain()).toEqual([
      expect.objectContaining({ eventType: UPDATED, eventId: `${row.id}/${UPDATED}/X142620` }),
    ]);
    expect(writesTo(nomsNumberWrite)).toHaveLength(1);
    expect(await retrier.row(row.id)).toMatchObject({ status: 'COMPLETED' });
  });
});
