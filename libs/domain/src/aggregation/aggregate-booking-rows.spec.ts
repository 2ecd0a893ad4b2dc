import { buildMessageRow } from '../testing/build-message-row';
import { aggregateBookingRows } from './aggregate-booking-rows';

const statusChange = (id: string, createdDate: string) =>
  buildMessageRow({ id, createdDate, eventType: 'IMPRISONMENT_STATUS-CHANGED' });
const movement = (id: string, createdDate: string) =>
  buildMessageRow({ id, createdDate, eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED' });
const numberChange = (id: string, createdDate: string) =>
  buildMessageRow({ id, createdDate, eventType: 'BOOKING_NUMBER-CHANGED' });

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

describe('aggregateBookingRows', () => {
  it('when a booking has one row of each type, then all are kept in priority order whatever their age', () => {
    const rows = [
      numberChange('merge', '2026-01-15T08:00:00.000Z'),
      movement('move', '2026-01-15T09:00:00.000Z'),
      statusChange('status', '2026-01-15T10:00:00.000Z'),
    ];

    const { kept, superseded } = aggregateBookingRows(rows);

    expect(ids(kept)).toEqual(['status', 'move', 'merge']);
    expect(superseded).toEqual([]);
  });

  it('when an event type has several rows, then the newest is kept and the older ones are superseded', () => {
    const rows = [
      statusChange('oldest', '2026-01-15T08:00:00.000Z'),
      statusChange('newest', '2026-01-15T10:00:00.000Z'),
      movement('move', '2026-01-15T09:00:00.000Z'),
      statusChange('middle', '2026-01-15T09:30:00.000Z'),
    ];

    const { kept, superseded } = aggregateBookingRows(rows);

    expect(ids(kept)).toEqual(['newest', 'move']);
    expect(ids(superseded).sort()).toEqual(['middle', 'oldest']);
  });

  it('when an older duplicate is already in a retry tier, then it is still superseded by the newer row', () => {
    const retried = {
      ...statusChange('retried', '2026-01-10T08:00:00.000Z'),
      retryCount: 6,
      status: 'NO_MATCH' as const,
    };
    const fresh = statusChange('fresh', '2026-01-15T08:00:00.000Z');

    const { kept, superseded } = aggregateBookingRows([retried, fresh]);

    expect(ids(kept)).toEqual(['fresh']);
    expect(ids(superseded)).toEqual(['retried']);
  });

  it('when two rows of a type share a createdDate, then the same one is kept in whichever order they are read', () => {
    const a = statusChange('a-id', '2026-01-15T08:00:00.000Z');
    const b = statusChange('b-id', '2026-01-15T08:00:00.000Z');

    expect(ids(aggregateBookingRows([a, b]).kept)).toEqual(['a-id']);
    expect(ids(aggregateBookingRows([b, a]).kept)).toEqual(['a-id']);
  });

  it('when there are no rows, then nothing is kept or superseded', () => {
    expect(aggregateBookingRows([])).toEqual({ kept: [], superseded: [] });
  });

  it('when rows of two bookings are mixed, then it refuses, because grouping is the caller’s job', () => {
    const rows = [buildMessageRow({ bookingId: 1 }), buildMessageRow({ bookingId: 2 })];
    expect(() => aggregateBookingRows(rows)).toThrow(/one booking/);
  });
});
