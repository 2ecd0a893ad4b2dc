import { SystemError } from '../errors/system-error';
import { statusChange } from './testing/status-change-fixtures';
import { processingKit, WRITE_MAY_LAND_FOR_MS } from './testing/processing-kit';
import { intentRetention, INTENT_RETENTION_DAYS, INTENT_RETENTION_LIMIT_DAYS } from './owed-events';
import { parseWriteIntent, type WriteIntent } from './owed-events';
import { mergeRow } from './testing/merge-fixtures';

const answerLost = () =>
  new SystemError('community-api setNomsNumber answered 500', {
    code: 'UPSTREAM.HTTP_STATUS',
    retryable: true,
  });

const timedOut = () =>
  new SystemError('community-api setNomsNumber timed out', { code: 'UPSTREAM.TIMEOUT', retryable: true });

const DAY = 86_400;
/** The kit's clock, in epoch seconds. */
const nowSeconds = Date.parse('2026-01-15T10:00:00.000Z') / 1000;

const ADDED = 'probation-case.prison-identifier.added';
const UPDATED = 'probation-case.prison-identifier.updated';

describe('write intents: events follow what Delius holds, not whether the write answered', () => {
  it('when a NOMS number write is applied but its answer is lost, then the next attempt announces it by lookup and never sends it again', async () => {
    const kit = processingKit([statusChange()]);
    kit.communityApi.loseAnswerOf('setNomsNumber', answerLost());

    await kit.run();

    const afterLoss = kit.stored('status-1');
    expect(afterLoss).toMatchObject({ status: 'ERROR', retryCount: 1 });
    expect(parseWriteIntent('status-1', afterLoss.writeIntent as string)).toMatchObject({
      write: 'setNomsNumber',
      crn: 'X142620',
      nomsNumber: 'A5089DY',
    });
    expect(kit.domainEvents.published).toEqual([]);
    expect(kit.communityApi.nomsNumbers.get('X142620')).toBe('A5089DY');

    await kit.run();

    expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
    expect(kit.domainEvents.published.map((event) => event.eventType)).toEqual([ADDED]);
    expect(kit.telemetry.find('P2PWriteIntentSettled')).toMatchObject({ result: 'applied', crn: 'X142620' });
    expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
    expect(kit.stored('status-1').writeIntent).toBeUndefined();
    expect(kit.stored('status-1').pendingEvents).toBeUndefined();
  });

  it('when the intent is recorded before the write, then the order is: intent, write, events owed (intent settled), publish, end', async () => {
    const kit = processingKit([statusChange()]);

    await kit.run();

    expect(
      kit.journal.names(
        'recordWriteIntent',
        'setNomsNumber',
        'recordPendingEvents',
        'publish',
        'completeAttempt',
      ),
    ).toEqual(['recordWriteIntent', 'setNomsNumber', 'recordPendingEvents', 'publish', 'completeAttempt']);
    expect(kit.stored('status-1').writeIntent).toBeUndefined();
  });

  it('when the table refuses to record the events after the write, then the booking stops and the next attempt announces the write', async () => {
    const kit = processingKit([statusChange()]);
    kit.journal.fail('recordPendingEvents', new Error('ProvisionedThroughputExceededException'));

    await expect(kit.run()).rejects.toThrow('ProvisionedThroughputExceededException');
    expect(kit.stored('status-1').writeIntent).toBeDefined();
    expect(kit.domainEvents.published).toEqual([]);

    kit.journal.recover('recordPendingEvents');
    await kit.run();

    expect(kit.journal.argsOf('setNomsNumber')).toHaveLength(1);
    expect(kit.domainEvents.published.map((event) => event.eventType)).toEqual([ADDED]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
  });

  it('when the intent was recorded but the write never reached Delius, then the lookup forgets it and the write is made afresh', async () => {
    const kit = processingKit([statusChange()]);
    kit.journal.fail(
      'setNomsNumber',
      new SystemError('connection reset', { code: 'UPSTREAM.NETWORK', retryable: true }),
    );
    await kit.run();
    expect(kit.communityApi.nomsNumbers.get('X142620')).toBe('A9999DY');
    kit.journal.recover('setNomsNumber');
    kit.clock.advance(WRITE_MAY_LAND_FOR_MS);

    await kit.run();

    expect(kit.telemetry.find('P2PWriteIntentSettled')).toMatchObject({ result: 'not-applied' });
    expect(kit.communityApi.nomsNumbers.get('X142620')).toBe('A5089DY');
    expect(kit.domainEvents.published.map((event) => event.eventType)).toEqual([ADDED]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
  });

  it('when a write held on its way lands just after the next attempt looked, then that attempt keeps the intent and the write is announced once it lands', async () => {
    const kit = processingKit([statusChange()]);
    const inFlight = kit.communityApi.holdNomsNumberSet(timedOut());
    await kit.run();
    expect(kit.stored('status-1')).toMatchObject({ status: 'ERROR' });
    kit.clock.advance(WRITE_MAY_LAND_FOR_MS - 1);
    kit.communityApi.onNextHolderLookup(inFlight.land);

    await kit.run();

    expect(kit.telemetry.find('P2PWriteIntentSettled')).toMatchObject({ result: 'unknown' });
    expect(kit.stored('status-1')).toMatchObject({ status: 'WRITE_UNCONFIRMED' });
    expect(kit.stored('status-1').writeIntent).toBeDefined();

    await kit.run();

    expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
    expect(kit.domainEvents.published.map((event) => event.eventType)).toEqual([ADDED]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
  });

  it('when an intent settled as not applied lands after all before the decision, then the decision finding the number on that case announces it', async () => {
    const kit = processingKit([statusChange()]);
    const inFlight = kit.communityApi.holdNomsNumberSet(timedOut());
    await kit.run();
    kit.clock.advance(WRITE_MAY_LAND_FOR_MS);
    kit.communityApi.onNextHolderLookup(inFlight.land);

    await kit.run();

    expect(kit.telemetry.find('P2PWriteIntentSettled')).toMatchObject({ result: 'not-applied' });
    expect(kit.journal.argsOf('setNomsNumber')).toHaveLength(1);
    expect(kit.domainEvents.published.map((event) => event.eventType)).toEqual([ADDED]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
  });

  it('when the number is found already on the case with no intent of this booking naming it, then nothing is announced', async () => {
    const kit = processingKit([statusChange()]);
    kit.communityApi.nomsNumbers.set('X142620', 'A5089DY');

    await kit.run();

    expect(kit.deliusWrites()).not.toContain('setNomsNumber');
    expect(kit.domainEvents.published).toEqual([]);
  });

  it('when an attempt stops after recording its intent, then the row is already kept for it', async () => {
    const kit = processingKit([{ ...statusChange(), deleteBy: nowSeconds + DAY }]);
    kit.journal.fail(
      'setNomsNumber',
      new SystemError('lease', { code: 'CLAIM.LEASE_PASSED', retryable: true }),
    );

    await expect(kit.run()).rejects.toThrow('lease');

    expect(kit.stored('status-1').writeIntent).toBeDefined();
    expect(kit.stored('status-1').deleteBy).toBe(nowSeconds + INTENT_RETENTION_DAYS * DAY);
  });

  it('when attempts end still owing events they could not publish, then each keeps the row a week on for them', async () => {
    const kit = processingKit([{ ...statusChange(), deleteBy: nowSeconds + DAY }]);
    kit.domainEvents.publish = () => Promise.reject(new Error('topic down'));
    await kit.run();
    expect(kit.stored('status-1')).toMatchObject({
      status: 'ERROR',
      deleteBy: nowSeconds + INTENT_RETENTION_DAYS * DAY,
    });
    kit.clock.advance(6 * DAY * 1000);

    await kit.run();

    expect(kit.stored('status-1')).toMatchObject({
      status: 'ERROR',
      deleteBy: nowSeconds + (6 + INTENT_RETENTION_DAYS) * DAY,
    });
    expect(kit.stored('status-1').pendingEvents).toBeDefined();
    expect(kit.stored('status-1').writeIntent).toBeUndefined();
  });

  it("when a row holds an intent this service could not have written, then that row ends in error, kept, and the booking's other rows are still worked", async () => {
    const kit = processingKit([{ ...statusChange(), writeIntent: 'not json' }, mergeRow()]);

    const report = await kit.run();

    expect(report.rows.find((row) => row.rowAsRead.id === 'status-1')?.error).toMatchObject({
      code: 'PROCESSING.WRITE_INTENT_INVALID',
    });
    expect(kit.stored('status-1')).toMatchObject({ status: 'ERROR', writeIntent: 'not json' });
    expect(kit.stored('status-1').deleteBy).toBeGreaterThanOrEqual(nowSeconds + INTENT_RETENTION_DAYS * DAY);
    expect(kit.stored('merge-1')).toMatchObject({ status: 'COMPLETED' });
  });

  it('when the number is now on several cases, then the intent is kept, nothing is written and the row waits as held elsewhere', async () => {
    const kit = processingKit([statusChange()]);
    kit.communityApi.loseAnswerOf('setNomsNumber', answerLost());
    await kit.run();
    kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');
    kit.journal.clear();

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.journal.names('match')).toEqual([]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'NOMS_NUMBER_HELD_ELSEWHERE', retryCount: 2 });
    expect(kit.stored('status-1').writeIntent).toBeDefined();
    expect(kit.domainEvents.published).toEqual([]);
  });

  it('when a merge is applied but its answer is lost, then the next attempt finds the new number on the case and announces it', async () => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.loseAnswerOf('replaceNomsNumber', answerLost());

    await kit.run();
    expect(kit.stored('merge-1')).toMatchObject({ status: 'ERROR' });
    expect(kit.stored('merge-1').writeIntent).toBeDefined();

    await kit.run();

    expect(kit.journal.argsOf('replaceNomsNumber')).toEqual([['A9999DY', 'A5089DY']]);
    expect(kit.domainEvents.published).toEqual([
      expect.objectContaining({
        eventType: UPDATED,
        additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
      }),
    ]);
    expect(kit.stored('merge-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(kit.stored('merge-1').writeIntent).toBeUndefined();
    // The replace it settled is not then reported as a number nobody holds.
    expect(kit.telemetry.names()).not.toContain('P2PBookingNumberChangedOffenderNotFound');
  });

  it('when a merge with an intent is found neither applied nor refused, then it is kept and the row waits unconfirmed', async () => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.loseAnswerOf('replaceNomsNumber', answerLost());
    await kit.run();
    // Someone gave the case yet another number: neither lookup names the case now.
    kit.communityApi.nomsNumbers.set('X142620', 'B1111BB');

    await kit.run();

    expect(kit.journal.argsOf('replaceNomsNumber')).toHaveLength(1);
    expect(kit.stored('merge-1')).toMatchObject({ status: 'WRITE_UNCONFIRMED', matchingCrns: 'X142620' });
    expect(kit.stored('merge-1').writeIntent).toBeDefined();
    expect(kit.telemetry.find('P2PWriteIntentSettled')).toMatchObject({ result: 'unknown' });
    expect(kit.domainEvents.published).toEqual([]);
  });

  it('when the events are published again by a later attempt, then they carry the same event id', async () => {
    const kit = processingKit([statusChange()]);
    kit.journal.fail('completeAttempt', new Error('table down'));
    await expect(kit.run()).rejects.toThrow('table down');
    kit.journal.recover('completeAttempt');

    await kit.run();

    expect(kit.domainEvents.published).toHaveLength(2);
    expect(new Set(kit.domainEvents.eventIds)).toEqual(new Set([`status-1/${ADDED}/X142620`]));
  });

  it('when a superseded row holds an intent Delius cannot confirm, then it is not ended superseded: it waits with the intent', async () => {
    const intent: WriteIntent = {
      write: 'setNomsNumber',
      crn: 'X142620',
      nomsNumber: 'A5089DY',
      events: [],
      recordedAt: '2026-01-15T08:00:00.000Z',
    };
    const older = {
      ...statusChange(),
      id: 'status-old',
      createdDate: '2026-01-15T08:00:00.000Z',
      writeIntent: JSON.stringify(intent),
    };
    const kit = processingKit([older, { ...statusChange(), createdDate: '2026-01-15T09:00:00.000Z' }]);
    kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');
    kit.communityApi.nomsNumbers.set('X142620', 'A5089DY');

    await kit.run();

    expect(kit.stored('status-old')).toMatchObject({ status: 'NOMS_NUMBER_HELD_ELSEWHERE', retryCount: 1 });
    expect(kit.stored('status-old').processedDate).toBeUndefined();
    expect(kit.stored('status-old').writeIntent).toBeDefined();
  });

  it('when the transport refuses the write because the lease may have passed, then the booking stops with the intent kept', async () => {
    const kit = processingKit([statusChange()]);
    const leasePassed = new SystemError('lease may have passed', {
      code: 'CLAIM.LEASE_PASSED',
      retryable: true,
    });
    kit.journal.fail('setNomsNumber', leasePassed);

    await expect(kit.run()).rejects.toBe(leasePassed);

    expect(kit.stored('status-1')).toMatchObject({ status: 'VALIDATED', retryCount: 0 });
    expect(kit.stored('status-1').writeIntent).toBeDefined();
    expect(kit.journal.names('completeAttempt')).toEqual([]);
  });

  it('in dry run, then no intent is recorded', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });

    await kit.run();

    expect(kit.journal.names('recordWriteIntent')).toEqual([]);
    expect(kit.stored('status-1')).toMatchObject({ status: 'DRY_RUN' });
  });
});

