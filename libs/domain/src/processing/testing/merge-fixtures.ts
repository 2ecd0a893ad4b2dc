import { buildMessageRow } from '../../testing/build-message-row';

/** A stored BOOKING_NUMBER-CHANGED of the sample booking 1200835: NOMIS merged A9999DY into A5089DY. */
export const mergeRow = () =>
  buildMessageRow({
    id: 'merge-1',
    eventType: 'BOOKING_NUMBER-CHANGED',
    message: JSON.stringify({
      eventType: 'BOOKING_NUMBER-CHANGED',
      bookingId: 1200835,
      previousBookingNumber: '38430A',
    }),
  });
