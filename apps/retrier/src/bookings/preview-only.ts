import {
  rowAfterTransition,
  rowWithPendingEvents,
  rowWithWriteIntent,
  type DomainEventPublisher,
  type PendingWork,
  type TelemetrySink,
} from '@ptpu/domain';
import type { ProcessingMetrics } from '@ptpu/booking-runner';

/**
 * A booking's pending work for an operator's dry run: its rows as they are, and writes that change nothing.
 * Each answers with the row as it would be, so the answer can say what a real run would do to it; none is
 * ended or marked, so the tiers go on retrying them as before.
 */
export function previewOnly<Claim>(work: PendingWork<Claim>): PendingWork<Claim> {
  return {
    pendingRowsOfBooking: (bookingId) => work.pendingRowsOfBooking(bookingId),
    completeAttempt: async (_claim, rowAsRead, transition) => rowAfterTransition(rowAsRead, transition),
    recordPendingEvents: async (_claim, rowAsRead, pendingEvents, deleteBy) =>
      rowWithWriteIntent(rowWithPendingEvents({ ...rowAsRead, deleteBy }, pendingEvents), undefined),
    recordWriteIntent: async (_claim, rowAsRead, writeIntent, deleteBy) =>
      rowWithWriteIntent({ ...rowAsRead, deleteBy }, writeIntent),
  };
}

/** A dry run announces nothing: whatever a row owes is published by the real run that works it. */
export const NO_DOMAIN_EVENTS: DomainEventPublisher = { publish: async () => undefined };

/** Nor does it count in the processing metrics, which say what the service did. */
export const NO_METRICS: ProcessingMetrics = {
  record: () => undefined,
  recordOwedWorkExpired: () => undefined,
};

/** Nor does it tell of outcomes in telemetry (`P2PDryRun` among them): its answer is where they are told. */
export const NO_TELEMETRY: TelemetrySink = { trackEvent: () => undefined };
