import type { BookingResult } from '@ptpu/booking-runner';
import { SystemError, waitingRows } from '@ptpu/domain';
import { pendingBookingsOf, type PrisonerRows } from '../bookings/pending-bookings';

/** A Delius case that changed: its CRN and, when it holds one, its NOMS number. */
export interface ChangedCase {
  crn: string;
  nomsNumber?: string;
}

export interface WaitingBookingsDeps {
  rows: PrisonerRows & { bookingsWatching(crn: string): Promise<number[]> };
  /** Claims the booking and works its waiting rows (`waitingRows`), as a tier run does for its own. */
  work(bookingId: number): Promise<BookingResult>;
}

/** What a probation event did: the bookings it worked, or none waits on the case. */
export type WaitingBookingsOutcome =
  { kind: 'worked'; bookings: { bookingId: number; statuses: string[] }[] } | { kind: 'nobody-waits' };

/**
 * Works now, ahead of their tiers, the bookings a change to a Delius case may let through: those with a row
 * watching the case (a candidate, the matched case or a holder of the NOMS number) and those of the prisoner
 * whose NOMS number the case holds. Each is worked under its claim, as a tier run would. A booking another
 * worker holds, or whose work stopped, throws: the event is tried again shortly, since the holder may have
 * read Delius before the change.
 */
export async function workWaitingBookings(
  changed: ChangedCase,
  deps: WaitingBookingsDeps,
): Promise<WaitingBookingsOutcome> {
  const bookingIds = new Set(await deps.rows.bookingsWatching(changed.crn));
  if (changed.nomsNumber) {
    for (const bookingId of await pendingBookingsOf(deps.rows, changed.nomsNumber, waitingRows))
      bookingIds.add(bookingId);
  }
  if (bookingIds.size === 0) return { kind: 'nobody-waits' };
  const bookings: { bookingId: number; statuses: string[] }[] = [];
  const unfinished: number[] = [];
  for (const bookingId of [...bookingIds].sort((a, b) => a - b)) {
    const result = await deps.work(bookingId);
    if (result.result !== 'worked') unfinished.push(bookingId);
    else bookings.push({ bookingId, statuses: result.rows.map((row) => row.status) });
  }
  if (unfinished.length > 0) {
    throw new SystemError(
      `bookings ${unfinished.join(', ')} could not be worked now for case ${changed.crn}`,
      {
        code: 'PROBATION.BOOKINGS_BUSY',
        retryable: true,
        details: { crn: changed.crn, bookingIds: unfinished.join(',') },
      },
    );
  }
  return { kind: 'worked', bookings };
}
