import type { WorldInput } from '@ptpu/sandbox';

/** A prisoner sentenced on `sentenceStartDate`, and (with `crn`) the Delius case of the same person. */
export interface TestPerson {
  bookingId: number;
  /** Looks like A5089DY. */
  offenderNo: string;
  /** Looks like X142620; without it Delius does not know the person (NO_MATCH for ever). */
  crn?: string;
  sentenceStartDate: string;
  sentenceExpiryDate?: string;
  /** Where NOMIS has them; `NDI` is a prison Delius has no institution for (location updates 404). */
  agencyId?: 'MDI' | 'NDI';
  /** The Delius custodial event is recorded only this long after the world is loaded (e.g. `1000d`). */
  custodialEventAppearsAfter?: string;
}

const FIRST_NAME = 'Retry';

/**
 * A sandbox world of just the people a suite needs: each matched (when it has a Delius case) by NAME and date
 * of birth, their custodial event starting on the NOMIS sentence start date.
 */
export function testWorld(people: readonly TestPerson[]): WorldInput {
  return {
    description: 'apps/retrier component tests',
    agencies: [
      {
        agencyId: 'MDI',
        description: 'Moorland (HMP & YOI)',
        delius: { institutionId: 2500004521, code: 'MDIHMP' },
      },
      { agencyId: 'NDI', description: 'Newly opened (HMP), not yet in Delius' },
    ],
    prisoners: people.map((person) => ({
      offenderNo: person.offenderNo,
      firstName: FIRST_NAME,
      lastName: surnameOf(person),
      dateOfBirth: '1980-05-17',
      gender: 'Male',
      bookings: [
        {
          bookingId: person.bookingId,
          bookingNo: bookNumberOf(person),
          activeFlag: true,
          agencyId: person.agencyId ?? 'MDI',
          legalStatus: 'SENTENCED',
          sentenceDetail: {
            sentenceStartDate: person.sentenceStartDate,
            ...(person.sentenceExpiryDate && { sentenceExpiryDate: person.sentenceExpiryDate }),
          },
          sentenceTerms: [{ sentenceSequence: 1, startDate: person.sentenceStartDate, years: 2 }],
        },
      ],
    })),
    deliusCases: people.flatMap((person) =>
      person.crn
        ? [
            {
              crn: person.crn,
              firstName: FIRST_NAME,
              surname: surnameOf(person),
              dateOfBirth: '1980-05-17',
              convictions: [
                {
                  convictionId: person.bookingId,
                  index: '1',
                  active: true,
                  sentence: {
                    description: 'CJA - Std Determinate Custody',
                    startDate: person.sentenceStartDate,
                  },
                  custody: { institution: 'MDI' },
                  ...(person.custodialEventAppearsAfter && {
                    appearsAfter: person.custodialEventAppearsAfter,
                  }),
                },
              ],
            },
          ]
        : [],
    ),
  };
}

export function bookNumberOf(person: TestPerson): string {
  return `${person.bookingId}R`;
}

function surnameOf(person: TestPerson): string {
  return `Person${person.bookingId}`;
}
