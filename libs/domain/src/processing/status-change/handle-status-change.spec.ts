import { SystemError } from '../../errors/system-error';
import { custodyKeyDatesFor } from '../../key-dates/custody-key-dates';
import { buildCandidateOffender, buildConviction } from '../../testing/build-delius-values';
import {
  buildBooking,
  buildPrisonerDetails,
  buildSentenceDetail,
  buildSentenceTerm,
} from '../../testing/build-prison-values';
import { notFound, ok } from '../../upstream/upstream-result';
import { processingKit } from '../testing/processing-kit';
import { alreadyInStep, statusChange, upstreamDown } from '../testing/status-change-fixtures';

describe('processBooking: IMPRISONMENT_STATUS-CHANGED', () => {
  describe('the original sample (booking 1200835, first run)', () => {
    it('when X142620 is the one case with a custodial sentence near 2020-02-11, then it is linked and the row COMPLETED', async () => {
      const kit = processingKit([statusChange()]);

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({
        status: 'COMPLETED',
        matchingCrns: 'X142620',
        processedDate: '2026-01-15T10:00:00.000Z',
        retryCount: 0,
      });
      expect(kit.stored('status-1').pendingEvents).toBeUndefined();
      expect(kit.deliusWrites()).toEqual([
        'setNomsNumber',
        'setBookingNumber',
        'setCustodyLocation',
        'replaceKeyDates',
      ]);
      expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
      expect(kit.journal.argsOf('setBookingNumber')).toEqual([
        ['A5089DY', { bookingNumber: '38339A', sentenceStartDate: '2020-02-11' }],
      ]);
      expect(kit.journal.argsOf('setCustodyLocation')).toEqual([
        ['A5089DY', '38339A', { nomsPrisonInstitutionCode: 'MDI' }],
      ]);
      expect(kit.journal.argsOf('replaceKeyDates')).toEqual([
        ['A5089DY', '38339A', custodyKeyDatesFor(buildSentenceDetail())],
      ]);
    });

    it('searches with the booking’s names, date of birth and NOMS number, the prisoner’s PNC and CRO, and an active sentence', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.prisoners = [
        buildPrisonerDetails({ pncNumber: '2019/0012345X', croNumber: '123456/19A' }),
      ];

      await kit.run();

      expect(kit.offenderSearch.requests).toEqual([
        {
          firstName: 'ANDY',
          surname: 'MARKE',
          dateOfBirth: '1970-01-01',
          nomsNumber: 'A5089DY',
          pncNumber: '2019/0012345X',
          croNumber: '123456/19A',
          activeSentence: true,
        },
      ]);
      expect(kit.journal.argsOf('getConvictions')).toEqual([['X142620'], ['X181002']]);
    });

    it('publishes one prison-identifier.added event, recorded on the row before publishing and cleared after', async () => {
      const kit = processingKit([statusChange()]);

      await kit.run();

      expect(kit.domainEvents.published).toEqual([
        expect.objectContaining({
          eventType: 'probation-case.prison-identifier.added',
          additionalInformation: { bookingNumber: '38339A' },
          personReference: {
            identifiers: [
              { type: 'CRN', value: 'X142620' },
              { type: 'NOMS', value: 'A5089DY' },
            ],
          },
        }),
      ]);
      expect(
        kit.journal.names(
          'setNomsNumber',
          'recordPendingEvents',
          'publish',
          'setBookingNumber',
          'completeAttempt',
        ),
      ).toEqual(['setNomsNumber', 'recordPendingEvents', 'publish', 'setBookingNumber', 'completeAttempt']);
      // Published, then removed by the write that ends the attempt rather than by a write of its own.
      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED' });
      expect(kit.stored('status-1').pendingEvents).toBeUndefined();
    });

    it('tells of the match, the NOMS number set and the update with the original’s property keys', async () => {
      const kit = processingKit([statusChange()]);

      await kit.run();

      expect(kit.telemetry.names()).toEqual([
        'P2POffenderMatch',
        'P2POffenderNumberSet',
        'P2PKeyDatesUpdated',
        'P2PImprisonmentStatusUpdated',
      ]);
      expect(kit.telemetry.find('P2PKeyDatesUpdated')).toEqual({
        bookingId: '1200835',
        eventType: 'IMPRISONMENT_STATUS-CHANGED',
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        changed: 'ACR, LED, HDE, SED, PSSED',
      });
      expect(kit.telemetry.find('P2POffenderMatch')).toEqual({
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        matchedBy: 'EXTERNAL_KEY',
        matches: '2',
        filtered_matches: '1',
        crns: 'X142620, X181002',
        filtered_crns: 'X142620',
        pass: 'first',
      });
      expect(kit.telemetry.find('P2PImprisonmentStatusUpdated')).toEqual({
        bookingId: '1200835',
        imprisonmentStatusSeq: '0',
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        agencyId: 'MDI',
        sentenceStartDate: '2020-02-11',
      });
    });
  });

  describe('done without matching', () => {
    it('when the imprisonment status sequence is not 0, then NO_LONGER_VALID before any call', async () => {
      const kit = processingKit([statusChange(88)]);

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'NO_LONGER_VALID', retryCount: 0 });
      expect(kit.journal.names('getSentenceTerms', 'getBooking')).toEqual([]);
      expect(kit.telemetry.events).toEqual([
        {
          name: 'P2PImprisonmentStatusNotSequenceZero',
          properties: { bookingId: '1200835', imprisonmentStatusSeq: '88' },
        },
      ]);
    });

    it('when no sentence term is primary, then NO_LONGER_VALID without reading the booking', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.sentenceTerms = [
        buildSentenceTerm({ startDate: '2020-11-21', consecutiveTo: 61 }),
        buildSentenceTerm({ startDate: undefined }),
      ];

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_LONGER_VALID');
      expect(kit.journal.names('getBooking')).toEqual([]);
      expect(kit.telemetry.names()).toEqual(['P2PImprisonmentStatusNoSentenceStartDate']);
    });

    it('when the booking is inactive, then NO_LONGER_VALID (stricter than the original, which said COMPLETED)', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.booking = ok(buildBooking({ activeFlag: false }));

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_LONGER_VALID');
      expect(kit.journal.names('match')).toEqual([]);
      expect(kit.telemetry.events).toEqual([
        {
          name: 'P2PImprisonmentStatusIgnored',
          properties: { bookingId: '1200835', imprisonmentStatusSeq: '0', reason: 'Not an active booking' },
        },
      ]);
    });

    it('when the booking is outside the interested prisons, then NO_LONGER_VALID before matching (the original matched first)', async () => {
      const kit = processingKit([statusChange()], { interestedPrisons: ['LEI', 'WWI'] });

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_LONGER_VALID');
      expect(kit.journal.names('match')).toEqual([]);
      expect(kit.telemetry.find('P2PImprisonmentStatusIgnored')).toEqual({
        bookingId: '1200835',
        imprisonmentStatusSeq: '0',
        reason: 'Not at an interested prison',
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        agencyId: 'MDI',
        sentenceStartDate: '2020-02-11',
      });
    });

    it('when the booking is no longer in NOMIS, then NO_LONGER_VALID', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.booking = notFound();

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_LONGER_VALID');
      expect(kit.telemetry.find('P2PImprisonmentStatusIgnored')).toMatchObject({
        reason: 'Booking not found',
      });
    });
  });

  describe('tried later', () => {
    it('when prison-api has no prisoner details, then ERROR and the count goes up', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.prisoners = [];

      const report = await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'ERROR', retryCount: 1 });
      expect(kit.stored('status-1').processedDate).toBeUndefined();
      expect(report.rows[0].error).toMatchObject({ code: 'PROCESSING.PRISONER_DETAILS_EMPTY' });
    });

    it('when an upstream fails, then ERROR, nothing is written and the fault is reported', async () => {
      const kit = processingKit([statusChange()]);
      kit.journal.fail('match', upstreamDown());

      const report = await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'ERROR', retryCount: 1 });
      expect(kit.deliusWrites()).toEqual([]);
      expect(report.rows[0].error).toBeInstanceOf(SystemError);
    });

    it('when offender-search finds nobody, then NO_MATCH with no CRNs', async () => {
      const kit = processingKit([statusChange()]);
      kit.offenderSearch.result = { matchedBy: 'NOTHING', matches: [] };

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'NO_MATCH', retryCount: 1 });
      expect(kit.stored('status-1').matchingCrns).toBeUndefined();
      expect(kit.telemetry.find('P2POffenderNoMatch')).toEqual({
        bookingId: '1200835',
        imprisonmentStatusSeq: '0',
        offenderNo: 'A5089DY',
        crns: '',
      });
    });

    it('when no candidate has a custodial sentence within 7 days, then NO_MATCH_WITH_SENTENCE_DATE with the candidates', async () => {
      const kit = processingKit([statusChange()]);
      kit.communityApi.convictions.set('X142620', [
        buildConviction({ sentence: { startDate: '2020-02-19' } }),
      ]);

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
        matchingCrns: 'X142620, X181002',
      });
      expect(kit.telemetry.names()).toEqual(['P2POffenderMatch', 'P2POffenderNoMatch']);
      expect(kit.deliusWrites()).toEqual([]);
    });

    it('when ALL_SUPPLIED names a case without a sentence near the date, then no match (stricter than the original)', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.communityApi.convictions.set('X142620', [
        buildConviction({ sentence: { startDate: '2013-06-25' } }),
      ]);

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_MATCH_WITH_SENTENCE_DATE');
    });

    it('when a candidate’s PNC contradicts the prisoner’s, then it is not a match (stricter than the original)', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.prisoners = [buildPrisonerDetails({ pncNumber: '2019/0012345X', croNumber: undefined })];
      kit.offenderSearch.result = {
        matchedBy: 'EXTERNAL_KEY',
        matches: [
          {
            offender: buildCandidateOffender({
              crn: 'X142620',
              nomsNumber: undefined,
              pncNumber: '19/99999Z',
              croNumber: undefined,
            }),
          },
        ],
      };

      await kit.run();

      expect(kit.stored('status-1').status).toBe('NO_MATCH_WITH_SENTENCE_DATE');
    });

    it('when the same PNC is written differently (2019/0012345X and 19/12345X), then the candidate still matches', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.prisoners = [buildPrisonerDetails({ pncNumber: '2019/0012345X', croNumber: undefined })];
      kit.offenderSearch.result = {
        matchedBy: 'EXTERNAL_KEY',
        matches: [
          {
            offender: buildCandidateOffender({
              crn: 'X142620',
              nomsNumber: undefined,
              pncNumber: '19/12345X',
              croNumber: undefined,
            }),
          },
        ],
      };

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
    });

    it('when two cases have a custodial sentence within 7 days, then TOO_MANY_MATCHES with both and nothing written', async () => {
      const kit = processingKit([statusChange()]);
      kit.offenderSearch.result.matches[1].offender.otherIds.nomsNumber = undefined;
      kit.communityApi.convictions.set('X181002', [
        buildConviction({ sentence: { startDate: '2020-02-04' } }),
      ]);

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({
        status: 'TOO_MANY_MATCHES',
        matchingCrns: 'X142620, X181002',
        retryCount: 1,
      });
      expect(kit.telemetry.find('P2POffenderTooManyMatches')).toMatchObject({
        filtered_crns: 'X142620, X181002',
      });
      expect(kit.deliusWrites()).toEqual([]);
    });

    it('when Delius has no single custody for the book number (404), then BOOKING_NUMBER_NOT_ASSIGNED, the NOMS number kept', async () => {
      const kit = processingKit([statusChange()]);
      kit.communityApi.bookingNumberResult = notFound();

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({
        status: 'BOOKING_NUMBER_NOT_ASSIGNED',
        matchingCrns: 'X142620',
        retryCount: 1,
      });
      expect(kit.deliusWrites()).toEqual(['setNomsNumber', 'setBookingNumber']);
      expect(kit.domainEvents.published).toHaveLength(1);
      expect(kit.telemetry.find('P2PBookingNumberNotAssigned')).toMatchObject({
        bookingNumber: '38339A',
        sentenceStartDate: '2020-02-11',
      });
    });

    it('when the location write answers 404, then LOCATION_NOT_UPDATED, kept until the sentence expiry day ends', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.sentenceDetail = ok(buildSentenceDetail({ sentenceExpiryDate: '2030-06-01' }));
      kit.communityApi.locationResult = notFound();

      await kit.run();

      const row = kit.stored('status-1');
      expect(row).toMatchObject({ status: 'LOCATION_NOT_UPDATED', matchingCrns: 'X142620', retryCount: 1 });
      expect(new Date(row.deleteBy * 1000).toISOString()).toBe('2030-06-01T22:59:59.000Z');
      expect(kit.deliusWrites()).not.toContain('replaceKeyDates');
      expect(kit.telemetry.names()).toContain('P2PLocationNotUpdated');
    });

    it('when the key-date write answers 404, then KEY_DATES_NOT_UPDATED, kept until the sentence expiry day ends', async () => {
      const kit = processingKit([statusChange()]);
      kit.prisonApi.sentenceDetail = ok(buildSentenceDetail({ sentenceExpiryDate: '2031-01-10' }));
      kit.communityApi.keyDatesResult = notFound();

      await kit.run();

      const row = kit.stored('status-1');
      expect(row).toMatchObject({ status: 'KEY_DATES_NOT_UPDATED', retryCount: 1 });
      expect(new Date(row.deleteBy * 1000).toISOString()).toBe('2031-01-10T23:59:59.000Z');
      expect(kit.telemetry.names()).toContain('P2PKeyDatesNotUpdated');
    });
  });
});
