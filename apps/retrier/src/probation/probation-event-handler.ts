import type { Message } from '@aws-sdk/client-sqs';
import type { BookingResult } from '@ptpu/booking-runner';
import { parseProbationEvent, SystemError, waitingRows, type ParsedProbationEvent } from '@ptpu/domain';
import type { Logger } from '@ptpu/platform';
import type { DeadLetterQueue, MessageDescription, MessageHandler } from '@ptpu/queues';
import type { DynamoMessageRepository } from '@ptpu/store';
import { pendingBookingsOf } from '../bookings/pending-bookings';

/** Where one probation event ended up, durable before its message is deleted. */
type ProbationEventOutcome =
  | { kind: 'worked'; bookings: { bookingId: number; statuses: string[] }[] }
  | { kind: 'ignored'; reason: 'nobody-waits' | 'unhandled-event-type' }
  | { kind: 'poison'; reason: string };

interface ProbationEventHandlerDeps {
  rows: Pick<DynamoMessageRepository, 'rowsOfNomsNumber' | 'bookingsWatching'>;
  /** Claims the booking and works its waiting rows (`waitingRows`), as a tier run does for its own. */
  work(bookingId: number): Promise<BookingResult>;
  deadLetters: DeadLetterQueue;
}

/**
 * The retrier's part of settling a probation event message (libs/queues settles it around this): a case that
 * changed has the bookings waiting on it worked now; every line logged names the message and the case.
 */
export function probationEventHandler(
  deps: ProbationEventHandlerDeps,
): MessageHandler<ProbationEventOutcome, ParsedProbationEvent> {
  return {
    read: (message) => parseProbationEvent(message.Body ?? ''),
    logContextOf,
    handle: (parsed, message) => handle(parsed, message, deps),
    reasonOf: (outcome) => (outcome.kind === 'ignored' ? outcome.reason : outcome.kind),
    logOutcome,
  };
}

/** How an operator's DLQ redrive lists a probation event message: its event type and the case. */
export function describeProbationMessage(message: Message): MessageDescription {
  const parsed = parseProbationEvent(message.Body ?? '');
  return {
    ...(parsed.kind !== 'poison' && { eventType: parsed.eventType }),
    ...(parsed.kind === 'handled' && { crn: parsed.crn }),
  };
}

async function handle(
  parsed: ParsedProbationEvent,
  message: Message,
  deps: ProbationEventHandlerDeps,
): Promise<ProbationEventOutcome> {
  switch (parsed.kind) {
    case 'poison':
      await deps.deadLetters.send(message, parsed.reason);
      return { kind: 'poison', reason: parsed.reason };
    case 'unhandled':
      return { kind: 'ignored', reason: 'unhandled-event-type' };
    case 'handled':
      return workWaitingBookings(parsed, deps);
  }
}

/**
 * Works now, ahead of their tiers, the bookings a change to a Delius case may let through: those with a row
 * watching the case (a candidate, the matched case or a holder of the NOMS number) and those of the prisoner
 * whose NOMS number the case holds. Each is worked under its claim, as a tier run would. A booking another
 * worker holds, or whose work stopped, throws: the event is tried again shortly, since the holder may have
 * read Delius before the change.
 */
async function workWaitingBookings(
  changed: { crn: string; nomsNumber?: string },
  deps: ProbationEventHandlerDeps,
): Promise<ProbationEventOutcome> {
  const bookingIds = new Set(await deps.rows.bookingsWatching(changed.crn));
  if (changed.nomsNumber) {
    for (const bookingId of await pendingBookingsOf(deps.rows, changed.nomsNumber, waitingRows))
      bookingIds.add(bookingId);
  }
  if (bookingIds.size === 0) return { kind: 'ignored', reason: 'nobody-waits' };
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

function logContextOf(parsed: ParsedProbationEvent) {
  return {
    messageId: parsed.messageId,
    eventType: parsed.kind === 'poison' ? undefined : parsed.eventType,
    crn: parsed.kind === 'handled' ? parsed.crn : undefined,
    nomsNumber: parsed.kind === 'handled' ? parsed.nomsNumber : undefined,
  };
}

function logOutcome(outcome: ProbationEventOutcome, logger: Logger): void {
  switch (outcome.kind) {
    case 'worked':
      return logger.info(
        { reason: 'worked', bookings: outcome.bookings },
        'probation event: the bookings waiting on the case worked now',
      );
    case 'ignored':
      return logger.info({ reason: outcome.reason }, 'probation event ignored');
    case 'poison':
      return logger.warn(
        { reason: 'poison', rejectReason: outcome.reason },
        'poison message moved to the DLQ',
      );
  }
}
