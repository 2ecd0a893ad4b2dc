import { buildUnlinkedPerson, buildWorld, type WorldInput } from '@ptpu/sandbox';

/** Booking ids of the channels bench start here, clear of the default world's and the processor bench's. */
export const FIRST_CHANNELS_BOOKING_ID = 4_000_000;

export interface WaitingPerson {
  bookingId: number;
  nomsNumber: string;
  crn: string;
}

/**
 * `count` prisoners whose Delius case is found and linked, but whose custody Delius has not recorded yet: the
 * custodial event the match passes on was entered in error and terminated, and the re-entered one appears only
 * a day after the world is loaded (or when revealed). A status change therefore sets the NOMS number and waits
 * `BOOKING_NUMBER_NOT_ASSIGNED`, watching the case, until Delius records the custody and says so.
 */
export function waitingForCustodyWorld(count: number): { world: WorldInput; people: WaitingPerson[] } {
  const people = Array.from({ length: count }, (_, i) => {
    const ids = {
      offenderNo: `${String.fromCharCode(65 + (Math.floor(i / 10_000) % 26))}${String(i % 10_000).padStart(4, '0')}CH`,
      bookingId: FIRST_CHANNELS_BOOKING_ID + i,
      bookingNo: `${String(i).padStart(5, '0')}C`,
      crn: `C${String(i).padStart(6, '0')}`,
      convictionId: 91_000_000 + i * 3,
      firstName: 'Channel',
      surname: `Person${i}`,
      dateOfBirth: '1981-02-03',
      croNumber: `${String(i).padStart(6, '0')}/91B`,
    };
    const person = buildUnlinkedPerson(ids);
    const custodial = person.deliusCase.convictions?.[0];
    const startDate = custodial?.sentence?.startDate;
    if (!custodial || !startDate)
      throw new Error('an unlinked person has one custodial event with a start date');
    person.deliusCase.convictions = [
      {
        convictionId: ids.convictionId + 1,
        index: '1',
        active: true,
        sentence: { description: 'ORA Suspended Sentence Order', startDate: '2025-05-12' },
      },
      {
        ...custodial,
        index: '2',
        active: false,
        sentence: { description: 'CJA - Std Determinate Custody', startDate, terminationDate: startDate },
      },
      { ...custodial, convictionId: ids.convictionId + 2, index: '3', appearsAfter: '24h' },
    ];
    return { person, waiting: { bookingId: ids.bookingId, nomsNumber: ids.offenderNo, crn: ids.crn } };
  });
  return {
    world: buildWorld({
      prisoners: people.map(({ person }) => person.prisoner),
      deliusCases: people.map(({ person }) => person.deliusCase),
    }),
    people: people.map(({ waiting }) => waiting),
  };
}
