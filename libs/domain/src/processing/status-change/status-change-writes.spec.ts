import { buildSentenceDetail } from '../../testing/build-prison-values';
import { notFound, ok } from '../../upstream/upstream-result';
import { processingKit } from '../testing/processing-kit';
import { alreadyInStep, statusChange, upstreamDown } from '../testing/status-change-fixtures';

/** What a status change writes to Delius and publishes, and what it leaves alone. */
describe('processBooking: IMPRISONMENT_STATUS-CHANGED writes', () => {
  describe('compare before write', () => {
    it('when Delius already holds everything (a re-run of a completed booking), then nothing at all is written', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);

      await kit.run();

      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.domainEvents.published).toEqual([]);
      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    });

    it('when only the key dates differ, then only the key dates are written', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.prisonApi.sentenceDetail = ok(buildSentenceDetail({ confirmedReleaseDate: '2020-08-01' }));

      await kit.run();

      expect(kit.deliusWrites()).toEqual(['replaceKeyDates']);
    });

    it('when the case already holds the NOMS number (ALL_SUPPLIED), then it is not set again and no event is published', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.communityApi.custodyHoldingBookNumber = notFound();

      await kit.run();

      expect(kit.deliusWrites()).toEqual(['setBookingNumber', 'setCustodyLocation', 'replaceKeyDates']);
      expect(kit.telemetry.names()).not.toContain('P2POffenderNumberSet');
      expect(kit.domainEvents.published).toEqual([]);
    });

    it('writes ACR from the override date, EXP from the confirmed release date and PSSED from top-up supervision', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.sentenceDetail = ok(
        buildSentenceDetail({
          conditionalReleaseDate: '2020-08-10',
          conditionalReleaseOverrideDate: '2020-08-03',
          releaseDate: '2020-07-01',
          confirmedReleaseDate: '2020-08-04',
          topupSupervisionExpiryDate: '2021-08-10',
        }),
      );

      await kit.run();

      expect(kit.journal.argsOf('replaceKeyDates')[0][2]).toMatchObject({
        conditionalReleaseDate: '2020-08-03',
        expectedReleaseDate: '2020-08-04',
        postSentenceSupervisionEndDate: '2021-08-10',
      });
    });
  });

  describe('domain events at least once', () => {
    it('when publishing fails, then ERROR with the event kept on the row, and the next attempt publishes it first', async () => {
      const kit = processingKit([statusChange()]);
      kit.journal.fail('publish', upstreamDown());

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'ERROR', retryCount: 1 });
      expect(JSON.parse(kit.stored('status-1').pendingEvents ?? '[]')).toEqual([
        expect.objectContaining({ eventType: 'probation-case.prison-identifier.added' }),
      ]);

      kit.journal.recover('publish');
      kit.journal.clear();
      alreadyInStep(kit);
      await kit.run();

      expect(kit.journal.names().slice(0, 2)).toEqual(['pendingRowsOfBooking', 'publish']);
      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.domainEvents.published).toHaveLength(1);
      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', retryCount: 1 });
      expect(kit.stored('status-1').pendingEvents).toBeUndefined();
    });
  });
});
