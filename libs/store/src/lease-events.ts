import { Counter, type Registry } from 'prom-client';

/**
 * What happened to a lease: `taken` (acquired), `renewed`, `released`, or `lost`: a renewal, a release or a
 * claim-guarded row write refused because another holder has it now, or a lease that ran out while its
 * renewals failed. Each refusal counts, so one lease lost may count more than once.
 */
type LeaseEvent = 'taken' | 'renewed' | 'lost' | 'released';

const EVENTS: readonly LeaseEvent[] = ['taken', 'renewed', 'lost', 'released'];

/** The `lock` label: a booking claim (`booking#<id>`) or a job lock (the processor's cycle, a retrier tier). */
type LockKind = 'claim' | 'job';

const KINDS: readonly LockKind[] = ['claim', 'job'];

const lockKindOf = (lockId: string): LockKind => (lockId.startsWith('booking#') ? 'claim' : 'job');

export interface LeaseEventRecorder {
  record(event: LeaseEvent, lockId: string): void;
}

export const noLeaseEvents: LeaseEventRecorder = { record: () => undefined };

/** `ptpu_lease_events_total{event, lock}` on the app's registry, every series at 0 from the start. */
export function createLeaseMetrics(registry: Registry): LeaseEventRecorder {
  const counter = new Counter({
    name: 'ptpu_lease_events_total',
    help: 'Leases of job locks and booking claims taken, renewed, released and lost to another holder',
    labelNames: ['event', 'lock'],
    registers: [registry],
  });
  for (const event of EVENTS) {
    for (const lock of KINDS) counter.inc({ event, lock }, 0);
  }
  return { record: (event, lockId) => counter.inc({ event, lock: lockKindOf(lockId) }) };
}
