import { buildBooking, buildSentenceTerm } from '../testing/build-prison-values';
import { ok } from '../upstream/upstream-result';
import { nextValidationStep } from './next-validation-step';

const statusChange = (imprisonmentStatusSeq: number) =>
  ({ eventType: 'IMPRISONMENT_STATUS-CHANGED', bookingId: 1, imprisonmentStatusSeq }) as const;

describe('nextValidationStep', () => {
  it('when nothing is fetched yet, then a rule that needs no I/O decides on its own', () => {
    expect(nextValidationStep(statusChange(1), {}, [])).toMatchObject({ kind: 'reject' });
  });

  it.each([
    [statusChange(0), 'sentence-terms'],
    [{ eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED', bookingId: 1, movementSeq: 2 } as const, 'movement'],
    [{ eventType: 'BOOKING_NUMBER-CHANGED', bookingId: 1 } as const, 'booking'],
  ])('when nothing is fetched yet for %o, then it asks for %s first', (event, fetch) => {
    expect(nextValidationStep(event, {}, [])).toEqual({ kind: 'fetch', fetch });
  });

  it('when the facts fetched so far pass, then it asks for the next one', () => {
    const facts = { sentenceTerms: ok([buildSentenceTerm()]) };
    expect(nextValidationStep(statusChange(0), facts, [])).toEqual({ kind: 'fetch', fetch: 'booking' });
  });

  it('when every fact is known, then it gives the verdict', () => {
    const facts = {
      sentenceTerms: ok([buildSentenceTerm()]),
      booking: ok(buildBooking({ agencyId: 'LEI' })),
    };
    expect(nextValidationStep(statusChange(0), facts, ['MDI'])).toMatchObject({
      kind: 'reject',
      rejection: { reason: 'not-interested-prison', description: 'Not at an interested prison' },
    });
  });
});
