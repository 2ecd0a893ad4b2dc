import {
  errorCodeOf,
  metricObservationsFor,
  owedWorkOf,
  processBooking,
  type CommunityApi,
  type ProcessingDeps,
  type RowReport,
  type RowSelector,
} from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import { hasChangedHands, type ActiveLock, type WriteGate } from '@ptpu/store';
import type { BookingResult, RowResult } from './booking-result';
import type { ProcessingMetrics } from './processing-metrics';

/** Booking claims (libs/store's `DynamoLocks.withClaim`): `'skipped'` when another worker holds the booking. */
export interface BookingClaims {
  withClaim<T>(bookingId: number, fn: (claim: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

/**
 * What a booking is processed with, before a claim is taken: `communityApi` only reads (it refuses writes),
 * and `communityApiUnder` gives the one that writes under a claim's write gate.
 */
export interface ClaimableProcessingDeps extends ProcessingDeps<ActiveLock> {
  communityApiUnder(gate: WriteGate): CommunityApi;
}

export interface BookingWorkDeps {
  /** One owner per job that can run alongside another (each retrier tier, each admin request, the processor). */
  claims: BookingClaims;
  processing: ClaimableProcessingDeps;
  metrics: ProcessingMetrics;
  logger: Logger;
}

/** Runs under the claim before processing and returns the deps to process with (an operator's overrides). */
export type PrepareBooking = (
  claim: ActiveLock,
  processing: ProcessingDeps<ActiveLock>,
) => Promise<ProcessingDeps<ActiveLock>>;

/**
 * Works one booking the way every processing path does (docs/architecture.md, Processing a booking): claim it,
 * run the processing use case on the kept rows `select` gives this path while the claim is held, release it. A
 * booking another worker holds is left for a later run. Each row's outcome is counted in the metrics and logged
 * here, once. Never rejects: a failure that stopped the booking is logged and returned, so one booking cannot
 * end a run, and the rows it did not end stay pending for the next one.
 */
export function workBooking(
  bookingId: number,
  select: RowSelector,
  deps: BookingWorkDeps,
  prepare?: PrepareBooking,
): Promise<BookingResult> {
  return withLogContext({ bookingId }, async (): Promise<BookingResult> => {
    const { logger } = deps;
    try {
      const report = await deps.claims.withClaim(bookingId, async (claim) => {
        const underClaim = processingUnder(claim, deps.processing);
        const processing = prepare ? await prepare(claim, underClaim) : underClaim;
        return processBooking(bookingId, claim, processing, { select, signal: claim.signal });
      });
      if (report === 'skipped') {
        logger.info('booking claimed by another worker: left for a later run');
        return { bookingId, result: 'claimed-elsewhere' };
      }
      for (const row of report.expiredOwing) {
        deps.metrics.recordOwedWorkExpired();
        logger.error(
          { rowId: row.id, eventType: row.eventType, owes: owedWorkOf(row) },
          'row expired still owing: its domain events may never be announced (runbook)',
        );
      }
      return { bookingId, result: 'worked', rows: report.rows.map((row) => recordRow(row, deps)) };
    } catch (err) {
      if (hasChangedHands(err)) {
        logger.warn({ err }, 'booking changed hands while being worked: the rest is left for a later run');
      } else {
        logger.error({ err }, 'booking stopped by a fault: its unfinished rows stay pending');
      }
      return { bookingId, result: 'stopped', errorCode: errorCodeOf(err) };
    }
  });
}

/** The deps the use case runs on under `claim`: Delius is written only through the claim's write gate. */
function processingUnder(
  claim: ActiveLock,
  { communityApiUnder, ...processing }: ClaimableProcessingDeps,
): ProcessingDeps<ActiveLock> {
  return { ...processing, communityApi: communityApiUnder(claim.writeGate) };
}

function recordRow(report: RowReport, { processing, metrics, logger }: BookingWorkDeps): RowResult {
  const { rowAsRead, rowAfter, outcome, error } = report;
  metrics.record(metricObservationsFor(report, processing.clock.now()));
  const result: RowResult = {
    id: rowAsRead.id,
    eventType: rowAsRead.eventType,
    outcome: outcome.kind,
    status: outcome.status,
    retryCount: rowAfter.retryCount,
    ...(rowAfter.intendedWrites !== undefined && {
      intendedWrites: JSON.parse(rowAfter.intendedWrites) as unknown[],
    }),
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
