import type { MessageRow } from '../message/message-row';
import { reportingDeleteBy } from '../message/transition';

let sequence = 0;

/** A complete, valid pending status-change row; pass only the fields a test is about. */
export function buildMessageRow(overrides: Partial<MessageRow> = {}): MessageRow {
  sequence += 1;
  const createdDate = overrides.createdDate ?? '2026-01-15T09:00:00.000Z';
  const bookingId = overrides.bookingId ?? 1200835;
  return {
    id: `test-message-${sequence}-${Date.now().toString(36)}`,
    bookingId,
    eventType: 'IMPRISONMENT_STATUS-CHANGED',
    message: JSON.stringify({
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      eventDatetime: '2026-01-15T09:00:00',
      bookingId,
      imprisonmentStatusSeq: 0,
    }),
    createdDate,
    retryCount: 0,
    deleteBy: reportingDeleteBy(new Date(createdDate)),
    status: 'VALIDATED',
    offenderNo: 'A5089DY',
    bookingNo: '38339A',
    locationId: 'MDI',
    locationDescription: 'Moorland (HMP & YOI)',
    recall: false,
    legalStatus: 'SENTENCED',
    ...overrides,
  };
}
