import { buildCandidateOffender, buildConviction, buildCustody } from '../../testing/build-delius-values';
import { buildPrisonerDetails, buildSentenceDetail } from '../../testing/build-prison-values';
import type { OffenderIds } from '../../upstream/delius';
import type { MatchedBy } from '../../upstream/delius';
import { notFound, ok } from '../../upstream/upstream-result';
import { processingKit } from '../testing/processing-kit';
import { UNTOUCHED_CUSTODY } from '../testing/fake-community-api';
import { alreadyInStep, statusChange } from '../testing/status-change-fixtures';

type Kit = ReturnType<typeof processingKit>;

/** offender-search answering with these cases, none with a PNC or CRO unless given. */
const found = (matchedBy: MatchedBy, ...cases: Partial<OffenderIds>[]) => ({
  matchedBy,
  matches: cases.map((ids) => ({
    offender: buildCandidateOffender({ pncNumber: undefined, croNumber: undefined, ...ids }),
  })),
});

/** A case whose one custodial sentence started long before the prisoner's (2020-02-11). */
const withOldSentence = (kit: Kit, crn: string) =>
  kit.communityApi.convictions.set(crn, [buildConviction({ sentence: { startDate: '2013-06-25' } })]);

const heldElsewhere = (crns: string) => ({
  status: 'NOMS_NUMBER_HELD_ELSEWHERE',
  matchingCrns: crns,
  retryCount: 1,
});

