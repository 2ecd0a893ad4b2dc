import { custodyKeyDatesFor } from '../key-dates/custody-key-dates';
import { buildMessageRow } from '../testing/build-message-row';
import { buildSentenceDetail } from '../testing/build-prison-values';
import { processingKit } from './testing/processing-kit';
import { alreadyInStep } from './testing/status-change-fixtures';

const statusChange = () => buildMessageRow({ id: 'status-1' });

describe('processBooking in dry run', () => {
  it('when a first run would link the case, then nothing is written or published and the row holds the intended writes', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });

    await kit.run();

    const row = kit.stored('status-1');
    expect(row).toMatchObject({
      status: 'DRY_RUN',
      matchingCrns: 'X142620',
      processedDate: '2026-01-15T10:00:00.000Z',
    });
    expect(JSON.parse(row.intendedWrites ?? '[]')).toEqual([
      { write: 'setNomsNumber', crn: 'X142620', nomsNumber: 'A5089DY' },
      {
        write: 'setBookingNumber',
        nomsNumber: 'A5089DY',
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
      },
      {
        write: 'setCustodyLocation',
        nomsNumber: 'A5089DY',
        bookingNo: '38339A',
        nomsPrisonInstitutionCode: 'MDI',
      },
      {
        write: 'replaceKeyDates',
        nomsNumber: 'A5089DY',
        bookingNo: '38339A',
        keyDates: custodyKeyDatesFor(buildSentenceDetail()),
      },
    ]);
    expect(kit.deliusWrites()).toEqual([]);
    expect(kit.journal.names('recordPendingEvents', 'publish')).toEqual([]);
  });

  it('still makes every read and decision, but no Delius read once a withheld write would have changed Delius', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });

    await kit.run();

    expect(
      kit.journal.names(
        'getSentenceTerms',
        'getBooking',
        'getPrisonerDetails',
        'match',
        'getConvictions',
        'getSentenceDetail',
      ),
    ).toEqual([
      'getSentenceTerms',
      'getBooking',
      'getPrisonerDetails',
      'match',
      'getConvictions',
      'getConvictions',
      'getSentenceDetail',
    ]);
    expect(kit.journal.names('getCustody')).toEqual([]);
  });

  it('tells P2PDryRun instead of the update, which did not happen', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });

    await kit.run();

    expect(kit.telemetry.names()).toEqual(['P2POffenderMatch', 'P2PDryRun']);
    expect(kit.telemetry.find('P2PDryRun')).toEqual({
      bookingId: '1200835',
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
    });
  });

  it('when Delius already holds everything, then no write is reached and the row ends as a real run would', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });
    alreadyInStep(kit);

    await kit.run();

    expect(kit.stored('status-1').status).toBe('COMPLETED');
    expect(kit.stored('status-1').intendedWrites).toBeUndefined();
  });

  it('when no case matches, then the row is tried later as in a real run', async () => {
    const kit = processingKit([statusChange()], { dryRun: true });
    kit.offenderSearch.result = { matchedBy: 'NOTHING', matches: [] };

    await kit.run();

    expect(kit.stored('status-1')).toMatchObject({ status: 'NO_MATCH', retryCount: 1 });
  });

  it('when a merge would replace a NOMS number, then DRY_RUN with the replacement and no event', async () => {
    const kit = processingKit(
      [
        buildMessageRow({
          id: 'merge-1',
          eventType: 'BOOKING_NUMBER-CHANGED',
          message: JSON.stringify({ eventType: 'BOOKING_NUMBER-CHANGED', bookingId: 1200835 }),
        }),
      ],
      { dryRun: true },
    );

    await kit.run();

    expect(kit.stored('merge-1').status).toBe('DRY_RUN');
    expect(JSON.parse(kit.stored('merge-1').intendedWrites ?? '[]')).toEqual([
      { write: 'replaceNomsNumber', oldNomsNumber: 'A9999DY', newNomsNumber: 'A5089DY' },
    ]);
    expect(kit.domainEvents.published).toEqual([]);
  });
});
