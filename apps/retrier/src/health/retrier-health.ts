import type { UpstreamClients } from '@ptpu/clients';
import { dynamoTableHealth, snsTopicHealth, type HealthComponent } from '@ptpu/platform';
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
  const upstream = (name: string, check: UpstreamClients['health']['prisonApi']): HealthComponent => ({
    name,
    readiness: false,
    check,
  });
  return [
    dynamoTableHealth({ name: 'messageTable', client: aws.dynamodb, tableName: config.DYNAMODB_TABLENAME }),
    dynamoTableHealth({
      name: 'scheduleTable',
      client: aws.dynamodb,
      tableName: config.DYNAMODB_SCHEDULE_TABLENAME,
    }),
    snsTopicHealth({
      name: 'domaineventtopic-health',
      client: aws.sns,
      topicArn: config.HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN,
    }),
    upstream('prisonApiHealth', upstreams.health.prisonApi),
    upstream('searchApiHealth', upstreams.health.offenderSearch),
    upstream('communityApiHealth', upstreams.health.communityApi),
    upstream('OAuthApiHealth', upstreams.health.hmppsAuth),
  ];
}
