import { VALIDATION_REJECTIONS } from '@ptpu/domain';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The consumer's and queue-admin's instruments; every label value starts at 0 so dashboards see it. */
export function createValidatorMetrics(registry: Registry) {
  const registers = [registry];
  const metrics = {
    received: new Counter({
      name: 'ptpu_validator_messages_received_total',
      help: 'SQS deliveries received from the prison event queue',
      registers,
    }),
    handled: new Counter({
      name: 'ptpu_validator_messages_handled_total',
      help: 'Prison event deliveries by outcome (stored, duplicate, ignored, poison, transient) and reason',
      labelNames: ['outcome', 'reason'],
      registers,
    }),
    handlingSeconds: new Histogram({
      name: 'ptpu_validator_message_handling_seconds',
      help: 'Time to handle one delivery, from receipt to its outcome being durable',
      labelNames: ['outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    redriven: new Counter({
      name: 'ptpu_validator_dlq_messages_redriven_total',
      help: 'Messages moved from the DLQ back to the prison event queue',
      labelNames: ['trigger'],
      registers,
    }),
    parked: new Counter({
      name: 'ptpu_validator_dlq_messages_parked_total',
      help: 'DLQ messages housekeeping did not redrive because their redrive count reached PTPU_DLQ_MAX_REDRIVES',
      registers,
    }),
  };
  for (const outcome of ['stored', 'duplicate', 'poison', 'transient'] as const) {
    metrics.handled.inc({ outcome, reason: outcome }, 0);
    metrics.handlingSeconds.zero({ outcome });
  }
  for (const reason of [...Object.keys(VALIDATION_REJECTIONS), 'unhandled-event-type']) {
    metrics.handled.inc({ outcome: 'ignored', reason }, 0);
  }
  metrics.handlingSeconds.zero({ outcome: 'ignored' });
  for (const trigger of ['operator', 'housekeeping']) metrics.redriven.inc({ trigger }, 0);
  return metrics;
}
