import type { PrisonApi } from '../ports/upstreams.port';
import {
  buildBooking,
  buildMergedIdentifier,
  buildMovement,
  buildSentenceDetail,
  buildSentenceTerm,
} from '../testing/build-prison-values';
import type { Booking } from '../upstream/prison';
import type { Movement } from '../upstream/prison';
import type { OffenderIdentifier } from '../upstream/prison';
import type { SentenceDetail } from '../upstream/prison';
import type { SentenceTerm } from '../upstream/prison';
import { notFound, ok } from '../upstream/upstream-result';
import { validateEvent } from './validate-event';

const INTERESTED = ['MDI', 'WII'];
const BOOKING_ID = 1200835;

/** What prison-api knows in a test; `undefined` for booking/sentence terms/movement answers 404. */
interface PrisonWorld {
  booking?: Booking;
  sentenceTerms?: SentenceTerm[];
  sentenceDetail?: SentenceDetail;
  movement?: Movement;
  mergedIdentifiers?: OffenderIdentifier[];
}

/** An in-memory prison-api that records which calls were made, in order. */
function fakePrisonApi(world: PrisonWorld): PrisonApi & { calls: string[] } {
  const calls: string[] = [];
  const lookup = <T>(value: T | undefined) => Promise.resolve(value === undefined ? notFound() : ok(value));
  const unexpected = (name: string) => () => Promise.reject(new Error(`validation never calls ${name}`));
  return {
    calls,
    getBooking: (id) => (calls.push(`booking ${id}`), lookup(world.booking)),
    getSentenceTerms: (id) => (calls.push(`sentenceTerms ${id}`), lookup(world.sentenceTerms)),
    getMovement: (id, seq) => (calls.push(`movement ${id}/${seq}`), lookup(world.movement)),
    getMergedIdentifiers: (id) => (
      calls.push(`identifiers ${id}`),
      Promise.resolve(world.mergedIdentifiers ?? [])
    ),
    getSentenceDetail: (id) => (calls.push(`sentenceDetail ${id}`), lookup(world.sentenceDetail)),
    getPrisonerDetails: unexpected('getPrisonerDetails'),
  };
}

const statusChange = (imprisonmentStatusSeq = 0) =>
  ({ eventType: 'IMPRISONMENT_STATUS-CHANGED', bookingId: BOOKING_ID, imprisonmentStatusSeq }) as const;
const movementInserted = {
  eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
  bookingId: BOOKING_ID,
  movementSeq: 1,
} as const;
const numberChanged = { eventType: 'BOOKING_NUMBER-CHANGED', bookingId: BOOKING_ID } as const;

const rejectedFor = (reason: string) =>
  expect.objectContaining({ kind: 'reject', rejection: expect.objectContaining({ reason }) });

describe('validateEvent: IMPRISONMENT_STATUS-CHANGED', () => {
  const world = { booking: buildBooking(), sentenceTerms: [buildSentenceTerm()] };

  it('when the sequence is 0, a primary term has a start date and the booking is active in an interested prison, then it is accepted with the booking', async () => {
    const prisonApi = fakePrisonApi(world);
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
      booking: world.booking,
      sentenceStartDate: '2020-02-11',
    });
    expect(prisonApi.calls).toEqual([`sentenceTerms ${BOOKING_ID}`, `booking ${BOOKING_ID}`]);
  });

  it('when the sequence is not 0, then it is rejected before any call is made', async () => {
    const prisonApi = fakePrisonApi(world);
    await expect(validateEvent(statusChange(88), prisonApi, INTERESTED)).resolves.toEqual({
      kind: 'reject',
      rejection: { reason: 'non-zero-sequence', description: 'Non zero sequence' },
    });
    expect(prisonApi.calls).toEqual([]);
  });

  it('when no sentence term is primary (only consecutive ones), then it is rejected without fetching the booking', async () => {
    const prisonApi = fakePrisonApi({
      ...world,
      sentenceTerms: [buildSentenceTerm({ consecutiveTo: 1 })],
    });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('no-sentence-start-date'),
    );
    expect(prisonApi.calls).toEqual([`sentenceTerms ${BOOKING_ID}`]);
  });

  it('when there are no sentence terms (remand), then it is rejected as having no sentence start date', async () => {
    const prisonApi = fakePrisonApi({ ...world, sentenceTerms: [] });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('no-sentence-start-date'),
    );
  });

  it('when the booking is inactive, then it is rejected', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ activeFlag: false }) });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('booking-inactive'),
    );
  });

  it('when the booking is at XXX, outside the interested prisons, then it is rejected', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ agencyId: 'XXX' }) });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-interested-prison'),
    );
  });

  it('when no prisons are listed, then a booking at any prison is accepted', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ agencyId: 'XXX' }) });
    await expect(validateEvent(statusChange(), prisonApi, [])).resolves.toMatchObject({ kind: 'accept' });
  });

  it('when prison-api has no such booking (its sentence terms 404), then it is rejected as booking not found', async () => {
    const prisonApi = fakePrisonApi({});
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('booking-not-found'),
    );
  });
});

