import {
  errorCodeOf,
  metricObservationsFor,
  owedWorkOf,
  processBooking,
  type CommunityApi,
  type HandledEventType,
  type MessageRow,
  type MessageStatus,
  type Outcome,
  type ProcessingDeps,
  type RowReport,
  type RowSelector,
} from '@ptpu/domain';
import { withLogContext, type Logger } from '@ptpu/platform';
import { hasChangedHands, type ActiveLock, type WriteGate } from '@ptpu/store';
import type { ProcessingMetrics } from './processing-metrics';

/** What one attempt did to one row: what the logs say and the admin endpoints answer. */
export interface RowResult {
  id: string;
  eventType: HandledEventType;
  outcome: Outcome['kind'];
  status: MessageStatus;
  /** After the attempt. */
  retryCount: number;
  /** A dry run's withheld Delius writes. */
  intendedWrites?: unknown[];
}

/** What happened to one booking in a run; a booking stopped part-way leaves its unended rows pending. */
export type BookingResult =
  | { bookingId: number; result: 'worked'; rows: RowResult[] }
  | { bookingId: number; result: 'claimed-elsewhere' }
  | { bookingId: number; result: 'stopped'; errorCode: string };

/** Booking claims (libs/store's `DynamoLocks.withClaim`): `'skipped'` when another worker holds the booking. */
export interface BookingClaims {
  withClaim<T>(bookingId: number, fn: (claim: ActiveLock) => Promise<T>): Promise<T | 'skipped'>;
}

/** Before a claim `communityApi` refuses writes; `communityApiUnder` writes under a claim's gate. */
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
 * Claims one booking, runs the use case on the rows `select` gives, releases it; each row is counted and
 * logged here, once. Never rejects: one booking cannot end a run.
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
        // Delius is written only through the claim's write gate.
        const { communityApiUnder, ...processing } = deps.processing;
        const underClaim = { ...processing, communityApi: communityApiUnder(claim.writeGate) };
        const prepared = prepare ? await prepare(claim, underClaim) : underClaim;
        return processBooking(bookingId, claim, prepared, { select, signal: claim.signal });
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

function recordRow(report: RowReport, { processing, metrics, logger }: BookingWorkDeps): RowResult {
  const { rowAsRead, rowAfter, outcome, error } = report;
  metrics.record(metricObservationsFor(report, processing.clock.now()));
  const { id, eventType } = rowAsRead;
  const { status } = outcome;
  const { retryCount, intendedWrites } = rowAfter;
  const fields = { rowId: id, eventType, status, retryCount };
  if (error !== undefined) {
    logger.error({ ...fields, err: error }, 'row failed with a system error: it will be tried again later');
  } else {
    logger.info(fields, outcome.kind === 'done' ? 'row done' : 'row will be tried again later');
  }
  return {
    id,
    eventType,
    outcome: outcome.kind,
    status,
    retryCount,
    ...(intendedWrites !== undefined && { intendedWrites: JSON.parse(intendedWrites) as unknown[] }),
  };
}

export interface WorkBookingsOptions {
  /** Bookings worked at once (`PTPU_PROCESSING_CONCURRENCY`). */
  concurrency: number;
  signal: AbortSignal;
  /** Claims and works one booking (`workBooking` with the path's row selector); never rejects. */
  work(bookingId: number): Promise<BookingResult>;
  onResult(result: BookingResult): void;
  logger: Logger;
}

/**
 * The one streaming pool of the service: works each booking of `pages` once, in order of first row, up to
 * `concurrency` at once, reading pages only as slots free, so a backlog is never held in memory. `true` when
 * stopped early.
 */
export async function workBookings(
  pages: AsyncIterable<readonly Pick<MessageRow, 'bookingId'>[]>,
  { concurrency, signal, work, onResult, logger }: WorkBookingsOptions,
): Promise<boolean> {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const running = new Set<Promise<void>>();
  const bookingIds = distinctBookings(pages);
  try {
    for (;;) {
      while (running.size >= concurrency) await Promise.race(running);
      if (signal.aborted) break;
      const next = await bookingIds.next();
      if (next.done) break;
      const bookingId = next.value;
      const task: Promise<void> = work(bookingId)
        .then(onResult)
        .catch((err: unknown) => logger.error({ err, bookingId }, 'booking worker failed'))
        .finally(() => running.delete(task));
      running.add(task);
    }
  } finally {
    await bookingIds.return(undefined);
    await Promise.all(running);
  }
  return signal.aborted;
}

async function* distinctBookings(
  pages: AsyncIterable<readonly Pick<MessageRow, 'bookingId'>[]>,
): AsyncGenerator<number> {
  const seen = new Set<number>();
  for await (const page of pages) {
    for (const { bookingId } of page) {
      if (seen.has(bookingId)) continue;
      seen.add(bookingId);
      yield bookingId;
    }
  }
}
