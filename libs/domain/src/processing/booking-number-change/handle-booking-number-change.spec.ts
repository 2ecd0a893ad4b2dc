import { buildMergedIdentifier } from '../../testing/build-prison-values';
import { processingKit } from '../testing/processing-kit';
import { mergeRow } from '../testing/merge-fixtures';

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

  it('when a second merged number is on another case, then only the first is replaced: the second would give A5089DY to two cases', async () => {
    const kit = processingKit([mergeRow()]);
    kit.prisonApi.mergedIdentifiers = [buildMergedIdentifier('A9999DY'), buildMergedIdentifier('A8888DY')];
    kit.communityApi.nomsNumbers.set('X2', 'A8888DY');

    await kit.run();

    expect(kit.journal.argsOf('replaceNomsNumber')).toEqual([['A9999DY', 'A5089DY']]);
    expect(kit.telemetry.find('P2PBookingNumberChangedNotApplied')).toEqual({
      bookingId: '1200835',
      offenderNo: 'A5089DY',
      oldOffenderNo: 'A8888DY',
      reason: 'New NOMS number already held by a case',
      crns: 'X142620',
    });
    expect(kit.communityApi.nomsNumbers.get('X2')).toBe('A8888DY');
    expect(kit.stored('merge-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
  });

  it('looks up who holds the old and the new number before the replace', async () => {
    const kit = processingKit([mergeRow()]);

    await kit.run();

    expect(kit.journal.names('findNomsNumberHolder', 'replaceNomsNumber')).toEqual([
      'findNomsNumberHolder',
      'findNomsNumberHolder',
      'replaceNomsNumber',
    ]);
    expect(kit.journal.argsOf('findNomsNumberHolder')).toEqual([['A9999DY'], ['A5089DY']]);
  });

  it('when nobody holds the old number, then COMPLETED, told as not found, and no replace is sent', async () => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.nomsNumbers.delete('X142620');

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('COMPLETED');
    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.telemetry.events).toEqual([
      {
        name: 'P2PBookingNumberChangedOffenderNotFound',
        properties: { bookingId: '1200835', offenderNo: 'A5089DY', oldOffenderNo: 'A9999DY' },
      },
    ]);
    expect(kit.domainEvents.published).toEqual([]);
  });

  it.each([
    [
      'two cases hold the old number (409)',
      { X142620: 'A9999DY', X7: 'A9999DY' },
      { reason: 'Old NOMS number held by several cases', crns: '' },
    ],
    [
      'the new number is already on another case',
      { X142620: 'A9999DY', X181002: 'A5089DY' },
      { reason: 'New NOMS number already held by a case', crns: 'X181002' },
    ],
    [
      'the new number is on two cases (409)',
      { X142620: 'A9999DY', X181002: 'A5089DY', X7: 'A5089DY' },
      { reason: 'New NOMS number already held by several cases', crns: '' },
    ],
  ])('when %s, then nothing is written, COMPLETED and told as not applied', async (_case, held, told) => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.nomsNumbers = new Map(Object.entries(held));

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.stored('merge-1').status).toBe('COMPLETED');
    expect(kit.telemetry.events).toEqual([
      {
        name: 'P2PBookingNumberChangedNotApplied',
        properties: { bookingId: '1200835', offenderNo: 'A5089DY', oldOffenderNo: 'A9999DY', ...told },
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

  it('when no merged number is left, then NO_LONGER_VALID, as the validator would say, with nothing written', async () => {
    const kit = processingKit([mergeRow()]);
    kit.prisonApi.mergedIdentifiers = [];

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('NO_LONGER_VALID');
    expect(kit.deliusWrites()).toEqual([]);
  });

  it('when the merge was made already (a re-run), then nothing is written, the case is named and nothing is told', async () => {
    const kit = processingKit([mergeRow()]);
    kit.communityApi.nomsNumbers.set('X142620', 'A5089DY');

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.stored('merge-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    expect(kit.telemetry.events).toEqual([]);
  });
});
