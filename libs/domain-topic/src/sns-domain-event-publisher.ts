import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { DomainEventPublisher, HmppsDomainEvent } from '@ptpu/domain';
import { atBoundary } from '@ptpu/aws';

/**
 * Publishes as the original did (JSON body, `eventType` attribute for subscribers' filters), plus `eventId`, the
 * same on every publication of one event so a consumer can drop a repeat. A failure leaves the event owed.
 */
export class SnsDomainEventPublisher implements DomainEventPublisher {
  /** `topicArn`: `HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN`. */
  constructor(private readonly options: { client: SNSClient; topicArn: string }) {}

  async publish(event: HmppsDomainEvent, eventId: string): Promise<void> {
    await atBoundary(`publish ${event.eventType}`, () =>
      this.options.client.send(
        new PublishCommand({
          TopicArn: this.options.topicArn,
          Message: JSON.stringify(event),
          MessageAttributes: {
            eventType: { DataType: 'String', StringValue: event.eventType },
            eventId: { DataType: 'String', StringValue: eventId },
          },
        }),
      ),
    );
  }
}