describe('intentRetention', () => {
  const day = 86_400;
  const now = new Date('2026-03-01T00:00:00.000Z');
  const nowSeconds = now.getTime() / 1000;

  it('keeps the row a week past now while the intent is young', () => {
    expect(intentRetention(nowSeconds + day, '2026-02-28T00:00:00.000Z', now)).toEqual({
      deleteBy: nowSeconds + INTENT_RETENTION_DAYS * day,
      givenUp: false,
    });
  });

  it('never shortens a later deleteBy', () => {
    expect(intentRetention(nowSeconds + 20 * day, '2026-02-28T00:00:00.000Z', now).deleteBy).toBe(
      nowSeconds + 20 * day,
    );
  });

  it('stops at the limit after the intent was recorded, and says it gave up', () => {
    const recordedAt = new Date((nowSeconds - (INTENT_RETENTION_LIMIT_DAYS - 2) * day) * 1000).toISOString();
    expect(intentRetention(nowSeconds, recordedAt, now)).toEqual({
      deleteBy: nowSeconds + 2 * day,
      givenUp: true,
    });
  });
});

describe('parseWriteIntent', () => {
  const intent: WriteIntent = {
    write: 'replaceNomsNumber',
    crn: 'X1',
    oldNomsNumber: 'A1111AA',
    newNomsNumber: 'A2222AA',
    events: [],
    recordedAt: '2026-01-15T10:00:00.000Z',
  };

  it('reads back what it wrote', () => {
    expect(parseWriteIntent('row-1', JSON.stringify(intent))).toEqual(intent);
  });

  it.each([
    'not json',
    '[]',
    '{"write":"setNomsNumber","crn":"X1","recordedAt":"2026-01-15T10:00:00.000Z","events":[]}',
    '{"write":"setNomsNumber","crn":"X1","nomsNumber":"A1111AA","recordedAt":"soon","events":[]}',
  ])('refuses %s with a code', (text) => {
    expect(() => parseWriteIntent('row-1', text)).toThrow(
      expect.objectContaining({ code: 'PROCESSING.WRITE_INTENT_INVALID' }),
    );
  });
});
