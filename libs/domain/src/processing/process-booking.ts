import { aggregateBookingRows } from '../aggregation/aggregate-booking-rows';
import { errorSummaryOf } from '../errors/system-error';
import { processingPathOf } from '../message/event-type';
import type { MessageRow } from '../message/message-row';
import { done, tryLater } from '../message/outcome';
import { isExpired, owedWorkOf, withoutExpiredRows } from '../message/row-expiry';
import { TELEMETRY_EVENTS } from '../telemetry/telemetry-events';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import type { Attempt, HandlerResult } from './attempt';
import type { BookingReport, RowReport } from './booking-report';
import { handleRow } from './handle-row';
import type { ProcessingDeps } from './processing-deps';
import { RowAttempt } from './row-attempt';
import type { RowSelector } from './row-selector';
import type { WriteIntent } from './owed-events';
import { WorkStopped, orStopWork, stopIfAborted } from './work-stopped';

export interface ProcessBookingOptions {
  /** Which kept rows this run attempts (the processor's due rows, a tier's rows, every row for an operator). */
  select: RowSelector;
  /** Aborted when the booking's claim is lost: no further read or write is started. */
  signal?: AbortSignal;
}

/**
 * The processing use case of a claimed booking (docs/architecture.md, Processing a booking): aggregates its live
 * pending rows, works the kept rows `select` chooses in priority order, and ends as `SUPERSEDED` only the older
 * rows whose kept row it attempts (a superseded row stays pending until its replacement is worked).
 *
 * An upstream fault ends that row `ERROR` and the next row is still worked. A failure of the message table, a
 * lost claim or a row changed under us stops the whole booking and is thrown: writing anything more would fail
 * the same way or overwrite another worker's progress.
 */
export async function processBooking<Claim>(
  bookingId: number,
  claim: Claim,
  deps: ProcessingDeps<Claim>,
  options: ProcessBookingOptions,
): Promise<BookingReport> {
  try {
    const { live, expiredOwing } = await pendingRowsOf(bookingId, deps);
    const { kept, superseded } = aggregateBookingRows(live);
    const attempted = kept.filter(options.select);
    const replaced = new Set(attempted.map((row) => processingPathOf(row.eventType)));
    const rows: RowReport[] = [];
    const run: BookingRun<Claim> = { claim, deps, signal: options.signal, settledNotApplied: [] };
    for (const row of superseded.filter((older) => replaced.has(processingPathOf(older.eventType)))) {
      rows.push(await attemptRow(row, run, async () => ({ outcome: done('SUPERSEDED') })));
    }
    for (const row of attempted) {
      rows.push(await attemptRow(row, run, (attempt) => handleRow(row, attempt)));
    }
    return { bookingId, rows, expiredOwing };
  } catch (err) {
    throw err instanceof WorkStopped ? err.reason : err;
  }
}

/**
 * The booking's pending rows not past their `deleteBy`, and those past it that still owe something: each of
 * those is told (`P2POwedWorkExpired`), since its announcement is lost with it.
 */
async function pendingRowsOf<Claim>(
  bookingId: number,
  deps: ProcessingDeps<Claim>,
): Promise<{ live: MessageRow[]; expiredOwing: MessageRow[] }> {
  const rows: MessageRow[] = [];
  for await (const page of deps.work.pendingRowsOfBooking(bookingId)) rows.push(...page);
  const now = deps.clock.now();
  const expiredOwing: MessageRow[] = [];
  for (const row of rows) {
    const owes = owedWorkOf(row);
    if (owes === undefined || !isExpired(row, now)) continue;
    expiredOwing.push(row);
    const expired: TelemetryEvent = {
      name: TELEMETRY_EVENTS.owedWorkExpired,
      properties: {
        bookingId: String(row.bookingId),
        eventType: row.eventType,
        rowId: row.id,
        owes,
        deleteBy: new Date(row.deleteBy * 1000).toISOString(),
      },
    };
    deps.telemetry.trackEvent(expired.name, expired.properties);
  }
  return { live: withoutExpiredRows(rows, now), expiredOwing };
}

/** What every row attempt of one booking in one run shares. */
interface BookingRun<Claim> {
  claim: Claim;
  deps: ProcessingDeps<Claim>;
  signal: AbortSignal | undefined;
  /** Intents settled as not applied so far, by any of the booking's rows (`Attempt.eventsOfSettledIntent`). */
  settledNotApplied: WriteIntent[];
}

/**
 * One attempt at one row: events an earlier attempt owed, then the write it may have sent (settled by lookups
 * before anything is decided afresh), then the handler, then the row's end written under the claim.
 */
async function attemptRow<Claim>(
  rowAsRead: MessageRow,
  { claim, deps, signal, settledNotApplied }: BookingRun<Claim>,
  handle: (attempt: Attempt) => Promise<HandlerResult>,
): Promise<RowReport> {
  stopIfAborted(signal);
  const attempt = new RowAttempt(rowAsRead, claim, deps, signal, settledNotApplied);
  let result: HandlerResult;
  let error: unknown;
  try {
    await attempt.publishOwedEvents();
    result = (await attempt.settleIntent()) ?? (await handle(attempt));
  } catch (err) {
    if (err instanceof WorkStopped) throw err;
    error = err;
    result = { outcome: tryLater('ERROR', { lastError: errorSummaryOf(err) }) };
  }
  const outcome = attempt.conclude(result);
  const transition = attempt.transitionFor(outcome);
  const rowAfter = await orStopWork(() => deps.work.completeAttempt(claim, attempt.row, transition));
  return {
    rowAsRead,
    rowAfter,
    outcome,
    telemetry: attempt.telemetry,
    ...(error !== undefined && { error }),
  };
}
