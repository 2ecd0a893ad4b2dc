import { buildUnlinkedPerson, buildWorld, type WorldInput } from '@ptpu/sandbox';

/** The bookings of one scenario: its own range, so no scenario's evidence can be mistaken for another's. */
export interface BookingRange {
  firstBookingId: number;
  count: number;
  /** Spreads the NOMS numbers and CRNs of different scenarios apart. */
  scenarioIndex: number;
}

export function bookingRange(scenarioIndex: number, count: number): BookingRange {
  return { firstBookingId: 5_000_000 + scenarioIndex * 100_000, count, scenarioIndex };
}

/**
 * One prisoner per booking, each with one Delius case of their own that is not yet linked (no NOMS number,
 * custody at Leeds while NOMIS has them at Moorland, no key dates): every status change sets the NOMS number,
 * so every booking owes a `prison-identifier.added`, and ends COMPLETED once worked.
 */
export function resilienceWorld(range: BookingRange): WorldInput {
  const people = Array.from({ length: range.count }, (_, i) => {
    const n = range.scenarioIndex * 20_000 + i;
    return buildUnlinkedPerson({
      offenderNo: nomsNumberOf(n),
      bookingId: range.firstBookingId + i,
      bookingNo: `${String(n % 100_000).padStart(5, '0')}R`,
      crn: crnOf(n),
      convictionId: 95_000_000 + n,
      firstName: 'Fault',
      surname: `Resilient${n}`,
      dateOfBirth: '1981-02-03',
      croNumber: `${String(n).padStart(6, '0')}/91R`,
    });
  });
  return buildWorld({
    prisoners: people.map((person) => person.prisoner),
    deliusCases: people.map((person) => person.deliusCase),
  });
}

/** The Delius case and NOMS number of each booking of the range, in booking order. */
export function casesOf(range: BookingRange): { crn: string; nomsNumber: string }[] {
  return Array.from({ length: range.count }, (_, i) => {
    const n = range.scenarioIndex * 20_000 + i;
    return { crn: crnOf(n), nomsNumber: nomsNumberOf(n) };
  });
}

/** `A0000AA`-shaped, unique for the first 260,000 people. */
function nomsNumberOf(n: number): string {
  const letter = String.fromCharCode(65 + (Math.floor(n / 10_000) % 26));
  return `${letter}${String(n % 10_000).padStart(4, '0')}RS`;
}

function crnOf(n: number): string {
  return `R${String(n).padStart(6, '0')}`;
}
