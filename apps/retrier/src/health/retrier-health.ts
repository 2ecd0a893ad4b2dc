import { upstreamHealthComponents, type UpstreamClients } from '@ptpu/clients';
import { dynamoTableHealth, snsTopicHealth, type HealthComponent } from '@ptpu/platform';
import { atBoundary } from '@ptpu/store';
import type { AwsClients } from '../aws-clients';
import type { RetrierConfig } from '../config';

/**
 * The retrier's /health components (architecture.md section 5: the processor's set), named as the original
 * service named them. Only its own AWS resources count for readiness: an upstream outage turns rows into
 * "try later", and taking pods out of service would not help.
 */
export function retrierHealth(
  config: RetrierConfig,
  aws: AwsClients,
  upstreams: UpstreamClients,
): HealthComponent[] {
  const client = aws.dynamodb;
  return [
    dynamoTableHealth({ name: 'messageTable', client, tableName: config.DYNAMODB_TABLENAME, atBoundary }),
    dynamoTableHealth({
      name: 'scheduleTable',
      client,
      tableName: config.DYNAMODB_SCHEDULE_TABLENAME,
      atBoundary,
    }),
    snsTopicHealth({
      name: 'domaineventtopic-health',
      client: aws.sns,
      topicArn: config.HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN,
      atBoundary,
    }),
    ...upstreamHealthComponents(upstreams.health),
  ];
}
