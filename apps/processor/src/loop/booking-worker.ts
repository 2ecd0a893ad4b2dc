import type { ActiveLock, DynamoLocks } from '@ptpu/store';
import { workBooking, type BookingResult, type BookingWorkDeps } from '@ptpu/platform';

/** How working one booking ended, as a cycle counts it (and logs it): worked, left to another worker, or stopped. */
export type BookingWorkResult = 'processed' | 'skipped' | 'stopped';

export interface BookingWorker {
  /** Claims and works one booking (libs/platform's `workBooking`); never rejects. */
  work(bookingId: number): Promise<BookingWorkResult>;
  /**
   * Resolves once the claims of the bookings worked so far are released. `work` resolves as soon as a booking's
   * rows are done and releases its claim in the background, so the cycle's next booking starts one round trip
   * sooner; a cycle waits for this before it ends.
   */
  claimsReleased(): Promise<void>;
}

export interface BookingWorkerDeps extends Omit<BookingWorkDeps<ActiveLock>, 'claims'> {
  claims: Pick<DynamoLocks, 'withClaim' | 'releasesSettled'>;
}

const COUNTED_AS: Readonly<Record<BookingResult['result'], BookingWorkResult>> = {
  worked: 'processed',
  'claimed-elsewhere': 'skipped',
  stopped: 'stopped',
};

export function bookingWorker({ claims, ...deps }: BookingWorkerDeps): BookingWorker {
  const work: BookingWorkDeps<ActiveLock> = {
    ...deps,
    claims: { withClaim: (bookingId, fn) => claims.withClaim(bookingId, fn, { releaseInBackground: true }) },
  };
  return {
    work: async (bookingId) => COUNTED_AS[(await workBooking(bookingId, work)).result],
    claimsReleased: () => claims.releasesSettled(),
  };
}
