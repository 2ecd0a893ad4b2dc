import { eventually } from '@ptpu/local-stack';
import { PROCESSING_WAIT_MS, startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_MOVEMENT, SAMPLE_STATUS_CHANGE } from './support/sample-events';

const KEY_DATES_PATH = '/secure/offenders/nomsNumber/A5089DY/bookingNumber/38339A/custody/keyDates';

const keyDateEvent = (eventType: string, bookingId = 1200835) =>
  JSON.stringify({ eventType, eventDatetime: '2026-02-03T14:02:11.402917', bookingId });

/**
 * After sentencing day, through the sandbox's NOMIS and Delius: recalculated dates reach Delius with only the
 * changed ones written and none deleted, and a movement worked late never moves Delius back.
 */
describe('processor: Delius follows NOMIS after the link', () => {
  let stack: ProcessorStack;

  beforeAll(async () => {
    stack = await startProcessorStack({ label: 'following' });
  });
  afterAll(() => stack.close());

  const processed = (id: string) => stack.processed(id);

  const custodyOfX142620 = () =>
    stack.sandbox.admin.deliusState('X142620')?.convictions.find((conviction) => conviction.custody)?.custody;

  /** Booking 1200835 linked to X142620 as the sample status change leaves it: A5089DY, 38339A, MDI, key dates. */
  beforeEach(async () => {
    stack.sandbox.admin.loadWorld(stack.world);
    await processed(await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE));
    stack.sandbox.admin.clearRequests();
    await stack.domainEvents.drain();
  });

  it('when NOMIS recalculates and two key-date events wait together, then one write changes ACR and keeps LED', async () => {
    expect(custodyOfX142620()?.keyDates).toMatchObject({
      conditionalReleaseDate: '2022-11-26',
      licenceExpiryDate: '2025-09-10',
    });
    stack.sandbox.admin.changeSentenceDates(1200835, {
      conditionalReleaseDate: '2022-12-24',
      licenceExpiryDate: null,
    });

    const older = await stack.storeEvent('SENTENCE_DATES-CHANGED', keyDateEvent('SENTENCE_DATES-CHANGED'), {
      createdDate: new Date(Date.now() - 1000).toISOString(),
    });
    const newer = await stack.storeEvent(
      'KEY_DATE_ADJUSTMENT_UPSERTED',
      keyDateEvent('KEY_DATE_ADJUSTMENT_UPSERTED'),
    );

    expect(await processed(newer)).toMatchObject({ status: 'COMPLETED' });
    expect(await processed(older)).toMatchObject({ status: 'SUPERSEDED' });
    const writes = stack.deliusWrites();
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([`POST ${KEY_DATES_PATH}`]);
    expect(writes[0]?.body).toMatchObject({
      conditionalReleaseDate: '2022-12-24',
      licenceExpiryDate: '2025-09-10',
      sentenceExpiryDate: '2025-09-10',
    });
    expect(custodyOfX142620()?.keyDates).toMatchObject({
      conditionalReleaseDate: '2022-12-24',
      licenceExpiryDate: '2025-09-10',
    });
    expect(await stack.domainEvents.drain()).toEqual([]);
  });

  it('when a key-date event finds Delius already holding NOMIS’s dates, then nothing is written', async () => {
    const id = await stack.storeEvent(
      'CONFIRMED_RELEASE_DATE-CHANGED',
      keyDateEvent('CONFIRMED_RELEASE_DATE-CHANGED'),
    );

    expect(await processed(id)).toMatchObject({ status: 'COMPLETED' });
    expect(stack.deliusWrites()).toEqual([]);
  });

  it('when the prisoner is not linked in Delius yet, then no write and no error: the row waits', async () => {
    // G8312UW (booking 1201778) has no probation case the service can match.
    const id = await stack.storeEvent(
      'SENTENCE_DATES-CHANGED',
      keyDateEvent('SENTENCE_DATES-CHANGED', 1201778),
    );

    const row = await eventually(async () => {
      const waiting = await stack.row(id);
      expect(waiting.retryCount).toBe(1);
      return waiting;
    }, PROCESSING_WAIT_MS);
    expect(row).toMatchObject({ status: 'KEY_DATES_NOT_UPDATED' });
    expect(row.processedDate).toBeUndefined();
    expect(stack.deliusWrites()).toEqual([]);
  });

  it('when the prisoner was moved on to LEI, then the sample admission to MDI, worked late, leaves Delius at LEI', async () => {
    const base = { movementDate: '2026-02-01', movementTime: '09:00:00', movementReason: 'Transfer' };
    stack.sandbox.admin.recordMovement(1200835, {
      ...base,
      movementType: 'TRN',
      directionCode: 'OUT',
      movementReasonCode: 'NOTR',
      fromAgency: 'MDI',
      toAgency: 'LEI',
    });
    const admission = stack.sandbox.admin.recordMovement(1200835, {
      ...base,
      movementType: 'ADM',
      directionCode: 'IN',
      movementReasonCode: 'INT',
      fromAgency: 'MDI',
      toAgency: 'LEI',
    });
    const toLeeds = JSON.stringify({ ...JSON.parse(SAMPLE_MOVEMENT), movementSeq: admission?.sequence });
    expect(
      await processed(await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', toLeeds)),
    ).toMatchObject({
      status: 'COMPLETED',
    });
    expect(custodyOfX142620()?.institution).toBe('LEI');
    stack.sandbox.admin.clearRequests();

    const late = await processed(
      await stack.storeEvent('EXTERNAL_MOVEMENT_RECORD-INSERTED', SAMPLE_MOVEMENT),
    );

    expect(late.status).toBe('NO_LONGER_VALID');
    expect(stack.deliusWrites()).toEqual([]);
    expect(custodyOfX142620()?.institution).toBe('LEI');
  });
});