describe('validateEvent: IMPRISONMENT_STATUS-CHANGED when the sentence detail and the sentence terms disagree', () => {
  // The original validator read `sentenceDetail.sentenceStartDate`; the rule reads the primary sentence start
  // date the processor matches and sets the book number with, so both decide on the same date.
  it('when the sentence detail has a start date but no term is primary, then it is rejected, the detail never read', async () => {
    const prisonApi = fakePrisonApi({
      booking: buildBooking(),
      sentenceDetail: buildSentenceDetail({ sentenceStartDate: '2020-02-11' }),
      sentenceTerms: [buildSentenceTerm({ consecutiveTo: 1 })],
    });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('no-sentence-start-date'),
    );
    expect(prisonApi.calls).toEqual([`sentenceTerms ${BOOKING_ID}`]);
  });

  it('when the sentence detail has no start date but a primary term has one, then it is accepted', async () => {
    const prisonApi = fakePrisonApi({
      booking: buildBooking(),
      sentenceDetail: buildSentenceDetail({ sentenceStartDate: undefined }),
      sentenceTerms: [buildSentenceTerm({ startDate: '2020-02-11' })],
    });
    await expect(validateEvent(statusChange(), prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
    });
    expect(prisonApi.calls).toEqual([`sentenceTerms ${BOOKING_ID}`, `booking ${BOOKING_ID}`]);
  });
});

describe('validateEvent: EXTERNAL_MOVEMENT_RECORD-INSERTED', () => {
  const world = { booking: buildBooking(), movement: buildMovement() };

  it('when an active booking is admitted to an interested prison, then it is accepted after movement and booking', async () => {
    const prisonApi = fakePrisonApi(world);
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
      booking: world.booking,
      movement: world.movement,
    });
    expect(prisonApi.calls).toEqual([`movement ${BOOKING_ID}/1`, `booking ${BOOKING_ID}`]);
  });

  it('when the movement is not found, then it is rejected without fetching the booking', async () => {
    const prisonApi = fakePrisonApi({ booking: world.booking });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('movement-not-found'),
    );
    expect(prisonApi.calls).toEqual([`movement ${BOOKING_ID}/1`]);
  });

  it.each([
    ['a court movement', buildMovement({ movementType: 'CRT' })],
    ['a release', buildMovement({ movementType: 'REL', toAgency: undefined })],
    ['an admission with no destination', buildMovement({ toAgency: undefined })],
  ])('when it is %s, then it is rejected as not an admission', async (_case, movement) => {
    const prisonApi = fakePrisonApi({ ...world, movement });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-an-admission'),
    );
  });

  it('when the destination is outside the interested prisons, then it is rejected even if the booking is at one', async () => {
    const prisonApi = fakePrisonApi({ ...world, movement: buildMovement({ toAgency: 'XXX' }) });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-interested-prison'),
    );
    expect(prisonApi.calls).toEqual([`movement ${BOOKING_ID}/1`]);
  });

  it('when the booking is inactive, then it is rejected', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ activeFlag: false }) });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('booking-inactive'),
    );
  });

  it.each([
    ['NOMIS holds them in another prison now', buildBooking({ agencyId: 'WII' })],
    ['they are in transit', buildBooking({ agencyId: 'TRN', inOutStatus: 'TRN' })],
    ['they are out of the prison', buildBooking({ inOutStatus: 'OUT' })],
    ['prison-api does not say whether they are in', buildBooking({ inOutStatus: undefined })],
  ])('when %s, then it is rejected as not held there now', async (_case, booking) => {
    const prisonApi = fakePrisonApi({ ...world, booking });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-held-there-now'),
    );
  });

  it('when the booking is not found, then it is rejected as booking not found', async () => {
    const prisonApi = fakePrisonApi({ movement: world.movement });
    await expect(validateEvent(movementInserted, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('booking-not-found'),
    );
  });
});

