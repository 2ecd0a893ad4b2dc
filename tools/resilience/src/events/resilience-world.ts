import { buildWorld, LEEDS, MOORLAND, type WorldInput } from '@ptpu/sandbox';

const SENTENCE_START = '2026-01-05';

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
  const prisoners = [];
  const deliusCases = [];
  for (let i = 0; i < range.count; i += 1) {
    const n = range.scenarioIndex * 20_000 + i;
    const surname = `Resilient${n}`;
    const croNumber = `${String(n).padStart(6, '0')}/91R`;
    prisoners.push({
      offenderNo: nomsNumberOf(n),
      firstName: 'FAULT',
      lastName: surname.toUpperCase(),
      dateOfBirth: '1981-02-03',
      gender: 'Male' as const,
      croNumber,
      bookings: [
        {
          bookingId: range.firstBookingId + i,
          bookingNo: `${String(n % 100_000).padStart(5, '0')}R`,
          activeFlag: true,
          agencyId: MOORLAND.agencyId,
          legalStatus: 'SENTENCED' as const,
          sentenceDetail: {
            sentenceStartDate: SENTENCE_START,
            sentenceExpiryDate: '2028-01-04',
            conditionalReleaseDate: '2027-01-05',
            licenceExpiryDate: '2028-01-04',
          },
          sentenceTerms: [{ sentenceSequence: 1, startDate: SENTENCE_START }],
        },
      ],
    });
    deliusCases.push({
      crn: crnOf(n),
      firstName: 'Fault',
      surname,
      dateOfBirth: '1981-02-03',
      otherIds: { croNumber },
      convictions: [
        {
          convictionId: 95_000_000 + n,
          index: '1',
          active: true,
          sentence: { description: 'CJA - Std Determinate Custody', startDate: SENTENCE_START },
          custody: { institution: LEEDS.agencyId },
        },
      ],
    });
  }
  return buildWorld({ prisoners, deliusCases });
}

/** `A0000AA`-shaped, unique for the first 260,000 people. */
function nomsNumberOf(n: number): string {
  const letter = String.fromCharCode(65 + (Math.floor(n / 10_000) % 26));
  return `${letter}${String(n % 10_000).padStart(4, '0')}RS`;
}

function crnOf(n: number): string {
  return `R${String(n).padStart(6, '0')}`;
}
