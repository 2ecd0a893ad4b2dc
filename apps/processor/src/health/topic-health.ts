import { GetTopicAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { HealthComponent } from '@ptpu/platform';
import { atBoundary } from '@ptpu/store';

/**
 * hmpps-sqs's `domaineventtopic-health`: the domain topic can be read, with its subscription counts. Counts
 * for readiness, since a row whose events cannot be published is only tried later.
 */
export function domainTopicHealth(sns: SNSClient, topicArn: string): HealthComponent {
  return {
    name: 'domaineventtopic-health',
    readiness: true,
    async check() {
      const { Attributes = {} } = await atBoundary(`describe topic ${topicArn}`, () =>
        sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })),
      );
      return {
        status: 'UP',
        details: {
          topicArn,
          subscriptionsConfirmed: Number(Attributes.SubscriptionsConfirmed ?? 0),
          subscriptionsPending: Number(Attributes.SubscriptionsPending ?? 0),
        },
      };
    },
  };
}
