import { isExpired, pendingStateFor, withoutExpiredRows } from './message-row';

describe('pendingStateFor', () => {
  it.each([
    [0, 'NEW'],
    [1, 'SHORT'],
    [4, 'SHORT'],
    [5, 'MEDIUM'],
    [10, 'MEDIUM'],
    [11, 'LONG'],
    [400, 'LONG'],
  ])('puts retryCount %d in %s', (count, state) => {
    expect(pendingStateFor(count)).toBe(state);
  });

  it.each([-1, 1.5, Number.NaN])('refuses retryCount %d', (count) => {
    expect(() => pendingStateFor(count)).toThrow(RangeError);
  });
});

const now = new Date('2026-03-01T12:00:00.000Z');
const nowSeconds = now.getTime() / 1000;

describe('row expiry', () => {
  it('when deleteBy is reached, then the row is expired; a second before, it is not', () => {
    expect(isExpired({ deleteBy: nowSeconds }, now)).toBe(true);
    expect(isExpired({ deleteBy: nowSeconds - 60 }, now)).toBe(true);
    expect(isExpired({ deleteBy: nowSeconds + 1 }, now)).toBe(false);
  });

  it('when some rows are past their deleteBy, then only the others are kept, in their order', () => {
    const rows = [
      { id: 'live-1', deleteBy: nowSeconds + 60 },
      { id: 'expired', deleteBy: nowSeconds - 60 },
      { id: 'at-delete-by', deleteBy: nowSeconds },
      { id: 'live-2', deleteBy: nowSeconds + 1 },
    ];

    expect(withoutExpiredRows(rows, now).map((row) => row.id)).toEqual(['live-1', 'live-2']);
  });
});
