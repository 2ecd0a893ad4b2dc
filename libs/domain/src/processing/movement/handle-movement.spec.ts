import { buildCustody } from '../../testing/build-delius-values';
import { buildMessageRow } from '../../testing/build-message-row';
import { buildBooking, buildMovement, buildPrisonerDetails } from '../../testing/build-prison-values';
import { notFound, ok } from '../../upstream/upstream-result';
import { UNTOUCHED_CUSTODY } from '../testing/fake-community-api';
import { processingKit } from '../testing/processing-kit';

const movementRow = () =>
  buildMessageRow({
    id: 'move-1',
    eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
    message: JSON.stringify({
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      bookingId: 1200835,
      movementSeq: 1,
    }),
  });

/** The original's sample: admission from Aberystwyth Crown Court to MDI, Delius custody not yet there. */
function sampleKit(settings: { interestedPrisons?: string[] } = {}) {
  const kit = processingKit([movementRow()], settings);
  kit.communityApi.custodyHoldingBookNumber = ok(UNTOUCHED_CUSTODY);
  kit.prisonApi.prisoners = [buildPrisonerDetails({ latestLocationId: 'MDI', convictedStatus: 'Convicted' })];
  return kit;
}

describe('processBooking: EXTERNAL_MOVEMENT_RECORD-INSERTED', () => {
  it('when a prisoner is admitted to MDI, then the custody record is moved there and the row COMPLETED', async () => {
    const kit = sampleKit();

    await kit.run();

    expect(kit.stored('move-1')).toMatchObject({ status: 'COMPLETED', retryCount: 0 });
    expect(kit.journal.argsOf('getMovement')).toEqual([[1200835, 1]]);
    expect(kit.journal.argsOf('setCustodyLocation')).toEqual([
      ['A5089DY', '38339A', { nomsPrisonInstitutionCode: 'MDI' }],
    ]);
    expect(kit.telemetry.events).toEqual([
      { name: 'P2PExternalMovement', properties: { bookingId: '1200835', movementSeq: '1' } },
      {
        name: 'P2PTransferProbationUpdated',
        properties: {
          bookingId: '1200835',
          movementType: 'ADM',
          fromAgency: 'ABRYCT',
          toAgency: 'MDI',
          offenderNo: 'A5089DY',
          latestLocation: 'MDI',
          convictedStatus: 'Convicted',
          toAgencyDescription: 'HMP Moorland',
        },
      },
    ]);
  });

  it('when Delius already has them at MDI, then nothing is written and the transfer still counts as updated', async () => {
    const kit = sampleKit();
    kit.communityApi.custodyHoldingBookNumber = ok(buildCustody());

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.stored('move-1').status).toBe('COMPLETED');
    expect(kit.telemetry.names()).toContain('P2PTransferProbationUpdated');
  });

  it('when Delius has no custody record for the book number, then COMPLETED as not found, without a write', async () => {
    const kit = sampleKit();
    kit.communityApi.custodyHoldingBookNumber = notFound();

    await kit.run();

    expect(kit.stored('move-1').status).toBe('COMPLETED');
    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.telemetry.names()).toEqual(['P2PExternalMovement', 'P2PTransferProbationRecordNotFound']);
  });

  it('when the location write answers 404, then COMPLETED as not found: movements are tried once', async () => {
    const kit = sampleKit();
    kit.communityApi.locationResult = notFound();

    await kit.run();

    expect(kit.stored('move-1')).toMatchObject({ status: 'COMPLETED', retryCount: 0 });
    expect(kit.telemetry.names()).toContain('P2PTransferProbationRecordNotFound');
  });

  it.each([
    [
      'the movement is not in NOMIS',
      (kit: ReturnType<typeof sampleKit>) => (kit.prisonApi.movement = notFound()),
      'Movement not found',
    ],
    [
      'it is not an admission (temporary absence)',
      (kit: ReturnType<typeof sampleKit>) =>
        (kit.prisonApi.movement = ok(buildMovement({ movementType: 'TAP', toAgency: 'MDI' }))),
      'Not a transfer',
    ],
    [
      'the admission names no prison',
      (kit: ReturnType<typeof sampleKit>) =>
        (kit.prisonApi.movement = ok(buildMovement({ toAgency: undefined }))),
      'Not a transfer',
    ],
    [
      'the booking is inactive',
      (kit: ReturnType<typeof sampleKit>) =>
        (kit.prisonApi.booking = ok(buildBooking({ activeFlag: false }))),
      'Not an active booking',
    ],
    [
      'the booking is gone',
      (kit: ReturnType<typeof sampleKit>) => (kit.prisonApi.booking = notFound()),
      'Booking not found',
    ],
  ])('when %s, then NO_LONGER_VALID with the reason and no Delius call', async (_case, arrange, reason) => {
    const kit = sampleKit();
    arrange(kit);

    await kit.run();

    expect(kit.stored('move-1').status).toBe('NO_LONGER_VALID');
    expect(kit.telemetry.find('P2PTransferIgnored')).toMatchObject({ bookingId: '1200835', reason });
    expect(kit.journal.names('getCustody', 'setCustodyLocation')).toEqual([]);
  });

  describe('a movement worked after the prisoner moved on (a DLQ redrive, events out of order)', () => {
    it.each([
      ['NOMIS now holds them in LEI', { agencyId: 'LEI', inOutStatus: 'IN' as const }],
      ['they are in transit to another prison', { agencyId: 'TRN', inOutStatus: 'TRN' as const }],
      ['they are in transit, NOMIS still naming MDI', { agencyId: 'MDI', inOutStatus: 'TRN' as const }],
      ['they are out (at court)', { agencyId: 'MDI', inOutStatus: 'OUT' as const }],
    ])('when %s, then nothing is written and NO_LONGER_VALID', async (_case, now) => {
      const kit = sampleKit();
      kit.prisonApi.booking = ok(buildBooking(now));

      await kit.run();

      expect(kit.journal.argsOf('getBooking')).toEqual([[1200835]]);
      expect(kit.journal.names('getCustody', 'setCustodyLocation')).toEqual([]);
      expect(kit.stored('move-1').status).toBe('NO_LONGER_VALID');
      expect(kit.telemetry.find('P2PTransferIgnored')).toMatchObject({
        toAgency: 'MDI',
        reason: 'Not held in that prison now',
      });
    });

    it('when NOMIS still holds them where the admission was into, then Delius is moved there (codes compared loosely)', async () => {
      const kit = sampleKit();
      kit.prisonApi.booking = ok(buildBooking({ agencyId: ' mdi ' }));
      kit.prisonApi.movement = ok(buildMovement({ toAgency: 'MDI' }));

      await kit.run();

      expect(kit.journal.names('setCustodyLocation')).toEqual(['setCustodyLocation']);
      expect(kit.stored('move-1').status).toBe('COMPLETED');
    });
  });

  it('when the destination is outside the interested prisons, then NO_LONGER_VALID before the booking is read', async () => {
    const kit = sampleKit({ interestedPrisons: ['LEI'] });

    await kit.run();

    expect(kit.stored('move-1').status).toBe('NO_LONGER_VALID');
    expect(kit.telemetry.find('P2PTransferIgnored')).toEqual({
      bookingId: '1200835',
      movementType: 'ADM',
      fromAgency: 'ABRYCT',
      toAgency: 'MDI',
      reason: 'Not at an interested prison',
    });
    expect(kit.journal.names('getBooking')).toEqual([]);
  });
});
