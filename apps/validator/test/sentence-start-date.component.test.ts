import type { WorldInput } from '@ptpu/sandbox';
import { eventually } from '@ptpu/local-stack';
import { startValidatorStack, type ValidatorStack } from './support/validator-stack';
import { VALIDATOR_WORLD } from './support/validator-world';

/** Bookings whose NOMIS sentence detail and sentence terms disagree about the sentence start date. */
const BOOKINGS = {
  /** sentenceDetail has a start date; the only term is consecutive to another, so there is no primary one. */
  detailOnly: 1300001,
  /** sentenceDetail has none; a primary term started 2026-10-05. */
  termsOnly: 1300002,
} as const;

const booking = (bookingId: number, bookingNo: string) => ({
  bookingId,
  bookingNo,
  activeFlag: true,
  agencyId: 'MDI',
  legalStatus: 'SENTENCED' as const,
});

const WORLD: WorldInput = {
  ...VALIDATOR_WORLD,
  prisoners: [
    ...(VALIDATOR_WORLD.prisoners ?? []),
    {
      offenderNo: 'A4567DD',
      firstName: 'EDDIE',
      lastName: 'DETAIL',
      dateOfBirth: '1982-02-02',
      gender: 'Male',
      bookings: [
        {
          ...booking(BOOKINGS.detailOnly, '44444D'),
          sentenceDetail: { sentenceStartDate: '2026-10-05' },
          sentenceTerms: [
            { sentenceSequence: 2, consecutiveTo: 1, startDate: '2026-10-05' },
            { sentenceSequence: 1, termSequence: 1, sentenceTermCode: 'LIC' },
          ],
        },
      ],
    },
    {
      offenderNo: 'A5678EE',
      firstName: 'TERRY',
      lastName: 'TERMS',
      dateOfBirth: '1983-03-03',
      gender: 'Male',
      bookings: [
        {
          ...booking(BOOKINGS.termsOnly, '55555E'),
          sentenceDetail: {},
          sentenceTerms: [{ sentenceSequence: 1, startDate: '2026-10-05' }],
        },
      ],
    },
  ],
};

/**
 * The validator decides on the primary sentence start date (from the sentence terms), the date the processor
 * matches with and sets the book number for, not on `sentenceDetail.sentenceStartDate` as the original did.
 */
describe('validator: the sentence start date is the primary sentence’s', () => {
  let stack: ValidatorStack;

  beforeAll(async () => {
    stack = await startValidatorStack({ label: 'sentence-date', world: WORLD });
  });
  afterAll(() => stack.close());

  /** The handling's log line for the message, once it is there. */
  const handled = (id: string) =>
    eventually(() => {
      const line = stack.logs.find((entry) => entry.messageId === id && entry.reason);
      expect(line).toBeDefined();
      return line as Record<string, unknown>;
    });

  it('when the sentence detail has a start date but no term is primary, then nothing is stored (no sentence start date)', async () => {
    const id = await stack.sendEvent({ event: { bookingId: BOOKINGS.detailOnly } });

    expect(await handled(id)).toMatchObject({ reason: 'no-sentence-start-date' });
    expect(await stack.item(id)).toBeUndefined();
  });

  it('when the sentence detail has no start date but a primary term has one, then the row is stored', async () => {
    const id = await stack.sendEvent({ event: { bookingId: BOOKINGS.termsOnly } });

    expect(await stack.storedItem(id)).toMatchObject({ bookingId: BOOKINGS.termsOnly, status: 'VALIDATED' });
  });

  it('reads the sentence terms, never the sentence detail', async () => {
    const paths = stack.sandbox.admin.requests({ upstream: 'prisonApi' }).map((request) => request.path);

    expect(paths).toContain(`/api/offender-sentences/booking/${BOOKINGS.detailOnly}/sentenceTerms`);
    expect(paths.filter((path) => path.endsWith('/sentenceDetail'))).toEqual([]);
  });
});
