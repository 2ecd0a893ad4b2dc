import { randomUUID } from 'node:crypto';
import { reportingDeleteBy, type MessageRow } from '@ptpu/domain';
import { buildUnlinkedPerson, buildWorld, type WorldInput } from '@ptpu/sandbox';

/** Booking ids of bench people start here, well clear of the default world's. */
const FIRST_BENCH_BOOKING_ID = 3_000_000;

/**
 * `count` prisoners, each with one Delius case that is theirs alone but not yet linked: no NOMS number on the
 * case, the custody at Leeds while NOMIS has them at Moorland, no key dates. A status change for any of them
 * takes the longest path (11 upstream calls), every Delius write included.
 */
export function benchWorld(count: number): WorldInput {
  const people = Array.from({ length: count }, (_, i) =>
    buildUnlinkedPerson({
      offenderNo: nomsNumberOf(i),
      bookingId: FIRST_BENCH_BOOKING_ID + i,
      bookingNo: `${String(i).padStart(5, '0')}B`,
      crn: `B${String(i).padStart(6, '0')}`,
      convictionId: 90_000_000 + i,
      firstName: 'Bench',
      surname: `Person${i}`,
      dateOfBirth: '1980-01-01',
      croNumber: `${String(i).padStart(6, '0')}/90A`,
    }),
  );
  return buildWorld({
    prisoners: people.map((person) => person.prisoner),
    deliusCases: people.map((person) => person.deliusCase),
  });
}

/** A status-change row per booking, stored as the validator stores it, the first booking oldest. */
export function dueRows(
  bookingCount: number,
  now: Date,
  firstBookingId = FIRST_BENCH_BOOKING_ID,
): MessageRow[] {
  const oldest = now.getTime() - bookingCount - 60_000;
  return Array.from({ length: bookingCount }, (_, i) => {
    const bookingId = firstBookingId + i;
    const created = new Date(oldest + i);
    return {
      id: randomUUID(),
      bookingId,
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      message: JSON.stringify({
        eventType: 'IMPRISONMENT_STATUS-CHANGED',
        bookingId,
        imprisonmentStatusSeq: 0,
      }),
      createdDate: created.toISOString(),
      retryCount: 0,
      deleteBy: reportingDeleteBy(created),
      status: 'VALIDATED',
    };
  });
}

/** `A0000AA`-shaped and unique for the first 260,000 people. */
function nomsNumberOf(i: number): string {
  const letter = String.fromCharCode(65 + (Math.floor(i / 10_000) % 26));
  return `${letter}${String(i % 10_000).padStart(4, '0')}BN`;
}
