import { RETRY_TIERS } from '@ptpu/domain';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { BookingResult, JobOutcome } from '@ptpu/booking-runner';
import { tierLabel } from './tiers/tier-label';

const RUN_RESULTS: readonly JobOutcome<unknown>['result'][] = [
  'completed',
  'already-running',
  'stopping',
  'locked-elsewhere',
  'failed',
];
const BOOKING_RESULTS: readonly BookingResult['result'][] = ['worked', 'claimed-elsewhere', 'stopped'];

export type RetrierMetrics = ReturnType<typeof createRetrierMetrics>;

/**
 * The retrier's own instruments, next to the original processing metrics: tier runs, the pending backlog, and
 * the probation event queue and its DLQ (counted as the validator counts the prison event queue's). Every
 * series starts at 0 so an alert on "no completed run" has data from the start.
 */
export function createRetrierMetrics(registry: Registry) {
  const registers = [registry];
  const metrics = {
    tierRuns: new Counter({
      name: 'ptpu_retrier_tier_runs_total',
      help: 'Retry tier runs by tier and result (completed, already-running, stopping, locked-elsewhere, failed)',
      labelNames: ['tier', 'result'],
      registers,
    }),
    tierRunSeconds: new Histogram({
      name: 'ptpu_retrier_tier_run_seconds',
      help: 'Duration of completed retry tier runs',
      labelNames: ['tier'],
      buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
      registers,
    }),
    bookings: new Counter({
      name: 'ptpu_retrier_bookings_total',
      help: 'Bookings reached by retry tier runs: worked, claimed-elsewhere (left for the next run) or stopped by a fault',
      labelNames: ['tier', 'result'],
      registers,
    }),
    pendingMessages: new Gauge({
      name: 'ptpu_pending_messages',
      help: 'Pending rows of the message table by status and pending state (NEW, SHORT, MEDIUM, LONG), refreshed by the retrier',
      labelNames: ['status', 'pending_state'],
      registers,
    }),
    probationEvents: {
      received: new Counter({
        name: 'ptpu_retrier_probation_events_received_total',
        help: 'SQS deliveries received from the probation event queue',
        registers,
      }),
      handled: new Counter({
        name: 'ptpu_retrier_probation_events_handled_total',
        help: 'Probation event deliveries by outcome (worked, ignored, poison, transient) and reason',
        labelNames: ['outcome', 'reason'],
        registers,
      }),
      handlingSeconds: new Histogram({
        name: 'ptpu_retrier_probation_event_handling_seconds',
        help: 'Time to handle one probation event, from receipt to the waiting bookings worked',
        labelNames: ['outcome'],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
        registers,
      }),
    },
    probationDlq: {
      redriven: new Counter({
        name: 'ptpu_retrier_dlq_messages_redriven_total',
        help: 'Messages moved from the probation DLQ back to the probation event queue',
        labelNames: ['trigger'],
        registers,
      }),
      parked: new Counter({
        name: 'ptpu_retrier_dlq_messages_parked_total',
        help: 'Probation DLQ messages not redriven because their redrive count reached PTPU_DLQ_MAX_REDRIVES',
        registers,
      }),
    },
  };
  for (const outcome of ['worked', 'poison', 'transient'] as const) {
    metrics.probationEvents.handled.inc({ outcome, reason: outcome }, 0);
    metrics.probationEvents.handlingSeconds.zero({ outcome });
  }
  for (const reason of ['nobody-waits', 'unhandled-event-type']) {
    metrics.probationEvents.handled.inc({ outcome: 'ignored', reason }, 0);
  }
  metrics.probationEvents.handlingSeconds.zero({ outcome: 'ignored' });
  metrics.probationDlq.redriven.inc({ trigger: 'operator' }, 0);
  for (const tier of RETRY_TIERS.map(tierLabel)) {
    RUN_RESULTS.forEach((result) => metrics.tierRuns.inc({ tier, result }, 0));
    BOOKING_RESULTS.forEach((result) => metrics.bookings.inc({ tier, result }, 0));
    metrics.tierRunSeconds.zero({ tier });
  }
  return metrics;
}
