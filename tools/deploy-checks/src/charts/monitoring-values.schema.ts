import { PATTERNS, flag, integer, list, object, text, type JsonSchema } from './json-schema-builders';

/** The values.schema.json of the monitoring chart (alerts and the Grafana dashboard). */
export function monitoringValuesSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ptpu-monitoring values',
    ...object('Values of the monitoring chart', {
      alerts: object('PrometheusRule alerts (runbook: docs/runbook.md)', {
        enabled: flag('Create the PrometheusRule'),
        severity: text(
          'Alert routing label: the Slack channel Alertmanager sends to',
          PATTERNS.kubernetesName,
        ),
        businessHoursOnly: flag('Fire only 08:00-17:00 UTC on weekdays (dev and preprod)'),
        deadLetterQueueNames: list(
          'AWS names of the DLQs of the queues the service consumes, as CloudWatch reports them',
          text('Queue name', '^\\S+$'),
          1,
        ),
        dynamoDbTableNames: list(
          'AWS names of the message and schedule tables',
          text('Table name', '^\\S+$'),
          1,
        ),
        eventQueueNames: list(
          'AWS names of the queues the service consumes, as CloudWatch reports them',
          text('Queue name', '^\\S+$'),
          1,
        ),
        oldestMessageAgeMinutes: integer(
          'Age of the oldest message on a consumed queue that alerts',
          5,
          1440,
        ),
        crashLoopRestarts: integer('Restarts of one container in 15 minutes that alert', 1, 100),
        dlqMessagesFor: text('How long a message may sit on the DLQ before the alert', PATTERNS.promDuration),
        noSuccessfulProcessingHours: integer('Hours with stored events but no successful processing', 1, 72),
        retryBacklogGrowth: integer('Growth of the retry backlog over a day (rows) that alerts', 1, 100_000),
      }),
      dashboard: object('Grafana dashboard ConfigMap', { enabled: flag('Create the dashboard ConfigMap') }),
    }),
  };
}
