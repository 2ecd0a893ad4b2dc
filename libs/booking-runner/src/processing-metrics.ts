import type { MetricObservations } from '@ptpu/domain';
import { Counter, Histogram, type Registry } from 'prom-client';

/** The original's percentile histogram bounds (Micrometer's), so the Grafana heatmaps keep working. */
const SUCCESS_AFTER_DAYS_BUCKETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16];
const SUCCESS_AFTER_RETRIES_BUCKETS = [...SUCCESS_AFTER_DAYS_BUCKETS, 21, 26, 31, 36, 41, 46];

/** Records what processing a row adds to the original service's metrics; the processor and the retrier share it. */
export interface ProcessingMetrics {
  record(observations: MetricObservations): void;
  /** A row expired still owing domain events or holding a write intent (`ptpu_owed_work_expired_total`). */
  recordOwedWorkExpired(): void;
}

/**
 * The original service's processing metrics, under the Prometheus names its dashboards and alerts query (the
 * histograms lack Micrometer's decaying `_max`). Every series starts at 0, as Micrometer registered them.
 */
export function createProcessingMetrics(registry: Registry): ProcessingMetrics {
  const statusChanges = typedCounter(
    registry,
    'ptpu_statusChangeCounter_total',
    'The number of status change updates received (type=total), failed in their last day (fail) and successful (success)',
  );
  const movements = typedCounter(
    registry,
    'ptpu_movement_total',
    'The number of movements sent to Delius (type=total), not found there (fail) and applied (success)',
  );
  const retries = zeroedHistogram(registry, 'ptpu_statusChange_retries', 'successAfterRetries', {
    help: 'The number of retries before a successful update',
    buckets: SUCCESS_AFTER_RETRIES_BUCKETS,
  });
  const days = zeroedHistogram(registry, 'ptpu_statusChange', 'successAfterTimeDays', {
    help: 'The time in days before a successful update',
    buckets: SUCCESS_AFTER_DAYS_BUCKETS,
  });
  const owedWorkExpired = new Counter({
    name: 'ptpu_owed_work_expired_total',
    help: 'Rows met past their deleteBy still owing domain events or holding a write intent: an announcement lost',
    registers: [registry],
  });
  owedWorkExpired.inc(0);

  return {
    record({ statusChange, successAfterRetries, successAfterTimeDays, movement }) {
      if (statusChange) statusChanges(statusChange);
      if (successAfterRetries !== undefined) retries.observe(successAfterRetries);
      if (successAfterTimeDays !== undefined) days.observe(successAfterTimeDays);
      if (movement) movements(movement);
    },
    recordOwedWorkExpired() {
      owedWorkExpired.inc();
    },
  };
}

/** A counter by `type` (`total`, `success`, `fail`), every series at 0; counting one counts `total` too. */
function typedCounter(registry: Registry, name: string, help: string) {
  const counter = new Counter({ name, help, labelNames: ['type'], registers: [registry] });
  for (const type of ['total', 'success', 'fail']) counter.inc({ type }, 0);
  return (type: 'success' | 'fail') => {
    counter.inc({ type: 'total' });
    counter.inc({ type });
  };
}

/** A histogram with its one `eventType` series exposed from the start, as Micrometer's tagged summary was. */
function zeroedHistogram(
  registry: Registry,
  name: string,
  eventType: string,
  options: { help: string; buckets: number[] },
) {
  const histogram = new Histogram({ name, ...options, labelNames: ['eventType'], registers: [registry] });
  histogram.zero({ eventType });
  return histogram.labels({ eventType });
}
