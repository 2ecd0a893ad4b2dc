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
const ADDED = 'probation-case.prison-identifier.added';
const UPDATED = 'probation-case.prison-identifier.updated';

/** A row that failed once (the short tier's next), by default of the sample booking 1200835. */
function retryingRow(
  id: string,
  message: Record<string, unknown>,
  { bookingId = 1200835, status = 'ERROR' }: Partial<Pick<MessageRow, 'bookingId' | 'status'>> = {},
): MessageRow {
  return buildMessageRow({
    id,
    bookingId,
    eventType: message.eventType as MessageRow['eventType'],
    message: JSON.stringify({ bookingId, ...message }),
    createdDate: '2026-01-15T08:00:00.000Z',
    deleteBy: reportingDeleteBy(new Date(START)),
    retryCount: 1,
    status,
  });
}

/**
 * Every NOMS number write a tier run makes is announced once. A write whose answer is lost (applied, then
 * answered 500), or whose event DynamoDB refused to record, is not a failed write: the next attempt must find,
 * by lookups alone, that Delius holds it, announce it once, and never send it again.
 */
describe('retrier: every NOMS number write is announced', () => {
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
      value: { bookings: [expect.objectContaining({ bookingId: 1200835, result: 'stopped' })] },
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

  it('when the wrong link that kept a row waiting is cleared, then the next tier run links the true case and announces it', async () => {
    // X670041 wrongly holds the prisoner's G5517WE, which hides his true case X670077 (the default world).
    const row = retryingRow(
      'held-elsewhere',
      { eventType: 'IMPRISONMENT_STATUS-CHANGED', imprisonmentStatusSeq: 0 },
      { bookingId: 1204370, status: 'NOMS_NUMBER_HELD_ELSEWHERE' },
    );
    await retrier.store(row);

    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await retrier.row(row.id)).toMatchObject({
      status: 'NOMS_NUMBER_HELD_ELSEWHERE',
      retryCount: 2,
      matchingCrns: 'X670077, X670041',
    });
    expect(retrier.sandbox.admin.requests({ upstream: 'communityApi', method: 'PUT' })).toEqual([]);
    expect(await domainEvents.drain()).toEqual([]);

    // The probation team removes the number from the wrong case.
    const cleared = await fetch(`${retrier.sandbox.urls.admin}/delius/X670041/nomsNumber`, {
      method: 'DELETE',
    });
    expect(cleared.status).toBe(200);
    await retrier.retrier.runTier('SHORT', 'schedule');

    expect(await retrier.row(row.id)).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X670077' });
    expect(retrier.sandbox.admin.deliusState('X670077')?.otherIds.nomsNumber).toBe('G5517WE');
    expect(writesTo('/secure/offenders/crn/X670077/nomsNumber')).toHaveLength(1);
    expect(await domainEvents.drain()).toEqual([
      expect.objectContaining({ eventType: ADDED, eventId: `${row.id}/${ADDED}/X670077` }),
    ]);
  });
});
