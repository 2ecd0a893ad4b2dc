import { KEY_DATE_EVENT_TYPES, type KeyDateEventType } from '../../message/event-type';
import { buildCustody } from '../../testing/build-delius-values';
import { buildMessageRow } from '../../testing/build-message-row';
import { buildBooking, buildSentenceDetail } from '../../testing/build-prison-values';
import { notFound, ok } from '../../upstream/upstream-result';
import { processingKit } from '../testing/processing-kit';

const keyDatesRow = (eventType: KeyDateEventType = 'SENTENCE_DATES-CHANGED', id = 'dates-1') =>
  buildMessageRow({
    id,
    eventType,
    message: JSON.stringify({ eventType, eventDatetime: '2026-01-15T09:00:00', bookingId: 1200835 }),
  });

/** What Delius holds on sentencing day: NOMIS's dates then, plus a PED that NOMIS never had. */
const SENTENCING_DAY = {
  conditionalReleaseDate: '2020-08-10',
  licenceExpiryDate: '2021-02-10',
  hdcEligibilityDate: '2020-06-28',
  paroleEligibilityDate: '2020-07-01',
  sentenceExpiryDate: '2021-02-10',
  postSentenceSupervisionEndDate: '2021-08-10',
};

/** Booking 1200835 linked in Delius on sentencing day; NOMIS has since recalculated the release dates. */
function linkedKit(
  rows = [keyDatesRow()],
  settings: { interestedPrisons?: string[]; dryRun?: boolean } = {},
) {
  const kit = processingKit(rows, settings);
  kit.communityApi.custodyHoldingBookNumber = ok(buildCustody({ keyDates: SENTENCING_DAY }));
  kit.prisonApi.sentenceDetail = ok(
    buildSentenceDetail({ conditionalReleaseDate: '2020-09-30', confirmedReleaseDate: '2020-09-29' }),
  );
  return kit;
}

