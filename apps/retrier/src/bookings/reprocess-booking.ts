import {
  workBooking,
  type BookingClaims,
  type BookingResult,
  type BookingWorkDeps,
  type ProcessingMetrics,
} from '@ptpu/booking-runner';
import {
  everyKeptRow,
  rowAfterTransition,
  rowWithPendingEvents,
  rowWithWriteIntent,
  type DomainEventPublisher,
  type MessageRow,
  type PendingWork,
  type TelemetrySink,
} from '@ptpu/domain';
import type { HeldLock } from '@ptpu/store';

export interface ReprocessDeps extends Omit<BookingWorkDeps, 'claims'> {
  /** Claims under a new owner: two requests for one booking must not both think they hold it. */
  newClaims(): BookingClaims;
  dryRunRows: {
    ofBooking(bookingId: number): Promise<MessageRow[]>;
    reopen(claim: HeldLock, row: MessageRow): Promise<MessageRow>;
  };
}

/** Whether a reprocess may write to Delius, or only reads and decides and answers with the writes it would make. */
export type ReprocessMode = 'dry-run' | 'write';

/** Every kept row is attempted, unlike the processor and the tiers, which take only their own. */
export type ReprocessResult = BookingResult & {
  attempted: 'every-kept-row';
  mode: ReprocessMode;
  reopenedDryRunRows: string[];
};

// A dry run announces nothing (whatever a row owes is published by the real run that works it), does not
// count in the processing metrics, which say what the service did, and tells no outcome in telemetry
// (`P2PDryRun` among them): its answer is where they are told.
const NO_DOMAIN_EVENTS: DomainEventPublisher = { publish: async () => undefined };
const NO_METRICS: ProcessingMetrics = { record: () => undefined, recordOwedWorkExpired: () => undefined };
const NO_TELEMETRY: TelemetrySink = { trackEvent: () => undefined };

/**
 * An operator's "work this booking now" (POST /admin/reprocess-booking): every kept row, worked under its
 * claim in `mode` (default the service's own). `write` applies what a dry run only planned: `DRY_RUN` rows
 * are made pending again and worked with the rest (each write still compares first). A `dry-run` reprocess
 * changes nothing anywhere: no Delius write, domain event, metric or telemetry event, no row ended or marked.
 */
export async function reprocessBooking(
  bookingId: number,
  deps: ReprocessDeps,
  mode: ReprocessMode = deps.processing.settings.dryRun ? 'dry-run' : 'write',
): Promise<ReprocessResult> {
  const reopened: MessageRow[] = [];
  const preview = mode === 'dry-run';
  const result = await workBooking(
    bookingId,
    everyKeptRow,
    { ...deps, claims: deps.newClaims(), ...(preview && { metrics: NO_METRICS }) },
    async (claim, processing) => {
      if (preview) {
        return {
          ...processing,
          work: previewOnly(processing.work),
          domainEvents: NO_DOMAIN_EVENTS,
          telemetry: NO_TELEMETRY,
          settings: { ...processing.settings, dryRun: true },
        };
      }
      for (const row of await deps.dryRunRows.ofBooking(bookingId))
        reopened.push(await deps.dryRunRows.reopen(claim, row));
      return {
        ...processing,
        work: includingRows(processing.work, reopened),
        settings: { ...processing.settings, dryRun: false },
      };
    },
  );
  return { ...result, attempted: 'every-kept-row', mode, reopenedDryRunRows: reopened.map((row) => row.id) };
}

/**
 * A booking's pending work for a dry run: its rows as they are, and writes that change nothing. Each answers
 * with the row as it would be, so the answer can say what a real run would do to it; none is ended or marked.
 */
function previewOnly<Claim>(work: PendingWork<Claim>): PendingWork<Claim> {
  return {
    pendingRowsOfBooking: (bookingId) => work.pendingRowsOfBooking(bookingId),
    completeAttempt: async (_claim, rowAsRead, transition) => rowAfterTransition(rowAsRead, transition),
    recordPendingEvents: async (_claim, rowAsRead, pendingEvents, deleteBy) =>
      rowWithWriteIntent(rowWithPendingEvents({ ...rowAsRead, deleteBy }, pendingEvents), undefined),
    recordWriteIntent: async (_claim, rowAsRead, writeIntent, deleteBy) =>
      rowWithWriteIntent({ ...rowAsRead, deleteBy }, writeIntent),
  };
}

/**
 * A booking's pending work with `rows` added: rows this worker has just made pending again under its claim,
 * which the eventually consistent `pending-by-booking` index may not show yet. A row the index also returns
 * is taken once, as we wrote it.
 */
export function includingRows<Claim>(
  work: PendingWork<Claim>,
  rows: readonly MessageRow[],
): PendingWork<Claim> {
  const ours = new Set(rows.map((row) => row.id));
  return {
    async *pendingRowsOfBooking(bookingId) {
      if (rows.length > 0) yield rows;
      for await (const page of work.pendingRowsOfBooking(bookingId)) {
        const others = page.filter((row) => !ours.has(row.id));
        if (others.length > 0) yield others;
      }
    },
    completeAttempt: (claim, rowAsRead, transition) => work.completeAttempt(claim, rowAsRead, transition),
    recordPendingEvents: (claim, rowAsRead, pendingEvents, deleteBy) =>
      work.recordPendingEvents(claim, rowAsRead, pendingEvents, deleteBy),
    recordWriteIntent: (claim, rowAsRead, writeIntent, deleteBy) =>
      work.recordWriteIntent(claim, rowAsRead, writeIntent, deleteBy),
  };
}
