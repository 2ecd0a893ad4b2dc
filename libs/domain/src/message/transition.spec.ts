import { done, tryLater } from './outcome';
import { joinCrns, reportingDeleteBy, transitionFor } from './transition';

const now = new Date('2026-01-15T10:00:00.000Z');
const row = { retryCount: 2, deleteBy: reportingDeleteBy(new Date('2026-01-10T10:00:00.000Z')) };

describe('transitionFor', () => {
  it('when done, then the row is processed now and kept 30 days from now', () => {
    const t = transitionFor(row, done('COMPLETED', { matchingCrns: ['X142620'] }), now);
    expect(t).toEqual({
      kind: 'done',
      status: 'COMPLETED',
      processedDate: '2026-01-15T10:00:00.000Z',
      deleteBy: Date.UTC(2026, 1, 14, 10) / 1000,
      matchingCrns: 'X142620',
    });
  });

  it('when done in dry run, then the intended writes are kept as JSON', () => {
    const t = transitionFor(
      row,
      done('DRY_RUN', { intendedWrites: [{ op: 'set-location', crn: 'X1' }] }),
      now,
    );
    expect(t).toMatchObject({ status: 'DRY_RUN', intendedWrites: '[{"op":"set-location","crn":"X1"}]' });
  });

  it('when tried later, then the count goes up and deleteBy is unchanged', () => {
    const t = transitionFor(row, tryLater('TOO_MANY_MATCHES', { matchingCrns: ['X1', 'X2', 'X1'] }), now);
    expect(t).toEqual({
      kind: 'try-later',
      status: 'TOO_MANY_MATCHES',
      retryCount: 3,
      deleteBy: row.deleteBy,
      matchingCrns: 'X1, X2',
      // A waiting row watches the cases it names, so a change to one of them in Delius works it at once.
      watchedCrns: 'X1, X2',
    });
  });

  it('when a search offered more cases than the outcome names, then the row watches every one of them', () => {
    const t = transitionFor(
      row,
      tryLater('NO_MATCH_WITH_SENTENCE_DATE', { matchingCrns: ['X2'], watchCrns: ['X3', 'X1', 'X2'] }),
      now,
    );
    expect(t).toMatchObject({ matchingCrns: 'X2', watchedCrns: 'X1, X2, X3' });
    expect(transitionFor(row, done('COMPLETED', { matchingCrns: ['X2'] }), now)).not.toHaveProperty(
      'watchedCrns',
    );
  });

  it('when a location fails with a later sentence expiry, then the row is kept to the end of that day', () => {
    const t = transitionFor(row, tryLater('LOCATION_NOT_UPDATED', { retainUntilDate: '2030-06-01' }), now);
    expect(new Date(t.deleteBy * 1000).toISOString()).toBe('2030-06-01T22:59:59.000Z');
  });

  it('when a key-date failure has an earlier sentence expiry, then deleteBy is never shortened', () => {
    const t = transitionFor(row, tryLater('KEY_DATES_NOT_UPDATED', { retainUntilDate: '2026-01-16' }), now);
    expect(t.deleteBy).toBe(row.deleteBy);
  });
});

describe('joinCrns', () => {
  it('keeps the order given (the matched case first), removes duplicates and joins with a comma and a space', () => {
    expect(joinCrns(['X3', 'X1', 'X3'])).toBe('X3, X1');
  });
});
