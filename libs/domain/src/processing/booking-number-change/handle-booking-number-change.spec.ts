import { buildMessageRow } from '../../testing/build-message-row';
import { buildMergedIdentifier } from '../../testing/build-prison-values';
import { conflict, notFound, ok } from '../../upstream/upstream-result';
import { processingKit } from '../testing/processing-kit';

const mergeRow = () =>
  buildMessageRow({
    id: 'merge-1',
    eventType: 'BOOKING_NUMBER-CHANGED',
    message: JSON.stringify({
      eventType: 'BOOKING_NUMBER-CHANGED',
      bookingId: 1200835,
      previousBookingNumber: '38430A',
    }),
  });

describe('processBooking: BOOKING_NUMBER-CHANGED', () => {
  it('when A9999DY was merged into A5089DY, then Delius has it replaced, and the update is told and published', async () => {
    const kit = processingKit([mergeRow()]);

    await kit.run();

    expect(kit.stored('merge-1')).toMatchObject({ status: 'COMPLETED', retryCount: 0 });
    expect(kit.journal.argsOf('replaceNomsNumber')).toEqual([['A9999DY', 'A5089DY']]);
    expect(kit.telemetry.events).toEqual([
      {
        name: 'P2PBookingNumberChanged',
        properties: { bookingId: '1200835', offenderNo: 'A5089DY', oldOffenderNo: 'A9999DY', crn: 'X142620' },
      },
    ]);
    expect(kit.domainEvents.published).toEqual([
      expect.objectContaining({
        eventType: 'probation-case.prison-identifier.updated',
        additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        personReference: {
          identifiers: [
            { type: 'CRN', value: 'X142620' },
            { type: 'NOMS', value: 'A5089DY' },
          ],
        },
      }),
    ]);
    expect(
      kit.journal.names('replaceNomsNumber', 'recordPendingEvents', 'publish', 'completeAttempt'),
    ).toEqual(['replaceNomsNumber', 'recordPendingEvents', 'publish', 'completeAttempt']);
    expect(kit.stored('merge-1').pendingEvents).toBeUndefined();
  });

  it('when several cases held the old number and there are several merged numbers, then one event per case replaced', async () => {
    const kit = processingKit([mergeRow()]);
    kit.prisonApi.mergedIdentifiers = [buildMergedIdentifier('A9999DY'), buildMergedIdentifier('A8888DY')];
    kit.communityApi.replaceResult = ok([
      { crn: 'X1', nomsNumber: 'A5089DY' },
      { crn: 'X2', nomsNumber: 'A5089DY' },
    ]);

    await kit.run();

    expect(kit.journal.argsOf('replaceNomsNumber')).toEqual([
      ['A9999DY', 'A5089DY'],
      ['A8888DY', 'A5089DY'],
    ]);
    expect(kit.domainEvents.published.map((e) => e.personReference.identifiers[0].value)).toEqual([
      'X1',
      'X2',
      'X1',
      'X2',
    ]);
  });

  it.each([
    ['nobody holds the old number (404)', notFound()],
    ['the new number is already on another case (409)', conflict()],
  ])('when %s, then COMPLETED, told as not found, nothing published', async (_case, answer) => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.replaceResult = answer;

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('COMPLETED');
    expect(kit.telemetry.events).toEqual([
      {
        name: 'P2PBookingNumberChangedOffenderNotFound',
        properties: { bookingId: '1200835', offenderNo: 'A5089DY', oldOffenderNo: 'A9999DY' },
      },
    ]);
    expect(kit.domainEvents.published).toEqual([]);
  });

  it('when the booking is outside the interested prisons, then NO_LONGER_VALID without reading the merged numbers', async () => {
    const kit = processingKit([mergeRow()], { interestedPrisons: ['LEI'] });

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('NO_LONGER_VALID');
    expect(kit.journal.names('getMergedIdentifiers', 'replaceNomsNumber')).toEqual([]);
  });

  it('when no merged number is left, then COMPLETED with nothing written', async () => {
    const kit = processingKit([mergeRow()]);
    kit.prisonApi.mergedIdentifiers = [];

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('COMPLETED');
    expect(kit.deliusWrites()).toEqual([]);
  });
});