describe('processBooking: the key-date events', () => {
  it.each(KEY_DATE_EVENT_TYPES)(
    'when %s arrives after a recalculation, then only the changed dates are written, Delius’s PED kept',
    async (eventType) => {
      const kit = linkedKit([keyDatesRow(eventType)]);

      await kit.run();

      expect(kit.journal.argsOf('getCustody')).toEqual([['A5089DY', '38339A']]);
      expect(kit.journal.argsOf('replaceKeyDates')).toEqual([
        [
          'A5089DY',
          '38339A',
          { ...SENTENCING_DAY, conditionalReleaseDate: '2020-09-30', expectedReleaseDate: '2020-09-29' },
        ],
      ]);
      expect(kit.deliusWrites()).toEqual(['replaceKeyDates']);
      expect(kit.stored('dates-1')).toMatchObject({ status: 'COMPLETED', retryCount: 0 });
      expect(kit.telemetry.events).toEqual([
        {
          name: 'P2PKeyDatesUpdated',
          properties: {
            bookingId: '1200835',
            eventType,
            offenderNo: 'A5089DY',
            bookingNumber: '38339A',
            changed: 'ACR, EXP',
          },
        },
      ]);
      expect(kit.domainEvents.published).toEqual([]);
    },
  );

  it('when Delius already holds every date NOMIS has, then nothing is written: P2PKeyDatesUnchanged', async () => {
    const kit = linkedKit();
    kit.prisonApi.sentenceDetail = ok(buildSentenceDetail());

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.stored('dates-1').status).toBe('COMPLETED');
    expect(kit.telemetry.names()).toEqual(['P2PKeyDatesUnchanged']);
  });

  it('when NOMIS lacks dates Delius holds, then nothing is written and nothing deleted', async () => {
    const kit = linkedKit();
    kit.prisonApi.sentenceDetail = ok({ sentenceStartDate: '2020-02-11' });

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.telemetry.names()).toEqual(['P2PKeyDatesUnchanged']);
  });

  it('when several key-date events wait in one hold-back, then one Delius write, the others SUPERSEDED', async () => {
    const kit = linkedKit([
      keyDatesRow('SENTENCE_DATES-CHANGED', 'dates-1'),
      { ...keyDatesRow('KEY_DATE_ADJUSTMENT_UPSERTED', 'dates-2'), createdDate: '2026-01-15T09:01:00.000Z' },
      {
        ...keyDatesRow('CONFIRMED_RELEASE_DATE-CHANGED', 'dates-3'),
        createdDate: '2026-01-15T09:02:00.000Z',
      },
    ]);

    await kit.run();

    expect(kit.deliusWrites()).toEqual(['replaceKeyDates']);
    expect(kit.journal.names('getSentenceDetail')).toEqual(['getSentenceDetail']);
    expect(kit.stored('dates-3').status).toBe('COMPLETED');
    expect(kit.stored('dates-1').status).toBe('SUPERSEDED');
    expect(kit.stored('dates-2').status).toBe('SUPERSEDED');
  });

  it('when Delius has not linked the booking yet, then no write and no error: the row waits as KEY_DATES_NOT_UPDATED', async () => {
    const kit = linkedKit();
    kit.communityApi.custodyHoldingBookNumber = notFound();

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.journal.names('getSentenceDetail')).toEqual([]);
    const row = kit.stored('dates-1');
    expect(row).toMatchObject({ status: 'KEY_DATES_NOT_UPDATED', retryCount: 1 });
    expect(row.processedDate).toBeUndefined();
    expect(kit.telemetry.events).toEqual([
      {
        name: 'P2PKeyDatesCaseNotLinked',
        properties: {
          bookingId: '1200835',
          eventType: 'SENTENCE_DATES-CHANGED',
          offenderNo: 'A5089DY',
          bookingNumber: '38339A',
        },
      },
    ]);
  });

  it('when the write finds no single custody after all (404), then the row waits as KEY_DATES_NOT_UPDATED', async () => {
    const kit = linkedKit();
    kit.communityApi.keyDatesResult = notFound();

    await kit.run();

    expect(kit.stored('dates-1')).toMatchObject({ status: 'KEY_DATES_NOT_UPDATED', retryCount: 1 });
    expect(kit.telemetry.names()).toEqual(['P2PKeyDatesCaseNotLinked']);
  });

  it.each([
    ['the booking is inactive', { activeFlag: false }, [], 'Not an active booking'],
    ['the prison is not an interested one', { agencyId: 'LEI' }, ['MDI'], 'Not at an interested prison'],
  ])(
    'when %s, then NO_LONGER_VALID with the reason and no Delius call',
    async (_case, booking, prisons, reason) => {
      const kit = linkedKit([keyDatesRow()], { interestedPrisons: prisons });
      kit.prisonApi.booking = ok(buildBooking(booking));

      await kit.run();

      expect(kit.stored('dates-1').status).toBe('NO_LONGER_VALID');
      expect(kit.journal.names('getCustody', 'replaceKeyDates')).toEqual([]);
      expect(kit.telemetry.events).toEqual([
        {
          name: 'P2PKeyDatesIgnored',
          properties: { bookingId: '1200835', eventType: 'SENTENCE_DATES-CHANGED', reason },
        },
      ]);
    },
  );

  it('when prison-api has lost the booking, then NO_LONGER_VALID: Booking not found', async () => {
    const kit = linkedKit();
    kit.prisonApi.booking = notFound();

    await kit.run();

    expect(kit.stored('dates-1').status).toBe('NO_LONGER_VALID');
    expect(kit.telemetry.find('P2PKeyDatesIgnored')?.reason).toBe('Booking not found');
  });

  it('in dry run, then the merged write is recorded on the row, not sent', async () => {
    const kit = linkedKit([keyDatesRow()], { dryRun: true });

    await kit.run();

    expect(kit.deliusWrites()).toEqual([]);
    const row = kit.stored('dates-1');
    expect(row.status).toBe('DRY_RUN');
    expect(JSON.parse(row.intendedWrites ?? '[]')).toEqual([
      {
        write: 'replaceKeyDates',
        nomsNumber: 'A5089DY',
        bookingNo: '38339A',
        keyDates: {
          ...SENTENCING_DAY,
          conditionalReleaseDate: '2020-09-30',
          expectedReleaseDate: '2020-09-29',
        },
      },
    ]);
  });
});
