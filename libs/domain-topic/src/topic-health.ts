import { GetTopicAttributesCommand, type SNSClient } from '@aws-sdk/client-sns';
import { atBoundary, type AwsResourceHealth } from '@ptpu/aws';

/** hmpps-sqs's `<topicId>-health` with its subscription counts: without the topic, domain events stay owed. */
export function snsTopicHealth(options: {
  name: string;
  client: SNSClient;
  topicArn: string;
}): AwsResourceHealth {
  const { name, client, topicArn } = options;
  return {
    name,
    readiness: true,
    async check() {
      const { Attributes } = await atBoundary(`describe topic ${topicArn}`, () =>
        client.send(new GetTopicAttributesCommand({ TopicArn: topicArn })),
      );
      return {
        status: 'UP',
        details: {
          topicArn,
          subscriptionsConfirmed: Number(Attributes?.SubscriptionsConfirmed ?? 0),
          subscriptionsPending: Number(Attributes?.SubscriptionsPending ?? 0),
        },
      };
    },
  };
}