/** Never write to the wrong person's record, never skip the right custody. */
describe('processBooking: IMPRISONMENT_STATUS-CHANGED on the right record', () => {
  describe('a look-alike linked to another prisoner', () => {
    it('when the one case with a custodial sentence within 7 days holds another NOMS number (no PNC or CRO anywhere), then it is not re-pointed, and the number it holds is told', async () => {
      const kit = processingKit([statusChange()]);
      kit.offenderSearch.result = found('NAME', { crn: 'X142620', nomsNumber: 'G1234AA' });

      await kit.run();

      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.stored('status-1')).toMatchObject({
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
        matchingCrns: 'X142620',
      });
      expect(kit.telemetry.find('P2PCandidateHoldsOtherNomsNumber')).toEqual({
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        crn: 'X142620',
        heldNomsNumber: 'G1234AA',
      });
    });

    it('when that number was merged into the prisoner’s, then it is them: the number is set by CRN and the update published with the previous number', async () => {
      const kit = processingKit([statusChange()]);
      kit.offenderSearch.result = found('NAME', { crn: 'X142620', nomsNumber: 'A9999DY' });

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
      expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
      expect(kit.journal.names('replaceNomsNumber')).toEqual([]);
      expect(kit.domainEvents.published).toEqual([
        expect.objectContaining({
          eventType: 'probation-case.prison-identifier.updated',
          additionalInformation: { bookingNumber: '38339A', previousNomsNumber: 'A9999DY' },
        }),
      ]);
      expect(kit.telemetry.find('P2POffenderNumberSet')).toEqual({
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        crn: 'X142620',
        oldOffenderNo: 'A9999DY',
      });
      expect(kit.telemetry.names()).not.toContain('P2PCandidateHoldsOtherNomsNumber');
    });

    it('when a merged-number case passes alongside another case, then TOO_MANY_MATCHES and nothing written', async () => {
      const kit = processingKit([statusChange()]);
      kit.offenderSearch.result = found(
        'NAME',
        { crn: 'X142620', nomsNumber: 'A9999DY' },
        { crn: 'X181002', nomsNumber: undefined },
      );
      kit.communityApi.convictions.set('X181002', [buildConviction()]);

      await kit.run();

      expect(kit.stored('status-1').status).toBe('TOO_MANY_MATCHES');
      expect(kit.deliusWrites()).toEqual([]);
    });

    it('reads the merged numbers only when a case that would match holds another number', async () => {
      const kit = processingKit([statusChange()]);

      await kit.run();

      expect(kit.journal.names('getMergedIdentifiers')).toEqual([]);
    });
  });

  describe('the NOMS number held by another case', () => {
    it('when the matched case lacks the number and another case holds it, then nothing is written and the row names both, matched case first', async () => {
      const kit = processingKit([statusChange()]);
      kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');

      await kit.run();

      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.domainEvents.published).toEqual([]);
      expect(kit.stored('status-1')).toMatchObject(heldElsewhere('X142620, X999999'));
      expect(kit.telemetry.find('P2PNomsNumberHeldElsewhere')).toEqual({
        bookingId: '1200835',
        imprisonmentStatusSeq: '0',
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        crn: 'X142620',
        crns: 'X999999',
        reason: 'NOMS number held by another case',
      });
    });

    it('when the matched case already holds the number and so does another (409), then it is still looked up and nothing is written', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.offenderSearch.result.matches.push({
        offender: buildCandidateOffender({ crn: 'X999999', nomsNumber: 'A5089DY' }),
      });
      withOldSentence(kit, 'X999999');
      kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');
      kit.communityApi.custodyHoldingBookNumber = notFound();

      await kit.run();

      expect(kit.journal.argsOf('findNomsNumberHolder')).toEqual([['A5089DY']]);
      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.stored('status-1')).toMatchObject(heldElsewhere('X142620, X999999'));
      expect(kit.telemetry.find('P2PNomsNumberHeldElsewhere')).toMatchObject({
        crns: 'X999999',
        reason: 'NOMS number held by several cases',
      });
    });

    it('when the probation team has cleared the wrong link, then the next attempt links the matched case', async () => {
      const kit = processingKit([statusChange()]);
      kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');
      await kit.run();
      kit.communityApi.nomsNumbers.delete('X999999');

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
      expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
    });

    it('when the matched case alone holds the number, then it is looked up and not set again', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);

      await kit.run();

      expect(kit.journal.argsOf('findNomsNumberHolder')).toEqual([['A5089DY']]);
      expect(kit.stored('status-1').status).toBe('COMPLETED');
    });
  });

  describe('an older custody holding the book number', () => {
    const olderCustody = buildCustody({ sentenceStartDate: '2016-05-03', bookingNumber: '38339A' });

    it('when the custody holding 38339A started in 2016, then the book number is set for 2020-02-11 and location and key dates go to the new custody', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.communityApi.custodyHoldingBookNumber = ok(olderCustody);
      kit.communityApi.bookingNumberResult = ok({ ...UNTOUCHED_CUSTODY, sentenceStartDate: '2020-02-11' });

      await kit.run();

      expect(kit.journal.argsOf('setBookingNumber')).toEqual([
        ['A5089DY', { bookingNumber: '38339A', sentenceStartDate: '2020-02-11' }],
      ]);
      expect(kit.deliusWrites()).toEqual(['setBookingNumber', 'setCustodyLocation', 'replaceKeyDates']);
      expect(kit.stored('status-1').status).toBe('COMPLETED');
    });

    it('when the custody holding it started within 7 days (2020-02-17), then it is this sentence’s and the book number is not set', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.communityApi.custodyHoldingBookNumber = ok(
        buildCustody({ sentenceStartDate: '2020-02-17', keyDates: {} }),
      );

      await kit.run();

      expect(kit.deliusWrites()).toEqual(['replaceKeyDates']);
    });

    it('when the location then answers 404, then BOOK_NUMBER_ON_TWO_CUSTODIES naming both custodies, kept until the sentence expires', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.prisonApi.sentenceDetail = ok(buildSentenceDetail({ sentenceExpiryDate: '2030-06-01' }));
      kit.communityApi.custodyHoldingBookNumber = ok(olderCustody);
      kit.communityApi.locationResult = notFound();

      await kit.run();

      const row = kit.stored('status-1');
      expect(row).toMatchObject({
        status: 'BOOK_NUMBER_ON_TWO_CUSTODIES',
        matchingCrns: 'X142620',
        retryCount: 1,
      });
      expect(new Date(row.deleteBy * 1000).toISOString()).toBe('2030-06-01T22:59:59.000Z');
      expect(kit.telemetry.find('P2PBookNumberOnTwoCustodies')).toEqual({
        bookingId: '1200835',
        imprisonmentStatusSeq: '0',
        offenderNo: 'A5089DY',
        bookingNumber: '38339A',
        agencyId: 'MDI',
        sentenceStartDate: '2020-02-11',
        crn: 'X142620',
        custodySentenceStartDate: '2020-02-11',
        olderCustodySentenceStartDate: '2016-05-03',
      });
      expect(kit.telemetry.names()).not.toContain('P2PLocationNotUpdated');
    });

    it('when a retry finds no single custody for the book number and the key dates answer 404, then the older custody is found in the convictions', async () => {
      const kit = processingKit([statusChange()]);
      alreadyInStep(kit);
      kit.communityApi.custodyHoldingBookNumber = notFound();
      kit.communityApi.convictions.set('X142620', [
        buildConviction({ index: '1', sentence: { startDate: '2016-05-03' }, custody: olderCustody }),
        buildConviction({ index: '3', sentence: { startDate: '2020-02-11' }, custody: buildCustody() }),
      ]);
      kit.communityApi.bookingNumberResult = ok(buildCustody());
      kit.communityApi.keyDatesResult = notFound();

      await kit.run();

      expect(kit.stored('status-1').status).toBe('BOOK_NUMBER_ON_TWO_CUSTODIES');
      expect(kit.telemetry.find('P2PBookNumberOnTwoCustodies')).toMatchObject({
        olderCustodySentenceStartDate: '2016-05-03',
      });
    });
  });

  describe('a stale NOMS link hiding the true case', () => {
    /** HMPPS_KEY finds only the wrong case X999999; without the NOMS number, NAME finds X142620. */
    function staleLink(kit: Kit, byNomsNumber: MatchedBy = 'HMPPS_KEY') {
      kit.offenderSearch.answer = (request) =>
        request.nomsNumber
          ? found(byNomsNumber, { crn: 'X999999', nomsNumber: 'A5089DY' })
          : found('NAME', { crn: 'X142620', nomsNumber: undefined });
      withOldSentence(kit, 'X999999');
      kit.communityApi.nomsNumbers.set('X999999', 'A5089DY');
    }

    it('when HMPPS_KEY answers with a case failing the rules, then the search is asked again without the NOMS number, and the stale holder is named', async () => {
      const kit = processingKit([statusChange()]);
      staleLink(kit);

      await kit.run();

      expect(kit.offenderSearch.requests.map((request) => request.nomsNumber)).toEqual([
        'A5089DY',
        undefined,
      ]);
      expect(kit.deliusWrites()).toEqual([]);
      expect(kit.stored('status-1')).toMatchObject(heldElsewhere('X142620, X999999'));
      expect(
        kit.telemetry.events
          .filter((event) => event.name === 'P2POffenderMatch')
          .map(({ properties }) => [properties.pass, properties.matchedBy, properties.filtered_crns]),
      ).toEqual([
        ['first', 'HMPPS_KEY', ''],
        ['second', 'NAME', 'X142620'],
      ]);
    });

    it.each([
      ['PNC', { pncNumber: '19/12345X' }],
      ['CRO', { croNumber: '123456/19a' }],
    ])(
      'when the holder agrees with NOMIS on %s, then it is the prisoner’s own case: the row waits for its sentence naming it alone, and the look-alike is not offered',
      async (_, holderIds) => {
        const kit = processingKit([statusChange()]);
        staleLink(kit);
        kit.prisonApi.prisoners = [buildPrisonerDetails()];
        kit.communityApi.policeIds.set('X999999', holderIds);

        await kit.run();

        expect(kit.deliusWrites()).toEqual([]);
        expect(kit.stored('status-1')).toMatchObject({
          status: 'NOMS_NUMBER_HOLDER_AWAITS_SENTENCE',
          matchingCrns: 'X999999',
          retryCount: 1,
        });
        expect(kit.telemetry.names()).not.toContain('P2PNomsNumberHeldElsewhere');
        expect(kit.telemetry.find('P2PNomsNumberHolderAwaitsSentence')).toEqual({
          bookingId: '1200835',
          imprisonmentStatusSeq: '0',
          offenderNo: 'A5089DY',
          bookingNumber: '38339A',
          crn: 'X999999',
        });
      },
    );

    it('when the holder’s PNC and CRO say nothing either way, then the row asks for a decision, naming both', async () => {
      const kit = processingKit([statusChange()]);
      staleLink(kit);
      kit.prisonApi.prisoners = [buildPrisonerDetails()];
      kit.communityApi.policeIds.set('X999999', { pncNumber: undefined });

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject(heldElsewhere('X142620, X999999'));
    });

    it('when the second search finds nobody, then the row keeps what the first search found, not NO_MATCH', async () => {
      const kit = processingKit([statusChange()]);
      staleLink(kit);
      kit.offenderSearch.answer = (request) =>
        request.nomsNumber ? found('HMPPS_KEY', { crn: 'X999999', nomsNumber: 'A5089DY' }) : found('NOTHING');

      await kit.run();

      expect(kit.journal.names('match')).toEqual(['match', 'match']);
      expect(kit.stored('status-1')).toMatchObject({
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
        matchingCrns: 'X999999',
      });
    });

    it('when the stale number has been cleared, then the next attempt links the true case', async () => {
      const kit = processingKit([statusChange()]);
      staleLink(kit);
      await kit.run();
      kit.communityApi.nomsNumbers.delete('X999999');
      kit.offenderSearch.answer = () => found('NAME', { crn: 'X142620', nomsNumber: undefined });

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({ status: 'COMPLETED', matchingCrns: 'X142620' });
      expect(kit.journal.argsOf('setNomsNumber')).toEqual([['X142620', 'A5089DY']]);
    });

    it.each(['ALL_SUPPLIED', 'ALL_SUPPLIED_ALIAS'] as const)(
      'when %s answers with cases holding the prisoner’s number and none passes, then it is asked again too',
      async (matchedBy) => {
        const kit = processingKit([statusChange()]);
        staleLink(kit, matchedBy);

        await kit.run();

        expect(kit.journal.names('match')).toEqual(['match', 'match']);
        expect(kit.stored('status-1').status).toBe('NOMS_NUMBER_HELD_ELSEWHERE');
      },
    );

    it('when a step that does not use the NOMS number answers with no passing case, then the search is asked once', async () => {
      const kit = processingKit([statusChange()]);
      withOldSentence(kit, 'X142620');

      await kit.run();

      expect(kit.journal.names('match')).toEqual(['match']);
      expect(kit.stored('status-1').status).toBe('NO_MATCH_WITH_SENTENCE_DATE');
    });

    it('when the second search finds no passing case either, then it decides: NO_MATCH_WITH_SENTENCE_DATE with its cases', async () => {
      const kit = processingKit([statusChange()]);
      staleLink(kit);
      withOldSentence(kit, 'X142620');

      await kit.run();

      expect(kit.stored('status-1')).toMatchObject({
        status: 'NO_MATCH_WITH_SENTENCE_DATE',
        matchingCrns: 'X142620',
      });
    });
  });
});
