import {
  metricObservationsFor,
  processBooking,
  type BookingReport,
  type Clock,
  type ProcessingDeps,
} from '@ptpu/domain';
import { withLogContext, type Logger, type ProcessingMetrics } from '@ptpu/platform';
import { isUpdateRefused, LeaseLostError, type ActiveLock } from '@ptpu/store';

/** Claims of bookings (`DynamoLocks.withClaim`). */
export interface BookingClaims {
  withClaim<T>(bookingId: number, fn: (claim: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

export interface BookingWorkerDeps {
  claims: BookingClaims;
  processing: ProcessingDeps<ActiveLock>;
  metrics: ProcessingMetrics;
  clock: Clock;
  logger: Logger;
}

/** How working one booking ended: worked, left to another worker holding it, or stopped part-way. */
export type BookingWorkResult = 'processed' | 'skipped' | 'stopped';

/**
 * Works one booking the way every scheduled path does: claim it, run `processBooking` while the claim is held
 * (and renewed), release it. Never throws: a booking that cannot be worked now is picked up by a later run.
 */
export class BookingWorker {
  constructor(private readonly deps: BookingWorkerDeps) {}

  work(bookingId: number): Promise<BookingWorkResult> {
    return withLogContext({ bookingId }, async () => {
      const { claims, processing, logger } = this.deps;
      try {
        const report = await claims.withClaim(bookingId, (claim) =>
          processBooking(bookingId, claim, processing, { signal: claim.signal }),
        );
        if (report === 'skipped') {
          logger.debug('booking is claimed by another worker: left for a later run');
          return 'skipped';
        }
        this.account(report);
        return 'processed';
      } catch (err) {
        // The rows not yet ended stay pending as they were, so the next run picks them up.
        if (isUpdateRefused(err) || err instanceof LeaseLostError) {
          logger.warn({ err }, 'stopped working the booking: another worker has it now');
        } else {
          logger.error({ err }, 'stopped working the booking: the message table failed');
        }
        return 'stopped';
      }
    });
  }

  private account(report: BookingReport): void {
    const { metrics, clock, logger } = this.deps;
    const now = clock.now();
    for (const row of report.rows) {
      metrics.record(metricObservationsFor(row, now));
      const fields = {
        rowId: row.rowAsRead.id,
        eventType: row.rowAsRead.eventType,
        status: row.rowAfter.status,
        retryCount: row.rowAfter.retryCount,
        matchingCrns: row.rowAfter.matchingCrns,
      };
      if (row.error === undefined) logger.info(fields, `row ${row.outcome.kind === 'done' ? 'done' : 'to try later'}`);
      else logger.warn({ ...fields, err: row.error }, 'row to try later after a fault');
    }
  }
}