describe('validateEvent: a prisoner received (the HMPPS domain event)', () => {
  const received = (reason: string, prisonId = 'MDI') =>
    ({
      eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
      bookingId: BOOKING_ID,
      received: { nomsNumber: 'A5089DY', prisonId, reason },
    }) as const;
  const held = buildBooking({ agencyId: 'MDI', inOutStatus: 'IN' });

  it.each(['ADMISSION', 'TRANSFERRED'])(
    'when the reason is %s into the prison NOMIS holds them in, then it is accepted as an admission there, after one booking read',
    async (reason) => {
      const prisonApi = fakePrisonApi({ booking: held });
      await expect(validateEvent(received(reason), prisonApi, INTERESTED)).resolves.toMatchObject({
        kind: 'accept',
        booking: held,
        movement: { movementType: 'ADM', toAgency: 'MDI', offenderNo: 'A5089DY' },
      });
      expect(prisonApi.calls).toEqual([`booking ${BOOKING_ID}`]);
    },
  );

  it.each(['RETURN_FROM_COURT', 'TEMPORARY_ABSENCE_RETURN'])(
    'when the reason is %s, then it is rejected as not an admission, as its classic movement is',
    async (reason) => {
      const prisonApi = fakePrisonApi({ booking: held });
      await expect(validateEvent(received(reason), prisonApi, INTERESTED)).resolves.toEqual(
        rejectedFor('not-an-admission'),
      );
      expect(prisonApi.calls).toEqual([]);
    },
  );

  it('when NOMIS holds them in another prison by now, then it is rejected as not held there now', async () => {
    const prisonApi = fakePrisonApi({ booking: buildBooking({ agencyId: 'WII', inOutStatus: 'IN' }) });
    await expect(validateEvent(received('ADMISSION'), prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-held-there-now'),
    );
  });
});

describe('validateEvent: BOOKING_NUMBER-CHANGED', () => {
  const world = { booking: buildBooking(), mergedIdentifiers: [buildMergedIdentifier('A9999DY')] };

  it('when the booking has merged NOMS numbers, then it is accepted after fetching the booking and the merged ids', async () => {
    const prisonApi = fakePrisonApi(world);
    await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
      booking: world.booking,
      mergedNomsNumbers: ['A9999DY'],
    });
    expect(prisonApi.calls).toEqual([`booking ${BOOKING_ID}`, `identifiers ${BOOKING_ID}`]);
  });

  it('when the booking is inactive, then it is still accepted (a merge is about the person)', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ activeFlag: false }) });
    await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
    });
  });

  it('when the booking is outside the interested prisons, then it is rejected without asking for merged ids', async () => {
    const prisonApi = fakePrisonApi({ ...world, booking: buildBooking({ agencyId: 'XXX' }) });
    await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('not-interested-prison'),
    );
    expect(prisonApi.calls).toEqual([`booking ${BOOKING_ID}`]);
  });

  it.each([
    ['none at all', []],
    ['only non-merge identifiers', [{ type: 'PNC', value: '19/12345X' }]],
    ['a merge identifier with a blank value', [buildMergedIdentifier(' ')]],
  ])(
    'when there are %s, then it is rejected as having no merged identifiers',
    async (_case, mergedIdentifiers) => {
      const prisonApi = fakePrisonApi({ ...world, mergedIdentifiers });
      await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).resolves.toEqual(
        rejectedFor('no-merged-identifiers'),
      );
    },
  );

  it('when the booking is not found, then it is rejected as booking not found', async () => {
    const prisonApi = fakePrisonApi({ mergedIdentifiers: world.mergedIdentifiers });
    await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).resolves.toEqual(
      rejectedFor('booking-not-found'),
    );
  });

  it('when prison-api fails, then the failure reaches the caller unchanged', async () => {
    const failure = new Error('prison-api 503');
    const prisonApi = { ...fakePrisonApi(world), getBooking: () => Promise.reject(failure) };
    await expect(validateEvent(numberChanged, prisonApi, INTERESTED)).rejects.toBe(failure);
  });
});

describe('validateEvent: the key-date events', () => {
  const datesChanged = { eventType: 'SENTENCE_DATES-CHANGED', bookingId: BOOKING_ID } as const;

  it('when the booking is active in an interested prison, then it is accepted after one booking read', async () => {
    const prisonApi = fakePrisonApi({ booking: buildBooking() });
    await expect(validateEvent(datesChanged, prisonApi, INTERESTED)).resolves.toMatchObject({
      kind: 'accept',
      booking: buildBooking(),
    });
    expect(prisonApi.calls).toEqual([`booking ${BOOKING_ID}`]);
  });

  it.each([
    ['the booking is inactive', buildBooking({ activeFlag: false }), 'booking-inactive'],
    [
      'the booking is outside the interested prisons',
      buildBooking({ agencyId: 'XXX' }),
      'not-interested-prison',
    ],
    ['the booking is not found', undefined, 'booking-not-found'],
  ])('when %s, then it is rejected', async (_case, booking, reason) => {
    const prisonApi = fakePrisonApi({ booking });
    await expect(validateEvent(datesChanged, prisonApi, INTERESTED)).resolves.toEqual(rejectedFor(reason));
  });
});
