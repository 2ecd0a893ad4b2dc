import { buildMessageRow } from '../testing/build-message-row';
import { everyKeptRow, firstTimeRows, rowsOfTier, waitingRows } from './row-selector';

const row = (retryCount: number, createdDate = '2026-01-15T09:00:00.000Z') =>
  buildMessageRow({ retryCount, createdDate, status: retryCount === 0 ? 'VALIDATED' : 'NO_MATCH' });

describe('row selectors', () => {
  it('the processor takes first-time rows of any age, never a retrying one', () => {
    expect(firstTimeRows(row(0, '2026-01-15T09:59:59.999Z'))).toBe(true);
    expect(firstTimeRows(row(0, '2026-01-10T10:00:00.000Z'))).toBe(true);
    expect(firstTimeRows(row(1))).toBe(false);
    expect(firstTimeRows(row(11))).toBe(false);
  });

  it('a tier takes the rows its retry counts hold, never a first-time row', () => {
    expect([0, 1, 4, 5, 10, 11].map((count) => rowsOfTier('SHORT')(row(count)))).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([0, 4, 5, 10, 11].map((count) => rowsOfTier('MEDIUM')(row(count)))).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
    expect([0, 10, 11, 40].map((count) => rowsOfTier('LONG')(row(count)))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });

  it('a probation event takes every retrying row, whatever its tier, never a first-time row', () => {
    expect([0, 1, 5, 11].map((count) => waitingRows(row(count)))).toEqual([false, true, true, true]);
  });

  it('an operator takes every kept row', () => {
    expect([0, 1, 11].map((count) => everyKeptRow(row(count)))).toEqual([true, true, true]);
  });
});
