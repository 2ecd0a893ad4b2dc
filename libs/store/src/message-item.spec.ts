import { buildMessageRow } from '@ptpu/domain/testing';
import { fromMessageItem, toMessageItem } from './message-item';

describe('toMessageItem', () => {
  it('puts a pending row in its tier and booking partitions', () => {
    const item = toMessageItem(buildMessageRow({ bookingId: 42, retryCount: 5, status: 'ERROR' }));

    expect(item).toMatchObject({ pendingState: 'MEDIUM', pendingBookingId: 42 });
    expect(item).not.toHaveProperty('processedDay');
  });

  it('gives a processed row the London day it was processed on and no pending partitions', () => {
    const item = toMessageItem(
      buildMessageRow({ status: 'COMPLETED', processedDate: '2026-03-29T23:15:00.000Z' }),
    );

    expect(item.processedDay).toBe('2026-03-30');
    expect(item).not.toHaveProperty('pendingState');
    expect(item).not.toHaveProperty('pendingBookingId');
  });

  it('writes only the row fields, whatever else the object carries', () => {
    const row = { ...buildMessageRow(), somethingElse: 'x', matchingCrns: undefined };

    const item = toMessageItem(row);

    expect(item).not.toHaveProperty('somethingElse');
    expect(item).not.toHaveProperty('matchingCrns');
  });
});

describe('fromMessageItem', () => {
  it('reads back the row it was written from, without the index attributes', () => {
    const row = buildMessageRow({ retryCount: 2, status: 'NO_MATCH', matchingCrns: 'X1', recall: true });

    expect(fromMessageItem({ ...toMessageItem(row) })).toEqual(row);
  });

  it('refuses an item this service could not have written', () => {
    const item = { ...toMessageItem(buildMessageRow()), status: 'SOMETHING_ELSE' };

    expect(() => fromMessageItem(item)).toThrow(
      expect.objectContaining({ code: 'STORE.ITEM_INVALID', retryable: false }),
    );
  });
});
