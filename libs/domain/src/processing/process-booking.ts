import { aggregateBookingRows } from '../aggregation/aggregate-booking-rows';
import { SystemError, errorSummaryOf } from '../errors/system-error';
import { parseInnerEvent } from '../events/inner-event';
import { processingPathOf } from '../message/event-type';
import { isExpired, owedWorkOf, withoutExpiredRows, type MessageRow } from '../message/message-row';
import { done, tryLater, type Outcome } from '../message/outcome';
import { TELEMETRY_EVENTS } from '../telemetry/telemetry-events';
import type { TelemetryEvent } from '../telemetry/telemetry-event-properties';
import {
  RowAttempt,
  stopIfAborted,
  WorkStopped,
  type Attempt,
  type BookingRun,
  type HandlerResult,
} from './attempt';
import { handleBookingNumberChange } from './booking-number-change/handle-booking-number-change';
import { handleKeyDates } from './key-dates/handle-key-dates';
import { handleMovement } from './movement/handle-movement';
import type { ProcessingDeps } from './processing-deps';
import type { RowSelector } from './row-selector';
import { handleStatusChange } from './status-change/handle-status-change';

/** What happened to one pending row of a booking in one `processBooking` run. */
export interface RowReport {
  rowAsRead: MessageRow;
  rowAfter: MessageRow;
  outcome: Outcome;
  telemetry: readonly TelemetryEvent[];
  /** Behind an `ERROR` outcome. */
  error?: unknown;
}

/**
 * The processing use case of a claimed booking (docs/architecture.md, Processing a booking): works the kept
 * rows `select` chooses in priority order, ending `SUPERSEDED` only the older rows whose kept row it
 * attempts. An upstream fault ends that row `ERROR`; a failure of the message table, a lost claim or a row
 * changed under us stops the whole booking and is thrown: anything more would overwrite another's progress.
 */
export async function processBooking<Claim>(
  bookingId: number,
  claim: Claim,
  deps: ProcessingDeps<Claim>,
  /** `signal` aborts when the booking's claim is lost: no further read or write is started. */
  options: { select: RowSelector; signal?: AbortSignal },
): Promise<{ bookingId: number; rows: RowReport[]; expiredOwing: MessageRow[] }> {
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

/** The live pending rows, and the expired ones still owing (told: their announcement is lost). */
async function pendingRowsOf<Claim>(bookingId: number, deps: ProcessingDeps<Claim>) {
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

/** Owed events first, then a write an earlier attempt may have sent (settled), the handler, the row's end. */
async function attemptRow<Claim>(
  rowAsRead: MessageRow,
  run: BookingRun<Claim>,
  handle: (attempt: Attempt) => Promise<HandlerResult>,
): Promise<RowReport> {
  stopIfAborted(run.signal);
  const attempt = new RowAttempt(rowAsRead, run);
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
  const { outcome, rowAfter } = await attempt.end(result);
  const { telemetry } = attempt;
  return { rowAsRead, rowAfter, outcome, telemetry, ...(error !== undefined && { error }) };
}

/** Reads the stored event as the validator did; runs its type's handler (a domain event's classic twin). */
function handleRow(row: MessageRow, attempt: Attempt): Promise<HandlerResult> {
  const parsed = parseInnerEvent(row.receivedAs ?? row.eventType, row.message, row.bookingId);
  if (!('event' in parsed)) {
    // The validator parsed this very message before storing it, so this is a fault (a hand-edited row?).
    const reason = parsed.ok ? 'it names no booking' : parsed.reason;
    throw new SystemError(`row ${row.id} holds a message that cannot be read: ${reason}`, {
      code: 'PROCESSING.MESSAGE_INVALID',
      retryable: false,
      details: { rowId: row.id },
    });
  }
  const { event } = parsed;
  switch (event.eventType) {
    case 'IMPRISONMENT_STATUS-CHANGED':
      return handleStatusChange(event, attempt);
    case 'EXTERNAL_MOVEMENT_RECORD-INSERTED':
      return handleMovement(event, attempt);
    case 'BOOKING_NUMBER-CHANGED':
      return handleBookingNumberChange(event, attempt);
    default:
      return handleKeyDates(event, attempt);
  }
}
