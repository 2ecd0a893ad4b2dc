import type { ActiveLock } from '@ptpu/store';
import { workBooking, type BookingResult, type BookingWorkDeps } from '@ptpu/platform';

/** How working one booking ended, as a cycle counts it (and logs it): worked, left to another worker, or stopped. */
export type BookingWorkResult = 'processed' | 'skipped' | 'stopped';

export interface BookingWorker {
  /** Claims and works one booking (libs/platform's `workBooking`); never rejects. */
  work(bookingId: number): Promise<BookingWorkResult>;
}

const COUNTED_AS: Readonly<Record<BookingResult['result'], BookingWorkResult>> = {
  worked: 'processed',
  'claimed-elsewhere': 'skipped',
  stopped: 'stopped',
};

export function bookingWorker(deps: BookingWorkDeps<ActiveLock>): BookingWorker {
  return { work: async (bookingId) => COUNTED_AS[(await workBooking(bookingId, deps)).result] };
}
