import { metricObservationsFor, processBooking, type ProcessingDeps, type RowReport } from '@ptpu/domain';
import { withLogContext } from '../logging/log-context';
import type { Logger } from '../logging/create-logger';
import type { ProcessingMetrics } from '../telemetry/processing-metrics';
import type { BookingResult, RowResult } from './booking-result';

/** A held booking claim as the store hands it out: its signal aborts once the lease is lost. */
export interface ActiveClaim {
  readonly signal: AbortSignal;
}

/** Booking claims (libs/store's `DynamoLocks.withClaim`): `'skipped'` when another worker holds the booking. */
export interface BookingClaims<Claim extends ActiveClaim> {
  withClaim<T>(bookingId: number, fn: (claim: Claim) => Promise<T>): Promise<T | 'skipped'>;
}

export interface BookingWorkDeps<Claim extends ActiveClaim> {
  /** One owner per job that can run alongside another (each retrier tier, each admin request, the processor). */
  claims: BookingClaims<Claim>;
  processing: ProcessingDeps<Claim>;
  metrics: ProcessingMetrics;
  logger: Logger;
}

/** Runs under the claim before processing and returns the deps to process with (e.g. an operator's overrides). */
export type PrepareBooking<Claim extends ActiveClaim> = (
  claim: Claim,
  processing: ProcessingDeps<Claim>,
) => Promise<ProcessingDeps<Claim>>;

// libs/store's codes for "another worker has the booking now": the claim or the row moved on, or the lease ran out.
const CHANGED_HANDS = new Set(['STORE.CLAIM_LOST', 'STORE.ROW_CHANGED', 'STORE.LEASE_LOST']);

/**
 * Works one booking the way every processing path does (architecture.md section 3.2): claim it, run the
 * processing use case on all its pending rows while the claim is held, release it. A booking another worker
 * holds is left for a later run. Each row's outcome is counted in the original metrics and logged here, once.
 * Never rejects: a failure that stopped the booking is logged and returned, so one booking cannot end a run,
 * and the rows it did not end stay pending for the next one.
 */
export function workBooking<Claim extends ActiveClaim>(
  bookingId: number,
  deps: BookingWorkDeps<Claim>,
  prepare?: PrepareBooking<Claim>,
): Promise<BookingResult> {
  return withLogContext({ bookingId }, async (): Promise<BookingResult> => {
    const { logger } = deps;
    try {
      const report = await deps.claims.withClaim(bookingId, async (claim) => {
        const processing = prepare ? await prepare(claim, deps.processing) : deps.processing;
        return processBooking(bookingId, claim, processing, { signal: claim.signal });
      });
      if (report === 'skipped') {
        logger.info('booking claimed by another worker: left for a later run');
        return { bookingId, result: 'claimed-elsewhere' };
      }
      return { bookingId, result: 'worked', rows: report.rows.map((row) => recordRow(row, deps)) };
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const errorCode = typeof code === 'string' ? code : 'UNEXPECTED';
      if (CHANGED_HANDS.has(errorCode)) {
        logger.warn({ err }, 'booking changed hands while being worked: the rest is left for a later run');
      } else {
        logger.error({ err }, 'booking stopped by a fault: its unfinished rows stay pending');
      }
      return { bookingId, result: 'stopped', errorCode };
    }
  });
}

function recordRow<Claim extends ActiveClaim>(
  report: RowReport,
  { processing, metrics, logger }: BookingWorkDeps<Claim>,
): RowResult {
  const { rowAsRead, rowAfter, outcome, error } = report;
  metrics.record(metricObservationsFor(report, processing.clock.now()));
  const result: RowResult = {
    id: rowAsRead.id,
    eventType: rowAsRead.eventType,
    outcome: outcome.kind,
    status: outcome.status,
    retryCount: rowAfter.retryCount,
  };
  const fields = {
    rowId: result.id,
    eventType: result.eventType,
    status: result.status,
    retryCount: result.retryCount,
  };
  if (error !== undefined) {
    logger.error({ ...fields, err: error }, 'row failed with a system error: it will be tried again later');
  } else {
    logger.info(fields, outcome.kind === 'done' ? 'row done' : 'row will be tried again later');
  }
  return result;
}
