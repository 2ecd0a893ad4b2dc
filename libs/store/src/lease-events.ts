import { Counter, type Registry } from 'prom-client';

/** `lost`: each refusal because another holder has the lease now, or a lease that ran out unrenewed. */
const EVENTS = ['taken', 'renewed', 'lost', 'released'] as const;

/** The `lock` label: a booking claim (`booking#<id>`) or a job lock (the processor's cycle, a retrier tier). */
const lockKindOf = (lockId: string) => (lockId.startsWith('booking#') ? 'claim' : 'job');

export interface LeaseEventRecorder {
  record(event: (typeof EVENTS)[number], lockId: string): void;
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
    for (const lock of ['claim', 'job']) counter.inc({ event, lock }, 0);
  }
  return { record: (event, lockId) => counter.inc({ event, lock: lockKindOf(lockId) }) };
}
