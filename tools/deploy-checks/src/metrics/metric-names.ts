import { readFileSync } from 'node:fs';
import { productionSourceFiles } from '../files/workspace-files';

/**
 * Metrics the alerts and the dashboard may use that no app defines: Cloud Platform's CloudWatch exporter
 * series for SQS and DynamoDB.
 */
export const CLOUDWATCH_METRICS = [
  'aws_sqs_approximate_number_of_messages_visible_maximum',
  'aws_sqs_approximate_age_of_oldest_message_maximum',
  'aws_dynamodb_read_throttle_events_sum',
  'aws_dynamodb_write_throttle_events_sum',
] as const;

/** The cluster's kube-state-metrics series the alerts use (deployments and pods of the namespace). */
export const KUBE_STATE_METRICS = [
  'kube_deployment_status_replicas_available',
  'kube_pod_container_status_restarts_total',
] as const;

/**
 * Metrics the alerts and the dashboard need that no app exports yet, listed here so the gap is visible. Empty
 * while every series they use is exported (the retrier now exports `ptpu_pending_messages`).
 */
export const AWAITED_METRICS: readonly string[] = [];

const HISTOGRAM_SERIES = /_(bucket|sum|count)$/;

/** Metric names written as string literals in the apps' and libs' production code (`'ptpu_...'`, `'http_...'`). */
export function metricNamesDefinedInCode(): Set<string> {
  const names = new Set<string>();
  for (const file of productionSourceFiles(['apps', 'libs'])) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'((?:ptpu|http)_[A-Za-z0-9_]+)'/g))
      names.add(match[1]);
  }
  return names;
}

/** Series names a PromQL expression selects (`name{...}`). */
export function metricNamesIn(expression: string): string[] {
  return [...expression.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map((match) => match[1]);
}

/** Whether `series` is a defined metric, or one of a defined histogram's `_bucket`, `_sum` or `_count` series. */
export function isKnownSeries(series: string, defined: ReadonlySet<string>): boolean {
  return (
    defined.has(series) ||
    (HISTOGRAM_SERIES.test(series) && defined.has(series.replace(HISTOGRAM_SERIES, '')))
  );
}
