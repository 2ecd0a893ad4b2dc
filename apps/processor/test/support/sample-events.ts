/**
 * The original service's sample inner events (the examples its documentation gave), verbatim: the status change
 * has no `imprisonmentStatusSeq`, which counts as 0.
 */
export const SAMPLE_STATUS_CHANGE =
  '{"eventType":"IMPRISONMENT_STATUS-CHANGED","eventDatetime":"2020-02-12T15:14:24.125533","bookingId":1200835,"nomisEventType":"OFF_IMP_STAT_OASYS"}';
export const SAMPLE_BOOKING_NUMBER_CHANGE =
  '{"eventType":"BOOKING_NUMBER-CHANGED","eventDatetime":"2020-02-25T10:48:26.606784","offenderId":2581805,"bookingId":1200835,"nomisEventType":"BOOK_UPD_OASYS","previousBookingNumber":"38430A"}';
export const SAMPLE_MOVEMENT =
  '{"eventType":"EXTERNAL_MOVEMENT_RECORD-INSERTED","eventDatetime":"2020-01-13T11:33:23.790725","bookingId":1200835,"movementSeq":1,"nomisEventType":"M1_RESULT"}';

/** The sample status change for another booking of the sandbox's world. */
export function statusChangeOf(bookingId: number, imprisonmentStatusSeq = 0): string {
  return JSON.stringify({
    eventType: 'IMPRISONMENT_STATUS-CHANGED',
    eventDatetime: '2026-01-15T09:00:00.000000',
    bookingId,
    imprisonmentStatusSeq,
    nomisEventType: 'OFF_IMP_STAT_OASYS',
  });
}
